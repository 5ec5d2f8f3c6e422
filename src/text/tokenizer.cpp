#include "tokenizer.h"

#include "utf8.h"

#include <array>
#include <bit>
#include <cstring>

namespace eventline {

namespace {

// ASCII fast paths: news text is mostly ASCII, and the utf8 helpers live in another translation unit.
constexpr auto kAsciiWord = [] {
    std::array<bool, 128> t{};
    for (int c = 0; c < 128; ++c)
        t[std::size_t(c)] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    return t;
}();
inline bool ascii_word_char(std::int32_t c) {
    return kAsciiWord[std::size_t(c)];
}
inline bool word_char(std::int32_t cp) {
    return cp < 0x80 ? cp >= 0 && ascii_word_char(cp) : utf8::is_word_char(cp);
}
inline bool letter(std::int32_t cp) {
    return cp < 0x80 ? (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') : utf8::is_letter(cp);
}

struct Cursor {
    std::string_view s;
    std::int32_t at(std::size_t i, int& len) const {
        if (i >= s.size()) {
            len = 0;
            return -1;
        }
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            len = 1;
            return c;
        }
        return utf8::decode(s, i, len);
    }
    bool word_at(std::size_t i) const {
        int len;
        return word_char(at(i, len));
    }
    bool letter_at(std::size_t i) const {
        int len;
        return letter(at(i, len));
    }
    bool digit_at(std::size_t i) const { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }
    char ch(std::size_t i) const { return i < s.size() ? s[i] : '\0'; }
};

// Length of an initialism ("U.S.", "D.P.R.K.", "a.m.") starting at i, 0 if there is none.
std::size_t initialism_at(const Cursor& c, std::size_t i) {
    std::size_t j = i;
    int pairs = 0;
    for (;;) {
        int len;
        auto cp = c.at(j, len);
        if (!letter(cp) || c.ch(j + std::size_t(len)) != '.') break;
        j += std::size_t(len) + 1;
        ++pairs;
    }
    return pairs >= 2 ? j - i : 0;
}

// Length of the run of ASCII letters and digits at p, within the next eight bytes (8: all of them).
inline std::size_t ascii_word_bytes(const char* p) {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t high = 0x8080808080808080ull;
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    // per byte, exact (no carries between bytes): a letter when (byte | 0x20) is in 'a'..'z', a digit when
    // the byte is in '0'..'9', both for ASCII bytes only
    std::uint64_t x = w & ~high;
    std::uint64_t l = x | (0x20 * ones);
    std::uint64_t letter = (l + (0x80 - 'a') * ones) & ~(l + (0x7F - 'z') * ones);
    std::uint64_t digit = (x + (0x80 - '0') * ones) & ~(x + (0x7F - '9') * ones);
    std::uint64_t stop = (~(letter | digit) | w) & high;
    return stop ? std::size_t(std::countr_zero(stop) >> 3) : 8;
}

// Scans one run of word characters (letters, marks, digits) from i; returns its end.
std::size_t scan_run(const Cursor& c, std::size_t i) {
    if constexpr (std::endian::native == std::endian::little) {
        while (i + 8 <= c.s.size()) {
            std::size_t k = ascii_word_bytes(c.s.data() + i);
            i += k;
            if (k < 8) {
                if (static_cast<unsigned char>(c.s[i]) < 0x80) return i; // an ASCII byte that ends the run
                break;
            }
        }
    }
    while (i < c.s.size()) {
        unsigned char a = static_cast<unsigned char>(c.s[i]);
        if (a < 0x80) {
            if (!ascii_word_char(a)) break;
            ++i;
            continue;
        }
        int len;
        if (!utf8::is_word_char(c.at(i, len))) break;
        i += std::size_t(len);
    }
    return i;
}

bool is_possessive(const Cursor& c, std::size_t i) {
    return c.ch(i) == '\'' && (c.ch(i + 1) == 's' || c.ch(i + 1) == 'S') && !c.word_at(i + 2);
}

} // namespace

std::vector<Token> tokenize(std::string_view norm, const Abbreviations& abbreviations) {
    std::vector<Token> out;
    out.reserve(norm.size() / 4 + 4); // about one token per five bytes of news text
    Cursor c{norm};
    // The last position a sentence-final period could occupy, ignoring closing quotes/brackets.
    std::size_t last = norm.size();
    while (last > 0 && (norm[last - 1] == '"' || norm[last - 1] == '\'' || norm[last - 1] == ')' ||
                        norm[last - 1] == ' '))
        --last;
    std::size_t i = 0;
    auto push = [&](std::size_t b, std::size_t e) {
        out.push_back(Token{std::uint32_t(b), std::uint32_t(e), 0});
    };
    while (i < norm.size()) {
        int len;
        auto cp = c.at(i, len);
        if (cp == ' ') {
            ++i;
            continue;
        }
        if (cp == '\'' && is_possessive(c, i) && !out.empty() && out.back().end == i) {
            push(i, i + 2);
            i += 2;
            continue;
        }
        if (!word_char(cp)) {
            std::size_t e = i + std::size_t(len);
            if (cp == '.' || cp == '-') // "..." and "--" stay whole
                while (c.ch(e) == char(cp))
                    ++e;
            push(i, e);
            i = e;
            continue;
        }
        std::size_t b = i;
        bool numeric = c.digit_at(i);
        for (;;) {
            // an initialism needs a period after its first letter: skip the call for plain ASCII words
            unsigned char a = static_cast<unsigned char>(norm[i]);
            std::size_t init = a < 0x80 && c.ch(i + 1) != '.' ? 0 : initialism_at(c, i);
            if (init) {
                i += init;
            } else {
                i = scan_run(c, i);
            }
            char x = c.ch(i);
            if (numeric && (x == ',' || x == '.' || x == ':') && c.digit_at(i + 1) && c.digit_at(i - 1)) {
                ++i; // 2,500 / 1.5 / 3:35
                continue;
            }
            if (x == '-' && c.word_at(i + 1)) {
                ++i; // Jong-un, 12-year-old, U.S.-made
                numeric = c.digit_at(i);
                continue;
            }
            if (x == '\'' && c.letter_at(i + 1) && !is_possessive(c, i)) {
                ++i; // wouldn't, O'Brien
                continue;
            }
            if (init) break;
            // A known abbreviation or an initial keeps its period unless it ends the sentence.
            if (x == '.' && i + 1 < last) {
                std::string_view w = norm.substr(b, i - b);
                bool initial = w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
                if (initial || abbreviations.lookup(w) != AbbrevClass::none) ++i;
            }
            break;
        }
        push(b, i);
    }
    return out;
}

} // namespace eventline
