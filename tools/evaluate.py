#!/usr/bin/env python3
"""Score eventline's output on samples/ against the hand-made gold in tests/gold/.

Usage:
  tools/evaluate.py [--eventline build/eventline] [--json]          # runs eventline itself
  tools/evaluate.py --input graph.json [--json]                      # scores a given eventline/1 JSON

Without --input it runs `eventline build samples/ --format json` (grouping and dates) and, for the
extraction metrics, `eventline build FILE --format json` on each annotated clean document alone, so
that per-document mention counts are exact. `eventline timex --date D FILE` gives the timexes.
Metrics (see docs/evaluation.md): story grouping (pairwise P/R), dates, actor sets, actor mention
counts, alias merging, places, events, roles, modality, times, quantities (+claimant), timexes.
Tolerant by design: missing stages (no events, no timex command) score zero, never crash.
Standard library only.
"""
import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Types that count as compatible when matching an output event to a gold event (either direction).
TYPE_GROUPS = [
    {"statement", "confirm", "deny", "accuse", "appeal", "criticize", "condemn", "denounce", "warn", "praise",
     "announce", "reject", "demand", "comment", "say", "report", "threaten", "declare", "estimate", "invite",
     "brief", "request", "veto"},
    {"meet", "visit", "talk", "negotiate", "host", "consult", "discuss", "welcome", "arrive", "travel", "depart",
     "leave"},
    {"agree", "sign", "cooperate"},
    {"deploy", "transport", "mobilize", "move", "send", "arrive", "withdraw", "travel", "depart", "leave", "flee"},
    {"train", "exercise", "drill", "demonstrate"},
    {"attack", "fight", "kill", "wound", "injure", "shell", "bomb", "strike", "clash", "die", "repress", "fire",
     "burn", "arson", "riot"},
    {"aid", "supply", "provide", "give", "sell", "dispatch", "rescue", "offer", "send", "deploy"},
    {"sanction", "veto", "impose", "block", "oppose", "reject"},
    {"protest", "demonstrate", "riot", "storm", "occupy"},
    {"arrest", "detain", "accuse", "charge", "indict", "warrant"},
    {"elect", "resign", "appoint", "swear_in", "inaugurate", "assume_office", "vote", "quit", "step_down"},
    {"test", "launch", "fire"},
    {"earthquake", "disaster", "natural_disaster", "quake", "kill", "die", "trap"},
]
ROLE_NORM = {"speaker": "agent", "source": "agent", "theme": "patient", "target": "patient"}
HONORIFICS = re.compile(r"^(mr|mrs|ms|dr|sir)\s+")


def norm(s):
    """Case-, dot-, quote- and space-insensitive form for names and sentences."""
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2014", "-").replace("\u2013", "-").replace(".", "")
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def name_norm(s):
    return HONORIFICS.sub("", norm(s))


def prf(tp, n_out, n_gold, tp_out=None):
    """tp: gold items found; tp_out: output items that are correct (defaults to tp)."""
    tp_out = tp if tp_out is None else tp_out
    p = tp_out / n_out if n_out else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": tp, "tp_out": tp_out,
            "out": n_out, "gold": n_gold}


def acc(ok, n):
    return {"accuracy": round(ok / n, 3) if n else 0.0, "correct": ok, "total": n}


def run_build(binary, inputs, extra=()):
    fd, out = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        r = subprocess.run([binary, "build", *inputs, "--format", "json", "-o", out, *extra],
                           capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
        if r.returncode not in (0, 1):
            sys.stderr.write(f"evaluate: eventline build exited {r.returncode}: {r.stderr[-500:]}\n")
        with open(out, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError, subprocess.SubprocessError) as e:
        sys.stderr.write(f"evaluate: eventline build failed on {inputs}: {e}\n")
        return {}
    finally:
        if os.path.exists(out):
            os.unlink(out)


def run_timex(binary, path, date):
    try:
        r = subprocess.run([binary, "timex", "--date", date, path], capture_output=True, text=True, timeout=120,
                           stdin=subprocess.DEVNULL)
        if r.returncode != 0:
            return None
        data = json.loads(r.stdout)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    if isinstance(data, dict):
        for key in ("timexes", "timex", "results"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if not isinstance(data, list):
        return None
    out = []
    for t in data:  # also accept [{sentence..., timexes: [...]}] shapes
        if isinstance(t, dict) and isinstance(t.get("timexes"), list):
            out.extend(x for x in t["timexes"] if isinstance(x, dict))
        elif isinstance(t, dict):
            out.append(t)
    return out


# ---------------------------------------------------------------- documents and stories

def doc_key(d):
    return d["file"] + (f":{d['line']}" if d.get("line") else "")


def match_documents(gold_docs, out_docs, root):
    """gold key -> output document (dict) or None."""
    res = {}
    for g in gold_docs:
        found = None
        for d in out_docs:
            src = str(d.get("source") or "").replace("\\", "/")
            if g.get("url") and (src == g["url"] or d.get("url") == g["url"]):
                found = d
                break
            if g.get("line"):
                if src.endswith(f"{g['file']}:{g['line']}"):
                    found = d
                    break
            elif src.endswith("/" + g["file"]) or src == g["file"] or src == os.path.join(root, g["file"]):
                found = d
                break
        res[doc_key(g)] = found
    return res


def eval_stories(gold_docs, matched):
    keys = [doc_key(g) for g in gold_docs if matched.get(doc_key(g))]
    story_g = {doc_key(g): g["story"] for g in gold_docs}
    gold_pairs = out_pairs = tp = 0
    for a, b in itertools.combinations(keys, 2):
        same_g = story_g[a] == story_g[b]
        sa, sb = matched[a].get("story"), matched[b].get("story")
        same_o = sa is not None and sa == sb
        gold_pairs += same_g
        out_pairs += same_o
        tp += same_g and same_o
    # exact: the partition of matched documents equals the gold partition
    part_g = sorted(sorted(k for k in keys if story_g[k] == s) for s in {story_g[k] for k in keys})
    ostories = {}
    for k in keys:
        ostories.setdefault(matched[k].get("story"), []).append(k)
    part_o = sorted(sorted(v) for v in ostories.values())
    r = prf(tp, out_pairs, gold_pairs)
    r["exact"] = part_g == part_o
    r["gold_stories"] = len(part_g)
    r["output_stories"] = len(part_o)
    return r


def eval_dates(gold_docs, matched):
    ok = n = 0
    wrong = []
    for g in gold_docs:
        d = matched.get(doc_key(g))
        if d is None:
            continue
        n += 1
        if (d.get("published") or None) == g.get("published"):
            ok += 1
        else:
            wrong.append(f"{doc_key(g)}: {d.get('published')} (gold {g.get('published')})")
    r = acc(ok, n)
    r["wrong"] = wrong
    return r


# ---------------------------------------------------------------- actors

def gold_forms(a):
    forms = {name_norm(a["name"])} | {name_norm(s) for s in a.get("surfaces", {})} | {name_norm(s) for s in a.get("accept", [])}
    return {f for f in forms if f}


def out_forms(a):
    forms = {name_norm(a.get("name", ""))} | {name_norm(s) for s in (a.get("aliases") or []) if isinstance(s, str)}
    return {f for f in forms if f}


def map_actors(gold_actors, out_actors):
    """output actor id -> gold actor id (or None). Name match first, then largest alias overlap."""
    by_name = {}
    for g in gold_actors:  # names win over accepted variants
        by_name.setdefault(name_norm(g["name"]), g["id"])
    for g in gold_actors:
        for f in {name_norm(s) for s in g.get("accept", [])}:
            by_name.setdefault(f, g["id"])
    res = {}
    for a in out_actors:
        oid = a.get("id")
        n = name_norm(a.get("name", ""))
        if n in by_name:
            res[oid] = by_name[n]
            continue
        forms = out_forms(a)
        best, best_n = None, 0
        for g in gold_actors:
            k = len(forms & gold_forms(g))
            if k > best_n:
                best, best_n = g["id"], k
        res[oid] = best
    return res


def actors_in_doc(out, doc_id):
    return [a for a in out.get("actors", []) if doc_id is None or doc_id in (a.get("documents") or [])]


def eval_actors(st, out, doc_id, single_doc):
    gold = st["actors"]
    optional = {g["id"] for g in gold if g.get("optional")}
    outs = actors_in_doc(out, doc_id)
    amap = map_actors(gold, outs)
    found = {amap[a.get("id")] for a in outs if amap.get(a.get("id"))}
    required = [g for g in gold if not g.get("optional")]
    tp_r = sum(1 for g in required if g["id"] in found)
    correct_out = sum(1 for a in outs if amap.get(a.get("id")))
    res = {"set": prf(tp_r, len(outs), len(required), correct_out)}
    res["set"]["missed"] = [g["name"] for g in required if g["id"] not in found]
    res["set"]["spurious"] = sorted(a.get("name", "") for a in outs if not amap.get(a.get("id")))
    # kind and country of matched actors
    gby = {g["id"]: g for g in gold}
    kind_ok = country_ok = n = 0
    for a in outs:
        g = gby.get(amap.get(a.get("id")))
        if not g:
            continue
        n += 1
        kind_ok += (a.get("kind") == g["kind"]) or (g["kind"] in ("group", "organization") and a.get("kind") in ("group", "organization"))
        country_ok += (a.get("country") or None) == g.get("country")
    res["kind"] = acc(kind_ok, n)
    res["country"] = acc(country_ok, n)
    # reporters must not be actors
    leaks = []
    for rep in st.get("reporters", []):
        forms = {name_norm(rep), name_norm(rep.split()[-1])}
        leaks += [a.get("name") for a in outs if out_forms(a) & forms]
    res["reporter_leaks"] = leaks
    # mention counts (exact only when the output holds this document alone)
    if single_doc:
        tp = gold_total = out_total = 0
        for g in required:
            o = sum(int(a.get("mentions") or 0) for a in outs if amap.get(a.get("id")) == g["id"])
            tp += min(o, g["mentions"])
            gold_total += g["mentions"]
        out_total = sum(int(a.get("mentions") or 0) for a in outs if amap.get(a.get("id")) not in optional)
        res["mentions"] = prf(tp, out_total, gold_total)
    else:
        res["mentions"] = None
    # alias merging: pairs of gold surface forms that one actor holds
    owner = {}
    clash = set()
    for g in gold:
        for f in {name_norm(s) for s in g.get("surfaces", {})} | {name_norm(g["name"])}:
            if f in owner and owner[f] != g["id"]:
                clash.add(f)
            owner.setdefault(f, g["id"])
    universe = {f for f in owner if f not in clash}
    gold_pairs = {frozenset(p) for g in gold for p in itertools.combinations(
        sorted({f for f in universe if owner[f] == g["id"]}), 2)}
    out_pairs = set()
    for a in outs:
        fs = sorted(out_forms(a) & universe)
        out_pairs |= {frozenset(p) for p in itertools.combinations(fs, 2)}
    res["alias_pairs"] = prf(len(gold_pairs & out_pairs), len(out_pairs), len(gold_pairs))
    res["alias_pairs"]["wrong"] = sorted(" = ".join(sorted(p)) for p in out_pairs - gold_pairs)
    res["alias_pairs"]["missed"] = sorted(" = ".join(sorted(p)) for p in gold_pairs - out_pairs)
    # the same, for people only (the forms of gold person actors)
    persons = {f for f in universe if gby[owner[f]]["kind"] == "person"}
    gp = {p for p in gold_pairs if p <= persons}
    op = {p for p in out_pairs if p & persons}
    res["alias_pairs_person"] = prf(len(gp & op), len(op), len(gp))
    return res, amap


def eval_places(st, out, doc_id):
    gold = st.get("places", [])
    outs = [p for p in out.get("places", []) if doc_id is None or doc_id in (p.get("documents") or [])]
    forms = {}
    for g in gold:
        for f in {name_norm(g["name"])} | {name_norm(s) for s in g.get("surfaces", {})}:
            forms.setdefault(f, g["id"])
    found = {forms.get(name_norm(p.get("name", ""))) for p in outs} - {None}
    required = [g for g in gold if not g.get("optional")]
    tp = sum(1 for g in required if g["id"] in found)
    countries = set()  # a country listed as a place is not an error
    for a in st.get("actors", []):
        if a.get("kind") == "country":
            countries |= gold_forms(a)
    ok_out = sum(1 for p in outs if name_norm(p.get("name", "")) in forms or name_norm(p.get("name", "")) in countries)
    r = prf(tp, len(outs), len(required), ok_out)
    r["missed"] = [g["name"] for g in required if g["id"] not in found]
    return r


# ---------------------------------------------------------------- events

def types_compatible(gold_ev, out_ev):
    t = (out_ev.get("type") or "").lower()
    gt = {gold_ev["type"], *gold_ev.get("alt", [])}
    if t in gt:
        return True
    if gold_ev["type"] == "deny" and (out_ev.get("attribution") or {}).get("modality") == "denied":
        return True
    return any(t in grp and (gt & grp) for grp in TYPE_GROUPS)


def sentence_matches(evidence, sentence):
    e, s = norm(evidence), norm(sentence)
    if not e or not s:
        return False
    if e in s or (len(s) > 20 and s in e):
        return True
    et = re.findall(r"\w+", e)
    st = set(re.findall(r"\w+", s))
    return bool(et) and sum(t in st for t in et) / len(et) >= 0.8


def event_mentions(ev, doc_id):
    return [m for m in (ev.get("mentions") or []) if doc_id is None or m.get("document") == doc_id]


def out_participants(ev, amap):
    return [(ROLE_NORM.get(p.get("role"), p.get("role")), amap.get(p.get("actor")) or "out:" + str(p.get("actor")))
            for p in (ev.get("participants") or [])]


def out_places(ev, place_names):
    return [(p.get("role"), name_norm(place_names.get(p.get("place"), p.get("place") or ""))) for p in (ev.get("places") or [])]


def gold_participants(g):
    return [(ROLE_NORM.get(p["role"], p["role"]), p["actor"]) for p in g.get("participants", [])]


def gold_places(g, place_forms):
    return [(p["role"], place_forms.get(name_norm(p["place"]), name_norm(p["place"]))) for p in g.get("places", [])]


def eval_events(st, out, doc_id, amap):
    place_names = {p.get("id"): p.get("name", "") for p in out.get("places", [])}
    actor_names = {a.get("id"): a.get("name", "") for a in out.get("actors", [])}
    place_forms = {}
    for p in st.get("places", []):
        for f in {name_norm(p["name"])} | {name_norm(s) for s in p.get("surfaces", {})}:
            place_forms.setdefault(f, name_norm(p["name"]))
    gold_actor_forms = {}
    for a in st["actors"]:
        for f in gold_forms(a):
            gold_actor_forms.setdefault(f, a["id"])
    outs = [e for e in out.get("events", []) if event_mentions(e, doc_id)]
    golds = sorted(st["events"], key=lambda g: bool(g.get("optional")))

    def overlap(g, e):
        gp = {a for _, a in gold_participants(g)}
        op = {a for _, a in out_participants(e, amap)}
        gpl = {p for _, p in gold_places(g, place_forms)}
        opl = {p for _, p in out_places(e, place_names)}
        # a country named as a place may come out as a participant, and vice versa
        opl |= {name_norm(actor_names.get(p.get("actor"), "")) for p in (e.get("participants") or [])}
        op |= {gold_actor_forms.get(p) for _, p in out_places(e, place_names)} - {None}
        return len(gp & op) + len(gpl & opl), bool(gp or gpl)

    def same_sentence(g, e):
        return any(sentence_matches(ev, m.get("sentence", "")) for ev in g["evidence"] for m in event_mentions(e, doc_id))

    def quantity_overlap(g, e):
        gv = {v for q in g.get("quantities", []) for v in (q["value"], q.get("low"), q.get("high")) if v is not None}
        ov = {v for q in e.get("quantities") or [] for v in (q.get("value"), q.get("low"), q.get("high"))
              if isinstance(v, (int, float))}
        return len(gv & ov)

    # global greedy: required gold events first, then best-scoring (gold, output) pairs
    cands = []
    for gi, g in enumerate(golds):
        for i, e in enumerate(outs):
            if not types_compatible(g, e) or not same_sentence(g, e):
                continue
            score, needs = overlap(g, e)
            if needs and score == 0:
                continue
            exact = (e.get("type") or "").lower() == g["type"]
            cands.append((bool(g.get("optional")), -(score + quantity_overlap(g, e)), not exact, gi, i))
    cands.sort()
    pairs = []
    used, done = set(), set()
    for _, _, _, gi, i in cands:
        if gi in done or i in used:
            continue
        done.add(gi)
        used.add(i)
        pairs.append((golds[gi], outs[i]))
    matched_ids = {g["id"] for g, _ in pairs}
    dup = {i for i, e in enumerate(outs) if i not in used and any(
        types_compatible(g, e) and same_sentence(g, e) for g, _ in pairs)}
    duplicates = len(dup)
    required = [g for g in golds if not g.get("optional")]
    tp_req = sum(1 for g in required if g["id"] in matched_ids)
    n_out = len(outs) - duplicates
    ev = prf(tp_req, n_out, len(required), len(pairs))
    ev.update(matched_optional=len(pairs) - tp_req, duplicates=duplicates,
              missed=[g["id"] for g in required if g["id"] not in matched_ids],
              spurious=[f"{e.get('type')}: {e.get('label') or ''}"[:100] for i, e in enumerate(outs)
                        if i not in used and i not in dup][:40])

    # roles: participants and places of matched events
    tp = n_o = n_g = 0
    for g, e in pairs:
        gs = set(gold_participants(g)) | set(gold_places(g, place_forms))
        os_ = set(out_participants(e, amap)) | set(out_places(e, place_names))
        tp += len(gs & os_)
        n_o += len(os_)
        n_g += len(gs)
    roles = prf(tp, n_o, n_g)

    # modality and time
    mod_ok = 0
    t_ok = t_n = 0
    t_wrong = []
    for g, e in pairs:
        gm = g.get("modality", "asserted")
        gm = gm if isinstance(gm, list) else [gm]
        om = (e.get("attribution") or {}).get("modality", "asserted")
        mod_ok += om in gm
        if "time" in g:
            t_n += 1
            gt, ot = g["time"], e.get("time")
            if gt is None:
                good = ot is None
            else:
                good = bool(ot) and ot.get("start") == gt["start"] and ot.get("end") == gt["end"]
            t_ok += good
            if not good:
                t_wrong.append(f"{g['id']}: {None if not ot else (ot.get('start'), ot.get('end'))} (gold {None if gt is None else (gt['start'], gt['end'])})")
    time = acc(t_ok, t_n)
    time["wrong"] = t_wrong

    # quantities with claimant, over every required gold quantity
    q_n = q_val = q_claim = 0
    q_missed = []
    by_gold = {g["id"]: e for g, e in pairs}
    for g in required:
        for q in g.get("quantities", []):
            q_n += 1
            e = by_gold.get(g["id"])
            if not e:
                q_missed.append(f"{g['id']}: {q['text']} (event not matched)")
                continue
            for oq in e.get("quantities") or []:
                vals = {oq.get("value"), oq.get("low"), oq.get("high")} - {None}
                gv = {q["value"], q.get("low"), q.get("high")} - {None}
                if not any(abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b))) for a in vals for b in gv):
                    continue
                q_val += 1
                cb = oq.get("claimed_by") or None
                if q.get("claimed_by") is None or (cb and amap.get(cb) == q["claimed_by"]):
                    q_claim += 1
                else:
                    q_missed.append(f"{g['id']}: {q['text']} claimed by {cb} (gold {q['claimed_by']})")
                break
            else:
                q_missed.append(f"{g['id']}: {q['text']} (not on the event)")
    quant = {"value_recall": round(q_val / q_n, 3) if q_n else 0.0,
             "claimant_recall": round(q_claim / q_n, 3) if q_n else 0.0, "found": q_val, "with_claimant": q_claim,
             "gold": q_n, "missed": q_missed}
    return {"events": ev, "roles": roles, "modality": acc(mod_ok, len(pairs)), "time": time, "quantities": quant}


def raw_text(samples, g):
    """The article text of a gold document as written in samples/ (the JSON Lines line's text/body)."""
    try:
        with open(os.path.join(samples, g["file"]), encoding="utf-8") as f:
            if not g.get("line"):
                return f.read()
            for i, line in enumerate(f, 1):
                if i == g["line"]:
                    j = json.loads(line)
                    return j.get("text") or j.get("body") or j.get("content") or ""
    except (OSError, ValueError):
        pass
    return ""


def eval_merge(corpus, stories, full, matched, samples):
    """Cross-version merging: a required gold event told verbatim by several versions of its story
    should be one output event whose mentions cover those versions."""
    considered = merged = split = 0
    details = []
    for st in stories:
        versions = [g for g in corpus["documents"] if g["story"] == st["story"] and matched.get(doc_key(g))]
        texts = {doc_key(g): norm(raw_text(samples, g)) for g in versions}
        for ge in st["events"]:
            if ge.get("optional"):
                continue
            ev = ge["evidence"][0]
            docs = {matched[k]["id"] for k, t in texts.items() if norm(ev) in t}
            if len(docs) < 2:
                continue
            found = [e for e in full.get("events", []) if types_compatible(ge, e) and any(
                m.get("document") in docs and sentence_matches(ev, m.get("sentence", "")) for m in e.get("mentions") or [])]
            if not found:
                continue
            considered += 1
            covered = {m.get("document") for m in found[0].get("mentions") or []}
            if len(found) == 1 and docs <= covered:
                merged += 1
            else:
                split += len(found) > 1
                details.append(f"{st['story']}/{ge['id']}: {len(found)} events for {len(docs)} versions")
    r = acc(merged, considered)
    r["split"] = split
    r["not_merged"] = details
    return r


# ---------------------------------------------------------------- timexes

def eval_timex(st, out_tx, header):
    if out_tx is None:
        return None
    golds = st.get("timexes", [])
    used = set()
    strict = lenient = opt = 0
    for g in golds:
        gt = norm(g["text"])
        vals = {g["value"], *g.get("alt", [])}
        cand = [i for i, t in enumerate(out_tx) if i not in used and (
            norm(t.get("text", "")) == gt or gt in norm(t.get("text", "")) or norm(t.get("text", "")) in gt)]
        if not cand:
            continue
        pick = next((i for i in cand if out_tx[i].get("value") in vals), cand[0])
        used.add(pick)
        if g.get("optional"):
            opt += 1
            continue
        lenient += 1
        strict += out_tx[pick].get("value") in vals
    ignored = sum(1 for i, t in enumerate(out_tx) if i not in used and norm(t.get("text", "")) in header)
    required = sum(1 for g in golds if not g.get("optional"))
    n_out = len(out_tx) - opt - ignored
    r = prf(strict, n_out, required)
    r["span_recall"] = round(lenient / required, 3) if required else 0.0
    return r


# ---------------------------------------------------------------- main

def load_gold(gold_dir):
    with open(os.path.join(gold_dir, "corpus.json"), encoding="utf-8") as f:
        corpus = json.load(f)
    stories = []
    for s in corpus["stories"]:
        if s.get("annotation"):
            with open(os.path.join(gold_dir, s["annotation"]), encoding="utf-8") as f:
                stories.append(json.load(f))
    return corpus, stories


def header_text(path):
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError:
        return ""
    head = [lines[0]] + [l for l in lines[1:] if l.startswith(("Published", "By ")) or "contributed reporting" in l]
    return " ".join(norm(l) for l in head)


def sum_prf(parts, key):
    got = [p[key] for p in parts if p.get(key)]
    return prf(sum(x["tp"] for x in got), sum(x["out"] for x in got), sum(x["gold"] for x in got),
               sum(x.get("tp_out", x["tp"]) for x in got))


def evaluate(corpus, stories, full, samples, single_run=None, timex_run=None):
    """Scores `full` (eventline/1 of all samples). single_run(path) -> eventline/1 of one file, or None to
    score the annotated documents inside `full`; timex_run(path, date) -> list of {text, value} or None."""
    docs = full.get("documents", []) if isinstance(full, dict) else []
    matched = match_documents(corpus["documents"], docs, samples)
    report = {"documents": {"gold": len(corpus["documents"]), "found": sum(1 for v in matched.values() if v),
                            "output": len(docs)},
              "stories": eval_stories(corpus["documents"], matched),
              "dates": eval_dates(corpus["documents"], matched),
              "merge": eval_merge(corpus, stories, full if isinstance(full, dict) else {}, matched, samples),
              "per_story": {}}
    parts = []
    for st in stories:
        path = os.path.join(samples, st["document"])
        out = single_run(path) if single_run else None
        if out is None:
            out = full if isinstance(full, dict) else {}
            d = matched.get(st["document"])
            doc_id = d.get("id") if d else "\0missing"
            single = len(docs) == 1
        else:
            odocs = out.get("documents", [])
            doc_id = odocs[0].get("id") if len(odocs) == 1 else None
            single = True
        tx = timex_run(path, st["published"]) if timex_run else None
        actors, amap = eval_actors(st, out, doc_id, single)
        part = {"actors": actors["set"], "mentions": actors["mentions"], "alias_pairs": actors["alias_pairs"],
                "alias_pairs_person": actors["alias_pairs_person"],
                "actor_kind": actors["kind"], "actor_country": actors["country"],
                "reporter_leaks": actors["reporter_leaks"], "places": eval_places(st, out, doc_id)}
        part.update(eval_events(st, out, doc_id, amap))
        part["timex"] = eval_timex(st, tx, header_text(path))
        report["per_story"][st["story"]] = part
        parts.append(part)

    def total_acc(key):
        return acc(sum(p[key]["correct"] for p in parts), sum(p[key]["total"] for p in parts))

    q_gold = sum(p["quantities"]["gold"] for p in parts)
    report["total"] = {
        "actors": sum_prf(parts, "actors"),
        "mentions": sum_prf(parts, "mentions") if parts and all(p["mentions"] for p in parts) else None,
        "alias_pairs": sum_prf(parts, "alias_pairs"),
        "alias_pairs_person": sum_prf(parts, "alias_pairs_person"),
        "actor_kind": total_acc("actor_kind"),
        "actor_country": total_acc("actor_country"),
        "reporter_leaks": sum(len(p["reporter_leaks"]) for p in parts),
        "places": sum_prf(parts, "places"),
        "events": sum_prf(parts, "events"),
        "roles": sum_prf(parts, "roles"),
        "modality": total_acc("modality"),
        "time": total_acc("time"),
        "quantities": {"value_recall": round(sum(p["quantities"]["found"] for p in parts) / q_gold, 3) if q_gold else 0.0,
                       "claimant_recall": round(sum(p["quantities"]["with_claimant"] for p in parts) / q_gold, 3) if q_gold else 0.0,
                       "gold": q_gold},
        "timex": sum_prf(parts, "timex") if parts and all(p["timex"] for p in parts) else None,
    }
    return report


def gold_as_output(corpus, stories, only=None, samples=None):
    """A perfect eventline/1 graph built from the gold (for --self-test); `only`: one annotated document."""
    docs, actors, places, events = [], [], [], []
    for i, g in enumerate(corpus["documents"]):
        if only and g["file"] != only:
            continue
        docs.append({"id": f"d{i:012x}", "source": ("samples/" + doc_key(g)) if not g.get("url") else g["url"],
                     "url": g.get("url"), "story": "s-" + g["story"], "published": g.get("published")})
    ids = {d["source"].replace("samples/", "", 1) if not d["url"] else d["url"]: d["id"] for d in docs}
    versions = {}  # story -> [(doc id, normalized raw text)] for cross-version mentions
    if samples and not only:
        for i, g in enumerate(corpus["documents"]):
            versions.setdefault(g["story"], []).append((f"d{i:012x}", norm(raw_text(samples, g))))
    for st in stories:
        if only and st["document"] != only:
            continue
        doc = ids[st["document"]]
        pre = st["story"] + ":"
        for a in st["actors"]:
            actors.append({"id": pre + a["id"], "name": a["name"], "kind": a["kind"], "country": a["country"],
                           "aliases": list(a["surfaces"]), "documents": [doc], "mentions": a["mentions"]})
        pnames = {}
        for p in st["places"]:
            pnames[name_norm(p["name"])] = pre + p["id"]
            places.append({"id": pre + p["id"], "name": p["name"], "documents": [doc], "mentions": p["mentions"]})
        for e in st["events"]:
            def place_id(n):
                if name_norm(n) not in pnames:  # a country used as a place
                    pnames[name_norm(n)] = pre + "place-" + name_norm(n)
                    places.append({"id": pnames[name_norm(n)], "name": n, "documents": [doc], "mentions": 1})
                return pnames[name_norm(n)]
            mod = e["modality"] if isinstance(e["modality"], str) else e["modality"][0]
            events.append({"id": pre + e["id"], "type": e["type"],
                           "time": None if not e.get("time") else dict(e["time"]),
                           "participants": [{"actor": pre + p["actor"], "role": p["role"]} for p in e["participants"]],
                           "places": [{"place": place_id(p["place"]), "role": p["role"]} for p in e["places"]],
                           "quantities": [dict(q, claimed_by=(pre + q["claimed_by"]) if q.get("claimed_by") else None)
                                          for q in e["quantities"]],
                           "attribution": {"source": None, "modality": mod},
                           "mentions": [{"document": doc, "sentence": ev} for ev in e["evidence"]] +
                                       [{"document": vid, "sentence": e["evidence"][0]}
                                        for vid, text in versions.get(st["story"], [])
                                        if vid != doc and norm(e["evidence"][0]) in text]})
    return {"schema": "eventline/1", "documents": docs, "actors": actors, "places": places, "events": events,
            "edges": []}


def self_test(corpus, stories, samples):
    """The evaluator must give a perfect score to the gold itself."""
    full = gold_as_output(corpus, stories, samples=samples)
    single = {os.path.join(samples, st["document"]): gold_as_output(corpus, stories, st["document"]) for st in stories}
    tx = {os.path.join(samples, st["document"]): st["timexes"] for st in stories}
    r = evaluate(corpus, stories, full, samples, lambda p: single[p], lambda p, d: tx[p])
    t = r["total"]
    bad = []
    for k in ("actors", "mentions", "alias_pairs", "alias_pairs_person", "places", "events", "roles", "timex"):
        if t[k]["precision"] != 1.0 or t[k]["recall"] != 1.0:
            bad.append(f"{k}: {t[k]}")
    for k in ("actor_kind", "actor_country", "modality", "time"):
        if t[k]["accuracy"] != 1.0:
            bad.append(f"{k}: {t[k]}")
    if t["quantities"]["claimant_recall"] != 1.0:
        bad.append(f"quantities: {t['quantities']}")
    if r["merge"]["accuracy"] != 1.0 or r["merge"]["total"] < 20:
        bad.append(f"merge: {r['merge']}")
    if not r["stories"]["exact"] or r["dates"]["accuracy"] != 1.0:
        bad.append(f"stories/dates: {r['stories']} {r['dates']}")
    # and an empty graph must score zero, not crash
    z = evaluate(corpus, stories, {}, samples, lambda p: {}, lambda p, d: None)["total"]
    for k in ("actors", "alias_pairs", "places", "events", "roles"):
        if z[k]["recall"] != 0.0:
            bad.append(f"empty graph {k}: {z[k]}")
    for b in bad:
        print("SELF-TEST FAIL " + b[:400])
    print("self-test: " + ("ok" if not bad else f"{len(bad)} failures"))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eventline", default=os.path.join(ROOT, "build", "eventline"))
    ap.add_argument("--input", help="score this eventline/1 JSON instead of running eventline")
    ap.add_argument("--samples", default=os.path.join(ROOT, "samples"))
    ap.add_argument("--gold", default=os.path.join(ROOT, "tests", "gold"))
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--self-test", action="store_true", help="check that the gold scores perfectly against itself")
    a = ap.parse_args()

    corpus, stories = load_gold(a.gold)
    if a.self_test:
        return self_test(corpus, stories, a.samples)
    if a.input:
        try:
            with open(a.input, encoding="utf-8") as f:
                full = json.load(f)
        except (OSError, ValueError) as e:
            sys.stderr.write(f"evaluate: cannot read {a.input}: {e}\n")
            return 2
        report = evaluate(corpus, stories, full, a.samples)
    else:
        if not os.access(a.eventline, os.X_OK):
            sys.stderr.write(f"evaluate: no eventline binary at {a.eventline} (use --eventline or --input)\n")
            return 2
        full = run_build(a.eventline, [a.samples])
        report = evaluate(corpus, stories, full, a.samples, lambda p: run_build(a.eventline, [p]),
                          lambda p, d: run_timex(a.eventline, p, d))
    if a.json:
        json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print_table(report)
    return 0


def print_table(r):
    t = r["total"]
    rows = []

    def row(name, d, kind="prf"):
        if d is None:
            rows.append((name, "n/a", "", "", ""))
        elif kind == "prf":
            rows.append((name, f"{d['precision']:.3f}", f"{d['recall']:.3f}", f"{d['f1']:.3f}",
                         f"tp={d['tp']} out={d['out']} gold={d['gold']}"))
        else:
            rows.append((name, "", "", f"{d['accuracy']:.3f}", f"{d['correct']}/{d['total']}"))

    docs = r["documents"]
    rows.append(("documents", "", "", "", f"found {docs['found']}/{docs['gold']} gold, {docs['output']} in output"))
    s = r["stories"]
    rows.append(("story grouping (pairs)", f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                 f"exact={s['exact']} stories out={s['output_stories']} gold={s['gold_stories']}"))
    row("publication dates", r["dates"], "acc")
    row("events merged across versions", r["merge"], "acc")
    row("actors (set per doc)", t["actors"])
    row("actor mentions (counts)", t["mentions"])
    row("alias merging (pairs)", t["alias_pairs"])
    row("  of people only", t["alias_pairs_person"])
    row("actor kind", t["actor_kind"], "acc")
    row("actor country", t["actor_country"], "acc")
    rows.append(("reporters as actors", "", "", "", str(t["reporter_leaks"])))
    row("places (set per doc)", t["places"])
    row("events", t["events"])
    row("roles (matched events)", t["roles"])
    row("modality (matched)", t["modality"], "acc")
    row("time start/end (matched)", t["time"], "acc")
    q = t["quantities"]
    rows.append(("quantities", "", f"{q['value_recall']:.3f}", "", f"value recall; +claimant {q['claimant_recall']:.3f}; gold={q['gold']}"))
    row("timexes (text+value)", t["timex"])
    w = max(len(x[0]) for x in rows)
    print(f"{'metric':<{w}}  {'P':>6} {'R':>6} {'F1/acc':>7}  detail")
    for name, p, rr, f, d in rows:
        print(f"{name:<{w}}  {p:>6} {rr:>6} {f:>7}  {d}")
    if r["dates"].get("wrong"):
        print("\ndates wrong: " + "; ".join(r["dates"]["wrong"][:10]))
    for sid, p in r["per_story"].items():
        miss = p["actors"].get("missed", [])
        print(f"\n[{sid}] actors P={p['actors']['precision']:.3f} R={p['actors']['recall']:.3f}"
              f" events P={p['events']['precision']:.3f} R={p['events']['recall']:.3f}"
              f" missed actors: {', '.join(miss[:8])}{' ...' if len(miss) > 8 else ''}")


if __name__ == "__main__":
    sys.exit(main())
