#include "text_normalizer.h"

#include "utf8.h"

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
    while (i < end) {
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
            continue;
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
                continue;
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
    }
    norm.resize(n);
    to_doc.resize(n + 1);
    to_doc[n] = end;
}

} // namespace eventline
