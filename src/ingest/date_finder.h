// Publication dates written in text: "Oct. 23, 2024", "23 October 2024", "2024-10-23",
// "Published ...", "Updated ...", and datelines like "WASHINGTON, Feb 26 -".
#pragma once

#include "eventline/document.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace eventline {

class DateFinder {
  public:
    DateFinder();
    ~DateFinder();
    static const DateFinder& shared();

    /// A date anywhere in s: ISO, "Month D, YYYY", "D Month YYYY", RFC 2822 ("Wed, 23 Oct 2024 ..."),
    /// or epoch seconds when s is all digits. nullopt when invalid in the calendar.
    std::optional<Date> parse(std::string_view s) const;

    struct Found {
        Date date;
        std::string source; ///< "byline" (Published/Updated/By lines) or "dateline"
    };
    /// Looks at the first lines of an article (normalized for matching). `fallback` supplies the year of
    /// a year-less dateline ("WASHINGTON, Feb 26 -"); without it such datelines are skipped.
    std::optional<Found> find(const std::vector<std::string>& first_lines, const std::optional<Date>& fallback) const;

  private:
    std::unique_ptr<re2::RE2> iso_, month_day_year_, day_month_year_, prefix_, dateline_;
};

/// Month number 1..12 from an English month name or abbreviation ("Oct", "Sept", "october"); 0 if none.
unsigned month_from_name(std::string_view name);

} // namespace eventline
