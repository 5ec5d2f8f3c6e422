#include "text_normalizer.h"

#include "utf8.h"

#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eventline {

namespace {

enum class Fold { keep, single_quote, double_quote, dash, space, drop };

Fold classify(std::int32_t cp) {
    switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x0060:
    case 0x00B4:
        return Fold::single_quote;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return Fold::double_quote;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
        return Fold::dash;
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
        return Fold::drop;
    default:
        break;
    }
    if (cp == ' ' || cp == '\n' || utf8::is_space(cp)) return Fold::space;
    return Fold::keep;
}

} // namespace

void normalize_span(std::string_view text, std::uint32_t begin, std::uint32_t end, std::string& norm,
                    std::vector<std::uint32_t>& to_doc) {
    // norm is never longer than its source: write through raw pointers, then trim.
    norm.resize(end - begin);
    to_doc.resize(end - begin + 1);
    char* out = norm.data();
    std::uint32_t* map = to_doc.data();
    std::size_t n = 0;
    auto put = [&](char c, std::uint32_t at) {
        out[n] = c;
        map[n] = at;
        ++n;
    };
    auto space = [&](std::uint32_t at) {
        if (n == 0 || out[n - 1] != ' ') put(' ', at);
    };
    std::uint32_t i = begin;
    // One character at i, any kind.
    auto step = [&] {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c > ' ' && c != '\'' && c != '`') {
                put(char(c), i);
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
                space(i);
            } else if ((c == '\'' || c == '`') && i + 1 < end && text[i + 1] == char(c)) {
                put('"', i); // '' and `` are double quotes
                ++i;
            } else {
                put(char(c), i);
            }
            ++i;
            return;
        }
        int len;
        auto cp = utf8::decode(text, i, len);
        switch (classify(cp)) {
        case Fold::single_quote: {
            // Two closing single quotes in a row act as a double quote (’’).
            int len2;
            if (cp == 0x2019 && i + std::uint32_t(len) < end && utf8::decode(text, i + len, len2) == 0x2019) {
                put('"', i);
                i += std::uint32_t(len + len2);
                return;
            }
            put('\'', i);
            break;
        }
        case Fold::double_quote:
            put('"', i);
            break;
        case Fold::dash:
            put('-', i);
            break;
        case Fold::space:
            space(i);
            break;
        case Fold::drop:
            break;
        case Fold::keep:
            for (int k = 0; k < len; ++k)
                put(text[i + k], i + std::uint32_t(k));
            break;
        }
        i += std::uint32_t(len);
    };
    // Fast path, eight bytes at a time: printable ASCII other than ' and ` comes out unchanged, and so does a
    // space unless one was just written. Such a run is copied a word at a time, then step() takes the byte
    // that ends it. Whole-word stores stay inside norm and to_doc: n <= i - begin and i + 8 <= end.
    constexpr std::uint64_t ones = 0x0101010101010101ull;
    constexpr std::uint64_t high = 0x8080808080808080ull;
    // 0x80 in each byte of the 7-bit word x that equals b (exact: no carries between bytes)
    auto eq = [&](std::uint64_t x, unsigned char b) { return ~((x ^ (b * ones)) + 0x7F * ones) & high; };
    auto plain_run = [&] {
#if defined(__SSE2__)
        // Sixteen bytes at a time where SSE2 is there (every x86-64), the same test as the loop below. The
        // space before the next sixteen is the last of these (bit 15), and their map entries follow on.
        unsigned prev_space = n > 0 && out[n - 1] == ' ' ? 1u : 0u;
        __m128i at = _mm_add_epi32(_mm_set1_epi32(int(i)), _mm_setr_epi32(0, 1, 2, 3));
        while (i + 16 <= end) {
            __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
            auto is = [&](char b) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(b)); };
            // signed compare: bytes below 0x20 and bytes >= 0x80 (negative) both stop the run
            __m128i bad =
                _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)), _mm_or_si128(is('\''), is('`')));
            unsigned sp = unsigned(_mm_movemask_epi8(is(' ')));
            unsigned stop = unsigned(_mm_movemask_epi8(bad)) | (sp & ((sp << 1) | prev_space));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + n), v);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(map + n), at);
            _mm_storeu_si128(reinterpret_cast<__m128i*>(map + n + 4), _mm_add_epi32(at, _mm_set1_epi32(4)));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(map + n + 8), _mm_add_epi32(at, _mm_set1_epi32(8)));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(map + n + 12), _mm_add_epi32(at, _mm_set1_epi32(12)));
            if (stop) {
                std::uint32_t k = std::uint32_t(std::countr_zero(stop));
                n += k;
                i += k;
                return;
            }
            n += 16;
            i += 16;
            prev_space = sp >> 15;
            at = _mm_add_epi32(at, _mm_set1_epi32(16));
        }
#endif
        while (i + 8 <= end) {
            std::uint64_t w;
            std::memcpy(&w, text.data() + i, 8);
            std::uint64_t x = w & ~high;
            std::uint64_t sp = eq(x, ' ');
            std::uint64_t prev_space = n > 0 && out[n - 1] == ' ' ? 0x80 : 0;
            std::uint64_t below_space = ~(x + (0x80 - 0x20) * ones) & high;
            std::uint64_t stop =
                (w & high) | below_space | eq(x, '\'') | eq(x, '`') | (sp & ((sp << 8) | prev_space));
            std::memcpy(out + n, &w, 8);
            // map[n + k] = i + k, two entries per 64-bit store (little-endian: the low half comes first)
            std::uint64_t pair = i | (std::uint64_t(i + 1) << 32);
            for (std::uint32_t k = 0; k < 4; ++k) {
                std::memcpy(map + n + 2 * k, &pair, 8);
                pair += 0x0000000200000002ull;
            }
            if (stop) {
                std::uint32_t k = std::uint32_t(std::countr_zero(stop) >> 3);
                n += k;
                i += k;
                return;
            }
            n += 8;
            i += 8;
        }
    };
    while (i < end) {
        if constexpr (std::endian::native == std::endian::little) {
            plain_run();
            if (i >= end) break;
        }
        step();
    }
    norm.resize(n);
    to_doc.resize(n + 1);
    to_doc[n] = end;
}

} // namespace eventline
