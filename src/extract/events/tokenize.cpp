#include "tokenize.h"

#include <array>
#include <cctype>

namespace eventline::events {

namespace {

// Abbreviations that keep their final dot (general English news usage).
constexpr std::array<std::string_view, 40> kAbbrev = {
    "Mr", "Mrs", "Ms",  "Dr",   "Gen",  "Sen",  "Rep",  "Gov",  "St",     "Jr",
    "Sr", "Lt",  "Col", "Capt", "Sgt",  "Adm",  "Maj",  "Prof", "Inc",    "Corp",
    "Co", "Ltd", "Jan", "Feb",  "Aug",  "Sept", "Sep",  "Oct",  "Nov",    "Dec",
    "vs", "No",  "Mt",  "Ft",   "Pres", "Gens", "Cmdr", "Brig", "approx", "est"};

bool is_alpha(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool keeps_dot(std::string_view w) {
    // w includes the final dot
    std::string_view body = w.substr(0, w.size() - 1);
    if (body.empty()) return false;
    if (body.find('.') != std::string_view::npos) return true;                              // U.S. / D.P.R.K.
    if (body.size() == 1 && std::isupper(static_cast<unsigned char>(body[0]))) return true; // initial
    for (auto a : kAbbrev)
        if (a == body) return true;
    return false;
}

bool is_open(char c) {
    return c == '"' || c == '(' || c == '[' || c == '{' || c == '`';
}
bool is_close(char c) {
    return c == '"' || c == ')' || c == ']' || c == '}' || c == ',' || c == ';' || c == ':' || c == '?' ||
           c == '!';
}

} // namespace

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0, n = s.size();
    auto push = [&](std::size_t b, std::size_t e) {
        if (e > b) out.push_back({std::uint32_t(b), std::uint32_t(e), 0});
    };
    while (i < n) {
        while (i < n && is_space(s[i]))
            ++i;
        if (i >= n) break;
        std::size_t j = i;
        while (j < n && !is_space(s[j]))
            ++j;
        std::size_t b = i, e = j;
        // leading punctuation; a leading ' is a quote only when a letter follows
        while (b < e &&
               (is_open(s[b]) || (s[b] == '\'' && e - b > 1 && (is_alpha(s[b + 1]) || s[b + 1] == '\'')))) {
            push(b, b + 1);
            ++b;
        }
        // trailing punctuation, collected right to left
        std::size_t tail_start = e;
        while (tail_start > b) {
            char c = s[tail_start - 1];
            if (is_close(c) || c == '\'') {
                --tail_start;
                continue;
            }
            if (c == '.') {
                std::string_view w = s.substr(b, tail_start - b);
                if (tail_start == e && keeps_dot(w)) break;
                if (tail_start < e && keeps_dot(w) && s[tail_start] != '.') break;
                --tail_start;
                continue;
            }
            break;
        }
        std::size_t core_end = tail_start;
        // n't and 's
        std::string_view core = s.substr(b, core_end - b);
        if (core.size() > 3 && core.ends_with("n't")) {
            push(b, core_end - 3);
            push(core_end - 3, core_end);
        } else if (core.size() > 2 && (core.ends_with("'s") || core.ends_with("'S"))) {
            push(b, core_end - 2);
            push(core_end - 2, core_end);
        } else {
            push(b, core_end);
        }
        for (std::size_t k = tail_start; k < e; ++k) {
            // keep "..." and "''" as one token
            std::size_t m = k + 1;
            while (m < e && s[m] == s[k] && (s[k] == '.' || s[k] == '\''))
                ++m;
            push(k, m);
            k = m - 1;
        }
        i = j;
    }
    return out;
}

} // namespace eventline::events
