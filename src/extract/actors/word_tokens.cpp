#include "word_tokens.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace eventline::actors {

namespace {

constexpr std::array<bool, 256> make_word_table() {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
    return t;
}
constexpr auto kWord = make_word_table();

// Byte classes for the tokenizer's inner loop (kUpperC is 1 so that it can be summed).
// kHsC: 'h', 'H', 's', 'S', the first letters of the pronouns that kMaybePronoun marks.
enum : std::uint8_t { kUpperC = 1, kLowerC = 2, kWordC = 4, kSpaceC = 8, kHsC = 16 };
constexpr std::array<std::uint8_t, 256> make_class_table() {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        std::uint8_t k = kWord[c] ? kWordC : 0;
        if (c >= 'A' && c <= 'Z') k |= kUpperC;
        if (c >= 'a' && c <= 'z') k |= kLowerC;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') k |= kSpaceC;
        if (c == 'h' || c == 'H' || c == 's' || c == 'S') k |= kHsC;
        t[c] = k;
    }
    return t;
}
constexpr auto kClass = make_class_table();
constexpr std::array<std::uint8_t, 256> make_fold_table() {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[c] = std::uint8_t((c >= 'A' && c <= 'Z') ? c + 32 : c);
    return t;
}
constexpr auto kFold = make_fold_table();
// The folded byte of a word byte, 0 for other bytes (no word byte folds to 0).
constexpr std::array<std::uint8_t, 256> make_word_fold_table() {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[c] = kWord[c] ? kFold[c] : 0;
    return t;
}
constexpr auto kWordFold = make_word_fold_table();
constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

inline bool is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
inline char lower(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

// Uppercase Latin-1 supplement and Latin Extended-A letters ("É", "Ö", "Ł").
inline bool utf8_upper(std::string_view s, std::size_t i) {
    if (i + 1 >= s.size()) return false;
    auto a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
    if (a == 0xC3) return b >= 0x80 && b <= 0x9E && b != 0x97;
    if (a == 0xC4 || a == 0xC5) return (b & 1) == 0;
    return false;
}

/// Extends a word from j over word bytes, folding them into the FNV-1a hash h; returns the end.
/// kTerminated: p[n] is a NUL byte (a std::string's), which ends the word without a bounds check.
template <bool kTerminated>
inline std::size_t scan_word(const unsigned char* p, std::size_t j, std::size_t n, std::uint64_t& h) {
    std::uint64_t hh = h;
    const unsigned char* q = p + j;
    const unsigned char* const fold = kWordFold.data();
    if constexpr (kTerminated) {
        for (std::uint8_t f; (f = fold[*q]) != 0; ++q)
            hh = (hh ^ f) * kFnvPrime;
    } else {
        const unsigned char* const end = p + n;
        for (; q < end; ++q) {
            const std::uint8_t f = fold[*q];
            if (!f) break;
            hh = (hh ^ f) * kFnvPrime;
        }
    }
    h = hh;
    return std::size_t(q - p);
}

/// kMaybePronoun for a word of two or three bytes starting with h or s ("he", "She", "his", "him", "her");
/// `cc` is the first byte's class.
inline std::uint8_t pronoun_flag(std::uint8_t cc, std::size_t len) {
    return std::uint8_t(((cc & kHsC) && len - 2 <= 1) ? kMaybePronoun : 0); // unsigned: len is 2 or 3
}

// Abbreviations that keep their final dot.
bool keeps_dot(std::string_view w) {
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false; // every abbreviation below is capitalized
    static constexpr std::string_view kAbbrev[] = {"Mr",   "Mrs",  "Ms",   "Dr",   "Gen",  "Sen",  "Rep",
                                                   "Gov",  "Lt",   "Col",  "Maj",  "Brig", "Adm",  "Jr",
                                                   "Sr",   "St",   "Prof", "Rev",  "No",   "Sgt",  "Capt",
                                                   "Cmdr", "Gens", "Reps", "Sens", "Pres", "Atty", "Supt"};
    for (auto a : kAbbrev)
        if (w == a) return true;
    return false;
}

} // namespace

std::uint64_t fold_hash(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (char c : s)
        h = (h ^ (unsigned char)lower(c)) * 1099511628211ull;
    return h;
}

void tokenize_words(std::string_view s, std::vector<WordToken>& out) {
    out.clear();
    append_word_tokens(s, out);
}

namespace {

/// Writes the tokens of s to o (room for s.size() tokens: one per byte at most); returns the end.
template <bool kTerminated> WordToken* tokens_into(std::string_view s, WordToken* o) {
    const std::size_t n = s.size();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t i = 0;
    while (i < n) {
        auto c = p[i];
        const std::uint8_t cc = kClass[c];
        if (cc & kSpaceC) {
            ++i;
            continue;
        }
        WordToken t;
        t.begin = std::uint32_t(i);
        if (!(cc & kWordC)) {
            // "'s" possessive as one token
            std::uint64_t h = (kFnvBasis ^ c) * kFnvPrime;
            if (c == '\'' && i + 1 < n && (p[i + 1] == 's' || p[i + 1] == 'S') &&
                (i + 2 >= n || !(kClass[p[i + 2]] & kWordC))) {
                t.end = std::uint32_t(i + 2);
                t.flags = kLower;
                h = (h ^ 's') * kFnvPrime;
            } else {
                t.end = std::uint32_t(i + 1);
                t.flags = kPunct;
            }
            t.hash = h;
            *o++ = t;
            i = t.end;
            continue;
        }
        // the first segment of the word; the folded hash is computed while scanning
        std::uint64_t h = kFnvBasis;
        std::size_t j = scan_word<kTerminated>(p, i, n, h);
        // fast path: a lowercase word that ends without a joiner ('-', '\'', '.') is a plain word; a
        // lowercase word never keeps a final dot
        if ((cc & kLowerC) && (j >= n || (p[j] != '-' && p[j] != '\'' && p[j] != '.'))) {
            t.end = std::uint32_t(j);
            t.flags = kLower | pronoun_flag(cc, j - i);
            t.hash = h;
            *o++ = t;
            i = j + (j < n && p[j] == ' '); // the usual single space, without a round of the loop
            continue;
        }
        bool initialism = j - i == 1; // every dot-separated segment is one letter
        // joiners: '-', '.', '\'' between word bytes (the byte after a word is mostly a space)
        while (j + 1 < n && (p[j] == '-' || p[j] == '.' || p[j] == '\'') && (kClass[p[j + 1]] & kWordC)) {
            const auto d = p[j];
            bool join = d == '-' || (d == '.' && initialism);
            if (!join && d == '\'')
                join =
                    !((p[j + 1] == 's' || p[j + 1] == 't') && (j + 2 >= n || !(kClass[p[j + 2]] & kWordC)));
            if (!join) break;
            if (d == '\'') initialism = false;
            h = (h ^ d) * kFnvPrime;
            const std::size_t seg_start = ++j;
            j = scan_word<kTerminated>(p, j, n, h);
            if (j - seg_start != 1) initialism = false;
        }
        bool has_dot = initialism && j - i > 1;
        if (j < n && p[j] == '.' &&
            ((initialism && is_upper(c)) || (j - i <= 5 && keeps_dot(s.substr(i, j - i))))) {
            h = (h ^ (unsigned char)'.') * kFnvPrime;
            ++j;
        }
        t.end = std::uint32_t(j);
        if (cc & kUpperC)
            t.flags |= kCap;
        else if (c >= 0x80 && utf8_upper(s, i))
            t.flags |= kCap;
        else if (cc & kLowerC)
            t.flags |= kLower;
        else if (c >= '0' && c <= '9')
            t.flags |= kDigit;
        if (initialism && !has_dot && j - i == 2 && p[j - 1] == '.' && (cc & kUpperC)) t.flags |= kInitial;
        if (cc & kUpperC) {
            // all caps: no lowercase ASCII letter and at least two uppercase ones (joiners are neither)
            int upper = 1;
            bool lowers = false;
            for (std::size_t k = i + 1; k < j && !lowers; ++k) {
                upper += kClass[p[k]] & kUpperC;
                lowers = kClass[p[k]] & kLowerC;
            }
            if (!lowers && upper >= 2) t.flags |= kAllCaps;
        }
        t.flags |= pronoun_flag(cc, j - i);
        t.hash = h;
        *o++ = t;
        i = j;
    }
    return o;
}

} // namespace

void append_word_tokens(std::string_view s, std::vector<WordToken>& out) {
    const std::size_t old = out.size();
    out.resize(old + s.size());
    out.resize(std::size_t(tokens_into<false>(s, out.data() + old) - out.data()));
}

std::size_t tokenize_into(const std::string& s, WordToken* out) {
    return std::size_t(tokens_into<true>(s, out) - out);
}

} // namespace eventline::actors
