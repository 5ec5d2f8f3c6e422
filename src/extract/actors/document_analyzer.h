// One document's recognition: chunks each sentence into gazetteer matches, name runs and plain tokens,
// then finds countries, institutions, places (entity_recognizer.cpp), people and organizations
// (person_finder.cpp), groups (group_finder.cpp) and pronoun/description references (coreference.cpp).
#pragma once

#include "eventline/entities.h"
#include "knowledge_base.h"
#include "names.h"

#include <algorithm>
#include <span>
#include <string>
#include <vector>

namespace eventline::actors {

enum class ChunkKind : std::uint8_t { Match, Run, Token };

/// A gazetteer match, a run of capitalized name tokens, or one other token.
struct Chunk {
    ChunkKind kind = ChunkKind::Token;
    std::uint32_t first = 0, last = 0; ///< tokens [first, last)
    std::int32_t core = -1;            ///< index in AnalyzerScratch::cores once chunk_core computed it
    std::span<const int> entries;      ///< Match: knowledge entries of the surface (owned by the gazetteer)
    std::uint16_t types = 0;           ///< Match: bit per EntryType among the entries (see type_bit)
    bool quoted = false;               ///< inside a direct quotation
    bool pronoun = false;              ///< Token: may be a pronoun that handle_pronoun resolves
    bool used = false;                 ///< consumed by an earlier rule (modifier, appositive)
};

constexpr std::uint16_t type_bit(EntryType t) {
    return std::uint16_t(1u << unsigned(t));
}

struct SentenceInfo {
    const Sentence* sentence = nullptr;
    std::string_view text;
    std::span<const WordToken> tokens;     ///< in DocumentAnalyzer::all_tokens_
    std::span<Chunk> chunks;               ///< in DocumentAnalyzer::all_chunks_
    std::span<const std::uint32_t> walked; ///< chunks other than plain non-pronoun tokens, in order
    bool has_names =
        false; ///< some Run chunk or Title/Honorific/Person match (else walk's first pass skips it)
};

/// A person the document names with enough evidence (pass 1), for short names used before the full one.
struct KnownName {
    std::vector<std::string> core;
    std::string full;
};

/// A person mention kept for pronoun resolution.
struct PersonMention {
    int entity = -1;
    std::uint32_t sentence = 0;
    bool quoted = false;
};

/// Small open-addressing map from 64-bit keys to non-negative ids, without per-insert allocation.
class IdMemo {
  public:
    int find(std::uint64_t key) const {
        if (slots_.empty()) return -1;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            if (slots_[i].id < 0) return -1;
            if (slots_[i].key == key) return slots_[i].id;
        }
    }
    void put(std::uint64_t key, int id) {
        if ((used_ + 1) * 2 > slots_.size()) grow();
        const std::size_t mask = slots_.size() - 1;
        std::size_t i = mix(key) & mask;
        while (slots_[i].id >= 0 && slots_[i].key != key)
            i = (i + 1) & mask;
        if (slots_[i].id < 0) ++used_;
        slots_[i] = {key, id};
    }
    void clear() {
        std::fill(slots_.begin(), slots_.end(), Slot{});
        used_ = 0;
    }

  private:
    struct Slot {
        std::uint64_t key = 0;
        int id = -1; ///< -1: empty
    };
    static std::size_t mix(std::uint64_t k) { return std::size_t((k * 0x9E3779B97F4A7C15ull) >> 40); }
    void grow() {
        std::vector<Slot> old(slots_.empty() ? 64 : slots_.size() * 2);
        old.swap(slots_);
        used_ = 0;
        for (const auto& s : old)
            if (s.id >= 0) put(s.key, s.id);
    }
    std::vector<Slot> slots_;
    std::size_t used_ = 0;
};

struct KeySlot {
    std::uint64_t hash = 0;
    int id = -1; ///< -1: empty; -2: removed (a later mapping of the same key took over)
};

/// Per-document buffers whose storage is reused from one document to the next (EntityRecognizer keeps a
/// pool of them): a document's tokens, chunks and entity bookkeeping need no fresh allocation once an
/// earlier document was as large. DocumentAnalyzer's constructor empties what it uses.
struct AnalyzerScratch {
    std::vector<SentenceInfo> info;
    std::vector<WordToken> tokens; ///< every sentence's tokens
    std::vector<Chunk> chunks;     ///< every sentence's chunks
    std::vector<GazetteerMatch> matches;
    std::vector<std::size_t> offsets, chunk_offsets, mark_offsets;
    std::vector<std::uint32_t> marks; ///< every sentence's SentenceInfo::walked
    /// core_tokens of chunks' texts ([0, n_cores) in use): both passes of walk look at the same names
    std::vector<std::vector<std::string>> cores;
    std::size_t n_cores = 0;
    // the DocumentAnalyzer members of the same names (without the trailing _)
    std::vector<KeySlot> key_slots;
    IdMemo entry_memo, country_place_memo, short_names;
    std::vector<char> is_person, core_valid, core_noted;
    std::vector<std::string> countries_in_play, entity_sector;
    std::vector<KnownName> known;
    std::vector<PersonMention> person_mentions;
    std::vector<int> person_heads, country_mentions;
    std::vector<std::vector<std::string>> entity_cores;
    std::string key_buf, full_buf;
};

class DocumentAnalyzer {
  public:
    DocumentAnalyzer(const KnowledgeBase& kb, const Document& doc, const std::vector<Sentence>& sentences,
                     AnalyzerScratch& scratch);
    DocumentEntities run();

  private:
    // entity_recognizer.cpp
    void prepare();
    void walk(std::uint32_t si, bool collect_only);
    int entity_for_entry(int entry);
    int entity_for_entry_uncached(int entry);
    int country_place_uncached(const std::string& alpha3);
    int place_entity(int entry);
    int country_place(const std::string& alpha3);
    int add_entity(std::string_view key, LocalEntity init);
    /// Appends an entity for a key no entity has (the caller's find_key said so); the caller fills in the
    /// rest of out_.entities[id]. Cheaper than add_entity: no LocalEntity is built and moved.
    int new_entity(std::string_view key, std::uint64_t hash, bool is_place, std::string_view kind);
    void add_mention(std::uint32_t si, std::uint32_t first_tok, std::uint32_t last_tok, int entity,
                     bool coref = false, int alt = -1, bool alias = true);
    std::string_view text(std::uint32_t si, std::uint32_t first_tok, std::uint32_t last_tok) const {
        const auto& in = info_[si];
        if (first_tok >= last_tok || last_tok > in.tokens.size()) return {};
        return in.text.substr(in.tokens[first_tok].begin,
                              in.tokens[last_tok - 1].end - in.tokens[first_tok].begin);
    }
    std::string_view chunk_text(std::uint32_t si, const Chunk& c) const { return text(si, c.first, c.last); }
    /// The text of chunk ci when it is a single plain token, else empty.
    std::string_view word_at(std::uint32_t si, std::size_t ci) const {
        const auto& in = info_[si];
        if (ci >= in.chunks.size()) return {};
        const auto& c = in.chunks[ci];
        if (c.kind != ChunkKind::Token || c.last != c.first + 1) return {};
        const auto& t = in.tokens[c.first];
        return in.text.substr(t.begin, t.end - t.begin);
    }
    /// Chunk ci is the token w (w lowercase).
    bool is_word(std::uint32_t si, std::size_t ci, std::string_view w) const {
        return equals_lower(word_at(si, ci), w);
    }
    /// Chunk ci is one lower-case word ending in "-ed" ("threatened"): a regular past tense or participle.
    bool is_regular_past(std::uint32_t si, std::size_t ci) const {
        const auto& in = info_[si];
        if (ci >= in.chunks.size()) return false;
        const auto& c = in.chunks[ci];
        if (c.kind != ChunkKind::Token || c.last != c.first + 1) return false;
        const auto& t = in.tokens[c.first];
        auto w = in.text.substr(t.begin, t.end - t.begin);
        return (t.flags & kLower) && w.size() > 4 && w.ends_with("ed") &&
               w.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
    }
    const KbEntry* first_of(const Chunk& c, EntryType t) const {
        if (c.kind != ChunkKind::Match || !(c.types & type_bit(t))) return nullptr;
        for (int e : c.entries)
            if (kb_.entry(e).type == t) return &kb_.entry(e);
        return nullptr;
    }
    bool starts_with_the(std::uint32_t si, std::size_t ci) const; ///< chunk ci starts with the word "the"
    bool locative_before(std::uint32_t si, std::size_t ci) const;
    /// Chunk ci opens a place phrase, an article allowed between: "at an Italian base".
    bool in_place_phrase(std::uint32_t si, std::size_t ci) const {
        const bool article = ci > 0 && (is_word(si, ci - 1, "a") || is_word(si, ci - 1, "an"));
        return locative_before(si, ci) || (article && locative_before(si, ci - 1));
    }
    /// A demonym chunk no group took names its country ("Israeli airstrikes"), except in a place phrase.
    void mention_demonym_country(std::uint32_t si, std::size_t ci);
    /// The country of a place named by "in X" at chunk ci ("police in Nairobi"), else "".
    std::string located_country(std::uint32_t si, std::size_t ci) const;
    std::string modifier_country(std::uint32_t si, std::size_t ci, bool allow_country_name,
                                 std::size_t& start) const;

    // person_finder.cpp
    bool handle_run(std::uint32_t si, std::size_t ci, bool collect_only);
    bool handle_title(std::uint32_t si, std::size_t ci, bool collect_only);
    int person_entity(const std::string& full, const std::vector<std::string>& core, int kb_entry);
    void apply_affiliation(int entity, const std::string& country, const std::string& title,
                           const std::string& sector, bool head);
    bool is_reporter(const std::vector<std::string>& core) const;
    bool name_token(std::uint32_t si, std::uint32_t t) const;
    std::size_t appositive(std::uint32_t si, std::size_t ci, int person, bool collect_only);

    // group_finder.cpp
    bool handle_group(std::uint32_t si, std::size_t ci);
    /// `name` is used (lowercased with lower_name) only when the group is new.
    int group_entity(std::string_view country, std::string_view sector, std::string_view noun,
                     std::string_view name, bool lower_name = false);
    std::string& key_buf_; ///< scratch for entity keys (group_entity, country_place)
    AnalyzerScratch& scratch_;
    std::vector<WordToken>& all_tokens_; ///< every sentence's tokens (scratch_)
    std::vector<Chunk>& all_chunks_;     ///< every sentence's chunks (scratch_)

    // coreference.cpp
    bool handle_pronoun(std::uint32_t si, std::size_t ci);
    int resolve_description(const std::string& country, bool head) const;
    int recent_country() const;

    const KnowledgeBase& kb_;
    const Document& doc_;
    const std::vector<Sentence>& sentences_;
    std::vector<SentenceInfo>& info_; ///< scratch_
    DocumentEntities out_;
    /// Entity by key, an open-addressing table of (hash of the key, entity): a slot counts only while its
    /// entity still has the key (person_entity re-keys entities), so no key string is stored twice.
    std::vector<KeySlot>& key_slots_;
    std::size_t key_slots_used_ = 0;
    /// hash: key_hash(key) (KbEntry::key_hash for knowledge keys)
    int find_key(std::string_view key, std::uint64_t hash) const;
    /// Maps key to id, replacing the entity it mapped to.
    void set_key(std::string_view key, std::uint64_t hash, int id);
    /// find_key lookups already made: knowledge entry -> entity (entity_for_entry, place_entity) and
    /// country code -> country place; cleared when person_entity re-keys an entity.
    IdMemo &entry_memo_, &country_place_memo_;
    std::vector<char>& is_person_; ///< entity -> kind is "person" (kinds never change)
    bool is_person(std::size_t entity) const { return is_person_[entity] != 0; }
    std::vector<std::string>& countries_in_play_; ///< country codes named in the document, no repeats
    bool in_play(std::string_view country) const {
        return std::find(countries_in_play_.begin(), countries_in_play_.end(), country) !=
               countries_in_play_.end();
    }
    std::vector<std::vector<std::string>> reporters_;
    std::vector<KnownName>& known_; ///< [0, n_known_) in use (the rest keeps its storage for later documents)
    std::size_t n_known_ = 0;
    std::span<const KnownName> known() const { return {known_.data(), n_known_}; }
    void note_known(const std::vector<std::string>& core, const std::string& full);
    std::vector<PersonMention>& person_mentions_;
    std::vector<int>& person_heads_;               ///< entity -> 1 if a head of state/government
    std::vector<std::string>& entity_sector_;      ///< entity -> sector of its title
    std::vector<int>& country_mentions_;           ///< country actor entities in mention order
    std::vector<std::vector<std::string>>& cores_; ///< entity -> core_tokens(name), see core_of
    std::vector<char>& core_valid_;                ///< entity -> cores_ entry is up to date with its name
    /// The entity's name changed: core_of recomputes its core.
    void name_changed(int entity) {
        if (std::size_t(entity) < core_valid_.size()) core_valid_[entity] = 0;
    }
    std::string& full_buf_; ///< scratch: the name handle_run / handle_title look at
    /// core_tokens of the chunk's text, computed once per document; valid until the next call.
    const std::vector<std::string>& chunk_core(std::uint32_t si, Chunk& c) {
        auto& cores = scratch_.cores;
        if (c.core < 0) {
            if (scratch_.n_cores == cores.size()) cores.emplace_back();
            c.core = std::int32_t(scratch_.n_cores++);
            core_tokens(chunk_text(si, c), cores[std::size_t(c.core)]);
        }
        return cores[std::size_t(c.core)];
    }
    std::vector<char>& core_noted_; ///< entity -> cores_ entry passed to note_short_names
    IdMemo& short_names_;           ///< fold_hash of first/last core tokens of known people (as keys, id 1)
    void note_short_names(const std::vector<std::string>& core);
    const std::vector<std::string>& core_of(int entity);
};

} // namespace eventline::actors
