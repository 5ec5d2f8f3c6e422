// Expressions resolved against the anchor: today, last week, two weeks ago, weekdays, PAST_REF ...
#include "parser.h"

namespace eventline::timex {

using namespace date;

namespace {
const char* pod_code(Pod p) {
    switch (p) {
    case Pod::Morning:
    case Pod::Dawn:
        return "MO";
    case Pod::Afternoon:
        return "AF";
    case Pod::Evening:
        return "EV";
    case Pod::Night:
        return "NI";
    default:
        return "";
    }
}
} // namespace

bool Parser::rule_deictic(std::size_t i, Match& m) {
    W x = w(i);
    if (x == W::The && w(i + 1) == W::Day && (w(i + 2) == W::After || w(i + 2) == W::Before) &&
        (w(i + 3) == W::Tomorrow || w(i + 3) == W::Yesterday)) {
        int off = w(i + 3) == W::Tomorrow ? 2 : -2;
        if (anchored()) {
            m.tx = mark_future(day_tx(year_month_day{anchor_days() + days{off}}));
        } else {
            m.tx.value = "XXXX-XX-XX";
            m.tx.precision = Precision::Day;
        }
        m.end = i + 4;
        return true;
    }
    int offset;
    if (x == W::Today)
        offset = 0;
    else if (x == W::Yesterday)
        offset = -1;
    else if (x == W::Tomorrow)
        offset = 1;
    else if (x == W::Tonight)
        offset = 0;
    else
        return false;
    if (toks_[i].cap && i > 0 && toks_[i - 1].cap && !sentence_start(i - 1) &&
        !(lex(i - 1) && lex(i - 1)->date_prep))
        return false; // "USA Today"
    std::size_t e = i + 1;
    Pod pod = x == W::Tonight ? Pod::Night : Pod::None;
    if (x != W::Tonight && x != W::Today && lex(e) && lex(e)->pod != Pod::None && low(e) != "overnight")
        pod = lex(e)->pod, ++e;
    if (!anchored()) {
        m.tx.value = pod != Pod::None ? std::string("XXXX-XX-XXT") + pod_code(pod) : "XXXX-XX-XX";
        m.tx.type = pod != Pod::None ? TimexType::Time : TimexType::Date;
        m.tx.precision = pod != Pod::None ? Precision::Hour : Precision::Day;
        m.end = e;
        return true;
    }
    year_month_day d{anchor_days() + days{offset}};
    m.tx = pod != Pod::None ? part_of_day_tx(d, pod_code(pod)) : day_tx(d);
    m.tx.future = offset > 0;
    m.end = e;
    return true;
}

bool Parser::rule_reference(std::size_t i, Match& m) {
    W x = w(i);
    auto present = [&](std::size_t e) {
        m.tx.value = "PRESENT_REF";
        m.tx.precision = Precision::Day;
        if (anchored()) m.tx.has_interval = true, m.tx.start = m.tx.end = anchor_days();
        m.end = e;
        return true;
    };
    auto ref = [&](const char* value, std::size_t e, Unit unit, long back, long ahead) {
        m.tx.value = value;
        m.tx.precision = unit == Unit::None ? Precision::Unknown : unit_precision(unit);
        if (anchored() && unit != Unit::None) {
            m.tx.has_interval = true;
            if (ahead) {
                m.tx.start = anchor_days() + days{1};
                m.tx.end = shift_days(anchor_days(), unit, ahead);
                m.tx.future = true;
            } else {
                m.tx.start = shift_days(anchor_days(), unit, -back);
                m.tx.end = anchor_days();
            }
        }
        if (std::string_view(value) == "FUTURE_REF") m.tx.future = true;
        m.end = e;
        return true;
    };
    switch (x) {
    case W::Now:
        if (w(i + 1) == W::That) return false;
        if (punct(i + 1, '-') && glued(i + 1)) return false; // "now-defunct"
        return present(i + 1);
    case W::Currently:
    case W::Nowadays:
    case W::Presently:
        return present(i + 1);
    case W::Present:
        if (i > 0 && w(i - 1) == W::At) return present(i + 1);
        return false;
    case W::These:
        if (word(i + 1, "days")) return present(i + 2);
        return false;
    case W::Recently:
    case W::Lately:
        return ref("PAST_REF", i + 1, Unit::Month, 3, 0);
    case W::Recent: {
        Unit u;
        bool pl;
        if (!unit_word(i + 1, u, pl) || !pl) return false;
        long back = u == Unit::Year    ? 5
                    : u == Unit::Month ? 6
                    : u == Unit::Week  ? 6
                    : u == Unit::Day   ? 10
                                       : 3;
        if (u == Unit::Decade) u = Unit::Year, back = 30;
        return ref("PAST_REF", i + 2, u, back, 0);
    }
    case W::The: {
        W y = w(i + 1);
        if (y == W::Weekend && !lex(i + 1)->plural) {
            // "over the weekend": the last weekend in past clauses, the next one in future clauses
            if (!anchored()) {
                m.tx.value = "XXXX-WXX-WE";
                m.tx.precision = Precision::Week;
                m.end = i + 2;
                return true;
            }
            sys_days a = anchor_days();
            Tx cur = weekend_tx(a);
            if (tense(i, i + 2) > 0)
                m.tx = cur.end >= a + days{1} ? cur : weekend_tx(a + days{7});
            else
                m.tx = cur.start <= a ? cur : weekend_tx(a - days{7});
            m.tx = mark_future(m.tx);
            m.end = i + 2;
            return true;
        }
        if (y == W::Moment && i > 0 && (w(i - 1) == W::At || word(i - 1, "for"))) return present(i + 2);
        // "the present situation", "the future king": adjectives before a noun
        bool noun_after = has(i + 2) && toks_[i + 2].kind == TokKind::Word && !toks_[i + 2].lex &&
                          !toks_[i + 2].cap &&
                          low(i + 2).back() != 's'; // "the future holds" is a verb after the noun
        if (y == W::Present && word(i + 2, "day")) return present(i + 3);
        if (y == W::Present && !noun_after && !(lex(i + 2) && lex(i + 2)->unit != Unit::None))
            return present(i + 2);
        if (y == W::Future && !noun_after) return ref("FUTURE_REF", i + 2, Unit::None, 0, 0);
        if (y == W::Near && w(i + 2) == W::Future) return ref("FUTURE_REF", i + 3, Unit::Month, 0, 6);
        if ((word(i + 1, "distant") || word(i + 1, "recent")) && w(i + 2) == W::Past)
            return ref("PAST_REF", i + 3, Unit::None, 0, 0);
        if (y == W::Past) {
            // "the past" alone; "the past year", "the past few days" are durations
            const Lex* nx = lex(i + 2);
            if (number(i + 2)) return false;
            if (nx && (nx->unit != Unit::None || nx->number >= 0 || nx->w == W::Few || nx->w == W::Several ||
                       nx->w == W::Couple || nx->season || nx->weekday || nx->month || nx->decade > 0 ||
                       nx->w == W::Many))
                return false;
            return ref("PAST_REF", i + 2, Unit::None, 0, 0);
        }
        if (y == W::Coming || y == W::Upcoming) {
            Unit u;
            bool pl;
            if (unit_word(i + 2, u, pl) && pl) {
                long ahead = u == Unit::Day     ? 14
                             : u == Unit::Week  ? 8
                             : u == Unit::Month ? 6
                             : u == Unit::Year  ? 5
                                                : 3;
                if (u == Unit::Day) ahead = 14;
                return ref("FUTURE_REF", i + 3, u, 0, ahead);
            }
            return false;
        }
        {
            Unit u;
            bool pl;
            if (unit_word(i + 1, u, pl) && pl && w(i + 2) == W::Ahead && u != Unit::Hour) {
                long ahead = u == Unit::Day ? 14 : u == Unit::Week ? 8 : u == Unit::Month ? 6 : 5;
                return ref("FUTURE_REF", i + 3, u, 0, ahead);
            }
        }
        return false;
    }
    case W::Coming: {
        Unit u;
        bool pl;
        if (unit_word(i + 1, u, pl) && pl &&
            (u == Unit::Day || u == Unit::Week || u == Unit::Month || u == Unit::Year)) {
            long ahead = u == Unit::Day ? 14 : u == Unit::Week ? 8 : u == Unit::Month ? 6 : 5;
            return ref("FUTURE_REF", i + 2, u, 0, ahead);
        }
        return false;
    }
    default:
        return false;
    }
}

bool Parser::rule_relative(std::size_t i, Match& m) {
    std::size_t j = i;
    bool the = w(j) == W::The;
    if (the) ++j;
    W rel = w(j);
    int dir;
    switch (rel) {
    case W::This:
    case W::Current:
        dir = 0;
        break;
    case W::Last:
    case W::Previous:
    case W::Past:
        dir = -1;
        break;
    case W::Next:
    case W::Coming:
    case W::Following:
    case W::Upcoming:
        dir = 1;
        break;
    default:
        return false;
    }
    if (rel == W::This && the) return false;
    if (rel == W::This && w(j + 1) == W::Coming && lex(j + 2) &&
        (lex(j + 2)->weekday || lex(j + 2)->w == W::Weekend ||
         (lex(j + 2)->unit != Unit::None && !lex(j + 2)->plural)))
        ++j, rel = W::Next, dir = 1; // "this coming Friday"
    if (rel == W::This && w(j + 1) == W::Past && lex(j + 2) && !lex(j + 2)->plural &&
        (lex(j + 2)->unit == Unit::Week || lex(j + 2)->w == W::Weekend || lex(j + 2)->unit == Unit::Month ||
         lex(j + 2)->unit == Unit::Year))
        ++j, rel = W::Last, dir = -1; // "this past week" is last week
    if ((rel == W::Previous || rel == W::Following || rel == W::Coming || rel == W::Upcoming ||
         rel == W::Current) &&
        !the)
        return false;
    const Lex* l = lex(j + 1);
    if (!l) return false;
    std::size_t e = j + 2;
    // unit: last week, this year, next month, the following day, this weekend
    if ((l->unit != Unit::None && !l->plural) || l->w == W::Weekend) {
        if (l->w == W::Weekend && l->plural) return false;
        // "the past year", "the last week", "the next month" are durations (rule_duration)
        // "the past year", "the last week" are durations; "the next day" is a date
        if (the && (rel == W::Past || rel == W::Last || rel == W::Next) &&
            !(rel == W::Next && l->unit == Unit::Day))
            return false;
        if (!the && rel == W::Past) return false;
        Unit u = l->unit;
        if (u == Unit::Second || u == Unit::Minute || u == Unit::Hour || u == Unit::Fortnight) return false;
        if (l->w == W::Weekend) {
            if (!anchored()) {
                m.tx.value = "XXXX-WXX-WE";
                m.tx.precision = Precision::Week;
            } else {
                m.tx = mark_future(weekend_tx(anchor_days() + days{7 * dir}));
            }
            m.end = e;
            return true;
        }
        if (u == Unit::Day && (rel == W::This || rel == W::Last || (rel == W::Next && !the))) return false;
        if (u == Unit::Decade && the && rel != W::Previous && rel != W::Following) return false;
        Tx t = shifted(u, dir, true);
        if (u == Unit::Decade && anchored()) {
            int y = int(year_month_day{shift_days(anchor_days(), Unit::Year, 10 * dir)}.year());
            t = mark_future(decade_tx(y / 10));
        }
        m.tx = t;
        m.end = e;
        return true;
    }
    if (the) return false;
    // this spring, last summer, next winter
    if (l->season) {
        int s = l->season;
        if (!anchored()) {
            static constexpr const char* codes[] = {"", "SP", "SU", "FA", "WI"};
            m.tx.value = std::string("XXXX-") + codes[s];
            m.tx.precision = Precision::Quarter;
            m.end = e;
            return true;
        }
        int y = anchor_year();
        int am = int(unsigned(anchor_->month()));
        Tx cur = season_tx(s == 4 && am <= 2 ? y - 1 : y, s);
        Tx t = cur;
        if (dir < 0) {
            if (cur.end >= anchor_days()) t = season_tx(int(year_month_day{cur.start}.year()) - 1, s);
        } else if (dir > 0) {
            if (cur.start <= anchor_days()) t = season_tx(int(year_month_day{cur.start}.year()) + 1, s);
        }
        m.tx = mark_future(t);
        m.end = e;
        return true;
    }
    // last Friday, next Tuesday, this Monday (+ part of day)
    if (l->weekday && !l->plural && !l->weekday_abbrev) {
        if (rel == W::Past) return false;
        m.tx = resolve_weekday(l->weekday, dir);
        if (anchored() && dir < 0 && m.tx.start == anchor_days())
            m.tx = day_tx(year_month_day{anchor_days() - days{7}});
        if (lex(e) && lex(e)->pod != Pod::None && m.tx.has_interval) {
            m.tx = mark_future(part_of_day_tx(year_month_day{m.tx.start}, pod_code(lex(e)->pod)));
            ++e;
        }
        m.end = e;
        return true;
    }
    // last October, next March
    if (l->month && !l->month_abbrev) {
        if (rel == W::Past) return false;
        if (!anchored()) {
            m.tx.value = "XXXX-" + two(l->month);
            m.tx.precision = Precision::Month;
            m.end = e;
            return true;
        }
        int y = anchor_year();
        int am = int(unsigned(anchor_->month()));
        if (dir < 0 && l->month >= am) --y;
        if (dir > 0 && l->month <= am) ++y;
        m.tx = mark_future(month_tx(y, l->month));
        m.end = e;
        return true;
    }
    // last night, this morning
    if (l->pod != Pod::None && (rel == W::This || rel == W::Last)) {
        if (rel == W::Last && l->pod != Pod::Night) return false;
        if (!anchored()) {
            m.tx.type = TimexType::Time;
            m.tx.value = std::string("XXXX-XX-XXT") + pod_code(l->pod);
            m.tx.precision = Precision::Hour;
            m.end = e;
            return true;
        }
        sys_days d = anchor_days() - days{rel == W::Last ? 1 : 0};
        m.tx = part_of_day_tx(year_month_day{d}, pod_code(l->pod));
        m.end = e;
        return true;
    }
    return false;
}

bool Parser::rule_ago(std::size_t i, Match& m) {
    std::size_t j = i;
    std::string mod;
    W x = w(j);
    if (x == W::About || x == W::Around || x == W::Roughly || x == W::Approximately)
        mod = "APPROX", ++j;
    else if (x == W::Nearly || x == W::Almost)
        mod = "APPROX", ++j;
    else if (x == W::More && w(j + 1) == W::Than)
        mod = "BEFORE", j += 2;
    else if (x == W::Just || x == W::Only)
        ++j;
    long n = 1;
    bool vague = false;
    std::size_t k = cardinal(j, n, vague, true);
    Unit u;
    bool pl;
    std::size_t ue;
    if (k) {
        ue = unit_word(k, u, pl);
        if (!ue) return false;
    } else {
        // "years ago", "decades earlier"
        ue = unit_word(j, u, pl);
        if (!ue || !pl) return false;
        vague = true;
    }
    if (n > 3000) return false; // "5,000 years ago" is prehistory, not a calendar date we can write
    std::size_t e = ue;
    int dir;
    if (w(e) == W::Ago || w(e) == W::Earlier)
        dir = -1, ++e;
    else if (w(e) == W::Later || w(e) == W::Hence)
        dir = 1, ++e;
    else if (w(e) == W::From && w(e + 1) == W::Now)
        dir = 1, e += 2;
    else
        return false;
    if (vague) {
        m.tx.value = dir < 0 ? "PAST_REF" : "FUTURE_REF";
        m.tx.precision = unit_precision(u);
        m.tx.future = dir > 0 && w(e - 1) != W::Later;
        m.tx.mod = mod;
        m.end = e;
        return true;
    }
    Unit gran = u;
    long steps = n;
    if (u == Unit::Decade) gran = Unit::Year, steps = 10 * n;
    if (u == Unit::Century) gran = Unit::Year, steps = 100 * n;
    if (u == Unit::Fortnight) gran = Unit::Day, steps = 14 * n;
    if (u == Unit::Hour || u == Unit::Minute || u == Unit::Second) gran = Unit::Day, steps = 0;
    Tx t = shifted(gran, dir * steps, true);
    if (w(e - 1) == W::Later) t.future = false; // narrative "two days later"
    t.mod = mod;
    m.tx = t;
    m.end = e;
    return true;
}

bool Parser::rule_weekday(std::size_t i, Match& m) {
    const Lex* l = lex(i);
    if (!l || !l->weekday || l->weekday_abbrev || l->plural) return false;
    // names such as "Black Friday" or "Super Tuesday" are left alone
    if (i > 0 && toks_[i - 1].cap && !sentence_start(i - 1) &&
        !(lex(i - 1) && (lex(i - 1)->date_prep || lex(i - 1)->w == W::The)))
        return false;
    if (!toks_[i].cap && i > 0 && !(lex(i - 1) && lex(i - 1)->date_prep)) return false;
    std::size_t e = i + 1;
    if (has(e) && toks_[e].cap && toks_[e].kind == TokKind::Word) {
        static constexpr std::string_view names[] = {
            "times",    "telegraph", "post",     "mail",   "express", "herald",   "star",    "mirror",
            "journal",  "review",    "magazine", "club",   "service", "school",   "edition", "show",
            "football", "night",     "morning",  "league", "market",  "movement", "group"};
        for (auto nm : names)
            if (low(e) == nm) return false; // "Sunday Times", "Monday Night Football"
    }
    int dir = tense(i, e) > 0 ? 1 : -1;
    Tx t = resolve_weekday(l->weekday, dir);
    if (lex(e) && lex(e)->pod != Pod::None) {
        Pod p = lex(e)->pod;
        if (t.has_interval)
            t = mark_future(part_of_day_tx(year_month_day{t.start}, pod_code(p)));
        else
            t.type = TimexType::Time, t.value += std::string("T") + pod_code(p),
            t.precision = Precision::Hour;
        ++e;
    }
    m.tx = t;
    m.end = e;
    return true;
}

} // namespace eventline::timex
