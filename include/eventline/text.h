// Text: sentences and tokens over a document's cleaned text, normalized for matching.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eventline {

/// A token of Sentence::norm: [begin, end) are byte offsets into norm.
struct Token {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint8_t pos = 0; ///< Penn tag id from PosTagger (0 = not tagged); see pos_tag_name()
};

/// A sentence with a normalized copy for matching (curly quotes -> ', dashes -> -, NFC, spaces folded)
/// and a byte map back to the document, so matches are reported in the document's own offsets.
struct Sentence {
    std::uint32_t index = 0;
    std::uint32_t begin = 0; ///< byte offset in Document::text
    std::uint32_t end = 0;
    std::string norm;
    std::vector<std::uint32_t> to_doc; ///< norm byte i -> Document::text byte; size norm.size() + 1
    std::vector<Token> tokens;

    std::string_view token_text(const Token& t) const {
        return std::string_view(norm).substr(t.begin, t.end - t.begin);
    }
    std::uint32_t doc_offset(std::uint32_t norm_offset) const { return to_doc[norm_offset]; }
};

/// Splits cleaned text into sentences (news abbreviations, initials, quotes), normalizes and tokenizes each.
std::vector<Sentence> split_sentences(std::string_view text);

} // namespace eventline
