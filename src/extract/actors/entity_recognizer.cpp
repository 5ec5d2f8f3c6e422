// EntityRecognizer: the knowledge base plus, per document, a DocumentAnalyzer. This file holds the
// analyzer's chunking, the entity table, and countries, institutions, organizations and places.
#include "document_analyzer.h"
#include "names.h"

#include <algorithm>
#include <mutex>

namespace eventline {

struct EntityRecognizer::Impl {
    actors::KnowledgeBase kb;
    std::mutex mutex;                                            ///< guards spare
    std::vector<std::unique_ptr<actors::AnalyzerScratch>> spare; ///< buffers of finished documents
    explicit Impl(const EntityOptions& o) : kb(actors::KnowledgeOptions{o.actors_file}) {}
};

EntityRecognizer::EntityRecognizer(const EntityOptions& options) : impl_(std::make_unique<Impl>(options)) {}
EntityRecognizer::~EntityRecognizer() = default;

DocumentEntities EntityRecognizer::recognize(const Document& doc,
                                             const std::vector<Sentence>& sentences) const {
    std::unique_ptr<actors::AnalyzerScratch> scratch;
    {
        std::lock_guard<std::mutex> lock(impl_->mutex);
        if (!impl_->spare.empty()) {
            scratch = std::move(impl_->spare.back());
            impl_->spare.pop_back();
        }
    }
    if (!scratch) scratch = std::make_unique<actors::AnalyzerScratch>();
    auto out = actors::DocumentAnalyzer(impl_->kb, doc, sentences, *scratch).run();
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->spare.push_back(std::move(scratch));
    return out;
}

} // namespace eventline

namespace eventline::actors {

namespace {

bool weak_entry(const KbEntry& e) {
    return e.type == EntryType::City || e.type == EntryType::Person;
}

bool is_connector(std::string_view w) {
    static constexpr std::string_view kParticles[] = {"de", "van", "von", "bin", "al",  "da",  "der", "del",
                                                      "la", "le",  "du",  "dos", "ben", "ibn", "di",  "el"};
    for (auto p : kParticles)
        if (w == p) return true;
    return false;
}

bool is_suffix(std::string_view w) {
    return w == "Jr." || w == "Sr." || w == "II" || w == "III" || w == "IV";
}

} // namespace

DocumentAnalyzer::DocumentAnalyzer(const KnowledgeBase& kb, const Document& doc,
                                   const std::vector<Sentence>& sentences, AnalyzerScratch& scratch)
    : key_buf_(scratch.key_buf), scratch_(scratch), all_tokens_(scratch.tokens), all_chunks_(scratch.chunks),
      kb_(kb), doc_(doc), sentences_(sentences), info_(scratch.info), key_slots_(scratch.key_slots),
      entry_memo_(scratch.entry_memo), country_place_memo_(scratch.country_place_memo),
      is_person_(scratch.is_person), countries_in_play_(scratch.countries_in_play), known_(scratch.known),
      person_mentions_(scratch.person_mentions), person_heads_(scratch.person_heads),
      entity_sector_(scratch.entity_sector), country_mentions_(scratch.country_mentions),
      cores_(scratch.entity_cores), core_valid_(scratch.core_valid), full_buf_(scratch.full_buf),
      core_noted_(scratch.core_noted), short_names_(scratch.short_names) {
    // the pooled bookkeeping of the previous document; cores_ and known_ keep their elements' storage
    std::fill(key_slots_.begin(), key_slots_.end(), KeySlot{});
    entry_memo_.clear();
    country_place_memo_.clear();
    short_names_.clear();
    is_person_.clear();
    core_valid_.clear();
    core_noted_.clear();
    countries_in_play_.clear();
    entity_sector_.clear();
    person_mentions_.clear();
    person_heads_.clear();
    country_mentions_.clear();
    // room for a typical article's entities: growing moves every LocalEntity's strings
    out_.entities.reserve(32);
    out_.mentions.reserve(sentences.size() * 2);
    for (const auto& r : doc.reporters)
        if (auto core = core_tokens(r); !core.empty()) reporters_.push_back(std::move(core));
}

bool DocumentAnalyzer::starts_with_the(std::uint32_t si, std::size_t ci) const {
    const auto& in = info_[si];
    if (ci >= in.chunks.size()) return false;
    return equals_lower(text(si, in.chunks[ci].first, in.chunks[ci].first + 1), "the");
}

bool DocumentAnalyzer::name_token(std::uint32_t si, std::uint32_t t) const {
    const auto& tok = info_[si].tokens[t];
    if (tok.flags & (kPunct | kDigit)) return false;
    return (tok.flags & (kCap | kAllCaps)) != 0;
}

void DocumentAnalyzer::prepare() {
    info_.assign(sentences_.size(), SentenceInfo{});
    scratch_.n_cores = 0;
    // tokenize every sentence into one document-wide array (one allocation instead of one per sentence)
    std::size_t bytes = 0;
    for (const auto& s : sentences_)
        bytes += s.norm.size();
    // the buffers only grow (they are reused across documents): their sizes are capacities here
    if (all_tokens_.size() < bytes) all_tokens_.resize(bytes);
    auto& offsets = scratch_.offsets;
    offsets.assign(sentences_.size() + 1, 0);
    std::size_t n_tokens = 0;
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
        offsets[si] = n_tokens;
        n_tokens += tokenize_into(sentences_[si].norm, all_tokens_.data() + n_tokens);
    }
    offsets[sentences_.size()] = n_tokens;
    for (std::size_t si = 0; si < sentences_.size(); ++si)
        info_[si].tokens =
            std::span<const WordToken>(all_tokens_.data() + offsets[si], offsets[si + 1] - offsets[si]);
    auto& matches = scratch_.matches;
    bool quoted = false;
    std::uint32_t prev_end = 0;
    // each sentence's chunks are written in place into one document-wide array (at most one per token)
    if (all_chunks_.size() < n_tokens) all_chunks_.resize(n_tokens);
    Chunk* const all = all_chunks_.data();
    std::size_t total = 0; // chunks of the sentences before this one
    auto& chunk_offsets = scratch_.chunk_offsets;
    chunk_offsets.assign(sentences_.size() + 1, 0);
    if (scratch_.marks.size() < n_tokens) scratch_.marks.resize(n_tokens);
    std::uint32_t* const all_marks = scratch_.marks.data();
    std::size_t total_marks = 0; // marks of the sentences before this one
    auto& mark_offsets = scratch_.mark_offsets;
    mark_offsets.assign(sentences_.size() + 1, 0);
    for (std::uint32_t si = 0; si < sentences_.size(); ++si) {
        Chunk* const ch = all + total; // this sentence's chunks: ch[0, count)
        std::size_t count = 0;
        auto& in = info_[si];
        in.sentence = &sentences_[si];
        in.text = sentences_[si].norm;
        // a new paragraph closes any quotation left open
        if (si > 0 && sentences_[si].begin > prev_end &&
            doc_.text.find('\n', prev_end) < std::min<std::size_t>(sentences_[si].begin, doc_.text.size()))
            quoted = false;
        prev_end = sentences_[si].end;
        matches.clear();
        kb_.gazetteer().scan(in.text, in.tokens, matches);
        const auto n = std::uint32_t(in.tokens.size());
        // matches are sorted and do not overlap: tokens before the next match's first are outside any
        std::size_t next_match = 0;
        std::uint32_t match_first = matches.empty() ? n : matches[0].first;
        // which of the passes below can apply to this sentence
        bool any_weak = false;
        std::uint16_t match_types = 0;
        int runs = 0;
        const WordToken* const tk = in.tokens.data();
        // the chunks walk acts on: plain tokens that cannot be pronouns are most chunks, and walk skips them
        std::uint32_t* const marks = all_marks + total_marks;
        std::size_t n_marks = 0;
        for (std::uint32_t t = 0; t < n;) {
            // fast path: a plain word outside any match, not capitalized, not punctuation
            if (t < match_first && !(tk[t].flags & (kCap | kAllCaps | kPunct))) {
                Chunk c;
                c.first = t;
                c.last = t + 1;
                c.quoted = quoted;
                c.pronoun = (tk[t].flags & kMaybePronoun) != 0;
                if (c.pronoun) marks[n_marks++] = std::uint32_t(count);
                ch[count++] = c;
                ++t;
                continue;
            }
            Chunk c;
            if (t == match_first) {
                const auto& m = matches[next_match++];
                match_first = next_match < matches.size() ? matches[next_match].first : n;
                c.kind = ChunkKind::Match;
                c.first = m.first;
                c.last = m.last;
                c.entries = kb_.gazetteer().values(m.entry);
                for (int e : c.entries)
                    c.types |= type_bit(kb_.entry(e).type);
                constexpr std::uint16_t weak_types = type_bit(EntryType::City) | type_bit(EntryType::Person);
                any_weak = any_weak || (c.types && !(c.types & ~weak_types));
                if (c.types & type_bit(EntryType::Country))
                    for (int e : c.entries)
                        if (kb_.entry(e).type == EntryType::Country && !in_play(kb_.entry(e).country))
                            countries_in_play_.push_back(kb_.entry(e).country);
                match_types |= c.types;
            } else if (name_token(si, t) && !kb_.is_not_name_hash(in.tokens[t].hash)) {
                c.kind = ChunkKind::Run;
                ++runs;
                c.first = t;
                std::uint32_t e = t + 1;
                while (e < match_first) {
                    if (name_token(si, e)) {
                        ++e;
                    } else if (e + 1 < match_first && (in.tokens[e].flags & kLower) &&
                               in.tokens[e].end - in.tokens[e].begin <= 3 &&
                               is_connector(text(si, e, e + 1)) && name_token(si, e + 1)) {
                        e += 2;
                    } else {
                        break;
                    }
                }
                while (e > t + 1 && kb_.is_not_name_hash(in.tokens[e - 1].hash) &&
                       !is_suffix(text(si, e - 1, e)))
                    --e;
                c.last = e;
            } else {
                c.kind = ChunkKind::Token;
                c.first = t;
                c.last = t + 1;
                c.pronoun = (in.tokens[t].flags & kMaybePronoun) != 0;
                // punctuation tokens are one byte: '"' or "''" toggles the quotation
                const auto& tok = in.tokens[t];
                const char b = (tok.flags & kPunct) ? in.text[tok.begin] : '\0';
                if (b == '"' || (b == '\'' && t + 1 < n && (in.tokens[t + 1].flags & kPunct) &&
                                 in.text[in.tokens[t + 1].begin] == '\'')) {
                    quoted = !quoted;
                    if (b == '\'') c.last = t + 2;
                    c.quoted = false;
                    if (c.pronoun) marks[n_marks++] = std::uint32_t(count);
                    ch[count++] = c;
                    t = c.last;
                    continue;
                }
            }
            c.quoted = quoted;
            if (c.kind != ChunkKind::Token || c.pronoun) marks[n_marks++] = std::uint32_t(count);
            ch[count++] = c;
            t = c.last;
        }
        // removes ch[a, b) by moving the chunks after them down
        bool renumbered = false; // marks are out of date
        auto erase = [&](std::size_t a, std::size_t b) {
            std::move(ch + b, ch + count, ch + a);
            count -= b - a;
            renumbered = true;
        };
        // A known person or a city inside a longer name belongs to the name ("Lloyd J. Austin III").
        for (std::size_t i = 0; any_weak && runs > 0 && i < count; ++i) {
            if (ch[i].kind != ChunkKind::Match) continue;
            bool weak = !ch[i].entries.empty();
            for (int e : ch[i].entries)
                weak = weak && weak_entry(kb_.entry(e));
            if (!weak) continue;
            bool before = i > 0 && ch[i - 1].kind == ChunkKind::Run && ch[i - 1].last == ch[i].first;
            bool after = i + 1 < count && ch[i + 1].kind == ChunkKind::Run && ch[i + 1].first == ch[i].last;
            if (!before && !after) continue;
            std::size_t a = before ? i - 1 : i, b = after ? i + 1 : i;
            Chunk merged = ch[a];
            merged.kind = ChunkKind::Run;
            merged.entries = {};
            merged.types = 0;
            merged.last = ch[b].last;
            ch[a] = merged;
            erase(a + 1, b + 1);
            i = a;
        }
        // Organization names with connectors: "Center for Strategic and International Studies".
        for (std::size_t i = 0; runs >= 2 && i + 2 < count; ++i) {
            if (ch[i].kind != ChunkKind::Run || ch[i + 2].kind != ChunkKind::Run) continue;
            auto w = chunk_text(si, ch[i + 1]);
            if (!equals_lower(w, "for") && !equals_lower(w, "of") && !equals_lower(w, "and") && w != "&" &&
                !equals_lower(w, "on"))
                continue;
            bool org = false;
            for (auto k : {i, i + 2})
                for (auto t = ch[k].first; t < ch[k].last; ++t)
                    org = org || kb_.is_org_word_hash(in.tokens[t].hash);
            if (!org) continue;
            ch[i].last = ch[i + 2].last;
            erase(i + 1, i + 3);
            --i;
        }
        constexpr std::uint16_t name_types =
            type_bit(EntryType::Title) | type_bit(EntryType::Honorific) | type_bit(EntryType::Person);
        in.has_names = runs > 0 || (match_types & name_types);
        if (renumbered) {
            n_marks = 0;
            for (std::size_t i = 0; i < count; ++i)
                if (ch[i].kind != ChunkKind::Token || ch[i].pronoun) marks[n_marks++] = std::uint32_t(i);
        }
        chunk_offsets[si] = total;
        total += count;
        mark_offsets[si] = total_marks;
        total_marks += n_marks;
    }
    chunk_offsets[sentences_.size()] = total;
    mark_offsets[sentences_.size()] = total_marks;
    for (std::size_t si = 0; si < sentences_.size(); ++si) {
        info_[si].chunks = std::span<Chunk>(all_chunks_.data() + chunk_offsets[si],
                                            chunk_offsets[si + 1] - chunk_offsets[si]);
        info_[si].walked = std::span<const std::uint32_t>(scratch_.marks.data() + mark_offsets[si],
                                                          mark_offsets[si + 1] - mark_offsets[si]);
    }
}

const std::vector<std::string>& DocumentAnalyzer::core_of(int entity) {
    if (core_valid_.size() < out_.entities.size()) {
        if (cores_.size() < out_.entities.size()) cores_.resize(out_.entities.size());
        core_valid_.resize(out_.entities.size(), 0);
        core_noted_.resize(out_.entities.size(), 0);
    }
    if (!core_valid_[entity]) {
        core_tokens(out_.entities[entity].name, cores_[entity]);
        core_valid_[entity] = 1;
        core_noted_[entity] = 0;
    }
    return cores_[entity];
}

int DocumentAnalyzer::add_entity(std::string_view key, LocalEntity init) {
    const std::uint64_t hash = key_hash(key);
    if (int id = find_key(key, hash); id >= 0) return id;
    const int id = int(out_.entities.size());
    init.key = key;
    is_person_.push_back(init.kind == "person");
    out_.entities.push_back(std::move(init));
    person_heads_.push_back(0);
    entity_sector_.emplace_back();
    set_key(key, hash, id);
    return id;
}

int DocumentAnalyzer::new_entity(std::string_view key, std::uint64_t hash, bool is_place,
                                 std::string_view kind) {
    const int id = int(out_.entities.size());
    LocalEntity& e = out_.entities.emplace_back();
    e.is_place = is_place;
    e.kind = kind;
    e.key = key;
    is_person_.push_back(kind == "person");
    person_heads_.push_back(0);
    entity_sector_.emplace_back();
    set_key(key, hash, id);
    return id;
}

int DocumentAnalyzer::find_key(std::string_view key, std::uint64_t h) const {
    if (key_slots_.empty()) return -1;
    const std::size_t mask = key_slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const KeySlot& s = key_slots_[i];
        if (s.id == -1) return -1;
        if (s.id >= 0 && s.hash == h && out_.entities[std::size_t(s.id)].key == key) return s.id;
    }
}

void DocumentAnalyzer::set_key(std::string_view key, std::uint64_t h, int id) {
    if ((key_slots_used_ + 1) * 2 > key_slots_.size()) {
        // grow; the probe order of slots with one hash is kept, so the first live one stays first
        std::vector<KeySlot> old(key_slots_.empty() ? 64 : key_slots_.size() * 2);
        old.swap(key_slots_);
        const std::size_t mask = key_slots_.size() - 1;
        for (const KeySlot& s : old) {
            if (s.id < 0) continue;
            std::size_t i = s.hash & mask;
            while (key_slots_[i].id != -1)
                i = (i + 1) & mask;
            key_slots_[i] = s;
        }
    }
    const std::size_t mask = key_slots_.size() - 1;
    bool placed = false;
    std::size_t i = h & mask;
    for (; key_slots_[i].id != -1; i = (i + 1) & mask) {
        KeySlot& s = key_slots_[i];
        if (s.id < 0 || s.hash != h || out_.entities[std::size_t(s.id)].key != key) continue;
        // the key's live slot takes the new entity; any later live slot of the key is dropped
        if (placed) {
            s.id = -2;
        } else {
            s.id = id;
            placed = true;
        }
    }
    if (!placed) {
        key_slots_[i] = {h, id};
        ++key_slots_used_;
    }
}

int DocumentAnalyzer::entity_for_entry(int entry) {
    if (entry < 0) return entity_for_entry_uncached(entry);
    if (int id = entry_memo_.find(std::uint64_t(entry)); id >= 0) return id;
    int id = entity_for_entry_uncached(entry);
    entry_memo_.put(std::uint64_t(entry), id);
    return id;
}

int DocumentAnalyzer::entity_for_entry_uncached(int entry) {
    const KbEntry& e = kb_.entry(entry);
    // demonyms and "the North" carry their country's key
    if (int id = find_key(e.key, e.key_hash); id >= 0) return id;
    const bool country_ref = e.type == EntryType::Demonym || e.type == EntryType::DemonymPlural ||
                             e.type == EntryType::CountryCoref;
    const int id = new_entity(e.key, e.key_hash, false,
                              country_ref      ? std::string_view("country")
                              : e.kind.empty() ? std::string_view("organization")
                                               : std::string_view(e.kind));
    LocalEntity& le = out_.entities[std::size_t(id)];
    const int c = country_ref ? kb_.country(e.country) : -1;
    le.name = c >= 0 ? kb_.entry(c).name : e.name;
    le.country = e.country;
    le.code = e.code;
    if (!e.role.empty()) le.roles.push_back(e.role);
    if (e.type == EntryType::Person && !e.sector.empty()) entity_sector_[id] = e.sector;
    return id;
}

int DocumentAnalyzer::place_entity(int entry) {
    // the memo is shared with entity_for_entry: both return the entity of the entry's key when there is one
    if (int id = entry_memo_.find(std::uint64_t(entry)); id >= 0) return id;
    const KbEntry& e = kb_.entry(entry);
    int id = find_key(e.key, e.key_hash);
    if (id < 0) {
        id = new_entity(e.key, e.key_hash, true, e.kind.empty() ? std::string_view("place") : e.kind);
        LocalEntity& le = out_.entities[std::size_t(id)];
        le.name = e.name;
        le.country = e.country;
        le.lat = e.lat;
        le.lon = e.lon;
    }
    entry_memo_.put(std::uint64_t(entry), id);
    return id;
}

int DocumentAnalyzer::country_place(const std::string& alpha3) {
    if (alpha3.size() > 7) return country_place_uncached(alpha3);
    std::uint64_t code = alpha3.size(); // the code's bytes and length, as the memo's key
    for (char c : alpha3)
        code = code << 8 | (unsigned char)c;
    if (int id = country_place_memo_.find(code); id >= 0) return id;
    int id = country_place_uncached(alpha3);
    country_place_memo_.put(code, id);
    return id;
}

int DocumentAnalyzer::country_place_uncached(const std::string& alpha3) {
    std::string& key = key_buf_; // reused: the key is longer than the small-string buffer
    key.assign("place:country:");
    key += alpha3;
    const std::uint64_t hash = key_hash(key);
    if (int id = find_key(key, hash); id >= 0) return id;
    const int id = new_entity(key, hash, true, "country");
    LocalEntity& le = out_.entities[std::size_t(id)];
    le.name = kb_.country_name(alpha3);
    le.country = alpha3;
    return id;
}

void DocumentAnalyzer::add_mention(std::uint32_t si, std::uint32_t a, std::uint32_t b, int entity, bool coref,
                                   int alt, bool alias) {
    if (entity < 0 || a >= b) return;
    const auto& toks = info_[si].tokens;
    EntityMention m;
    m.sentence = si;
    m.begin = toks[a].begin;
    m.end = toks[b - 1].end;
    m.entity = entity;
    m.coref = coref;
    m.alt = alt;
    out_.mentions.push_back(m);
    auto& e = out_.entities[entity];
    ++e.mentions;
    if (alt >= 0) ++out_.entities[alt].mentions;
    if (!coref && alias) {
        auto surface = text(si, a, b);
        if (std::find(e.aliases.begin(), e.aliases.end(), surface) == e.aliases.end()) {
            if (e.aliases.empty()) e.aliases.reserve(4); // one allocation for the usual few aliases
            e.aliases.emplace_back(surface);
        }
    }
    if (is_person(std::size_t(entity))) {
        // the short names of a core only need noting once (short_names_ is a set)
        const auto& core = core_of(entity);
        if (!core_noted_[entity]) {
            note_short_names(core);
            core_noted_[entity] = 1;
        }
        // the chunk holding token a: chunks are sorted and cover every token
        const auto& chunks = info_[si].chunks;
        auto c = std::upper_bound(chunks.begin(), chunks.end(), a,
                                  [](std::uint32_t t, const Chunk& ch) { return t < ch.first; });
        const bool quoted = c != chunks.begin() && a < (c - 1)->last && (c - 1)->quoted;
        person_mentions_.push_back({entity, si, quoted});
    }
    if (e.kind == "country" && !e.is_place) country_mentions_.push_back(entity);
}

bool DocumentAnalyzer::locative_before(std::uint32_t si, std::size_t ci) const {
    static constexpr std::string_view kPreps[] = {
        "in", "into", "to",      "from",    "toward", "towards",    "across", "inside", "near",
        "at", "via",  "through", "outside", "within", "throughout", "around", "over",   "entered"};
    const auto& ch = info_[si].chunks;
    std::size_t k = ci;
    // skip "the", "both", "northern" ... and coordination ("in Europe and Asia")
    while (k > 0) {
        --k;
        if (ch[k].kind == ChunkKind::Token) {
            auto w = chunk_text(si, ch[k]);
            for (auto p : kPreps)
                if (equals_lower(w, p)) return true;
            static constexpr std::string_view kSkip[] = {
                "the", "both", "and", "or", ",", "northern", "southern", "eastern", "western", "central"};
            bool skip = false;
            for (auto p : kSkip)
                skip = skip || equals_lower(w, p);
            if (skip) continue;
            return false;
        }
        if (ch[k].kind == ChunkKind::Match) {
            bool place = false;
            for (int e : ch[k].entries) {
                auto t = kb_.entry(e).type;
                place = place || t == EntryType::City || t == EntryType::Region || t == EntryType::Country;
            }
            if (place && k + 1 < ci) continue; // "Kyiv, Ukraine"
            return false;
        }
        return false;
    }
    return false;
}

std::string DocumentAnalyzer::modifier_country(std::uint32_t si, std::size_t ci, bool allow_country_name,
                                               std::size_t& start) const {
    const auto& ch = info_[si].chunks;
    start = ci;
    if (ci == 0) return {};
    std::size_t k = ci - 1;
    std::string country;
    bool possessive = false;
    if (is_word(si, k, "'s") && k > 0) {
        possessive = true;
        --k;
    }
    const Chunk& m = ch[k];
    if (m.kind == ChunkKind::Match) {
        for (int e : m.entries) {
            const auto& ke = kb_.entry(e);
            switch (ke.type) {
            case EntryType::Demonym:
                if (!possessive) country = ke.country;
                break;
            case EntryType::Country:
                if (possessive || allow_country_name) country = ke.country;
                break;
            case EntryType::Institution:
                country = ke.country;
                break;
            case EntryType::CountryCoref:
                if (in_play(ke.country) && k > 0 && is_word(si, k - 1, "the")) {
                    country = ke.country;
                    --k;
                }
                break;
            default:
                break;
            }
            if (!country.empty()) break;
        }
    } else if (possessive && is_word(si, k, "country") && k > 0 && is_word(si, k - 1, "the")) {
        int c = recent_country();
        if (c >= 0) {
            start = k - 1;
            return out_.entities[c].country;
        }
    }
    if (!country.empty()) start = k;
    return country;
}

void DocumentAnalyzer::walk(std::uint32_t si, bool collect_only) {
    auto& ch = info_[si].chunks;
    for (const std::size_t ci : info_[si].walked) {
        Chunk& c = ch[ci];
        // plain tokens first: they are most chunks
        if (c.kind == ChunkKind::Token) {
            if (!collect_only && c.pronoun && !c.used) handle_pronoun(si, ci);
            continue;
        }
        if (c.used) continue;
        if (c.kind == ChunkKind::Run) {
            handle_run(si, ci, collect_only);
            continue;
        }
        if (first_of(c, EntryType::Title) || first_of(c, EntryType::Honorific)) {
            handle_title(si, ci, collect_only);
            continue;
        }
        if (first_of(c, EntryType::Person)) {
            handle_run(si, ci, collect_only);
            continue;
        }
        if (collect_only) continue;
        if (first_of(c, EntryType::GroupNoun) || first_of(c, EntryType::DemonymPlural)) {
            if (handle_group(si, ci)) continue;
        }
        // Modifiers of a following group noun or title are handled there.
        {
            std::size_t k = ci + 1;
            if (is_word(si, k, "'s")) ++k;
            while (k + 1 < ch.size() && (is_word(si, k, "and") || is_word(si, k, ",")) &&
                   ch[k + 1].kind == ChunkKind::Match &&
                   (first_of(ch[k + 1], EntryType::Demonym) || first_of(ch[k + 1], EntryType::Country)))
                k += 2;
            if (k < ch.size() && k > ci &&
                (first_of(ch[k], EntryType::GroupNoun) || first_of(ch[k], EntryType::Title)) &&
                (first_of(c, EntryType::Demonym) || first_of(c, EntryType::Institution) ||
                 first_of(c, EntryType::Country) || first_of(c, EntryType::CountryCoref)) &&
                !ch[k].used) {
                const KbEntry* title = first_of(ch[k], EntryType::Title);
                const KbEntry* group = first_of(ch[k], EntryType::GroupNoun);
                // "a North Korea expert": the country is a topic, not an affiliation; still a mention below
                bool topic = first_of(c, EntryType::Country) && !first_of(c, EntryType::Demonym) &&
                             k == ci + 1 &&
                             ((title && title->sector.empty()) || (group && group->sector.empty()));
                if (!topic) continue;
            }
        }
        if (const KbEntry* e = first_of(c, EntryType::CountryCoref)) {
            // "the North" (not "the North Atlantic"), only when the country is named in the document
            bool definite = ci > 0 && is_word(si, ci - 1, "the");
            bool continues = c.last < info_[si].tokens.size() && name_token(si, c.last);
            if (definite && !continues && in_play(e->country)) {
                int id = entity_for_entry(kb_.country(e->country));
                // "the North's leader" is a description of a person: coreference handles it
                if (!(is_word(si, ci + 1, "'s") && ci + 2 < ch.size() &&
                      first_of(ch[ci + 2], EntryType::Title)))
                    add_mention(si, ch[ci - 1].first, c.last, id, true);
                continue;
            }
            if (c.entries.size() == 1) continue;
        }
        if (const KbEntry* q = first_of(c, EntryType::QualifiedRegion)) {
            if (ci >= 2 && is_word(si, ci - 1, "'s") && ch[ci - 2].kind == ChunkKind::Match &&
                first_of(ch[ci - 2], EntryType::Country)) {
                const KbEntry* country = first_of(ch[ci - 2], EntryType::Country);
                LocalEntity le;
                le.is_place = true;
                le.kind = "region";
                le.country = country->country;
                le.name = country->name + "'s " + q->name;
                int id = add_entity("place:" + slug(country->name + " " + q->name), std::move(le));
                add_mention(si, ch[ci - 2].first, c.last, id);
            }
            continue;
        }
        int country_entry = -1, place_entry = -1, org_entry = -1;
        for (int e : c.entries) {
            auto t = kb_.entry(e).type;
            if (t == EntryType::Country && country_entry < 0) country_entry = e;
            if ((t == EntryType::City || t == EntryType::Region) && place_entry < 0) place_entry = e;
            if ((t == EntryType::Institution || t == EntryType::Organization || t == EntryType::Group) &&
                org_entry < 0)
                org_entry = e;
        }
        if (country_entry >= 0) {
            int actor = entity_for_entry(country_entry);
            if (locative_before(si, ci))
                add_mention(si, c.first, c.last, country_place(kb_.entry(country_entry).country), false,
                            actor);
            else
                add_mention(si, c.first, c.last, actor);
            continue;
        }
        if (org_entry >= 0) {
            add_mention(si, c.first, c.last, entity_for_entry(org_entry));
            continue;
        }
        if (place_entry >= 0) {
            const KbEntry& pe = kb_.entry(place_entry);
            // A one-word city that is the short name of a person of this document ("Austin said").
            if (pe.type == EntryType::City && c.last == c.first + 1) {
                auto w = lower_ascii(chunk_text(si, c));
                bool person = false;
                for (const auto& k : known())
                    person = person || short_name_of(w, k.core);
                if (person) {
                    handle_run(si, ci, false);
                    continue;
                }
            }
            int place = place_entity(place_entry);
            if (pe.capital && !locative_before(si, ci)) {
                static constexpr std::string_view kActorNext[] = {
                    "'s",      "said",      "says",    "has",     "have",     "had",       "is",
                    "was",     "will",      "would",   "wants",   "denied",   "accused",   "insisted",
                    "warned",  "announced", "claimed", "alleged", "rejected", "responded", "agreed",
                    "refused", "sent",      "plans",   "could",   "may",      "might",     "should",
                    "must",    "did",       "does"};
                bool actor = ci > 0 &&
                             (is_word(si, ci - 1, "said") || is_word(si, ci - 1, "says") ||
                              is_word(si, ci - 1, "that")) &&
                             ci + 1 < ch.size() && (info_[si].tokens[ch[ci + 1].first].flags & kLower);
                // ... or the object of a verb only a government takes: "accused Moscow of", "urged Beijing
                // to"
                static constexpr std::string_view kActorBefore[] = {
                    "accused", "urged",      "warned",     "blamed",  "criticized", "criticised", "condemned",
                    "pressed", "sanctioned", "threatened", "thanked", "praised",    "told",       "asked"};
                for (auto w : kActorBefore)
                    actor = actor || (ci > 0 && is_word(si, ci - 1, w));
                const std::string_view next = word_at(si, ci + 1); // empty: no word matches
                for (auto w : kActorNext)
                    actor = actor || equals_lower(next, w);
                // a capital before a lower-case past-tense verb acts ("Moscow threatened")
                actor = actor || is_regular_past(si, ci + 1);
                int gov = kb_.government(pe.country);
                if (actor && gov >= 0) {
                    add_mention(si, c.first, c.last, entity_for_entry(gov), false, place);
                    continue;
                }
            }
            add_mention(si, c.first, c.last, place);
            continue;
        }
        // A demonym before a common noun no group rule took names its country as the noun's owner or
        // doer: "Israeli airstrikes", "Chinese vessels", "the Mexican embassy" (event coders code it so).
        if (ci + 1 < ch.size() && ch[ci + 1].kind == ChunkKind::Token &&
            (info_[si].tokens[ch[ci + 1].first].flags & kLower))
            mention_demonym_country(si, ci);
    }
}

void DocumentAnalyzer::mention_demonym_country(std::uint32_t si, std::size_t ci) {
    Chunk& c = info_[si].chunks[ci];
    const KbEntry* d = first_of(c, EntryType::Demonym);
    // "at an Italian base" is a place phrase: its country is no participant
    if (!d || c.used || in_place_phrase(si, ci)) return;
    if (int country = kb_.country(d->country); country >= 0) {
        c.used = true;
        add_mention(si, c.first, c.last, entity_for_entry(country));
    }
}

DocumentEntities DocumentAnalyzer::run() {
    prepare();
    for (std::uint32_t si = 0; si < info_.size(); ++si)
        if (info_[si].has_names) walk(si, true); // the first pass only looks at names, titles and people
    // the first pass marked chunks of these sentences only, and only names and titles (walked chunks)
    for (auto& in : info_)
        if (in.has_names)
            for (std::uint32_t ci : in.walked)
                in.chunks[ci].used = false;
    for (std::uint32_t si = 0; si < info_.size(); ++si)
        walk(si, false);
    for (std::size_t i = 0; i < out_.entities.size(); ++i) {
        auto& e = out_.entities[i];
        if (is_person(i) && e.code.empty() && !e.country.empty()) e.code = e.country + entity_sector_[i];
    }
    auto before = [](const EntityMention& a, const EntityMention& b) {
        return std::tie(a.sentence, a.begin) < std::tie(b.sentence, b.begin);
    };
    // mentions mostly arrive in order: sorting is needed only when they did not
    if (!std::is_sorted(out_.mentions.begin(), out_.mentions.end(), before))
        std::stable_sort(out_.mentions.begin(), out_.mentions.end(), before);
    return std::move(out_);
}

} // namespace eventline::actors
