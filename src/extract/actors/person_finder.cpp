// People (and capitalized organization names) from name runs, titles, honorifics and appositives.
#include "document_analyzer.h"
#include "names.h"

namespace eventline::actors {

namespace {
constexpr std::size_t npos = std::size_t(-1);

bool speech_verb(std::string_view w) {
    static constexpr std::string_view kVerbs[] = {"said",  "says",  "told",   "added",
                                                  "asked", "wrote", "argued", "noted"};
    for (auto v : kVerbs)
        if (equals_lower(w, v)) return true;
    return false;
}
} // namespace

bool DocumentAnalyzer::is_reporter(const std::vector<std::string>& core) const {
    for (const auto& r : reporters_)
        if (r == core || full_names_compatible(r, core)) return true;
    return false;
}

void DocumentAnalyzer::apply_affiliation(int id, const std::string& country, const std::string& title,
                                         const std::string& sector, bool head) {
    auto& e = out_.entities[id];
    if (!country.empty() && e.country.empty()) e.country = country;
    if (!title.empty() && std::find(e.roles.begin(), e.roles.end(), title) == e.roles.end())
        e.roles.push_back(title);
    if (!sector.empty() && entity_sector_[id].empty()) entity_sector_[id] = sector;
    if (head) person_heads_[id] = 1;
}

int DocumentAnalyzer::person_entity(const std::string& full, const std::vector<std::string>& core,
                                    int kb_entry) {
    if (kb_entry < 0 && core.size() >= 2) kb_entry = kb_.person_by_core(join_core(core));
    auto tokens_of = [](const std::string& s) { return std::count(s.begin(), s.end(), ' ') + 1; };
    auto upgrade = [&](int id) {
        auto& e = out_.entities[id];
        if (e.key.rfind("person:", 0) == 0 && kb_entry < 0 && tokens_of(full) > tokens_of(e.name)) {
            e.name = full;
            name_changed(id);
        }
        return id;
    };
    if (kb_entry >= 0) {
        const KbEntry& ke = kb_.entry(kb_entry);
        // the document may already know this person under a short name
        int existing = -1;
        const std::vector<std::string>* kc = nullptr;
        std::vector<std::string> own_core; // not a Person entry: no core computed at load
        for (std::size_t i = 0; i < out_.entities.size() && existing < 0; ++i) {
            const auto& e = out_.entities[i];
            if (!is_person(i) || e.key == ke.key) continue;
            const auto& ec = core_of(int(i));
            if (!kc) {
                if (ke.type == EntryType::Person) {
                    kc = &kb_.name_core(kb_entry);
                } else {
                    own_core = core_tokens(ke.name);
                    kc = &own_core;
                }
            }
            if ((ec.size() == 1 && short_name_of(ec[0], *kc)) || full_names_compatible(ec, *kc))
                existing = int(i);
        }
        if (existing >= 0) {
            auto& e = out_.entities[existing];
            // the slot of the old key lapses with the key; the memos may no longer hold
            entry_memo_.clear();
            country_place_memo_.clear();
            e.key = ke.key;
            e.name = ke.name;
            name_changed(existing);
            if (e.country.empty()) e.country = ke.country;
            set_key(ke.key, ke.key_hash, existing);
        }
        int id = entity_for_entry(kb_entry);
        if (!ke.role.empty()) apply_affiliation(id, ke.country, ke.role, ke.sector, ke.head);
        return id;
    }
    if (core.size() >= 2) {
        for (std::size_t i = 0; i < out_.entities.size(); ++i) {
            if (!is_person(i)) continue;
            if (full_names_compatible(core_of(int(i)), core)) return upgrade(int(i));
        }
        for (std::size_t i = 0; i < out_.entities.size(); ++i) {
            if (!is_person(i)) continue;
            const auto& ec = core_of(int(i));
            if (ec.size() == 1 && short_name_of(ec[0], core)) return upgrade(int(i));
        }
        LocalEntity le;
        le.kind = "person";
        le.name = full;
        return add_entity("person:" + slug(full), std::move(le));
    }
    const std::string& w = core[0];
    for (auto it = person_mentions_.rbegin(); it != person_mentions_.rend(); ++it)
        if (short_name_of(w, core_of(it->entity))) return it->entity;
    for (std::size_t i = 0; i < out_.entities.size(); ++i)
        if (is_person(i) && short_name_of(w, core_of(int(i)))) return int(i);
    for (const auto& k : known())
        if (short_name_of(w, k.core)) {
            if (k.core.size() >= 2)
                if (int kb = kb_.person_by_core(core_key(k.full)); kb >= 0)
                    return person_entity(k.full, k.core, kb);
            LocalEntity le;
            le.kind = "person";
            le.name = k.full;
            return add_entity("person:" + slug(k.full), std::move(le));
        }
    LocalEntity le;
    le.kind = "person";
    le.name = full;
    return add_entity("person:" + slug(full), std::move(le));
}

// ", a/an/the [modifier] TITLE [to PERSON] ..." after a name: returns the title's chunk or npos.
std::size_t DocumentAnalyzer::appositive(std::uint32_t si, std::size_t ci, int person, bool collect_only) {
    auto& ch = info_[si].chunks;
    std::size_t k = ci + 1;
    if (!is_word(si, k, ",")) return npos;
    ++k;
    bool definite = starts_with_the(si, k);
    std::size_t det = k;
    if (is_word(si, k, "the") || is_word(si, k, "a") || is_word(si, k, "an"))
        ++k;
    else if (!definite)
        return npos;
    std::size_t title = npos;
    for (std::size_t m = k; m < ch.size() && m < k + 8; ++m) {
        if (ch[m].kind == ChunkKind::Token) {
            auto w = chunk_text(si, ch[m]);
            if (w == "," || w == "." || w == ";" || w == "\"" || w == "'" || equals_lower(w, "who") ||
                equals_lower(w, "said"))
                break;
            continue;
        }
        if (first_of(ch[m], EntryType::Title)) {
            title = m;
            break;
        }
        if (ch[m].kind == ChunkKind::Run) break;
    }
    if (title == npos || collect_only || person < 0) return title;
    const KbEntry* t = first_of(ch[title], EntryType::Title);
    std::size_t start = title;
    std::string country = modifier_country(si, title, !t->sector.empty(), start);
    if (country.empty() && !t->sector.empty() && is_word(si, title + 1, "to")) {
        std::size_t p = title + 2;
        while (p < ch.size() && (first_of(ch[p], EntryType::Title) || first_of(ch[p], EntryType::Honorific)))
            ++p;
        if (p < ch.size()) {
            if (const KbEntry* ke = first_of(ch[p], EntryType::Person)) {
                country = ke->country;
            } else if (ch[p].kind == ChunkKind::Run) {
                auto core = core_tokens(chunk_text(si, ch[p]));
                if (core.size() >= 2)
                    if (int kb = kb_.person_by_core(core_key(chunk_text(si, ch[p]))); kb >= 0)
                        country = kb_.entry(kb).country;
                if (country.empty())
                    for (const auto& e : out_.entities)
                        if (e.kind == "person" && !e.country.empty() && !core.empty() &&
                            (full_names_compatible(core_tokens(e.name), core) ||
                             (core.size() == 1 && short_name_of(core[0], core_tokens(e.name)))))
                            country = e.country;
            }
        }
    }
    apply_affiliation(person, country, t->name, t->sector, t->head);
    ch[title].used = true;
    if (definite && start >= det) {
        for (std::size_t m = det; m < title; ++m)
            ch[m].used = true;
        add_mention(si, ch[det].first, ch[title].last, person, true);
    }
    return title;
}

void DocumentAnalyzer::note_known(const std::vector<std::string>& core, const std::string& full) {
    // a repeated name adds nothing: every use of known_ takes the first match or any match
    for (const auto& k : known())
        if (k.full == full) return;
    if (n_known_ == known_.size()) known_.emplace_back();
    KnownName& k = known_[n_known_++];
    k.core.assign(core.begin(), core.end()); // reuses the strings of an earlier document's name
    k.full = full;
}

void DocumentAnalyzer::note_short_names(const std::vector<std::string>& core) {
    if (core.empty()) return;
    short_names_.put(fold_hash(core.front()), 1);
    short_names_.put(fold_hash(core.back()), 1);
}

bool DocumentAnalyzer::handle_run(std::uint32_t si, std::size_t ci, bool collect_only) {
    auto& ch = info_[si].chunks;
    Chunk& c = ch[ci];
    // fast path: a lone capitalized word is a name only when it shortens a known one ("Austin")
    if (c.kind == ChunkKind::Run && c.last == c.first + 1 &&
        short_names_.find(info_[si].tokens[c.first].hash) < 0 &&
        !kb_.is_org_word_hash(info_[si].tokens[c.first].hash))
        return false;
    std::string& full = full_buf_;
    full.assign(chunk_text(si, c));
    const auto& core = chunk_core(si, c);
    if (core.empty()) return false;
    int kb_entry = -1;
    if (const KbEntry* ke = first_of(c, EntryType::Person))
        for (int e : c.entries)
            if (&kb_.entry(e) == ke) kb_entry = e;
    bool org = false;
    for (auto t = c.first; t < c.last; ++t)
        org = org || kb_.is_org_word_hash(info_[si].tokens[t].hash);
    if (org && kb_entry < 0) {
        if (collect_only || c.last - c.first < 2) return false;
        std::size_t start = ci;
        std::string country = modifier_country(si, ci, false, start);
        std::uint32_t first = c.first;
        if (!country.empty() && start + 1 == ci && first_of(ch[start], EntryType::Demonym)) {
            first = ch[start].first;
            full = std::string(text(si, first, c.last));
            ch[start].used = true;
        } else {
            country.clear();
        }
        LocalEntity le;
        le.kind = "organization";
        le.name = full;
        le.country = country;
        le.code = country;
        add_mention(si, first, c.last, add_entity("org:" + slug(full), std::move(le)));
        c.used = true;
        return true;
    }
    bool evidence = kb_entry >= 0 || (core.size() >= 2 && kb_.person_by_core(join_core(core)) >= 0);
    if (!evidence && core.size() >= 2 && c.last - c.first >= 2 &&
        kb_.is_first_name_hash(info_[si].tokens[c.first].hash))
        evidence = true;
    for (auto t = c.first + 1; !evidence && t + 1 < c.last; ++t)
        if (info_[si].tokens[t].flags & kInitial) evidence = true;
    if (!evidence)
        for (const auto& k : known())
            if ((core.size() == 1 && short_name_of(core[0], k.core)) || full_names_compatible(core, k.core))
                evidence = true;
    if (!evidence && core.size() == 1)
        for (std::size_t i = 0; i < out_.entities.size() && !evidence; ++i)
            if (is_person(i) && short_name_of(core[0], core_of(int(i)))) evidence = true;
    if (!evidence && core.size() >= 2 && core.size() <= 3) {
        bool next = ci + 1 < ch.size() && ch[ci + 1].kind == ChunkKind::Token &&
                    speech_verb(chunk_text(si, ch[ci + 1]));
        bool prev = ci > 0 && ch[ci - 1].kind == ChunkKind::Token && speech_verb(chunk_text(si, ch[ci - 1]));
        bool apposed = ci > 0 && is_word(si, ci - 1, ",") && is_word(si, ci + 1, ",") && ci + 2 < ch.size() &&
                       ch[ci + 2].kind == ChunkKind::Token && speech_verb(chunk_text(si, ch[ci + 2]));
        evidence = next || prev || apposed;
    }
    if (!evidence && core.size() >= 2 && appositive(si, ci, -1, true) != npos) evidence = true;
    if (!evidence) return false;
    c.used = true;
    if (is_reporter(core)) return true;
    if (collect_only) {
        if (core.size() >= 2) note_known(core, full);
        note_short_names(core);
        return true;
    }
    int id = person_entity(full, core, kb_entry);
    add_mention(si, c.first, c.last, id);
    if (is_word(si, ci + 1, "of") && ci + 2 < ch.size())
        if (const KbEntry* k = first_of(ch[ci + 2], EntryType::Country)) {
            apply_affiliation(id, k->country, "", "", false);
            add_mention(si, ch[ci + 2].first, ch[ci + 2].last, entity_for_entry(kb_.country(k->country)));
            ch[ci + 2].used = true;
        }
    appositive(si, ci, id, false);
    return true;
}

bool DocumentAnalyzer::handle_title(std::uint32_t si, std::size_t ci, bool collect_only) {
    auto& ch = info_[si].chunks;
    std::size_t j = ci;
    const KbEntry* title = nullptr;
    bool honorific = false;
    std::string sector;
    bool head = false;
    while (j < ch.size() && ch[j].kind == ChunkKind::Match && (j == ci || ch[j].first == ch[j - 1].last)) {
        if (const KbEntry* t = first_of(ch[j], EntryType::Title)) {
            title = t;
            if (!t->sector.empty()) sector = t->sector;
            head = head || t->head;
        } else if (first_of(ch[j], EntryType::Honorific)) {
            honorific = true;
        } else {
            break;
        }
        ++j;
    }
    // the modifier before the title ("Russian President"): the first pass, which only notes names, needs none
    std::size_t start = ci;
    auto modifier = [&] { return modifier_country(si, ci, !sector.empty(), start); };
    bool named = j < ch.size() && ch[j].first == ch[j - 1].last &&
                 (ch[j].kind == ChunkKind::Run || first_of(ch[j], EntryType::Person) ||
                  (first_of(ch[j], EntryType::City) && ch[j].last == ch[j].first + 1));
    if (named) {
        Chunk& n = ch[j];
        std::string& full = full_buf_;
        full.assign(chunk_text(si, n));
        const auto& core = chunk_core(si, n);
        if (core.empty()) return false;
        for (std::size_t m = ci; m <= j; ++m)
            ch[m].used = true;
        if (is_reporter(core)) return true;
        if (collect_only) {
            if (core.size() >= 2) note_known(core, full);
            note_short_names(core);
            return true;
        }
        const std::string country = modifier();
        int kb_entry = -1;
        if (const KbEntry* ke = first_of(n, EntryType::Person))
            for (int e : n.entries)
                if (&kb_.entry(e) == ke) kb_entry = e;
        int id = person_entity(full, core, kb_entry);
        for (std::size_t m = start; m < ci; ++m)
            ch[m].used = true;
        std::uint32_t span_first = honorific && !title ? ch[ci].first : n.first;
        add_mention(si, span_first, n.last, id);
        apply_affiliation(id, country, title ? title->name : std::string(), sector, head);
        if (is_word(si, j + 1, "of") && j + 2 < ch.size())
            if (const KbEntry* k = first_of(ch[j + 2], EntryType::Country)) {
                apply_affiliation(id, k->country, "", "", false);
                add_mention(si, ch[j + 2].first, ch[j + 2].last, entity_for_entry(kb_.country(k->country)));
                ch[j + 2].used = true;
            }
        appositive(si, j, id, false);
        return true;
    }
    if (collect_only || !title) return false;
    const std::string country = modifier();
    std::size_t desc = start;
    bool definite = starts_with_the(si, desc);
    if (!definite && desc > 0 && is_word(si, desc - 1, "the")) {
        definite = true;
        --desc;
    }
    if (head && (definite || !country.empty())) {
        int id = resolve_description(country, true);
        if (id >= 0) {
            for (std::size_t m = desc; m < j; ++m)
                ch[m].used = true;
            add_mention(si, ch[desc].first, ch[j - 1].last, id, true);
            return true;
        }
    }
    if (!country.empty() && !sector.empty() && start < ci) {
        LocalEntity le;
        le.kind = "person";
        le.name = title->name + " of " + kb_.country_name(country);
        le.country = country;
        le.roles.push_back(title->name);
        int id = add_entity("role:" + country + ":" + slug(title->name), std::move(le));
        apply_affiliation(id, country, title->name, sector, head);
        for (std::size_t m = start; m < j; ++m)
            ch[m].used = true;
        add_mention(si, ch[start].first, ch[j - 1].last, id);
        return true;
    }
    return false;
}

} // namespace eventline::actors
