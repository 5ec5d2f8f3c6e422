// Trigger candidates and the conditions an event must meet.
#include "extractor.h"

namespace eventline::events {

using namespace std::literals;

namespace {

// The lexicon's noun class of a token: its lemma, or the word itself when no rule wanted a lemma for it.
bool token_in_class(const Lexicon& lex, const Tok& t, std::string_view cls) {
    return lex.noun_in_class(t.lemma.empty() ? t.lower : t.lemma, cls);
}

} // namespace

// Trigger candidates: verbs and nouns with a sense in the ontology whose conditions (particle, voice,
// quotes, object class) hold.
void Extractor::find_candidates(const SentenceView& v, const DocumentEntities& ents,
                                const std::vector<Segment>& segs, std::vector<Candidate>& cands) const {
    const int n = v.size();
    auto ent = [&](int c) -> const LocalEntity& { return ents.entities[v.chunks[c].entity]; };
    cands.clear();
    for (int i = 0; i < n; ++i) {
        const Tok& t = v.toks[i];
        if (!t.senses) continue; // (both branches need senses: a quick skip of most tokens)
        if (t.chunk >= 0 || t.timex >= 0) continue;
        if (pos_is_verb(t.pos)) {
            if (t.is(kBe | kHave | kDo)) continue;
            if (t.pos == Pos::VBG && (v.pos(i - 1) == Pos::POS || v.pos(i - 1) == Pos::PRPS))
                continue; // "X's sending"
            const auto* senses = t.senses;
            if (!senses) continue;
            int si = segment_of(segs, i);
            bool passive = passive_at(v, i, segs[si].b);
            if (!passive && is_light_verb(t.lemma)) {
                // "launched a missile attack", "began talks": the event is the noun's (light_verb), not the
                // verb's
                Span obj = np_right(v, i + 1, segs[si].e);
                int head = obj.empty() ? -1 : np_head(v, obj);
                if (head >= 0 && pos_is_noun(v.pos(head)) && v.toks[head].info &&
                    v.toks[head].info->noun_senses)
                    continue;
            }
            for (const auto& s : *senses) {
                int last = i;
                if (!s.particle.empty()) {
                    if (v.low(i + 1) != s.particle) continue;
                    last = i + 1;
                }
                if (s.passive_only && !passive) continue;
                if (s.quote_only && !v.has_quote) continue;
                if (!s.object_class.empty()) {
                    int head = -1;
                    if (passive) {
                        auto seg_subj = std::vector<Span>(segs.size());
                        Span subj = find_subject(v, segs, si, i, seg_subj);
                        if (!subj.empty()) head = np_head(v, subj);
                    } else {
                        int k = last + 1;
                        while (k < n && (v.pos(k) == Pos::RB || v.pos(k) == Pos::RP))
                            ++k;
                        if (v.pos(k) == Pos::VBG) ++k; // "began pursuing its program"
                        Span obj = np_right(v, k, segs[si].e);
                        if (!obj.empty()) head = np_head(v, obj);
                        for (int q = obj.b; q >= 0 && q < obj.e && (v.low(q) != "of" || partitive_of(v, q));
                             ++q)
                            if ((v.pos(q) == Pos::NN || v.pos(q) == Pos::NNS) && !pos_is_noun(v.pos(q + 1)) &&
                                lex.noun_in_class(v.toks[q].lemma, s.object_class))
                                head = q; // "troops and heavy weapons" (not a modifier: "F-16 fighter jets")
                        if (obj.empty() && s.object_class == "personnel") {
                            // intransitive motion: "troop ships moving from X" checks the mover instead
                            auto seg_subj = std::vector<Span>(segs.size());
                            Span subj = find_subject(v, segs, si, i, seg_subj);
                            for (int q = subj.b; q >= 0 && q < subj.e; ++q)
                                if (pos_is_noun(v.pos(q)) && v.toks[q].personnel_lemma()) head = q;
                        }
                        if (head >= 0 && v.chunk_at(head) >= 0 && s.object_class == "place" &&
                            (ent(v.chunk_at(head)).is_place || ent(v.chunk_at(head)).kind == "country"sv))
                            head = -2;
                    }
                    if (head == -2) {
                    } else if (head < 0 || !token_in_class(lex, v.toks[head], s.object_class))
                        continue;
                }
                if (!s.excluded_object_class.empty() && !passive) {
                    // "sent a letter" is no shipment
                    int k = last + 1;
                    while (k < n && (v.pos(k) == Pos::RB || v.pos(k) == Pos::RP))
                        ++k;
                    Span obj = np_right(v, k, segs[si].e);
                    // any noun before an "of": the tagger reads some clause verbs as nouns ("a law banning
                    // protests")
                    bool excluded = false;
                    for (int q = obj.b; q >= 0 && q < obj.e && v.low(q) != "of"; ++q)
                        excluded |=
                            pos_is_noun(v.pos(q)) && token_in_class(lex, v.toks[q], s.excluded_object_class);
                    if (excluded) continue;
                }
                cands.push_back({i, s.type, false, passive, "verb", last, s.undergoer});
                break;
            }
        } else if (t.pos == Pos::NN || t.pos == Pos::NNS) {
            if (pos_is_noun(v.pos(i + 1)) && v.chunk_at(i + 1) < 0)
                continue; // a modifier: "attack helicopters"
            const auto* senses = t.senses;
            if (!senses) continue;
            for (const auto& s : *senses) {
                if (!s.particle.empty() || s.passive_only) continue;
                cands.push_back({i, s.type, true, false, "noun", i});
                break;
            }
        }
    }
}

void Extractor::aim_weapons(const SentenceView& v, const std::vector<Segment>& segs,
                            std::vector<Candidate>& cands) const {
    // weapons fired at someone or somewhere are an attack, not a test: "launched 40 missiles at Ukrainian
    // cities", "fired rockets toward Israel"
    for (auto& cand : cands) {
        if (cand.noun || cand.type != test_type || attack_type < 0) continue;
        int si = segment_of(segs, cand.trigger);
        for (int k = cand.last + 1; k + 1 < segs[si].e; ++k) {
            if (!(v.low(k) == "at" || v.low(k) == "against" || v.low(k) == "toward" || v.low(k) == "towards"))
                continue;
            Span np = np_right(v, k + 1, segs[si].e);
            bool aimed = !chunks_in(v, np).empty();
            // a place noun, or a name word ("at Russian refineries": a demonym in a place phrase is no actor)
            for (int q = np.b; q >= 0 && q < np.e && !aimed; ++q)
                aimed = (pos_is_noun(v.pos(q)) && (lex.noun_in_class(v.toks[q].lemma, "place") ||
                                                   lex.noun_in_class(v.toks[q].lemma, "person") ||
                                                   lex.noun_in_class(v.toks[q].lemma, "personnel"))) ||
                        (!v.toks[q].text.empty() && v.toks[q].text[0] >= 'A' && v.toks[q].text[0] <= 'Z');
            if (aimed) {
                cand.type = attack_type;
                cand.rule = "verb_at_target";
            }
            break;
        }
    }
}

// Precision gates after the roles: false drops the candidate.
bool Extractor::passes_gates(const SentenceView& v, const std::vector<EventMention>& out, Draft& d) const {
    const Candidate& cand = d.cand;
    const EventType& type = d.type;
    const int t = d.t;
    const Segment& S = d.S;
    const Roles& r = d.r;
    const bool communication = d.communication;
    const std::string& subj_role = d.subj_role;
    const std::string& rule = d.rule;
    bool& has_agent = d.has_agent;
    bool& natural = d.natural;
    bool& no_roles = d.no_roles;
    has_agent = std::any_of(r.participants.begin(), r.participants.end(),
                            [&](auto& p) { return p.role == subj_role || p.role == "agent"sv; });
    if (communication && !has_agent) return false;
    if (!cand.noun && !has_agent && described_by_participle(v, t)) return false;
    natural = type.cls == FrameClass::Natural;
    if (!cand.noun && type.cls == FrameClass::Conflict && !r.subject.empty()) {
        // "the earthquake struck X" is the quake, not an attack
        int h = np_head(v, r.subject);
        const auto* senses = h >= 0 ? lex.noun(v.toks[h].lemma) : nullptr;
        if (senses && lex.types()[(*senses)[0].type].cls == FrameClass::Natural) return false;
    }
    if (natural && cand.noun) {
        // "opened fire", "set fire to": gunfire and arson, not a natural event
        if (t > 0 && pos_is_verb(v.pos(t - 1)) &&
            (v.toks[t - 1].lemma == "open" || v.toks[t - 1].lemma == "set" || v.low(t - 1) == "opened" ||
             v.low(t - 1) == "set"))
            return false;
        // "the quake hit near X on Monday": anchored by a place or a date of its own clause
        bool anchored = !r.places.empty();
        for (const auto& tc : v.times)
            anchored |= tc.tb >= S.b && tc.te <= S.e && !(*v.timexes)[tc.index].interval_start.empty();
        if (!anchored) return false;
        if (same_sentence_any(out, v.sentence->index,
                              [&](const EventMention& o) { return o.type == type.name; }))
            return false;
    }
    if (cand.noun && !natural && !has_agent &&
        !(type.cls == FrameClass::Motion && !r.places.empty() && !r.participants.empty()))
        return false;
    no_roles = r.participants.empty() && r.places.empty();
    if (type.cls == FrameClass::Motion && r.participants.empty() && !cand.noun) {
        // a movement needs a mover: an entity, or a personnel noun ("No troops have reached X")
        bool mover = false;
        for (int q = r.subject.b; q >= 0 && q < r.subject.e; ++q)
            mover |= pos_is_noun(v.pos(q)) && v.toks[q].personnel_lemma();
        for (int q = r.object.b; q >= 0 && q < r.object.e; ++q)
            mover |= pos_is_noun(v.pos(q)) && v.toks[q].personnel_lemma();
        if (!mover) return false;
    }
    if (cand.noun && rule == "noun" && !has_agent && !natural) return false;
    // a meeting, talks or a pact named by a noun needs two sides: "its next meeting" (a central bank's) and
    // "the leaders' partnership" say nothing of who met whom
    if (cand.noun && type.cls == FrameClass::Contact && type.object_role == "patient") {
        int sides = 0;
        for (std::size_t i = 0; i < r.participants.size(); ++i) {
            bool seen = false;
            for (std::size_t j = 0; j < i; ++j)
                seen |= r.participants[j].entity == r.participants[i].entity;
            sides += !seen;
        }
        if (sides < 2) return false;
    }
    return true;
}

// After attribution, time and quantities: false drops an event without any entity in a role.
bool Extractor::keeps_without_entities(const SentenceView& v, const EventMention& m, Draft& d) const {
    const Candidate& cand = d.cand;
    const Roles& r = d.r;
    const bool negated = d.negated;
    std::string& rule = d.rule;
    const bool natural = d.natural;
    const bool no_roles = d.no_roles;
    // an event without any entity is kept only for an attributed count ("over 600,000 killed, X
    // estimated")
    // ... or for a dated, well-formed clause: "a challenge that plagued missile programs in the
    // 1950s"
    bool subject_clean = true;
    for (int q = r.subject.b; q >= 0 && q < r.subject.e; ++q)
        subject_clean &= v.toks[q].timex < 0;
    bool dated_clause = subject_clean && !cand.noun && rule.find("+own_time") != std::string::npos &&
                        !r.subject.empty() && !r.object.empty() && np_head(v, r.subject) >= 0 && !negated;
    if (no_roles && (m.quantities.empty() || m.source < 0) && !dated_clause && !natural) return false;
    if (no_roles && dated_clause && m.quantities.empty()) rule += "+no_entity";
    return true;
}

} // namespace eventline::events
