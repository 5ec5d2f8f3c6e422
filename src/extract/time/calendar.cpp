#include "calendar.h"

#include <date/iso_week.h>

namespace eventline::timex {

using namespace date;

std::string four(int y) {
    if (y < 0) y = 0;
    if (y > 9999) y = 9999;
    char buf[4] = {char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10),
                   char('0' + y % 10)};
    return std::string(buf, 4);
}

std::string two(unsigned v) {
    char buf[2] = {char('0' + v / 10 % 10), char('0' + v % 10)};
    return std::string(buf, 2);
}

static std::string iso(const year_month_day& ymd) {
    int y = int(ymd.year());
    if (y < 0) y = 0;
    if (y > 9999) y = 9999;
    unsigned m = unsigned(ymd.month()), dd = unsigned(ymd.day());
    char buf[10] = {char('0' + y / 1000),
                    char('0' + y / 100 % 10),
                    char('0' + y / 10 % 10),
                    char('0' + y % 10),
                    '-',
                    char('0' + m / 10),
                    char('0' + m % 10),
                    '-',
                    char('0' + dd / 10),
                    char('0' + dd % 10)};
    return std::string(buf, 10);
}

static std::string iso(sys_days d) {
    return iso(year_month_day{d});
}

Tx day_tx(const year_month_day& d) {
    Tx t;
    t.value = iso(d); // no round trip through days
    t.precision = Precision::Day;
    t.has_interval = true;
    t.start = t.end = sys_days{d};
    return t;
}

Tx month_tx(int y, unsigned m) {
    Tx t;
    t.value = four(y) + "-" + two(m);
    t.precision = Precision::Month;
    t.has_interval = true;
    t.start = sys_days{year{y} / month{m} / 1};
    t.end = sys_days{year{y} / month{m} / last};
    return t;
}

Tx year_tx(int y) {
    Tx t;
    t.value = four(y);
    t.precision = Precision::Year;
    t.has_interval = true;
    t.start = sys_days{year{y} / January / 1};
    t.end = sys_days{year{y} / December / 31};
    return t;
}

Tx quarter_tx(int y, int q) {
    Tx t;
    t.value = four(y) + "-Q" + std::to_string(q);
    t.precision = Precision::Quarter;
    t.has_interval = true;
    t.start = sys_days{year{y} / month{unsigned(3 * q - 2)} / 1};
    t.end = sys_days{year{y} / month{unsigned(3 * q)} / last};
    return t;
}

Tx half_tx(int y, int h) {
    Tx t;
    t.value = four(y) + "-H" + std::to_string(h);
    t.precision = Precision::Quarter;
    t.has_interval = true;
    t.start = sys_days{year{y} / month{unsigned(6 * h - 5)} / 1};
    t.end = sys_days{year{y} / month{unsigned(6 * h)} / last};
    return t;
}

Tx season_tx(int y, int s) {
    static constexpr const char* codes[] = {"", "SP", "SU", "FA", "WI"};
    Tx t;
    t.value = four(y) + "-" + codes[s];
    t.precision = Precision::Quarter;
    t.has_interval = true;
    // meteorological seasons: SP Mar-May, SU Jun-Aug, FA Sep-Nov, WI Dec-Feb
    unsigned m0 = unsigned(3 * s);
    t.start = sys_days{year{y} / month{m0} / 1};
    t.end = sys_days{(year_month{year{y}, month{m0}} + months{2}) / last};
    return t;
}

std::string iso_week_value(sys_days d) {
    iso_week::year_weeknum_weekday w{d};
    return four(int(w.year())) + "-W" + two(unsigned(w.weeknum()));
}

Tx week_tx(sys_days d) {
    Tx t;
    t.value = iso_week_value(d);
    t.precision = Precision::Week;
    t.has_interval = true;
    t.start = d - (weekday{d} - Monday);
    t.end = t.start + days{6};
    return t;
}

Tx weekend_tx(sys_days d) {
    Tx t = week_tx(d);
    t.value += "-WE";
    t.start = t.start + days{5};
    return t;
}

Tx decade_tx(int dec) {
    Tx t;
    t.value = std::to_string(dec);
    while (t.value.size() < 3)
        t.value.insert(0, "0");
    t.precision = Precision::Decade;
    t.has_interval = true;
    t.start = sys_days{year{dec * 10} / January / 1};
    t.end = sys_days{year{dec * 10 + 9} / December / 31};
    return t;
}

Tx century_tx(int c) {
    Tx t;
    t.value = two(unsigned(c));
    t.precision = Precision::Century;
    t.has_interval = true;
    t.start = sys_days{year{c * 100} / January / 1};
    t.end = sys_days{year{c * 100 + 99} / December / 31};
    return t;
}

void part_bounds(const Tx& t, int part, sys_days& s, sys_days& e) {
    s = t.start;
    e = t.end;
    if (!t.has_interval) return;
    year_month_day a{t.start};
    auto month_span = [&](int from, int to) { // months from..to (1-based, relative to a)
        auto m0 = year_month{a.year(), a.month()} + months{from - 1};
        auto m1 = year_month{a.year(), a.month()} + months{to - 1};
        s = sys_days{m0 / 1};
        e = sys_days{m1 / last};
    };
    auto year_span = [&](int from, int to) {
        s = sys_days{(a.year() + years{from}) / January / 1};
        e = sys_days{(a.year() + years{to}) / December / 31};
    };
    switch (t.precision) {
    case Precision::Month: {
        unsigned d0 = part == 1 ? 1 : part == 2 ? 11 : 21;
        s = sys_days{a.year() / a.month() / day{d0}};
        e = part == 3 ? t.end : sys_days{a.year() / a.month() / day{d0 + 9}};
        break;
    }
    case Precision::Year:
        if (part == 1)
            month_span(1, 4);
        else if (part == 2)
            month_span(5, 8);
        else
            month_span(9, 12);
        break;
    case Precision::Quarter: {
        auto len = (t.end - t.start).count() + 1;
        if (len > 120) { // half year
            if (part == 1)
                month_span(1, 2);
            else if (part == 2)
                month_span(3, 4);
            else
                month_span(5, 6);
        } else {
            month_span(part, part);
        }
        break;
    }
    case Precision::Decade:
        if (part == 1)
            year_span(0, 3);
        else if (part == 2)
            year_span(4, 6);
        else
            year_span(7, 9);
        break;
    case Precision::Century:
        if (part == 1)
            year_span(0, 32);
        else if (part == 2)
            year_span(33, 65);
        else
            year_span(66, 99);
        break;
    case Precision::Week:
        if (part == 1)
            e = s + days{1};
        else if (part == 2)
            s = s + days{2}, e = s + days{1};
        else
            s = s + days{4};
        break;
    default:
        break;
    }
}

void narrow(Tx& t, int part) {
    static constexpr const char* mods[] = {"", "START", "MID", "END"};
    t.mod = mods[part];
    sys_days s, e;
    part_bounds(t, part, s, e);
    t.start = s;
    t.end = e;
}

Tx time_tx(const year_month_day& d, int hour, int minute, bool minute_given) {
    Tx t;
    t.type = TimexType::Time;
    t.value = iso(sys_days{d}) + "T" + two(unsigned(hour)) + ":" + two(unsigned(minute));
    t.precision = minute_given ? Precision::Minute : Precision::Hour;
    t.has_interval = true;
    t.start = t.end = sys_days{d};
    t.start_minute = hour * 60 + minute;
    t.end_minute = minute_given ? t.start_minute : hour * 60 + 59;
    return t;
}

Tx part_of_day_tx(const year_month_day& d, std::string_view code) {
    Tx t;
    t.type = TimexType::Time;
    t.value = iso(sys_days{d}) + "T" + std::string(code);
    t.precision = Precision::Hour;
    t.has_interval = true;
    t.start = t.end = sys_days{d};
    int a = 0, b = 24 * 60 - 1;
    if (code == "MO")
        a = 5 * 60, b = 11 * 60 + 59;
    else if (code == "AF")
        a = 12 * 60, b = 17 * 60 + 59;
    else if (code == "EV")
        a = 17 * 60, b = 21 * 60 + 59;
    else if (code == "NI")
        a = 20 * 60, b = 23 * 60 + 59;
    else if (code == "DT")
        a = 9 * 60, b = 17 * 60 + 59;
    t.start_minute = a;
    t.end_minute = b;
    return t;
}

year_month_day easter(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return year{y} / date::month{unsigned(month)} / date::day{unsigned(day)};
}

void finish(Tx&& t, Timex& out) {
    out.type = t.type;
    out.value = std::move(t.value);
    out.mod = std::move(t.mod);
    out.precision = t.precision;
    out.future = t.future;
    if (t.has_interval) {
        out.interval_start = iso(t.start);
        out.interval_end = t.end == t.start ? out.interval_start : iso(t.end); // most timexes are one day
        if (t.type == TimexType::Time && t.start_minute >= 0) {
            out.interval_start +=
                "T" + two(unsigned(t.start_minute / 60)) + ":" + two(unsigned(t.start_minute % 60));
            out.interval_end +=
                "T" + two(unsigned(t.end_minute / 60)) + ":" + two(unsigned(t.end_minute % 60));
        }
    }
}

} // namespace eventline::timex
