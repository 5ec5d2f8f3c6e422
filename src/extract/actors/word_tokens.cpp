#include "word_tokens.h"

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
enum : std::uint8_t { kUpperC = 1, kLowerC = 2, kWordC = 4, kSpaceC = 8 };
constexpr std::array<std::uint8_t, 256> make_class_table() {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        std::uint8_t k = kWord[c] ? kWordC : 0;
        if (c >= 'A' && c <= 'Z') k |= kUpperC;
        if (c >= 'a' && c <= 'z') k |= kLowerC;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') k |= kSpaceC;
        t[c] = k;
    }
    return t;
}
constexpr auto kClass = make_class_table();
// Eight bytes at a time (SWAR): bytes are word bytes, or ASCII capitals, where the high bit of their
// lane is set in these masks.
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHigh = 0x8080808080808080ull;
inline std::uint64_t load8(const unsigned char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
/// High bit of each lane whose 7-bit value is above n.
inline std::uint64_t above(std::uint64_t x7, unsigned n) {
    return (x7 + kOnes * (0x7F - n)) & kHigh;
}
inline std::uint64_t non_word_lanes(std::uint64_t v) {
    const std::uint64_t x7 = v & ~kHigh;
    const std::uint64_t digit = above(x7, 0x2F) & ~above(x7, 0x39);
    const std::uint64_t y = x7 | (kOnes * 0x20);
    const std::uint64_t letter = above(y, 0x60) & ~above(y, 0x7A);
    return ~((v & kHigh) | digit | letter) & kHigh;
}
/// ASCII capitals lowered; other bytes (and zero padding) unchanged.
inline std::uint64_t fold8(std::uint64_t v) {
    const std::uint64_t x7 = v & ~kHigh;
    const std::uint64_t upper = above(x7, 0x40) & ~above(x7, 0x5A) & ~v & kHigh;
    return v | (upper >> 2);
}
inline std::uint64_t mix(std::uint64_t h, std::uint64_t w) {
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}
/// The first index >= j (up to n) that is not a word byte.
inline std::size_t word_end(const unsigned char* p, std::size_t j, std::size_t n) {
    while (j + 8 <= n) {
        if (std::uint64_t m = non_word_lanes(load8(p + j))) return j + std::size_t(__builtin_ctzll(m)) / 8;
        j += 8;
    }
    while (j < n && kWord[p[j]])
        ++j;
    return j;
}
/// Hash of the ASCII-lowercased bytes p[k, k + len) of a buffer of n bytes: little-endian 8-byte words,
/// the last one zero-padded, loaded with full 8-byte reads inside the buffer where possible.
inline std::uint64_t hash_folded(const unsigned char* p, std::size_t n, std::size_t k, std::size_t len) {
    std::uint64_t h = 0x243F6A8885A308D3ull ^ (len * 0x9E3779B97F4A7C15ull);
    const std::size_t e = k + len;
    for (; k + 8 <= e; k += 8)
        h = mix(h, fold8(load8(p + k)));
    if (const std::size_t r = e - k) {
        std::uint64_t v;
        if (k + 8 <= n) {
            v = load8(p + k) & ((std::uint64_t(1) << (8 * r)) - 1);
        } else if (e >= 8) {
            v = load8(p + e - 8) >> (8 * (8 - r));
        } else {
            v = 0;
            for (std::size_t t = 0; t < r; ++t)
                v |= std::uint64_t(p[k + t]) << (8 * t);
        }
        h = mix(h, fold8(v));
    }
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    return h ^ (h >> 32);
}

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

// Abbreviations that keep their final dot.
bool keeps_dot(std::string_view w) {
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
    return hash_folded(reinterpret_cast<const unsigned char*>(s.data()), s.size(), 0, s.size());
}

void tokenize_words(std::string_view s, std::vector<WordToken>& out) {
    out.clear();
    out.reserve(s.size() / 5 + 4);
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
            if (c == '\'' && i + 1 < n && (p[i + 1] == 's' || p[i + 1] == 'S') &&
                (i + 2 >= n || !(kClass[p[i + 2]] & kWordC))) {
                t.end = std::uint32_t(i + 2);
                t.flags = kLower;
            } else {
                t.end = std::uint32_t(i + 1);
                t.flags = kPunct;
            }
            t.hash = hash_folded(p, n, i, t.end - i);
            out.push_back(t);
            i = t.end;
            continue;
        }
        bool initialism = true; // every dot-separated segment is one letter
        std::size_t seg_start = i;
        std::size_t j = i;
        while (true) {
            j = word_end(p, j, n);
            if (j - seg_start != 1) initialism = false;
            if (j + 1 < n && (kClass[p[j + 1]] & kWordC)) {
                const auto d = p[j];
                bool join = d == '-' || (d == '.' && initialism);
                if (!join && d == '\'')
                    join = !((p[j + 1] == 's' || p[j + 1] == 't') && (j + 2 >= n || !(kClass[p[j + 2]] & kWordC)));
                if (join) {
                    if (d == '\'') initialism = false;
                    seg_start = ++j;
                    continue;
                }
            }
            break;
        }
        bool has_dot = initialism && j - i > 1;
        if (j < n && p[j] == '.' &&
            ((initialism && is_upper(c)) || (j - i <= 5 && keeps_dot(s.substr(i, j - i))))) {
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
        t.hash = hash_folded(p, n, i, j - i);
        out.push_back(t);
        i = j;
    }
}

} // namespace eventline::actors
