#include "sentence_splitter.h"

#include "eventline/text.h"
#include "text_normalizer.h"
#include "tokenizer.h"
#include "utf8.h"

#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eventline {

namespace {

bool is_closer(std::int32_t cp) {
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == 0xBB;
}
bool is_opener(std::int32_t cp) {
    return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == 0x201C || cp == 0x2018 || cp == 0xAB;
}
bool is_terminator(std::int32_t cp) {
    return cp == '.' || cp == '?' || cp == '!' || cp == 0x2026;
}
bool is_hspace(std::int32_t cp) {
    if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == '\r';
    return utf8::is_space(cp);
}
// utf8::decode with the ASCII case inline (utf8::decode lives in another translation unit).
inline std::int32_t decode(std::string_view text, std::size_t i, int& len) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    return utf8::decode(text, i, len);
}
inline bool is_letter(std::int32_t cp) {
    return cp < 0x80 ? (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') : utf8::is_letter(cp);
}

// Offset of the first byte at or after i that can end a sentence (newline, . ? ! or the lead byte of U+2026),
// text.size() if none: eight bytes at a time.
std::size_t next_stop(std::string_view text, std::size_t i) {
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t high = 0x8080808080808080ull;
    const std::size_t n = text.size();
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
        auto is = [&](char b) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(b)); };
        __m128i stop = _mm_or_si128(_mm_or_si128(is('\n'), is('.')), _mm_or_si128(is('?'), is('!')));
        stop = _mm_or_si128(stop, is(char(0xE2)));
        if (unsigned m = unsigned(_mm_movemask_epi8(stop))) return i + std::size_t(std::countr_zero(m));
    }
#endif
    if constexpr (std::endian::native == std::endian::little) {
        // 0x80 in each byte of the 7-bit word x that equals b (exact: no carries between bytes)
        auto eq = [](std::uint64_t x, unsigned char b) { return ~((x ^ (b * ones)) + 0x7F * ones) & high; };
        for (; i + 8 <= n; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, text.data() + i, 8);
            std::uint64_t x = w & ~high;
            // 0xE2 is 0x62 in the low seven bits, with the high bit set
            std::uint64_t stop = eq(x, '\n') | eq(x, '.') | eq(x, '?') | eq(x, '!');
            stop &= ~w; // ASCII only
            stop |= eq(x, 0x62) & w;
            if (stop) return i + std::size_t(std::countr_zero(stop) >> 3);
        }
    }
    for (; i < n; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n' || c == '.' || c == '?' || c == '!' || c == 0xE2) return i;
    }
    return n;
}

// An initialism without its final period: "U.S", "D.P.R.K", "a.m".
bool is_initialism(std::string_view w) {
    if (w.size() < 3) return false;
    bool letter_expected = true;
    for (char c : w) {
        bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (letter_expected ? !letter : c != '.') return false;
        letter_expected = !letter_expected;
    }
    return !letter_expected;
}

struct NextWord {
    std::int32_t first = -1; ///< first code point of the next word, -1 at the end of the line
    std::size_t at = 0;      ///< where it begins
    bool opened = false;     ///< an opening quote or bracket comes first
};

NextWord next_word(std::string_view text, std::size_t i) {
    NextWord r;
    int len;
    while (i < text.size()) {
        auto cp = decode(text, i, len);
        if (!is_hspace(cp)) break;
        i += std::size_t(len);
    }
    while (i < text.size()) {
        auto cp = decode(text, i, len);
        if (!is_opener(cp)) break;
        r.opened = true;
        i += std::size_t(len);
    }
    if (i >= text.size() || text[i] == '\n') return r;
    r.first = decode(text, i, len);
    r.at = i;
    return r;
}

// The letters of the word at i.
std::string_view letters_at(std::string_view text, std::size_t i) {
    std::size_t b = i;
    int len;
    while (i < text.size()) {
        auto cp = decode(text, i, len);
        if (!is_letter(cp)) break;
        i += std::size_t(len);
    }
    return text.substr(b, i - b);
}

} // namespace

bool SentenceSplitter::is_boundary(std::string_view text, std::size_t term_begin, std::size_t term_end,
                                   std::size_t after) const {
    NextWord next = next_word(text, after);
    if (next.first < 0) return true; // end of line or text
    // the character classes of the next word's first character: inline for ASCII (utf8.cpp is another unit)
    const std::int32_t first = next.first;
    const bool lower = first < 0x80 ? first >= 'a' && first <= 'z' : utf8::is_lower(first);
    auto upper = [&] { return first < 0x80 ? first >= 'A' && first <= 'Z' : utf8::is_upper(first); };
    auto digit = [&] { return first < 0x80 ? first >= '0' && first <= '9' : utf8::is_digit(first); };
    // whether the next word starts sentences: asked only by the rules that need it (most boundaries do not)
    auto starter = [&] { return abbr_.is_sentence_starter(letters_at(text, next.at)); };
    char term = text[term_begin];
    bool closed = after > term_end; // a quote or bracket follows the terminator
    if (lower) return false;        // "?" he asked; U.S. officials; e.g. something
    if (term == '?' || term == '!') return true;
    if (term_end - term_begin > 1 || term != '.') return upper() || next.opened; // "..." and "…"
    if (closed) return true;                                                     // ." He / .) The
    // A single period: look at the word before it.
    std::size_t b = term_begin;
    while (b > 0) {
        unsigned char c = static_cast<unsigned char>(text[b - 1]);
        if (c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '"' || c == '[' || c >= 0x80) break;
        b--;
    }
    std::string_view prev = text.substr(b, term_begin - b);
    if (prev.empty()) return true;
    switch (abbr_.lookup(prev)) {
    case AbbrevClass::title:
        return false;
    case AbbrevClass::month:
        return !digit();
    case AbbrevClass::number:
        return !digit();
    case AbbrevClass::suffix:
        return starter() || next.opened;
    case AbbrevClass::other:
        return starter();
    case AbbrevClass::none:
        break;
    }
    if (is_initialism(prev)) return starter();
    if (prev.size() == 1 && prev[0] >= 'A' && prev[0] <= 'Z') return starter(); // Lloyd J. Austin
    return true;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> SentenceSplitter::spans(std::string_view text) const {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    out.reserve(text.size() / 128 + 4); // news sentences average some 150 bytes: one allocation, mostly
    auto emit = [&](std::size_t b, std::size_t e) {
        int len;
        while (b < e) {
            auto cp = decode(text, b, len);
            if (!is_hspace(cp) && cp != '\n') break;
            b += std::size_t(len);
        }
        while (e > b) {
            std::size_t k = e - 1;
            while (k > b && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80)
                --k;
            auto cp = decode(text, k, len);
            if (!is_hspace(cp) && cp != '\n') break;
            e = k;
        }
        // Cut runaway "sentences" at a space so no later stage sees more than kMaxSentenceBytes.
        while (e - b > kMaxSentenceBytes) {
            std::size_t cut = b + kMaxSentenceBytes;
            while (cut > b && text[cut] != ' ')
                --cut;
            if (cut == b) {
                cut = b + kMaxSentenceBytes;
                while (cut > b && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
                    --cut;
            }
            out.emplace_back(std::uint32_t(b), std::uint32_t(cut));
            b = cut;
            while (b < e && text[b] == ' ')
                ++b;
        }
        if (b < e) out.emplace_back(std::uint32_t(b), std::uint32_t(e));
    };
    std::size_t start = 0;
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        i = next_stop(text, i);
        if (i >= n) break;
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            emit(start, i);
            start = ++i;
            continue;
        }
        if (c != '.' && c != '?' && c != '!' && c != 0xE2) {
            ++i;
            continue;
        }
        int len;
        auto cp = decode(text, i, len);
        if (!is_terminator(cp)) {
            i += std::size_t(len);
            continue;
        }
        std::size_t term_begin = i;
        while (i < text.size() && is_terminator(decode(text, i, len)))
            i += std::size_t(len);
        std::size_t term_end = i;
        // Closing quotes and brackets belong to the sentence they close.
        while (i < text.size() && is_closer(decode(text, i, len)))
            i += std::size_t(len);
        if (i < text.size()) {
            auto after = decode(text, i, len);
            if (!is_hspace(after) && after != '\n') continue; // "U.S.-made", "1.5", "e.g.,"
        }
        if (is_boundary(text, term_begin, term_end, i)) {
            emit(start, i);
            start = i;
        }
    }
    emit(start, text.size());
    return out;
}

std::vector<Sentence> split_sentences(std::string_view text) {
    const auto& abbr = Abbreviations::shared();
    SentenceSplitter splitter(abbr);
    std::vector<Sentence> out;
    auto spans = splitter.spans(text);
    out.reserve(spans.size());
    for (auto [b, e] : spans) {
        Sentence& s = out.emplace_back(); // built in place
        s.index = std::uint32_t(out.size() - 1);
        s.begin = b;
        s.end = e;
        normalize_span(text, b, e, s.norm, s.to_doc);
        s.tokens = tokenize(s.norm, abbr);
    }
    return out;
}

} // namespace eventline
