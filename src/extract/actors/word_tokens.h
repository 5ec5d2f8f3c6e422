// The actors stage's own word tokenizer over Sentence::norm: words keep internal hyphens, initialisms
// keep their dots ("U.S.", "J."), "'s" is a token, punctuation is one token per byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eventline::actors {

enum TokenFlag : std::uint8_t {
    kCap = 1,           ///< starts with an uppercase letter
    kLower = 2,         ///< starts with a lowercase letter
    kDigit = 4,         ///< starts with a digit
    kPunct = 8,         ///< a single punctuation byte
    kInitial = 16,      ///< a single capital with a dot ("J.")
    kAllCaps = 32,      ///< two or more letters, all uppercase ("NATO", "U.S.")
    kMaybePronoun = 64, ///< two or three bytes starting with h or s: may be "he", "she", "his", "him", "her"
};

struct WordToken {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    std::uint64_t hash = 0; ///< fold_hash of the text
    std::uint8_t flags = 0;
};

/// FNV-1a over ASCII-lowercased bytes.
std::uint64_t fold_hash(std::string_view s);
/// Hash of a token sequence from the hashes of its tokens.
inline std::uint64_t chain_hash(std::uint64_t prefix, std::uint64_t token) {
    std::uint64_t h = (prefix ^ token) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}

/// Tokenizes `text` into `out` (cleared first).
void tokenize_words(std::string_view text, std::vector<WordToken>& out);
/// Tokenizes `text` and appends its tokens (offsets into `text`) to `out`.
void append_word_tokens(std::string_view text, std::vector<WordToken>& out);
/// Tokenizes a whole string into out, which has room for text.size() tokens (one per byte at most);
/// returns the number of tokens. The string's terminating NUL saves a bounds check per byte.
std::size_t tokenize_into(const std::string& text, WordToken* out);

} // namespace eventline::actors
