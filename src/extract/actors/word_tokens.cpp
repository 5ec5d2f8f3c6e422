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

inline bool is_word(unsigned char c) {
    return kWord[c];
}
inline bool is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
inline bool is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
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
    std::uint64_t h = 1469598103934665603ull;
    for (char c : s)
        h = (h ^ (unsigned char)lower(c)) * 1099511628211ull;
    return h;
}

void tokenize_words(std::string_view s, std::vector<WordToken>& out) {
    out.clear();
    out.reserve(s.size() / 5 + 4);
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        auto c = (unsigned char)s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        WordToken t;
        t.begin = std::uint32_t(i);
        if (!is_word(c)) {
            // "'s" possessive as one token
            if (c == '\'' && i + 1 < n && (s[i + 1] == 's' || s[i + 1] == 'S') &&
                (i + 2 >= n || !is_word((unsigned char)s[i + 2]))) {
                t.end = std::uint32_t(i + 2);
                t.flags = kLower;
            } else {
                t.end = std::uint32_t(i + 1);
                t.flags = kPunct;
            }
            t.hash = fold_hash(s.substr(t.begin, t.end - t.begin));
            out.push_back(t);
            i = t.end;
            continue;
        }
        bool initialism = true; // every dot-separated segment is one letter
        std::size_t seg_start = i;
        std::size_t j = i;
        // the folded hash and the letter case counts are computed while scanning
        std::uint64_t h = 1469598103934665603ull;
        int upper = 0, lowers = 0;
        while (true) {
            while (j < n) {
                auto ch = (unsigned char)s[j];
                if (!is_word(ch)) break;
                if (ch >= 'A' && ch <= 'Z') {
                    ++upper;
                    ch = (unsigned char)(ch + 32);
                } else if (ch >= 'a' && ch <= 'z') {
                    ++lowers;
                }
                h = (h ^ ch) * 1099511628211ull;
                ++j;
            }
            if (j - seg_start != 1) initialism = false;
            if (j + 1 < n && is_word((unsigned char)s[j + 1])) {
                char d = s[j];
                bool join = d == '-' || (d == '.' && initialism);
                if (!join && d == '\'')
                    join = !((s[j + 1] == 's' || s[j + 1] == 't') &&
                             (j + 2 >= n || !is_word((unsigned char)s[j + 2])));
                if (join) {
                    if (d == '\'') initialism = false;
                    h = (h ^ (unsigned char)d) * 1099511628211ull;
                    seg_start = ++j;
                    continue;
                }
            }
            break;
        }
        bool has_dot = initialism && j - i > 1;
        if (j < n && s[j] == '.' &&
            ((initialism && is_upper((unsigned char)s[i])) ||
             (j - i <= 5 && keeps_dot(s.substr(i, j - i))))) {
            h = (h ^ (unsigned char)'.') * 1099511628211ull;
            ++j;
        }
        t.end = std::uint32_t(j);
        if (is_upper(c) || utf8_upper(s, i))
            t.flags |= kCap;
        else if (is_lower(c))
            t.flags |= kLower;
        else if (c >= '0' && c <= '9')
            t.flags |= kDigit;
        if (initialism && !has_dot && j - i == 2 && s[j - 1] == '.' && is_upper(c)) t.flags |= kInitial;
        if (is_upper(c) && lowers == 0 && upper >= 2) t.flags |= kAllCaps;
        t.hash = h;
        out.push_back(t);
        i = j;
    }
}

} // namespace eventline::actors
