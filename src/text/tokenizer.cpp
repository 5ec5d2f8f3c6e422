#include "tokenizer.h"

#include "utf8.h"

#include <array>
#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
// Bytes after a run of word characters that may extend the token: 2,500 / 1.5 / 3:35, Jong-un, wouldn't,
// U.S. and abbreviations. After any other byte the token ends there.
constexpr auto kMayJoin = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {',', '.', ':', '-', '\''})
        t[c] = true;
    return t;
}();
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

// One bit per byte of a sentence, set for ASCII letters and digits: the end of a run of them is found a
// 64-bit word at a time instead of a byte at a time (the bits are computed sixteen bytes at a time).
class AsciiWordBits {
  public:
    explicit AsciiWordBits(std::string_view s) {
        const std::size_t words = s.size() / 64 + 1; // bit s.size() exists and is clear: every run ends
        if (words > kStackWords) {
            heap_.assign(words, 0);
            bits_ = heap_.data();
        } else {
            std::memset(stack_, 0, words * sizeof(std::uint64_t));
        }
        const char* p = s.data();
        std::size_t i = 0;
#if defined(__SSE2__)
        for (; i + 16 <= s.size(); i += 16)
            bits_[i >> 6] |= std::uint64_t(word_mask16(p + i)) << (i & 63);
        if (i < s.size() && s.size() >= 16) {
            // the last bytes: sixteen that end at the last one (bits already set are set again)
            const std::size_t at = s.size() - 16;
            const std::uint64_t m = word_mask16(p + at);
            bits_[at >> 6] |= m << (at & 63);
            if ((at & 63) > 48) bits_[(at >> 6) + 1] |= m >> (64 - (at & 63));
            i = s.size();
        }
#endif
        for (; i < s.size(); ++i) {
            unsigned char a = static_cast<unsigned char>(p[i]);
            if (a < 0x80 && ascii_word_char(a)) bits_[i >> 6] |= std::uint64_t(1) << (i & 63);
        }
    }
    AsciiWordBits(const AsciiWordBits&) = delete;
    AsciiWordBits& operator=(const AsciiWordBits&) = delete;

    /// The first offset at or after i that is not an ASCII letter or digit (the size at the end).
    std::size_t run_end(std::size_t i) const {
        std::size_t k = i >> 6;
        std::size_t r = std::size_t(std::countr_one(bits_[k] >> (i & 63)));
        if ((i & 63) + r < 64) return i + r;
        while (std::countr_one(bits_[++k]) == 64) {
        }
        return k * 64 + std::size_t(std::countr_one(bits_[k]));
    }

  private:
#if defined(__SSE2__)
    // Bit k set when p[k] is an ASCII letter or digit: (byte | 0x20) - 'a' <= 25 or byte - '0' <= 9, unsigned
    // (bytes >= 0x80 land above both).
    static unsigned word_mask16(const char* p) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        __m128i l = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
        __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
        __m128i letter = _mm_cmpeq_epi8(_mm_min_epu8(l, _mm_set1_epi8(25)), l);
        __m128i digit = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
        return unsigned(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
    }
#endif
    // sentences are at most SentenceSplitter::kMaxSentenceBytes (4096) long: their bits fit on the stack
    static constexpr std::size_t kStackWords = 4096 / 64 + 1;
    std::uint64_t stack_[kStackWords];
    std::uint64_t* bits_ = stack_;
    std::vector<std::uint64_t> heap_;
};

// The rest of a run of word characters from a non-ASCII byte: letters, marks and digits of any script.
std::size_t scan_run_utf8(const Cursor& c, std::size_t i) {
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

// Scans one run of word characters (letters, marks, digits) from i; returns its end.
inline std::size_t scan_run(const Cursor& c, const AsciiWordBits& bits, std::size_t i) {
    i = bits.run_end(i);
    if (i < c.s.size() && static_cast<unsigned char>(c.s[i]) >= 0x80) return scan_run_utf8(c, i);
    return i; // the common case: an ASCII byte ends the run
}

bool is_possessive(const Cursor& c, std::size_t i) {
    return c.ch(i) == '\'' && (c.ch(i + 1) == 's' || c.ch(i + 1) == 'S') && !c.word_at(i + 2);
}

// The end of the word token that starts at b (a word character): runs of word characters joined by the
// separators of numbers, hyphens and apostrophes, an initialism's periods, an abbreviation's period.
std::size_t word_end(const Cursor& c, const AsciiWordBits& bits, std::size_t b, std::size_t last,
                     const Abbreviations& abbreviations) {
    std::size_t i = b;
    bool numeric = c.digit_at(i);
    for (;;) {
        // an initialism needs a period after its first letter: skip the call for plain ASCII words
        unsigned char a = static_cast<unsigned char>(c.s[i]);
        std::size_t init = a < 0x80 && c.ch(i + 1) != '.' ? 0 : initialism_at(c, i);
        if (init) {
            i += init;
        } else {
            i = scan_run(c, bits, i);
        }
        char x = c.ch(i);
        if (!kMayJoin[static_cast<unsigned char>(x)]) return i; // the common case: a space follows
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
        if (init) return i;
        // A known abbreviation or an initial keeps its period unless it ends the sentence.
        if (x == '.' && i + 1 < last) {
            std::string_view w = c.s.substr(b, i - b);
            bool initial = w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z';
            if (initial || abbreviations.lookup(w) != AbbrevClass::none) ++i;
        }
        return i;
    }
}

} // namespace

std::vector<Token> tokenize(std::string_view norm, const Abbreviations& abbreviations) {
    std::vector<Token> out;
    out.reserve(norm.size() / 4 + 4); // about one token per five bytes of news text
    const Cursor c{norm};
    const AsciiWordBits bits(norm);
    // The last position a sentence-final period could occupy, ignoring closing quotes/brackets.
    std::size_t last = norm.size();
    while (last > 0 && (norm[last - 1] == '"' || norm[last - 1] == '\'' || norm[last - 1] == ')' ||
                        norm[last - 1] == ' '))
        --last;
    const char* p = norm.data();
    const std::size_t n = norm.size();
    auto push = [&](std::size_t b, std::size_t e) {
        out.push_back(Token{std::uint32_t(b), std::uint32_t(e), 0});
    };
    for (std::size_t i = 0; i < n;) {
        unsigned char a = static_cast<unsigned char>(p[i]);
        if (a == ' ') {
            ++i;
            continue;
        }
        if (a < 0x80 && ascii_word_char(a) && c.ch(i + 1) != '.') {
            // most tokens: a run of word characters that starts with an ASCII one, followed by a space
            std::size_t e = scan_run(c, bits, i);
            const char x = c.ch(e);
            if (!kMayJoin[static_cast<unsigned char>(x)]) {
                push(i, e);
                i = e + (x == ' ' ? 1 : 0); // the space after the word, without a turn of the loop
                continue;
            }
        }
        int len;
        auto cp = c.at(i, len);
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
        std::size_t e = word_end(c, bits, i, last, abbreviations);
        push(i, e);
        i = e;
    }
    return out;
}

} // namespace eventline
