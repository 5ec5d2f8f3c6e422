// Simple coreference for news: subject pronouns after a named person, and descriptions of leaders
// ("the Ukrainian leader", "the country's leader"). "the North" is handled as a country reference.
#include "document_analyzer.h"
#include "names.h"

namespace eventline::actors {

int DocumentAnalyzer::recent_country() const {
    return country_mentions_.empty() ? -1 : country_mentions_.back();
}

int DocumentAnalyzer::resolve_description(const std::string& country, bool head) const {
    for (auto it = person_mentions_.rbegin(); it != person_mentions_.rend(); ++it) {
        const auto& e = out_.entities[it->entity];
        if (head && !person_heads_[it->entity]) continue;
        if (!country.empty() && e.country != country) continue;
        return it->entity;
    }
    // heads of state named nowhere before, but somewhere in the document
    for (std::size_t i = 0; i < out_.entities.size(); ++i)
        if (is_person(i) && (!head || person_heads_[i]) && !country.empty() &&
            out_.entities[i].country == country)
            return int(i);
    return -1;
}

bool DocumentAnalyzer::handle_pronoun(std::uint32_t si, std::size_t ci) {
    const Chunk& c = info_[si].chunks[ci];
    const auto& tok = info_[si].tokens[c.first];
    if (tok.end - tok.begin < 2 || tok.end - tok.begin > 3 || (tok.flags & kPunct)) return false;
    auto w = chunk_text(si, c);
    if (w.size() < 2 || w.size() > 3 || !(w[0] == 'h' || w[0] == 'H' || w[0] == 's' || w[0] == 'S'))
        return false;
    if (!equals_lower(w, "he") && !equals_lower(w, "she") && !equals_lower(w, "his") &&
        !equals_lower(w, "him") && !equals_lower(w, "her"))
        return false;
    int target = -1;
    if (!c.quoted) {
        // the subject: the first person named outside quotes in this sentence, else in the closest earlier
        // one
        for (const auto& m : person_mentions_)
            if (m.sentence == si && !m.quoted) {
                target = m.entity;
                break;
            }
        for (std::uint32_t back = 1; target < 0 && back <= 3 && back <= si; ++back)
            for (const auto& m : person_mentions_)
                if (m.sentence == si - back && !m.quoted) {
                    target = m.entity;
                    break;
                }
    } else {
        // inside a quotation: the person named last
        for (auto it = person_mentions_.rbegin(); it != person_mentions_.rend(); ++it) {
            if (it->sentence + 3 < si) break;
            target = it->entity;
            break;
        }
    }
    if (target < 0) return false;
    add_mention(si, c.first, c.last, target, true);
    return true;
}

} // namespace eventline::actors
