// Splits a text into word, number and punctuation tokens over an ASCII-lowercased copy.
#pragma once

#include "lexicon.h"

#include <cstdint>
#include <memory_resource>
#include <string>
#include <string_view>
#include <vector>

namespace eventline::timex {

enum class TokKind : std::uint8_t { Word, Number, Punct };

/// A token: [begin, end) in the text (and in its lowercased copy, which has the same offsets).
struct Token {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    const Lex* lex = nullptr; ///< lexicon entry of a word, if any
    std::int64_t num = -1;    ///< value of a number token (commas removed)
    TokKind kind = TokKind::Punct;
    char pc = 0; ///< punctuation as ASCII: curly quotes read as '\'', dashes as '-', currency as '$'
    std::uint8_t digits = 0;  ///< digit count of a number token (without commas)
    bool space_before = true; ///< whitespace (or the text start) precedes the token
    bool cap = false;         ///< starts with an uppercase letter
    bool grouped = false;     ///< a number written with thousands separators ("2,500")
    bool decimal = false;     ///< a number with a decimal part ("2.5")
};

/// Lowercases ASCII letters; other bytes (UTF-8 sequences included) are copied as they are. Writes
/// text.size() + Lexicon::kPadding bytes to `out`: the copy, then the zero bytes that tokenize() needs.
void lowercase_ascii(std::string_view text, char* out);

/// Tokenizes `text` (with `low` its lowercased copy, as lowercase_ascii makes it: zero-padded past its end)
/// into `out` and returns the number of tokens. requires: `out` has room for text.size() tokens (every token
/// has a byte at least). Bytes >= 0x80 are word characters, so accented words never match the lexicon.
/// `starts` gets the indices of the tokens that can begin an expression: numbers (but decimals), apostrophes
/// and lexicon starter words.
std::size_t tokenize(std::string_view text, std::string_view low, const Lexicon& lexicon, Token* out,
                     std::pmr::vector<std::uint32_t>& starts);

} // namespace eventline::timex
