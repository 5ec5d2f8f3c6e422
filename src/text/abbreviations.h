// The abbreviation and sentence-starter lists the sentence splitter consults (data/text/).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
    // An open-addressing table of both lists: lookups run for every candidate period and the word after it,
    // so they cost a short hash and a compare or two instead of a bucket walk.
    struct Slot {
        std::string_view word; ///< into words_; empty: a free slot
        AbbrevClass cls = AbbrevClass::none;
        bool starter = false;
    };
    // length, first, second and last byte: enough to tell these short words apart in a sparse table
    static std::size_t hash(std::string_view s) {
        std::uint64_t x = std::uint64_t(s.size()) << 24 |
                          std::uint64_t(static_cast<unsigned char>(s[0])) << 16 |
                          std::uint64_t(static_cast<unsigned char>(s[s.size() > 1])) << 8 |
                          static_cast<unsigned char>(s.back());
        return std::size_t((x * 0x9E3779B97F4A7C15ull) >> 40);
    }
    const Slot* find(std::string_view word) const;
    Slot& add(std::string_view word); ///< while building: the word's slot, made if new
    std::vector<std::string> words_;  ///< owns the words (filled before the table is built)
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
};

} // namespace eventline
