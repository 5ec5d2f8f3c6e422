// Temporal expressions: find them in text and normalize them against an anchor date (TimeML TIMEX3).
#pragma once

#include "eventline/document.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eventline {

enum class TimexType { Date, Time, Duration, Set };
enum class Precision { Minute, Hour, Day, Week, Month, Quarter, Year, Decade, Century, Unknown };

std::string_view to_string(TimexType t); // "DATE", "TIME", "DURATION", "SET"
std::string_view to_string(Precision p); // "minute" ... "century", "unknown"

/// One temporal expression. Spans follow TimeML ("on Wednesday" tags "Wednesday").
struct Timex {
    std::uint32_t begin = 0; ///< UTF-8 byte offsets into the tagged text
    std::uint32_t end = 0;
    std::string text;
    TimexType type = TimexType::Date;
    std::string value;          ///< TIMEX3 value: 2024-10-23, 2024-W43, 198, P2W, PRESENT_REF, XXXX-10-23 ...
    std::string mod;            ///< START, MID, END, APPROX, BEFORE, AFTER, ... or empty
    std::string interval_start; ///< inclusive ISO date (or datetime for TIME); empty when unknown
    std::string interval_end;
    Precision precision = Precision::Unknown;
    bool future = false; ///< the expression points after the anchor ("in the coming days", "next year")
};

/// Rule-based tagger; build once (it compiles its tables), then call tag() from any thread.
class TimexTagger {
  public:
    TimexTagger();
    ~TimexTagger();
    TimexTagger(const TimexTagger&) = delete;
    TimexTagger& operator=(const TimexTagger&) = delete;

    /// Finds and normalizes the timexes of `text`. Without an anchor, relative expressions keep
    /// relative values (e.g. XXXX-WXX-3) and no interval. ensures: sorted, non-overlapping.
    std::vector<Timex> tag(std::string_view text, const std::optional<Date>& anchor) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace eventline
