// A sentence as the event rules see it: tagged tokens with their entity and timex chunks.
#pragma once

#include "eventline/entities.h"
#include "eventline/pos.h"
#include "eventline/text.h"
#include "eventline/timex.h"
#include "lemmatizer.h"
#include "word_table.h"

#include <string>
#include <string_view>
#include <vector>

namespace eventline::events {

/// A lower-case token. Compares with string literals inline: `w == "of"` through std::string_view called
/// memcmp for every same-length pair, and the rules make hundreds of such comparisons per sentence.
struct Word : std::string_view {
    constexpr Word() = default;
    constexpr Word(std::string_view s) : std::string_view(s) {}
    template <std::size_t N> constexpr bool operator==(const char (&lit)[N]) const {
        if (size() != N - 1) return false;
        for (std::size_t i = 0; i + 1 < N; ++i)
            if ((*this)[i] != lit[i]) return false;
        return true;
    }
};

struct Tok {
    std::uint32_t begin = 0; ///< offsets in Sentence::norm
    std::uint32_t end = 0;
    std::string_view text;
    Word lower; ///< lower-case (ASCII) text, a view of the caller's per-sentence buffer
    Pos pos = Pos::None;
    int chunk = -1;                 ///< entity chunk covering the token
    int timex = -1;                 ///< index in the sentence's timexes
    std::string_view lemma;         ///< WordNet lemma for verbs and common nouns some rule wants, else empty
    const WordInfo* info = nullptr; ///< facts of `lower`, nullptr when no rule cares about the word
    std::uint32_t flags = 0;        ///< WordFlag bits of `lower`
    std::uint8_t lemma_flags = 0;   ///< LemmaFlag bits of `lemma`
    const std::vector<TriggerSense>* senses = nullptr; ///< trigger senses of `lemma` in its word class

    bool is(std::uint32_t flag) const { return (flags & flag) != 0; }
    bool reporting_verb_lemma() const { return (lemma_flags & kReportVerb) != 0; }
    bool reporting_noun_lemma() const { return (lemma_flags & kReportNoun) != 0; }
    bool personnel_lemma() const { return (lemma_flags & kPersonnel) != 0; }
};

/// Consecutive tokens [tb, te) naming one local entity.
struct EntChunk {
    int tb = 0;
    int te = 0;
    int entity = -1;
    bool resolved_pronoun = false; ///< our own fallback for an unresolved he/she/they
};

struct TimexChunk {
    int tb = 0;
    int te = 0;
    int index = 0;
};

struct SentenceView {
    const Sentence* sentence = nullptr;
    const std::vector<Timex>* timexes = nullptr;
    std::vector<Tok> toks;
    std::vector<EntChunk> chunks;
    std::vector<TimexChunk> times;
    bool has_quote = false;

    int size() const { return int(toks.size()); }
    /// A view, not a string: comparisons with literals then check the length first (the hot path).
    Word low(int i) const { return i >= 0 && i < size() ? toks[std::size_t(i)].lower : Word(); }
    Pos pos(int i) const { return i >= 0 && i < size() ? toks[std::size_t(i)].pos : Pos::None; }
    bool is(int i, std::uint32_t flag) const { return i >= 0 && i < size() && toks[std::size_t(i)].is(flag); }
    int chunk_at(int i) const { return i >= 0 && i < size() ? toks[std::size_t(i)].chunk : -1; }
};

} // namespace eventline::events
