// Counts attached to an event, and who claims them.
#include "extractor.h"

namespace eventline::events {

using namespace std::literals;

// Quantities in the roles' noun phrases, claimed by the event's source.
void Extractor::attach_quantities(const SentenceView& v, const std::vector<QuantitySpan>& quantities,
                                  const Draft& d, EventMention& m) const {
    const Candidate& cand = d.cand;
    const int t = d.t;
    const Segment& S = d.S;
    const Roles& r = d.r;
    const bool natural = d.natural;
    const int source = d.source;
    // quantities in the roles' noun phrases (or right before a "killed"/"wounded" trigger)
    std::vector<const QuantitySpan*> attached_q;
    for (const auto& q : quantities) {
        auto inside = [&](Span s) { return !s.empty() && q.head >= s.b && q.head < s.e; };
        bool attach = inside(r.subject) || inside(r.object) || (q.te == t && q.q.unit == "people");
        for (auto& [role, np] : r.pps)
            if (!is_place_role(role)) attach |= inside(np);
        if (!attach) continue;
        QuantityMention qm = q.q;
        qm.claimed_by = source;
        m.quantities.push_back(qm);
        attached_q.push_back(&q);
    }
    // "a quake near X killed more than 900 people": the disaster's toll is the object of its verb
    if (natural && cand.noun) {
        int k = t + 1;
        while (k < S.e && !pos_is_verb(v.pos(k)) && v.low(k) != "," && v.pos(k) != Pos::MD)
            ++k;
        bool active =
            k < S.e &&
            (v.pos(k) == Pos::VBD || v.pos(k) == Pos::VBZ || v.pos(k) == Pos::VBP ||
             (v.pos(k) == Pos::VBN && !passive_at(v, k, S.b))) && // the tagger's VBN for a past tense
            in(v.toks[k].lemma, {"kill", "injure", "wound", "displace"});
        for (const auto& q : quantities)
            if (active && q.tb > k && q.tb <= k + 3 && (q.q.unit == "people" || pos_is_noun(v.pos(q.head)))) {
                QuantityMention qm = q.q;
                qm.claimed_by = source;
                m.quantities.push_back(qm);
                attached_q.push_back(&q);
                break;
            }
    }
    // "300 people were killed in the town and about 900 injured": the elided verb shares the event
    for (const auto& q : quantities) {
        if (m.quantities.empty() || q.tb <= t + 1 || v.low(q.tb - 1) != "and" || q.q.unit != "people")
            continue;
        if (!in(v.low(q.te), {"injured", "wounded"}) || m.quantities.front().unit != "people") continue;
        if (std::find(attached_q.begin(), attached_q.end(), &q) != attached_q.end()) continue;
        bool clean = true;
        for (int k = t + 1; k < q.tb - 1; ++k)
            clean &= !pos_is_verb(v.pos(k)) && v.low(k) != "," && v.toks[k].timex < 0;
        if (!clean) continue;
        QuantityMention qm = q.q;
        qm.claimed_by = source;
        m.quantities.push_back(qm);
        attached_q.push_back(&q);
    }
    // "... 14,000 people since 2014, including more than 3,000 civilians": a subset of an attached
    // count
    for (const auto& q : quantities) {
        if (q.tb < 2 || v.low(q.tb - 1) != "including" || v.low(q.tb - 2) != ",") continue;
        if (std::find(attached_q.begin(), attached_q.end(), &q) != attached_q.end()) continue;
        bool near = false;
        for (const QuantitySpan* a : attached_q) {
            if (a == &q || a->te > q.tb - 2) continue;
            bool clean = true;
            for (int k = a->te; k < q.tb - 2; ++k)
                clean &= !pos_is_verb(v.pos(k)) && v.low(k) != ",";
            near |= clean;
        }
        if (!near) continue;
        QuantityMention qm = q.q;
        qm.claimed_by = source;
        m.quantities.push_back(qm);
    }
}

} // namespace eventline::events
