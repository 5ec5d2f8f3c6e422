// Groups: "American officials", "U.S. intelligence", "Ukrainian and South Korean governments", "experts".
#include "document_analyzer.h"
#include "names.h"

namespace eventline::actors {

int DocumentAnalyzer::group_entity(std::string_view country, std::string_view sector, std::string_view noun,
                                   std::string_view name, bool lower_name) {
    if (!country.empty() && (noun == "government" || noun == "governments")) {
        int gov = kb_.government(country);
        if (gov >= 0) return entity_for_entry(gov);
        LocalEntity le;
        le.kind = "organization";
        le.country = country;
        le.code = std::string(country) + "GOV";
        le.name = kb_.country_name(country) + " government";
        return add_entity("gov:" + std::string(country), std::move(le));
    }
    const auto space = noun.rfind(' ');
    std::string_view head = noun.substr(space == std::string_view::npos ? 0 : space + 1);
    // the key is built in a reused buffer: most calls find an existing group
    std::string& key = key_buf_;
    key.assign("group:");
    key += country;
    key += ':';
    key += sector.empty() ? head : sector;
    const std::uint64_t hash = key_hash(key);
    if (int id = find_key(key, hash); id >= 0) return id;
    const int id = new_entity(key, hash, false, "group");
    LocalEntity& le = out_.entities[std::size_t(id)];
    le.country = country;
    le.code.reserve(country.size() + sector.size());
    le.code = country;
    le.code += sector;
    le.name = name;
    if (lower_name) lower_ascii_in_place(le.name);
    entity_sector_[id] = sector;
    return id;
}

std::string DocumentAnalyzer::located_country(std::uint32_t si, std::size_t ci) const {
    const auto& ch = info_[si].chunks;
    if (!is_word(si, ci, "in") || ci + 1 >= ch.size()) return {};
    for (EntryType t : {EntryType::City, EntryType::Region, EntryType::Country})
        if (const KbEntry* e = first_of(ch[ci + 1], t); e && e->country.size() == 3) return e->country;
    return {};
}

bool DocumentAnalyzer::handle_group(std::uint32_t si, std::size_t ci) {
    auto& ch = info_[si].chunks;
    Chunk& c = ch[ci];
    std::string_view surface = chunk_text(si, c);
    if (const KbEntry* d = first_of(c, EntryType::DemonymPlural)) {
        add_mention(si, c.first, c.last, group_entity(d->country, "", "people", surface));
        return true;
    }
    const KbEntry* g = first_of(c, EntryType::GroupNoun);
    if (!g) return false;
    // a noun used as an adjective ("an Italian military base") names no group
    if (g->needs_country && ci + 1 < ch.size() && ch[ci + 1].kind == ChunkKind::Token) {
        const auto& next = info_[si].tokens[ch[ci + 1].first];
        auto w = chunk_text(si, ch[ci + 1]);
        // (or an adverb that cannot be the modified noun: "15 Russian drones overnight")
        static constexpr std::string_view kAdverbs[] = {
            "overnight", "today", "yesterday", "tonight", "again", "also",    "still", "now",
            "then",      "there", "here",      "earlier", "later", "already", "too"};
        bool verbish =
            w.size() > 2 && (w.substr(w.size() - 2) == "ed" || w.back() == 's' || kb_.is_irregular_past(w));
        for (auto a : kAdverbs)
            verbish = verbish || equals_lower(w, a);
        // an irregular past tense followed by its object: "police shot two protesters", "jets struck a
        // market"
        if (!verbish && ci + 2 < ch.size()) {
            auto after = chunk_text(si, ch[ci + 2]);
            verbish = equals_lower(after, "a") || equals_lower(after, "an") || equals_lower(after, "the") ||
                      equals_lower(after, "his") || equals_lower(after, "her") ||
                      equals_lower(after, "its") || equals_lower(after, "their") ||
                      (!after.empty() && after[0] >= '0' && after[0] <= '9') || equals_lower(after, "two") ||
                      equals_lower(after, "three") || equals_lower(after, "several");
        }
        if ((next.flags & kLower) && !verbish && !kb_.is_not_name(w) && !equals_lower(w, "will") &&
            !equals_lower(w, "would") && !equals_lower(w, "could") && !equals_lower(w, "may") &&
            !equals_lower(w, "must") && !equals_lower(w, "should") && !equals_lower(w, "can")) {
            // no group, but a demonym before it still names its country ("a Cambodian opposition activist")
            if (ci > 0) mention_demonym_country(si, ci - 1);
            return false;
        }
    }
    struct Mod {
        std::string country;
        std::size_t first;
    };
    std::vector<Mod> mods;
    std::size_t k = ci;
    while (true) {
        std::size_t start = k;
        std::string country = modifier_country(si, k, !g->sector.empty(), start);
        if (country.empty()) break;
        mods.push_back({country, start});
        for (std::size_t m = start; m < k; ++m)
            ch[m].used = true;
        if (start >= 2 && (is_word(si, start - 1, "and") || is_word(si, start - 1, ","))) {
            k = start - 1;
            continue;
        }
        break;
    }
    const std::string& noun = g->name;
    // "police in Nairobi", "protesters in Caracas": the place says whose they are, for the sectors that
    // are local (officials, troops, diplomats and refugees in a place are often foreign)
    const bool local = g->sector == "COP" || g->sector == "OPP" || g->sector == "CVL" || g->sector == "LAB" ||
                       g->sector == "JUD";
    if (mods.empty() && local) {
        if (std::string country = located_country(si, ci + 1); !country.empty()) {
            add_mention(si, c.first, c.last, group_entity(country, g->sector, noun, surface, true));
            return true;
        }
    }
    if (mods.empty() && g->needs_country && countries_in_play_.size() == 1 &&
        (g->sector == "COP" || g->sector == "MIL" || g->sector == "GOV") && !is_word(si, ci - 1, "their") &&
        !is_word(si, ci - 1, "its") && !is_word(si, ci - 1, "his") && !is_word(si, ci - 1, "her")) {
        // "police said", "the army" in a story that names one country: that country's (as event coders do)
        add_mention(si, c.first, c.last,
                    group_entity(countries_in_play_.front(), g->sector, noun, surface, true));
        return true;
    }
    if (mods.empty()) {
        if (g->needs_country) return false;
        bool definite = ci > 0 && (is_word(si, ci - 1, "the") || is_word(si, ci - 1, "those") ||
                                   is_word(si, ci - 1, "these"));
        // "their fighters" belong to whoever "their" is, not to the last named army
        bool possessed = ci > 0 && (is_word(si, ci - 1, "their") || is_word(si, ci - 1, "its") ||
                                    is_word(si, ci - 1, "his") || is_word(si, ci - 1, "her") ||
                                    is_word(si, ci - 1, "our"));
        if (possessed) return true; // named by its possessor: no group of its own
        bool recent_only = !definite && (g->sector == "MIL" || g->sector == "SPY");
        if ((definite || recent_only) && !g->sector.empty()) {
            // "the intelligence officials": the group of that sector the document named last
            // A bare "soldiers" takes a recent group only when it is the only one of its sector in reach:
            // with two sides named ("Ukraine's military ... separatist fighters"), it could be either.
            int found = -1;
            bool ambiguous = false;
            for (auto it = out_.mentions.rbegin(); it != out_.mentions.rend(); ++it) {
                if (recent_only && it->sentence + 3 < si) break;
                const auto& e = out_.entities[it->entity];
                if (e.kind == "group" && !e.country.empty() && entity_sector_[it->entity] == g->sector) {
                    if (found < 0)
                        found = it->entity;
                    else if (found != it->entity)
                        ambiguous = true;
                    if (definite) break; // "the troops": the last named
                }
            }
            if (found >= 0 && !ambiguous) {
                add_mention(si, definite ? ch[ci - 1].first : c.first, c.last, found, true);
                return true;
            }
        }
        add_mention(si, c.first, c.last, group_entity("", g->sector, noun, surface, true));
        return true;
    }
    for (std::size_t i = 0; i < mods.size(); ++i) {
        const auto& m = mods[i];
        std::string built; // the name of a later modifier's group ("South Korean" + " officials")
        std::string_view name;
        if (i == 0) {
            name = text(si, ch[m.first].first, c.last);
        } else {
            std::size_t end = m.first;
            while (end < ci && !(is_word(si, end, "and") || is_word(si, end, ",")))
                ++end;
            built = std::string(text(si, ch[m.first].first, ch[end - 1].last)) + " " + std::string(surface);
            name = built;
        }
        if (name.starts_with("the ") || name.starts_with("The ")) name.remove_prefix(4);
        int id = group_entity(m.country, g->sector, noun, name);
        if (i == 0)
            add_mention(si, ch[m.first].first, c.last, id);
        else {
            std::size_t end = m.first;
            while (end < ci && !(is_word(si, end, "and") || is_word(si, end, ",")))
                ++end;
            add_mention(si, ch[m.first].first, ch[end - 1].last, id, false, -1, false);
        }
    }
    return true;
}

} // namespace eventline::actors
