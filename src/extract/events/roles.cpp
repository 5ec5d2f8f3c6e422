// Roles: the subject and objects of a trigger, the entities of its prepositional phrases, and their places.
#include "extractor.h"

#include <span>

namespace eventline::events {

using namespace std::literals;

namespace {

// Verbs that aim at what "at" names ("fired at protesters"); elsewhere "at" names a venue ("sued at the
// court").
bool aims_at(std::string_view lemma) {
    return in(lemma, {"fire", "shoot", "launch", "throw", "hurl", "lob", "aim", "open", "strike", "lash"});
}

bool has_entity(std::span<const EntityRole> roles, int entity) {
    return std::any_of(roles.begin(), roles.end(), [&](const EntityRole& q) { return q.entity == entity; });
}

// Keeps the first role of each entity, and none of an entity in `exclude`; in place (no copy per candidate).
void keep_first_roles(std::vector<EntityRole>& roles, std::span<const EntityRole> exclude) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const int e = roles[i].entity;
        if (has_entity({roles.data(), kept}, e) || has_entity(exclude, e)) continue;
        if (kept != i) roles[kept] = std::move(roles[i]);
        ++kept;
    }
    roles.resize(kept);
}

} // namespace

// A country named where a place can stand ("to Ukraine") is mentioned as the place: its actor twin, or -1.
int Extractor::country_actor_of(const DocumentEntities& ents, int place) {
    const LocalEntity& p = ents.entities[std::size_t(place)];
    if (!p.is_place || p.country.empty()) return -1;
    for (std::size_t e = 0; e < ents.entities.size(); ++e) {
        const LocalEntity& a = ents.entities[e];
        if (!a.is_place && a.kind == "country"sv && a.country == p.country && a.name == p.name) return int(e);
    }
    return -1;
}

void Extractor::assign_pp(const SentenceView& v, const DocumentEntities& ents, const EventType& type,
                          std::string_view prep, Span np, const PhraseContext& ctx, Roles& r) const {
    const bool noun = ctx.noun;
    auto cs = chunks_in(v, np);
    if (cs.empty()) return;
    auto ent = [&](int c) -> const LocalEntity& { return ents.entities[v.chunks[c].entity]; };
    auto placeish = [&](int c) { return ent(c).is_place || ent(c).kind == "country"sv; };
    // the place the phrase names: the last place chunk, else the last country not used as a modifier
    int place = -1;
    for (int c : cs)
        if (ent(c).is_place) place = c;
    if (place < 0)
        for (int c : cs)
            if (ent(c).kind == "country"sv && !pos_is_noun(v.pos(v.chunks[c].te))) place = c;
    auto add_place = [&](std::string role) {
        if (place >= 0) {
            r.places.push_back({v.chunks[place].entity, role});
            r.pps.push_back({role, np});
        }
    };
    auto country_actor = [&](int c) { return country_actor_of(ents, v.chunks[c].entity); };
    auto add_actors = [&](std::string role) {
        bool any = false;
        for (int c : cs) {
            // a country name before a noun is a topic ("a Ukraine expert"); a demonym is an affiliation
            // ("sanctions on Iranian drone makers" target Iran)
            const bool demonym = ent(c).kind == "country"sv && !ent(c).is_place &&
                                 v.toks[v.chunks[c].tb].text != std::string_view(ent(c).name);
            if (v.pos(v.chunks[c].te) == Pos::NN && (ent(c).kind == "country"sv || ent(c).is_place) &&
                !demonym)
                continue;
            // only for transfers: elsewhere a country in a trailing phrase is too often another clause's
            // ... or for communication right after the verb ("apologized to South Korea")
            int actor =
                !ent(c).is_place ? v.chunks[c].entity
                : (type.cls == FrameClass::Transfer && role == "recipient") ||
                        (type.cls == FrameClass::Conflict && role == "target") ||
                        (type.cls == FrameClass::Communication && role == "recipient" && ctx.next_to_trigger)
                    ? country_actor(c)
                    : -1;
            if (actor < 0) continue;
            r.participants.push_back({actor, role});
            any = true;
        }
        if (any) r.pps.push_back({role, np});
    };
    FrameClass cls = type.cls;
    if (in(prep, {"to", "into", "toward", "towards"})) {
        if (cls == FrameClass::Motion)
            add_place("destination");
        else if ((cls == FrameClass::Transfer || cls == FrameClass::Communication) && prep == "to")
            add_actors("recipient"); // ("an investigation into the killing of X": no addressee)
        else if (cls == FrameClass::Conflict && (noun || prep == "toward" || prep == "towards"))
            add_actors("target"); // "rockets fired toward Israel"
    } else if (prep == "from") {
        if (cls == FrameClass::Motion || cls == FrameClass::Transfer)
            add_place("origin");
        else if (cls == FrameClass::Communication && noun)
            add_actors("speaker");
        else if (noun)
            add_actors("agent"); // "condemnation from Tokyo"
    } else if (in(prep, {"in", "at", "inside", "near", "within", "outside", "across", "throughout"})) {
        if (cls == FrameClass::Conflict && prep == "at" && ctx.aiming)
            add_actors("target"); // "fired at protesters"
        if (place >= 0 && placeish(place)) add_place("location");
    } else if (cls == FrameClass::Natural && in(prep, {"near", "off", "in", "at", "across"})) {
        if (place >= 0) add_place("location");
    } else if (prep == "on" && cls == FrameClass::Conflict) {
        add_actors("target");
    } else if (prep == "against") {
        add_actors("target");
    } else if (prep == "with" || prep == "between") {
        if (cls == FrameClass::Contact || cls == FrameClass::Conflict) add_actors("patient");
    } else if (prep == "by") {
        if (ctx.passive || noun) add_actors("agent");
    } else if (prep == "of" && noun) {
        add_actors(type.object_role == "destination" ? "agent" : type.object_role);
    }
}

// PPs after position k up to the clause end (stops at commas, other verbs and infinitives).
void Extractor::scan_pps(const SentenceView& v, const DocumentEntities& ents, const EventType& type, int k,
                         int end, PhraseContext ctx, Roles& r) const {
    const bool noun = ctx.noun;
    const int start = k;
    while (k < end) {
        const auto& w = v.low(k);
        Pos p = v.pos(k);
        if (noun && type.cls == FrameClass::Natural && k == start && pos_is_verb(p)) {
            ++k; // "the quake struck near X": the verb the event noun is subject of
            continue;
        }
        if (w == ",") {
            if (k + 1 < end && is_prep(v.pos(k + 1)) && v.low(k + 1) != "as") {
                ++k;
                continue;
            }
            break;
        }
        if (p == Pos::TO && (v.pos(k + 1) == Pos::VB || v.pos(k + 1) == Pos::RB)) break; // infinitive
        if ((is_finite(p) || p == Pos::VBG || (p == Pos::VBN && !noun)) && v.chunk_at(k) < 0 &&
            !(p == Pos::VBG && pos_is_noun(v.pos(k + 1))))
            break;
        if (noun && (w == "as" || (w == "by" && k != start))) break; // "presence as an attempt by X"

        if (is_prep(p) && v.toks[k].timex < 0) {
            Span np = np_right(v, k + 1, end);
            if (!np.empty() && v.toks[np.b].timex < 0) {
                ctx.next_to_trigger = k == start;
                assign_pp(v, ents, type, w, np, ctx, r);
                // inner PPs of the NP ("port city of X") were covered; continue after it
                k = np.e;
                continue;
            }
        }
        ++k;
    }
}

// Subject, objects and negation of a verb trigger.
void Extractor::verb_roles(const SentenceView& v, const DocumentEntities& ents,
                           const std::vector<Segment>& segs, std::vector<Span>& seg_subject, Draft& d) const {
    const Candidate& cand = d.cand;
    const EventType& type = d.type;
    const int t = d.t;
    const int si = d.si;
    const Segment& S = d.S;
    Roles& r = d.r;
    const bool communication = d.communication;
    const std::string& subj_role = d.subj_role;
    int& np_end = d.np_end;
    bool& negated = d.negated;
    auto ent = [&](int c) -> const LocalEntity& { return ents.entities[v.chunks[c].entity]; };
    r.subject = find_subject(v, segs, si, t, seg_subject);
    if (seg_subject[si].empty()) seg_subject[si] = r.subject;
    std::string role = cand.passive ? type.object_role : subj_role;
    if (cand.passive && is_place_role(role)) role = "theme";
    for (int c : chunks_in(v, r.subject)) {
        if (ent(c).is_place && !cand.passive) continue;
        r.participants.push_back({v.chunks[c].entity, role});
        if (r.subject_entity < 0) r.subject_entity = v.chunks[c].entity;
    }
    // inverted reporting: "said Victor Cha, ..." (a one-word reporting verb: "called on its partners" is not)
    if (r.participants.empty() && communication && r.subject.empty() && cand.last == t &&
        v.toks[t].reporting_verb_lemma()) {
        Span after = np_right(v, cand.last + 1, S.e);
        for (int c : chunks_in(v, after)) {
            if (ent(c).is_place) continue;
            r.participants.push_back({v.chunks[c].entity, subj_role});
            r.subject = after;
            np_end = after.e;
            break;
        }
    }
    // object(s)
    if (!cand.passive && np_end == cand.last + 1) {
        int k = cand.last + 1;
        while (k < S.e &&
               (v.pos(k) == Pos::RB || v.pos(k) == Pos::RP || v.low(k) == "down" || v.low(k) == "off"))
            ++k;
        Span obj = np_right(v, k, S.e);
        if (!obj.empty()) {
            Span second = np_right(v, obj.e, S.e);
            if (!second.empty() && obj.e - obj.b == 1 &&
                (v.pos(obj.b) == Pos::PRP || v.chunk_at(obj.b) >= 0)) {
                r.recipient_np = obj;
                for (int c : chunks_in(v, obj))
                    r.participants.push_back({v.chunks[c].entity, "recipient"});
                obj = second;
            } else if (type.cls == FrameClass::Transfer && v.low(obj.e) == "with" &&
                       !chunks_in(v, obj).empty()) {
                // "provide Ukraine with jets", "supplied the rebels with arms": the first object receives
                Span goods = np_right(v, obj.e + 1, S.e);
                if (!goods.empty()) {
                    r.recipient_np = obj;
                    for (int c : chunks_in(v, obj))
                        if (!ent(c).is_place || ent(c).kind == "country"sv)
                            r.participants.push_back({v.chunks[c].entity, "recipient"});
                    obj = goods;
                }
            }
            r.object = obj;
            std::string orole = type.object_role;
            if (v.toks[t].lemma == "tell" || v.toks[t].lemma == "brief" || v.toks[t].lemma == "inform")
                orole = "recipient";
            else if (type.cls == FrameClass::Transfer && orole == "theme" && obj.e - obj.b <= 3 &&
                     np_head(v, obj) >= 0 && v.chunk_at(np_head(v, obj)) >= 0 &&
                     !ent(v.chunk_at(np_head(v, obj))).is_place &&
                     ent(v.chunk_at(np_head(v, obj))).kind != "group"sv)
                orole = "recipient"; // "supplying Russia": a state supplied receives (troops are supplied)
            else if (type.cls == FrameClass::Communication && orole == "theme")
                orole.clear(); // "said X's need ...": what is said is not a participant ("urged X": X is)
            for (int c : chunks_in(v, orole.empty() ? Span{} : obj)) {
                // objects that only modify the head ("North Korean troops") are still the theme
                if (is_place_role(orole)) {
                    if (ent(c).is_place || ent(c).kind == "country"sv)
                        r.places.push_back({v.chunks[c].entity, orole});
                    // a country visited or entered is also who the event is done to ("Modi visited Ukraine")
                    const int host = ent(c).is_place              ? country_actor_of(ents, v.chunks[c].entity)
                                     : ent(c).kind == "country"sv ? v.chunks[c].entity
                                                                  : -1;
                    const bool mover = std::any_of(r.participants.begin(), r.participants.end(),
                                                   [&](const EntityRole& p) { return p.role == subj_role; });
                    if (orole == "destination" && host >= 0 && mover)
                        r.participants.push_back({host, "patient"});
                } else if (!ent(c).is_place) {
                    // "called on its partners", "withdrew its troops": a possessive pronoun in the object is
                    // mostly the subject itself, not who is addressed or moved
                    if (v.pos(v.chunks[c].tb) == Pos::PRPS) continue;
                    r.participants.push_back({v.chunks[c].entity, orole});
                }
            }
            if (v.low(obj.b) == "no") negated = true;
            np_end = obj.e;
            // "condemned drills by X", "criticized the decision of X": the doer of the object is the target
            if (orole == "target" && chunks_in(v, obj).empty() &&
                (v.low(obj.e) == "by" || v.low(obj.e) == "of")) {
                Span doer = np_right(v, obj.e + 1, S.e);
                for (int c : chunks_in(v, doer))
                    if (!ent(c).is_place) r.participants.push_back({v.chunks[c].entity, orole});
            }
        }
    }
    if (r.subject.b >= 0 && in(v.low(r.subject.b), {"no", "none"})) negated = true;
    int vg = verb_group_begin(v, t, S.b);
    for (int k = vg; k < t; ++k)
        if (v.is(k, kNegation)) negated = true;
    if (vg > 0 && v.low(vg - 1) == "without") negated = true;
    if (vg > 0 && (v.low(vg - 1) == "or" || v.low(vg - 1) == "nor")) // "did not confirm or deny"
        for (int k = std::max(S.b, vg - 6); k < vg - 1; ++k)
            if (v.is(k, kNegation)) negated = true;
}

void Extractor::noun_roles(const SentenceView& v, const DocumentEntities& ents,
                           const std::vector<Segment>& segs, std::vector<Span>& seg_subject, Draft& d) const {
    const int t = d.t;
    const int si = d.si;
    const Segment& S = d.S;
    Roles& r = d.r;
    const std::string& subj_role = d.subj_role;
    bool& negated = d.negated;
    std::string& rule = d.rule;
    const int n = v.size();
    auto ent = [&](int c) -> const LocalEntity& { return ents.entities[v.chunks[c].entity]; };
    // noun trigger: possessor, an actor as modifier ("Russian shelling", "Hamas attack"), "by X",
    // "from X" (speakers), or the subject of a light verb
    int k = t - 1;
    int modifier = -1; // chunk of an actor among the modifiers
    while (k >= S.b && (pos_is_adj(v.pos(k)) || v.pos(k) == Pos::NN || v.pos(k) == Pos::NNS ||
                        v.pos(k) == Pos::VBN || (v.chunk_at(k) >= 0 && pos_is_noun(v.pos(k))))) {
        if (v.chunk_at(k) >= 0 && !ent(v.chunk_at(k)).is_place && modifier < 0) modifier = v.chunk_at(k);
        --k;
    }
    if (modifier >= 0 && ent(modifier).kind != "person"sv) {
        r.participants.push_back({v.chunks[modifier].entity, subj_role});
        r.subject = {v.chunks[modifier].tb, v.chunks[modifier].te};
        rule = "noun_modifier";
    } else if (k >= S.b && v.pos(k) == Pos::POS && v.chunk_at(k - 1) >= 0 &&
               !ent(v.chunk_at(k - 1)).is_place) {
        int c = v.chunk_at(k - 1);
        r.participants.push_back({v.chunks[c].entity, subj_role});
        r.subject = {v.chunks[c].tb, v.chunks[c].te};
        rule = "noun_possessive";
    } else if (k >= S.b && v.pos(k) == Pos::PRPS && v.chunk_at(k) >= 0 &&
               !(v.low(k) == "their" && k > S.b && pos_is_verb(v.pos(k - 1)) &&
                 is_light_verb(v.toks[k - 1].lemma))) {
        // ("X and Y extended their ceasefire": "their" is the light verb's whole subject, below)
        r.participants.push_back({v.chunks[v.chunk_at(k)].entity, subj_role});
        r.subject = {k, k + 1};
        rule = "noun_possessive";
    } else {
        int det = k;
        // "oversaw more than 20 rounds of weapons tests": the amount before "of" is part of the phrase
        if (det - 1 >= S.b && v.low(det) == "of" &&
            in(v.low(det - 1),
               {"rounds", "round", "series", "wave", "spate", "string", "number", "dozens"})) {
            det -= 2;
            while (det >= S.b && (v.pos(det) == Pos::CD || in(v.low(det), {"more", "than", "at", "least"})))
                --det;
        }
        // a possessor without an entity: "preparing the country's first nuclear test"
        if (det > S.b && v.pos(det) == Pos::POS && v.chunk_at(det - 1) < 0) {
            Span owner = np_left(v, det - 1, S.b);
            if (!owner.empty()) det = owner.b - 1;
        }
        // (an unresolved "their" is a determiner too: "X and Y extended their ceasefire")
        if (det >= S.b && (v.pos(det) == Pos::DT || v.pos(det) == Pos::CD || v.pos(det) == Pos::PRPS)) --det;
        while (det >= S.b && (v.pos(det) == Pos::RB || pos_is_adj(v.pos(det))))
            --det;
        if (det >= S.b && v.pos(det) == Pos::DT) --det;
        if (det >= S.b && pos_is_verb(v.pos(det)) && is_light_verb(v.toks[det].lemma)) {
            Span subj = find_subject(v, segs, si, det, seg_subject);
            for (int c : chunks_in(v, subj))
                if (!ent(c).is_place) r.participants.push_back({v.chunks[c].entity, subj_role});
            r.subject = subj;
            int vg = verb_group_begin(v, det, S.b);
            for (int q = vg; q <= det + 1 && q < n; ++q)
                if (v.is(q, kNegation) || v.low(q) == "no") negated = true;
            rule = "light_verb";
        } else if (t <= 3 && segs.size() > 0 && in(v.low(0), {"in", "during"})) {
            // "In comments to reporters on Monday, President X said/sought ..."
            int comma = t;
            while (comma < n && v.low(comma) != ",")
                ++comma;
            if (comma < n) {
                Span subj = np_right(v, comma + 1, n);
                if (!subj.empty() && pos_is_verb(v.pos(subj.e))) {
                    for (int c : chunks_in(v, subj)) {
                        if (ent(c).is_place) continue;
                        r.participants.push_back({v.chunks[c].entity, subj_role});
                        r.subject = {v.chunks[c].tb, v.chunks[c].te};
                        break;
                    }
                }
                rule = "noun_fronted";
            }
        }
        if (t > S.b && in(v.low(t - 1), {"no"})) negated = true;
        if (t > S.b + 1 && v.low(t - 2) == "no") negated = true;
    }
}

// All roles of a candidate: those of its verb or noun, its PPs and a fronted place; an entity keeps its first
// role.
void Extractor::find_roles(const SentenceView& v, const DocumentEntities& ents,
                           const std::vector<Segment>& segs, std::vector<Span>& seg_subject, Draft& d) const {
    const Candidate& cand = d.cand;
    const EventType& type = d.type;
    const Segment& S = d.S;
    Roles& r = d.r;
    int& np_end = d.np_end;
    auto ent = [&](int c) -> const LocalEntity& { return ents.entities[v.chunks[c].entity]; };
    if (!cand.noun)
        verb_roles(v, ents, segs, seg_subject, d);
    else
        noun_roles(v, ents, segs, seg_subject, d);
    PhraseContext ctx{cand.passive, cand.noun, !cand.noun && aims_at(v.toks[d.t].lemma)};
    scan_pps(v, ents, type, np_end, S.e, ctx, r);
    // fronted place: "In Kyiv, ..." at the start of the sentence
    if (!cand.noun && S.b == 0 && in(v.low(0), {"in", "at"}) && v.chunk_at(1) >= 0 &&
        v.low(v.chunks[v.chunk_at(1)].te) == "," && ent(v.chunk_at(1)).is_place)
        r.places.push_back({v.chunks[v.chunk_at(1)].entity, "location"});

    // dedupe: an entity keeps its first role (places: unless it is a participant)
    keep_first_roles(r.participants, {});
    keep_first_roles(r.places, r.participants);
}

} // namespace eventline::events
