// Labels: a short sentence naming who did what to whom, where.
#include "extractor.h"

namespace eventline::events {

using namespace std::literals;

std::string Extractor::text_of(const SentenceView& v, Span s) const {
    if (s.empty()) return {};
    return v.sentence->norm.substr(v.toks[s.b].begin, v.toks[s.e - 1].end - v.toks[s.b].begin);
}

// Subject NP with the entity's full name when the NP is just the name (or a pronoun).
std::string Extractor::np_label(const SentenceView& v, const DocumentEntities& ents, Span s) const {
    if (s.empty()) return {};
    auto cs = chunks_in(v, s);
    if (cs.size() == 1 && v.chunks[cs[0]].tb <= s.b && v.chunks[cs[0]].te >= s.e)
        return ents.entities[v.chunks[cs[0]].entity].name;
    if (cs.size() == 1 && v.pos(s.b) == Pos::PRP) return ents.entities[v.chunks[cs[0]].entity].name;
    std::string t = text_of(v, s);
    // strip leading determiners the label does not need
    for (std::string_view d : {"the ", "The ", "those ", "Those ", "these ", "These "})
        if (t.starts_with(d)) t = t.substr(d.size());
    // resolve possessive pronouns: "its nuclear weapons program"
    return t;
}

std::string Extractor::label(const SentenceView& v, const DocumentEntities& ents, const EventMention& m,
                             const Roles& r, const Candidate& cand) const {
    auto name = [&](int e) { return ents.entities[e].name; };
    std::string out;
    std::string subject = np_label(v, ents, r.subject);
    if (subject.empty())
        for (auto& p : m.participants)
            if (p.role == "agent"sv || p.role == "speaker"sv) subject = name(p.entity);
    const int t = cand.trigger;
    if (cand.noun) {
        out = subject.empty() ? std::string(v.toks[t].text) : subject + ": " + std::string(v.toks[t].text);
    } else {
        int vg = verb_group_begin(v, t, 0);
        while (vg < t && (v.pos(vg) == Pos::RB && !v.is(vg, kNegation)))
            ++vg;
        std::string verb;
        for (int k = vg; k <= cand.last; ++k) {
            if (v.pos(k) == Pos::RB && !v.is(k, kNegation) && k != cand.last) continue; // keep a particle
            if (!verb.empty() && v.low(k) != "n't") verb += ' ';
            verb += v.toks[k].text;
        }
        out = subject.empty() ? verb : subject + " " + verb;
        if (!r.recipient_np.empty()) out += " " + np_label(v, ents, r.recipient_np);
        if (!r.object.empty()) {
            std::string obj = text_of(v, r.object);
            // "provide Ukraine with jets" keeps its "with"
            bool with = !r.recipient_np.empty() && v.low(r.recipient_np.e) == "with";
            if (std::count(obj.begin(), obj.end(), ' ') < 8) out += (with ? " with " : " ") + obj;
        }
    }
    for (auto& [role, np] : r.pps) {
        if (!is_place_role(role) && role != "recipient"sv && role != "target"sv && role != "agent"sv &&
            role != "patient"sv)
            continue;
        std::string prep;
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
        std::string who;
        auto cs = chunks_in(v, np);
        for (int c : cs) {
            const auto& e = ents.entities[v.chunks[c].entity];
            if (is_place_role(role) ? (e.is_place || e.kind == "country"sv) : !e.is_place) who = e.name;
        }
        if (who.empty() && !is_place_role(role)) // a country mentioned as a place, taken as its actor
            for (const auto& p : m.participants)
                if (p.role == role) who = ents.entities[p.entity].name;
        if (!who.empty() && out.find(who) == std::string::npos) out += " " + prep + " " + who;
    }
    for (std::string_view c : {"And ", "But ", "and ", "but ", "To ", "to "})
        if (out.starts_with(c)) out = out.substr(c.size());
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
    return out;
}
} // namespace eventline::events
