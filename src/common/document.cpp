#include "eventline/document.h"

#include <cstdio>

namespace eventline {

std::string format_date(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
    return buf;
}

std::optional<Date> parse_iso_date(std::string_view s) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t n, int& out) {
        out = 0;
        for (std::size_t i = from; i < from + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    int y, m, d;
    if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
    if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
    Date date{date::year{y}, date::month{unsigned(m)}, date::day{unsigned(d)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

} // namespace eventline
