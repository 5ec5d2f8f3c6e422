// UTF-8 helpers shared by ingest and text: decoding, repair, NFC, character classes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace eventline::utf8 {

/// Decodes the code point at s[i]; `len` gets its byte length (1 for an invalid byte, cp = -1 then).
std::int32_t decode(std::string_view s, std::size_t i, int& len);
/// Appends the UTF-8 encoding of cp.
void append(std::string& out, std::int32_t cp);

/// Replaces every invalid byte sequence by U+FFFD; returns how many sequences were replaced.
/// ensures: linear time; valid input comes back unchanged.
std::size_t repair(std::string& s);

/// Unicode NFC (utf8proc) with an ASCII fast path. requires: valid UTF-8.
std::string to_nfc(std::string s);

bool is_ascii(std::string_view s);
bool is_upper(std::int32_t cp);
bool is_lower(std::int32_t cp);
bool is_letter(std::int32_t cp);
bool is_digit(std::int32_t cp);
/// Letter, mark or digit: the characters a word token is made of.
bool is_word_char(std::int32_t cp);
/// Space separators (NBSP, thin space, ideographic space ...), tab and the zero-width ones.
bool is_space(std::int32_t cp);

} // namespace eventline::utf8
