#include "tokenizer.h"

#include <array>
#include <bit>
#include <cstring>
#include <new>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eventline::timex {

namespace {
inline bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
// UTF-8 punctuation that ends a word: curly apostrophes, en and em dashes, no-break spaces
inline bool special_at(std::string_view text, std::size_t j) {
    unsigned char c = static_cast<unsigned char>(text[j]);
    if (c == 0xE2 && j + 2 < text.size() && static_cast<unsigned char>(text[j + 1]) == 0x80) {
        unsigned char c2 = static_cast<unsigned char>(text[j + 2]);
        return c2 == 0x98 || c2 == 0x99 || c2 == 0x93 || c2 == 0x94 || c2 == 0xAF;
    }
    return c == 0xC2 && j + 1 < text.size() && static_cast<unsigned char>(text[j + 1]) == 0xA0;
}

// Byte classes, one table lookup per byte instead of chains of comparisons.
enum : std::uint8_t { kOther, kSpace, kDigit, kLetter, kHigh };
constexpr auto kClass = [] {
    std::array<std::uint8_t, 256> t{};
    for (unsigned char c : {' ', '\n', '\t', '\r', '\f', '\v'})
        t[c] = kSpace;
    for (int c = '0'; c <= '9'; ++c)
        t[std::size_t(c)] = kDigit;
    for (int c = 'a'; c <= 'z'; ++c)
        t[std::size_t(c)] = t[std::size_t(c - 'a' + 'A')] = kLetter;
    for (int c = 0x80; c < 0x100; ++c)
        t[std::size_t(c)] = kHigh;
    return t;
}();

#if defined(__SSE2__)
// Length of the run of ASCII (lowercase) letters at the start of v, 16 if all are.
inline std::size_t letter_run16(__m128i v) {
    // signed compares: bytes >= 0x80 are negative and fail the range
    __m128i letter =
        _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('a' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('z' + 1)));
    return std::size_t(std::countr_one(unsigned(_mm_movemask_epi8(letter))));
}
#endif

// Length of the run of ASCII letters at p, sixteen bytes at a time with SSE2 (every x86-64), else eight.
// requires: p[0..] is lowercased and zero-padded past the text (a zero byte is not a letter), so the loads
// stay inside the buffer.
inline std::size_t ascii_letters(const char* p) {
    std::size_t k = 0;
#if defined(__SSE2__)
    for (;;) {
        std::size_t run = letter_run16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k)));
        k += run;
        if (run < 16) return k;
    }
#else
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t high = 0x8080808080808080ull;
    for (;;) {
        std::uint64_t w;
        std::memcpy(&w, p + k, 8);
        if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
        // per byte, exact (no carries between bytes): l = byte | 0x20 folded to 7 bits; a letter when
        // 'a' <= l <= 'z' and the byte is ASCII
        std::uint64_t l = (w | (0x20 * ones)) & ~high;
        std::uint64_t ge_a = (l + (0x80 - 'a') * ones) & high;
        std::uint64_t gt_z = (l + (0x7F - 'z') * ones) & high;
        std::uint64_t not_letter = ~(ge_a & ~gt_z) & high;
        not_letter |= w & high;
        if (not_letter) return k + std::size_t(std::countr_zero(not_letter) >> 3);
        k += 8;
    }
#endif
}
} // namespace

void lowercase_ascii(std::string_view text, char* out) {
    const std::size_t n = text.size();
    std::memset(out + n, 0, Lexicon::kPadding);
    const unsigned char* src = reinterpret_cast<const unsigned char*>(text.data());
    unsigned char* dst = reinterpret_cast<unsigned char*>(out);
    std::size_t i = 0;
#if defined(__SSE2__)
    // sixteen bytes at a time (the compiler's own vectorization of the loop below costs more per byte)
    auto lower16 = [&](std::size_t at) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + at));
        __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + at),
                         _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
    };
    for (; i + 16 <= n; i += 16)
        lower16(i);
    if (i < n && n >= 16) { // the last bytes: sixteen that end at the last one
        lower16(n - 16);
        i = n;
    }
#endif
    for (; i < n; ++i) {
        unsigned char c = src[i];
        // byte arithmetic only, so the loop vectorizes without widening
        unsigned char upper = static_cast<unsigned char>(c - 'A') < 26;
        dst[i] = static_cast<unsigned char>(c | (upper << 5));
    }
}

namespace {

// Whether the UTF-8 byte at j continues a word: any but the special characters (and not past the end).
inline bool word_byte_at(std::string_view text, std::size_t j) {
    return j < text.size() && static_cast<unsigned char>(text[j]) >= 0x80 && !special_at(text, j);
}

// The end of the word that goes on at j (letters and UTF-8 bytes, up to a special UTF-8 character) and the
// lexicon entry of the word from i. `low` is padded past the text with zeros.
std::size_t word_end(std::string_view text, std::string_view low, const Lexicon& lexicon, std::size_t i,
                     std::size_t j, const Lex*& lex) {
    for (;;) {
        j += ascii_letters(low.data() + j);
        if (!word_byte_at(text, j)) break;
        ++j;
    }
    lex = lexicon.find_padded(low.data() + i, j - i);
    return j;
}

// The end of the word at i and its lexicon entry.
inline std::size_t scan_word(std::string_view text, std::string_view low, const Lexicon& lexicon,
                             std::size_t i, const Lex*& lex) {
#if defined(__SSE2__) && defined(__x86_64__)
    // Most words are fewer than sixteen ASCII letters: one load finds the word and keys the lookup.
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(low.data() + i));
    std::size_t run = letter_run16(v);
    if (run < 16 && !word_byte_at(text, i + run)) {
        lex = lexicon.find_loaded(v, run);
        return i + run;
    }
    return word_end(text, low, lexicon, i, i + run, lex);
#else
    return word_end(text, low, lexicon, i, i, lex);
#endif
}

} // namespace

Tokenized tokenize(std::string_view text, std::string_view low, const Lexicon& lexicon, Token* token_room,
                   std::uint32_t* start_room) {
    Token* out = token_room;
    std::uint32_t* starts = start_room; // the next start goes here
    const std::size_t n = text.size();
    std::size_t i = 0;
    bool space = true;
    std::uint32_t index = 0; // of the next token
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        auto cls = kClass[c];
        if (cls == kLetter) { // most tokens: a word that starts with an ASCII letter, built in one go
            const Lex* lex;
            const std::size_t j = scan_word(text, low, lexicon, i, lex);
            new (out + index) Token{.begin = static_cast<std::uint32_t>(i),
                                    .end = static_cast<std::uint32_t>(j),
                                    .lex = lex,
                                    .kind = TokKind::Word,
                                    .space_before = space,
                                    .cap = c <= 'Z'};
            if (lex && lex->starter) *starts++ = index;
            ++index;
            // a single space after the word is taken here, without a turn of the loop (low is zero-padded)
            space = low[j] == ' ';
            i = j + (space ? 1 : 0);
            continue;
        }
        if (cls == kOther) { // ASCII punctuation: a token of one byte
            new (out + index) Token{.begin = static_cast<std::uint32_t>(i),
                                    .end = static_cast<std::uint32_t>(i + 1),
                                    .kind = TokKind::Punct,
                                    .pc = static_cast<char>(c),
                                    .space_before = space};
            if (c == '\'') *starts++ = index; // "'90s"
            ++index;
            ++i;
            space = low[i] == ' ';
            i += space ? 1 : 0;
            continue;
        }
        if (cls == kSpace) {
            space = true;
            ++i;
            continue;
        }
        // a few UTF-8 characters that matter to dates: curly apostrophes, dashes, no-break space, currency
        std::size_t mb = 0;
        char mapped = 0;
        if (cls == kHigh) {
            if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x80) {
                unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
                if (c2 == 0x98 || c2 == 0x99)
                    mapped = '\'', mb = 3;
                else if (c2 == 0x93 || c2 == 0x94)
                    mapped = '-', mb = 3;
                else if (c2 == 0xAF)
                    mb = 3; // narrow no-break space
            } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x82 &&
                       static_cast<unsigned char>(text[i + 2]) == 0xAC) {
                mapped = '$', mb = 3; // euro
            } else if (c == 0xC2 && i + 1 < n) {
                unsigned char c2 = static_cast<unsigned char>(text[i + 1]);
                if (c2 == 0xA0)
                    mb = 2; // no-break space
                else if (c2 == 0xA3 || c2 == 0xA5)
                    mapped = '$', mb = 2; // pound, yen
            }
            if (mb && !mapped) {
                space = true;
                i += mb;
                continue;
            }
        }
        Token& t = *new (out + index) Token; // built in place: no copy of the token
        t.begin = static_cast<std::uint32_t>(i);
        t.space_before = space;
        space = false;
        if (mapped) {
            t.kind = TokKind::Punct;
            t.pc = mapped;
            i += mb;
            if (mapped == '\'') *starts++ = index; // "’90s"
        } else if (cls == kDigit) {
            std::int64_t v = 0;
            int digits = 0;
            std::size_t j = i;
            while (j < n && is_digit(static_cast<unsigned char>(text[j]))) {
                if (digits < 15) v = v * 10 + (text[j] - '0');
                ++digits;
                ++j;
            }
            // thousands groups: "2,500", "1,000,000" (only when the first group has 1-3 digits)
            if (digits <= 3) {
                while (j + 3 < n + 0 && text[j] == ',' && is_digit(static_cast<unsigned char>(text[j + 1])) &&
                       is_digit(static_cast<unsigned char>(text[j + 2])) &&
                       is_digit(static_cast<unsigned char>(text[j + 3])) &&
                       (j + 4 >= n || !is_digit(static_cast<unsigned char>(text[j + 4])))) {
                    v = v * 1000 + (text[j + 1] - '0') * 100 + (text[j + 2] - '0') * 10 + (text[j + 3] - '0');
                    digits += 3;
                    t.grouped = true;
                    j += 4;
                }
            }
            t.kind = TokKind::Number;
            t.num = v;
            t.digits = static_cast<std::uint8_t>(digits > 255 ? 255 : digits);
            i = j;
            // "2.5": a decimal number is never a date part
            const std::size_t k = index;
            if (k >= 2 && !t.space_before && out[k - 1].pc == '.' && out[k - 2].kind == TokKind::Number &&
                !out[k - 1].space_before)
                t.decimal = true;
            else
                *starts++ = index;
        } else if (cls == kHigh) { // a word that starts with a UTF-8 character
            t.kind = TokKind::Word;
            i = scan_word(text, low, lexicon, i, t.lex);
            if (t.lex && t.lex->starter) *starts++ = index;
        } else { // not reached: ASCII punctuation went above (kept, the compiler lays the loop out better)
            t.kind = TokKind::Punct;
            t.pc = static_cast<char>(c);
            i = i + 1;
            if (c == '\'') *starts++ = index; // "'90s"
        }
        t.end = static_cast<std::uint32_t>(i);
        ++index;
    }
    return {{token_room, index}, {start_room, starts}};
}

} // namespace eventline::timex
