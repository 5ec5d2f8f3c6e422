// Finds sentence boundaries in cleaned text: news abbreviations, initials, initialisms, quotes.
#pragma once

#include "abbreviations.h"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace eventline {

class SentenceSplitter {
  public:
    /// Sentences longer than this are cut at a space: protects later per-sentence stages from huge inputs.
    static constexpr std::size_t kMaxSentenceBytes = 4096;

    explicit SentenceSplitter(const Abbreviations& abbreviations) : abbr_(abbreviations) {}

    /// [begin, end) byte spans of the sentences, trimmed of spaces; newlines always end a sentence.
    /// ensures: linear in text.size(); spans ascending and disjoint.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> spans(std::string_view text) const;

  private:
    bool is_boundary(std::string_view text, std::size_t term_begin, std::size_t term_end, std::size_t after) const;
    const Abbreviations& abbr_;
};

} // namespace eventline
