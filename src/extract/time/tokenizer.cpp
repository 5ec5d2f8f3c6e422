#include "tokenizer.h"

namespace eventline::timex {

namespace {
inline bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
inline bool is_alpha(unsigned char c) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
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
inline bool is_space(unsigned char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
} // namespace

void lowercase_ascii(std::string_view text, std::string& out) {
    out.resize(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
}

void tokenize(std::string_view text, std::string_view low, const Lexicon& lexicon, std::vector<Token>& out) {
    out.clear();
    const std::size_t n = text.size();
    std::size_t i = 0;
    bool space = true;
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (is_space(c)) {
            space = true;
            ++i;
            continue;
        }
        // a few UTF-8 characters that matter to dates: curly apostrophes, dashes, no-break space, currency
        std::size_t mb = 0;
        char mapped = 0;
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
        Token t;
        t.begin = static_cast<std::uint32_t>(i);
        t.space_before = space;
        space = false;
        if (mapped) {
            t.kind = TokKind::Punct;
            t.pc = mapped;
            t.end = static_cast<std::uint32_t>(i + mb);
            i += mb;
        } else if (is_digit(c)) {
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
            t.end = static_cast<std::uint32_t>(j);
            i = j;
        } else if (is_alpha(c)) {
            std::size_t j = i;
            while (j < n && is_alpha(static_cast<unsigned char>(text[j])) &&
                   !(static_cast<unsigned char>(text[j]) >= 0x80 && special_at(text, j)))
                ++j;
            t.kind = TokKind::Word;
            t.cap = c >= 'A' && c <= 'Z';
            t.end = static_cast<std::uint32_t>(j);
            i = j;
        } else {
            t.kind = TokKind::Punct;
            t.pc = static_cast<char>(c);
            t.end = static_cast<std::uint32_t>(i + 1);
            i = i + 1;
        }
        t.low = low.substr(t.begin, t.end - t.begin);
        if (t.kind == TokKind::Word) t.lex = lexicon.find(t.low);
        // "2.5": a decimal number is never a date part
        if (t.kind == TokKind::Number && !out.empty() && !t.space_before && out.back().pc == '.' &&
            out.size() >= 2 && out[out.size() - 2].kind == TokKind::Number && !out.back().space_before)
            t.decimal = true;
        out.push_back(t);
    }
}

} // namespace eventline::timex
