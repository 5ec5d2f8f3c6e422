#!/usr/bin/env python3
"""Score who-did-what-to-whom coding on held-out sentences (tests/coding/*.tsv).

Each sentence is built as its own document. A sentence is a full hit when one of its events has the expected
CAMEO root (first two digits), an agent or speaker of the expected country, and, when a target country is given
and differs from the agent's, a target, recipient or patient of that country (or a co-agent: "X and Y agreed").
A type hit needs the root only. Events of another root (statements aside) are listed as extras.

Usage: tools/score_coding.py [--eventline build/eventline] [--verbose] tests/coding/heldout_1.tsv ...
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def country_of(actor):
    if actor.get("country"):
        return actor["country"]
    code = actor.get("code") or ""
    if code.startswith("IGO"):  # international bodies by their CAMEO code
        return "EU" if "EUR" in code else "UN" if "UNO" in code else code
    return ""


def score_file(path, eventline, verbose):
    rows = [l.rstrip("\n").split("\t") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    full = roots = extra = out_events = 0
    with tempfile.TemporaryDirectory() as tmp:
        doc = os.path.join(tmp, "sentence.txt")
        for r in rows:
            sentence, root, agent = r[0], r[1], r[2]
            target = r[3] if len(r) > 3 else ""
            with open(doc, "w", encoding="utf-8") as f:
                f.write(sentence + "\n")
            run = subprocess.run([eventline, "build", doc, "--date", "2024-06-01", "--format", "json"],
                                 capture_output=True, text=True)
            graph = json.loads(run.stdout)
            countries = {a["id"]: country_of(a) for a in graph.get("actors", [])}
            best = None
            for e in graph.get("events", []):
                cameo = e.get("cameo") or ""
                roles = [(p["role"], countries.get(p["actor"], "")) for p in e.get("participants", []) if "actor" in p]
                agents = {c for role, c in roles if role in ("agent", "speaker")}
                addressed = {c for role, c in roles if role in ("target", "recipient", "patient")}
                if cameo[:2] == root:
                    hit = agent in agents and (not target or target == agent or target in addressed or target in agents)
                    best = "full" if hit else (best or "root")
                elif cameo != "010":
                    extra += 1
                    if verbose:
                        print(f"   extra: {cameo} {e['type']} | {e['label']}")
            out_events += len(graph.get("events", []))
            full += best == "full"
            roots += best in ("full", "root")
            if verbose:
                print(f"{(best or 'miss'):5} {root} {agent}->{target} | {sentence}")
    print(f"{path}: {len(rows)} sentences, full hits {full}, root hits {roots}, events {out_events}, "
          f"extra events of another root {extra}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eventline", default=os.path.join(os.path.dirname(__file__), "..", "build", "eventline"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    for f in args.files:
        score_file(f, args.eventline, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
