// What the event rules ask of a word, computed once per lexicon: one hash lookup per token replaces
// lemmatization, per-document memo tables and repeated scans of word lists (the hot path of the stage).
#pragma once

#include "../../text/word_index.h"
#include "lemmatizer.h"
#include "lexicon.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eventline::events {

/// Facts of a lower-case word form.
enum WordFlag : std::uint32_t {
    kEventForm = 1u << 0,    ///< a surface form of a trigger lemma or a personnel noun
    kFunctionWord = 1u << 1, ///< punctuation or a word the clause splitter looks at
    kQuoteMark = 1u << 2,    ///< " '' `` '
    kBe = 1u << 3,
    kHave = 1u << 4,
    kDo = 1u << 5,
    kNegation = 1u << 6,    ///< not, n't, never
    kPhraseStart = 1u << 7, ///< first word of a modality phrase ("expected to")
    kNumberWord = 1u << 8,  ///< "one" ... "trillion"
    kRealPrep = 1u << 9,    ///< a preposition proper (the tagger also gives IN to "that", "if", "because")
};

/// Facts of a lemma (the verb or noun reading a token takes).
enum LemmaFlag : std::uint8_t {
    kReportVerb = 1u << 0, ///< an attribution verb ("say", "deny")
    kReportNoun = 1u << 1, ///< an attribution noun ("report", "claim")
    kPersonnel = 1u << 2,  ///< a noun of class "personnel" ("troops", "soldier")
    kHuman = 1u << 3,      ///< a noun of class "human" ("minister", "official")
};

struct WordInfo {
    std::uint32_t flags = 0;
    std::string verb_lemma; ///< WordNet lemma as a verb when some rule wants it, else ""
    std::string noun_lemma;
    std::uint8_t verb_lemma_flags = 0;
    std::uint8_t noun_lemma_flags = 0;
    const std::vector<TriggerSense>* verb_senses = nullptr; ///< trigger senses of the verb lemma
    const std::vector<TriggerSense>* noun_senses = nullptr;
};

class WordTable {
  public:
    /// `wanted`: every lemma a rule looks at; `event_lemmas`: those that can make an event.
    WordTable(const Lemmatizer& lemmatizer, const Lexicon& lex, const std::vector<std::string>& wanted,
              const std::vector<std::string>& event_lemmas);

    /// The facts of a lower-case word, or nullptr when no rule cares about it.
    const WordInfo* find(std::string_view lower) const {
        if (lower.size() > max_length_) return nullptr;
        const WordInfo* const* info = index_.find(lower);
        return info ? *info : nullptr;
    }

  private:
    WordInfo& add(std::string_view word);
    void freeze();

    StringMap<WordInfo> words_; // owns the entries (stable addresses)
    // One probe of a small table per token (a map walk missed the cache per token).
    text::WordIndex<const WordInfo*> index_;
    std::size_t max_length_ = 0;
};

} // namespace eventline::events
