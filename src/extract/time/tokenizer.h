// Splits a text into word, number and punctuation tokens over an ASCII-lowercased copy.
#pragma once

#include "lexicon.h"

#include <cstdint>
#include <span>
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

/// A tokenized text: the tokens, and the indices of those that can begin an expression (numbers but decimals,
/// apostrophes and lexicon starter words), ascending.
struct Tokenized {
    std::span<const Token> tokens;
    std::span<const std::uint32_t> starts;
};

/// Tokenizes `text` (with `low` its lowercased copy, as lowercase_ascii makes it: zero-padded past its end).
/// requires: `token_room` and `start_room` have room for text.size() entries (every token has a byte at
/// least). Bytes >= 0x80 are word characters, so accented words never match the lexicon.
Tokenized tokenize(std::string_view text, std::string_view low, const Lexicon& lexicon, Token* token_room,
                   std::uint32_t* start_room);

} // namespace eventline::timex
