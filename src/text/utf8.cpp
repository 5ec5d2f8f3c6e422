#include "utf8.h"

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

namespace eventline::utf8 {

std::int32_t decode(std::string_view s, std::size_t i, int& len) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    len = 1;
    if (c < 0x80) return c;
    int n;
    std::int32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        cp = c & 0x07;
    } else {
        return -1;
    }
    if (i + n > s.size()) return -1;
    for (int k = 1; k < n; ++k) {
        unsigned char cc = b(i + k);
        if ((cc & 0xC0) != 0x80) return -1;
        cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    len = n;
    return cp;
}

void append(std::string& out, std::int32_t cp) {
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

bool is_ascii(std::string_view s) {
    // Word-at-a-time check of the high bit.
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if (w & 0x8080808080808080ull) return false;
    }
    for (; i < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) & 0x80) return false;
    return true;
}

std::size_t repair(std::string& s) {
    std::size_t i = 0;
    // Fast scan: most input is valid, so only copy once the first bad byte is seen.
    while (i < s.size()) {
        if (!(static_cast<unsigned char>(s[i]) & 0x80)) {
            ++i;
            continue;
        }
        int len;
        if (decode(s, i, len) < 0) break;
        i += std::size_t(len);
    }
    if (i == s.size()) return 0;
    std::string out;
    out.reserve(s.size() + 16);
    out.append(s, 0, i);
    std::size_t replaced = 0;
    while (i < s.size()) {
        int len;
        if (decode(s, i, len) < 0) {
            out += "\xEF\xBF\xBD";
            ++replaced;
            ++i;
            // One replacement per run of bad continuation bytes.
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        } else {
            out.append(s, i, std::size_t(len));
            i += std::size_t(len);
        }
    }
    s = std::move(out);
    return replaced;
}

namespace {
// True when every non-ASCII character lies in a range that NFC leaves alone (precomposed Latin,
// general punctuation, CJK, Hangul syllables ...) so utf8proc (about 28 MB/s) can be skipped.
bool nfc_stable(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        if (!(static_cast<unsigned char>(s[i]) & 0x80)) {
            ++i;
            continue;
        }
        int len;
        auto cp = decode(s, i, len);
        bool safe = (cp >= 0xA0 && cp <= 0x2FF) || (cp >= 0x2002 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
                    (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                    (cp >= 0x0400 && cp <= 0x04FF) || cp == 0xFFFD;
        if (!safe) return false;
        i += std::size_t(len);
    }
    return true;
}
} // namespace

std::string to_nfc(std::string s) {
    if (is_ascii(s) || nfc_stable(s)) return s;
    utf8proc_uint8_t* out = nullptr;
    auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), utf8proc_ssize_t(s.size()), &out,
                          utf8proc_option_t(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    if (n < 0) return s; // invalid input: callers repair first, so keep the text as is
    std::string r(reinterpret_cast<char*>(out), std::size_t(n));
    std::free(out);
    return r;
}

namespace {
utf8proc_category_t category(std::int32_t cp) {
    if (cp < 0) return UTF8PROC_CATEGORY_CN;
    return utf8proc_category(cp);
}
} // namespace

bool is_upper(std::int32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    auto c = category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_lower(std::int32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return category(cp) == UTF8PROC_CATEGORY_LL;
}

bool is_letter(std::int32_t cp) {
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    auto c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool is_digit(std::int32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return category(cp) == UTF8PROC_CATEGORY_ND;
}

bool is_word_char(std::int32_t cp) {
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    auto c = category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}

bool is_space(std::int32_t cp) {
    if (cp < 0x80) return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == '\r';
    if (cp == 0x200B || cp == 0xFEFF || cp == 0x200C || cp == 0x200D || cp == 0x2060) return true;
    return category(cp) == UTF8PROC_CATEGORY_ZS;
}

} // namespace eventline::utf8
