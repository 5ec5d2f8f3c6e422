#include "text_normalizer.h"

#include "utf8.h"

namespace eventline {

namespace {

enum class Fold { keep, single_quote, double_quote, dash, space, drop };

Fold classify(std::int32_t cp) {
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x0060: case 0x00B4:
        return Fold::single_quote;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
        return Fold::double_quote;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE58:
    case 0xFE63: case 0xFF0D:
        return Fold::dash;
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF: case 0x00AD:
        return Fold::drop;
    default: break;
    }
    if (cp == ' ' || cp == '\n' || utf8::is_space(cp)) return Fold::space;
    return Fold::keep;
}

} // namespace

void normalize_span(std::string_view text, std::uint32_t begin, std::uint32_t end, std::string& norm,
                    std::vector<std::uint32_t>& to_doc) {
    norm.clear();
    to_doc.clear();
    norm.reserve(end - begin);
    to_doc.reserve(end - begin + 1);
    auto put = [&](char c, std::uint32_t at) {
        norm.push_back(c);
        to_doc.push_back(at);
    };
    std::uint32_t i = begin;
    while (i < end) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
                if (norm.empty() || norm.back() != ' ') put(' ', i);
            } else if (c == '\'' && i + 1 < end && text[i + 1] == '\'') {
                put('"', i); // '' is a closing double quote
                ++i;
            } else if (c == '`' && i + 1 < end && text[i + 1] == '`') {
                put('"', i);
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
        case Fold::double_quote: put('"', i); break;
        case Fold::dash: put('-', i); break;
        case Fold::space:
            if (norm.empty() || norm.back() != ' ') put(' ', i);
            break;
        case Fold::drop: break;
        case Fold::keep:
            for (int k = 0; k < len; ++k) put(text[i + k], i + std::uint32_t(k));
            break;
        }
        i += std::uint32_t(len);
    }
    to_doc.push_back(end);
}

} // namespace eventline
