#include "names.h"

#include <cstdlib>
#include <utf8proc.h>

namespace eventline::actors {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    lower_ascii_in_place(out);
    return out;
}

void lower_ascii_in_place(std::string& s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = char(c + 32);
}

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r'))
        s.remove_suffix(1);
    return std::string(s);
}

std::string slug(std::string_view s) {
    std::string folded;
    bool ascii = true;
    for (char c : s)
        if ((unsigned char)c >= 0x80) ascii = false;
    if (ascii) {
        folded = std::string(s);
    } else {
        utf8proc_uint8_t* buf = nullptr;
        auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), utf8proc_ssize_t(s.size()),
                              &buf, utf8proc_option_t(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK));
        if (n >= 0 && buf)
            folded.assign(reinterpret_cast<char*>(buf), std::size_t(n));
        else
            folded = std::string(s);
        std::free(buf);
    }
    std::string out;
    bool dash = false;
    for (char c : folded) {
        if (c == '.' || c == '\'') continue; // "D.P.R.K." -> dprk, "People's" -> peoples
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && !out.empty()) out += '-';
            out += c;
            dash = false;
        } else if (c >= 'A' && c <= 'Z') {
            if (dash && !out.empty()) out += '-';
            out += char(c + 32);
            dash = false;
        } else {
            dash = true;
        }
    }
    return out;
}

namespace {
// Initials, honorifics and generational suffixes, which core_tokens drops.
bool dropped_part(std::string_view w) {
    switch (w.size()) {
    case 1:
        return true;
    case 2:
        return w == "mr" || w == "ms" || w == "dr" || w == "jr" || w == "sr" || w == "ii" || w == "iv";
    case 3:
        return w == "mrs" || w == "iii" || w == "sir";
    case 4:
        return w == "miss";
    default:
        return false;
    }
}
} // namespace

std::vector<std::string> core_tokens(std::string_view name) {
    std::vector<std::string> out;
    core_tokens(name, out);
    return out;
}

void core_tokens(std::string_view name, std::vector<std::string>& out) {
    std::size_t count = 0;                  // parts kept so far: out[0, count)
    if (out.capacity() < 4) out.reserve(4); // names rarely have more parts: no regrowth
    const std::size_t n = name.size();
    std::size_t i = 0;
    while (i < n) {
        char c = name[i];
        if (c == ' ' || c == '-' || c == ',' || c == '.') {
            ++i;
            continue;
        }
        if (count == out.size()) out.emplace_back();
        std::string& cur = out[count];
        // one part: up to the next separator, without dots, lowercased; written in one pass into the
        // string's own storage (sized for the rest of the name, then cut)
        cur.resize(n - i);
        char* const d = cur.data();
        std::size_t len = 0;
        for (; i < n; ++i) {
            const char ch = name[i];
            if (ch == ' ' || ch == '-' || ch == ',') break;
            if (ch == '.') continue;
            d[len++] = (ch >= 'A' && ch <= 'Z') ? char(ch + 32) : ch;
        }
        cur.resize(len);
        if (len != 0 && !dropped_part(cur)) ++count;
    }
    out.resize(count);
}

std::string core_key(std::string_view name) {
    return join_core(core_tokens(name));
}

std::string join_core(const std::vector<std::string>& core) {
    std::string out;
    for (const auto& t : core) {
        if (!out.empty()) out += ' ';
        out += t;
    }
    return out;
}

bool full_names_compatible(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.size() < 2 || b.size() < 2) return false;
    if (a == b) return true;
    return a.front() == b.front() && a.back() == b.back();
}

bool short_name_of(const std::string& token, const std::vector<std::string>& full) {
    if (full.empty()) return false;
    return full.front() == token || full.back() == token;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        auto p = line.find('\t', start);
        if (p == std::string_view::npos) {
            out.push_back(line.substr(start));
            break;
        }
        out.push_back(line.substr(start, p - start));
        start = p + 1;
    }
    if (!out.empty() && !out.back().empty() && out.back().back() == '\r') out.back().remove_suffix(1);
    return out;
}

std::vector<std::string> split_aliases(std::string_view s) {
    char sep = s.find('|') != std::string_view::npos ? '|' : ',';
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        auto p = s.find(sep, start);
        auto part = trim(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
        if (!part.empty()) out.push_back(part);
        if (p == std::string_view::npos) break;
        start = p + 1;
    }
    return out;
}

} // namespace eventline::actors
