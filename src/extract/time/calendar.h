// Calendar helpers for TIMEX3 values and inclusive intervals (Howard Hinnant's date).
#pragma once

#include "eventline/timex.h"

#include <date/date.h>
#include <string>

namespace eventline::timex {

using date::sys_days;

/// A timex while it is being built: the interval is kept as days (plus minutes for TIME).
struct Tx {
    TimexType type = TimexType::Date;
    std::string value;
    std::string mod;
    Precision precision = Precision::Unknown;
    bool has_interval = false;
    sys_days start{};
    sys_days end{};
    int start_minute = -1; ///< TIME only: minute of day of the start / end
    int end_minute = -1;
    bool future = false;
};

std::string four(int year);  // "2024", "-044" never needed: years are clamped to 0..9999
std::string two(unsigned v); // "05"

Tx day_tx(const date::year_month_day& d);
Tx month_tx(int year, unsigned month);
Tx year_tx(int year);
Tx quarter_tx(int year, int quarter);
Tx half_tx(int year, int half);
Tx season_tx(int year, int season); // 1 SP, 2 SU, 3 FA, 4 WI (winter starts in December of `year`)
Tx week_tx(sys_days any_day);       // the ISO week containing the day
Tx weekend_tx(sys_days any_day);    // Saturday and Sunday of that ISO week
Tx decade_tx(int decade);           // 198 -> 1980..1989
Tx century_tx(int century);         // 18 -> 1800..1899 (the 19th century)

/// Narrows the interval to the early / middle / late part of it and sets `mod`.
/// `part`: 1 START, 2 MID, 3 END. Returns the narrowed interval bounds without touching `value`.
void narrow(Tx& t, int part);
/// Narrowed start and end for a part, without changing t.
void part_bounds(const Tx& t, int part, sys_days& s, sys_days& e);

/// A clock time on a day; minute precision when `minute_given`.
Tx time_tx(const date::year_month_day& d, int hour, int minute, bool minute_given);
/// Part of day on a day: "MO", "AF", "EV", "NI".
Tx part_of_day_tx(const date::year_month_day& d, std::string_view code);

/// ISO week of a day as "2024-W43".
std::string iso_week_value(sys_days d);

/// Gregorian Easter Sunday (anonymous algorithm).
date::year_month_day easter(int year);

/// Renders a built timex into the public struct `out` (offsets and text are set by the caller); takes its
/// strings. requires: `out` is fresh (default-constructed).
void finish(Tx&& t, Timex& out);

} // namespace eventline::timex
