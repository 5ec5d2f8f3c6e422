// The abbreviation and sentence-starter lists the sentence splitter consults (data/text/).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace eventline {

enum class AbbrevClass { none, title, month, number, suffix, other };

class Abbreviations {
  public:
    /// Loads data/text/abbreviations.txt and data/text/sentence_starters.txt; throws DataError.
    static const Abbreviations& shared();
    Abbreviations(std::string_view abbreviations_tsv, std::string_view starters);

    /// word: the text before the period, e.g. "Mr" or "e.g".
    AbbrevClass lookup(std::string_view word) const;
    bool is_sentence_starter(std::string_view word) const;

  private:
    // Transparent hashing: lookups by string_view allocate nothing (they run for every candidate period).
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, AbbrevClass, Hash, std::equal_to<>> classes_;
    std::unordered_set<std::string, Hash, std::equal_to<>> starters_;
};

} // namespace eventline
