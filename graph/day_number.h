// Private: ISO dates as day numbers, so that interval tests are integer comparisons.
#pragma once

#include <charconv>
#include <climits>
#include <date/date.h>
#include <optional>
#include <string_view>

namespace eventline {

constexpr int kOpenStart = INT_MIN;
constexpr int kOpenEnd = INT_MAX;

/// Days since 1970-01-01 for "YYYY-MM-DD" (a longer ISO string is cut); nullopt when not a date.
inline std::optional<int> day_number(std::string_view s) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    if (std::from_chars(s.data(), s.data() + 4, y).ec != std::errc() ||
        std::from_chars(s.data() + 5, s.data() + 7, m).ec != std::errc() ||
        std::from_chars(s.data() + 8, s.data() + 10, d).ec != std::errc())
        return std::nullopt;
    date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
    if (!ymd.ok()) return std::nullopt;
    return int(date::sys_days(ymd).time_since_epoch().count());
}

} // namespace eventline
