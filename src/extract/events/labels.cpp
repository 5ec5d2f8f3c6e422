// Labels: a short sentence naming who did what to whom, where.
#include "extractor.h"

namespace eventline::events {

using namespace std::literals;

// Views into the sentence and the entities' names: a label is appended to one string, no piece is copied.
std::string_view Extractor::text_of(const SentenceView& v, Span s) const {
    if (s.empty()) return {};
    return std::string_view(v.sentence->norm)
        .substr(v.toks[s.b].begin, v.toks[s.e - 1].end - v.toks[s.b].begin);
}

// Subject NP with the entity's full name when the NP is just the name (or a pronoun).
std::string_view Extractor::np_label(const SentenceView& v, const DocumentEntities& ents, Span s) const {
    if (s.empty()) return {};
    auto cs = chunks_in(v, s);
    if (cs.size() == 1 && v.chunks[cs[0]].tb <= s.b && v.chunks[cs[0]].te >= s.e)
        return ents.entities[v.chunks[cs[0]].entity].name;
    if (cs.size() == 1 && v.pos(s.b) == Pos::PRP) return ents.entities[v.chunks[cs[0]].entity].name;
    std::string_view t = text_of(v, s);
    // strip leading determiners the label does not need
    for (std::string_view d : {"the ", "The ", "those ", "Those ", "these ", "These "})
        if (t.starts_with(d)) t.remove_prefix(d.size());
    // resolve possessive pronouns: "its nuclear weapons program"
    return t;
}

std::string Extractor::label(const SentenceView& v, const DocumentEntities& ents, const EventMention& m,
                             const Roles& r, const Candidate& cand) const {
    auto name = [&](int e) -> std::string_view { return ents.entities[e].name; };
    std::string out;
    out.reserve(96); // most labels: one allocation
    std::string_view subject = np_label(v, ents, r.subject);
    if (subject.empty())
        for (auto& p : m.participants)
            if (p.role == "agent"sv || p.role == "speaker"sv) subject = name(p.entity);
    const int t = cand.trigger;
    if (cand.noun) {
        if (!subject.empty()) out.append(subject).append(": ");
        out += v.toks[t].text;
    } else {
        if (!subject.empty()) out.append(subject).append(" ");
        int vg = verb_group_begin(v, t, 0);
        while (vg < t && (v.pos(vg) == Pos::RB && !v.is(vg, kNegation)))
            ++vg;
        bool first = true; // of the verb group's words
        for (int k = vg; k <= cand.last; ++k) {
            if (v.pos(k) == Pos::RB && !v.is(k, kNegation) && k != cand.last) continue; // keep a particle
            if (!first && v.low(k) != "n't") out += ' ';
            out += v.toks[k].text;
            first = false;
        }
        if (!r.recipient_np.empty()) out.append(" ").append(np_label(v, ents, r.recipient_np));
        if (!r.object.empty()) {
            std::string_view obj = text_of(v, r.object);
            // "provide Ukraine with jets" keeps its "with"
            bool with = !r.recipient_np.empty() && v.low(r.recipient_np.e) == "with";
            if (std::count(obj.begin(), obj.end(), ' ') < 8) out.append(with ? " with " : " ").append(obj);
        }
    }
    for (auto& [role, np] : r.pps) {
        if (!is_place_role(role) && role != "recipient"sv && role != "target"sv && role != "agent"sv &&
            role != "patient"sv)
            continue;
        std::string_view prep;
        if (role == "origin"sv)
            prep = "from";
        else if (role == "destination"sv)
            prep = "to";
        else if (role == "location"sv)
            prep = "in";
        else if (role == "recipient"sv)
            prep = "to";
        else if (role == "target"sv)
            prep = "against";
        else if (role == "agent"sv)
            prep = "by";
        else
            prep = "with";
        std::string_view who;
        auto cs = chunks_in(v, np);
        for (int c : cs) {
            const auto& e = ents.entities[v.chunks[c].entity];
            if (is_place_role(role) ? (e.is_place || e.kind == "country"sv) : !e.is_place) who = e.name;
        }
        if (who.empty() && !is_place_role(role)) // a country mentioned as a place, taken as its actor
            for (const auto& p : m.participants)
                if (p.role == role) who = name(p.entity);
        if (!who.empty() && out.find(who) == std::string::npos)
            out.append(" ").append(prep).append(" ").append(who);
    }
    for (std::string_view c : {"And ", "But ", "and ", "but ", "To ", "to "})
        if (out.starts_with(c)) out.erase(0, c.size());
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
    return out;
}

} // namespace eventline::events
