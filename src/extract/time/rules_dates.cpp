// Calendar dates: numeric dates, years, decades, centuries, month names, fiscal years, quarters,
// seasons and fixed holidays.
#include "parser.h"

#include <array>

namespace eventline::timex {

using namespace date;

namespace {
bool valid_day(int y, int m, int d) {
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 &&
           year_month_day{year{y} / month{unsigned(m)} / day{unsigned(d)}}.ok();
}
constexpr std::array<std::string_view, 40> kNotYearBefore = {
    "section", "article", "no",   "number",     "room",     "route",   "flight",  "model",
    "chapter", "page",    "rule", "resolution", "item",     "bill",    "highway", "interstate",
    "suite",   "unit",    "box",  "code",       "pp",       "vol",     "volume",  "issue",
    "decree",  "hr",      "id",   "gate",       "platform", "channel", "version", "level",
    "grade",   "size",    "zip",  "apt",        "building", "exit",    "minus",   "plus"};
constexpr std::array<std::string_view, 14> kApprox = {"about",   "some", "nearly",  "almost", "approximately",
                                                      "roughly", "over", "than",    "under",  "least",
                                                      "only",    "just", "another", "total"};
} // namespace

bool Parser::year_context_ok(std::size_t i, std::size_t end) const {
    if (i > 0) {
        const Token& p = toks_[i - 1];
        if (p.kind == TokKind::Punct) {
            char c = p.pc;
            if (c == '$' || c == '#' || c == '+' || c == '=' || c == '*' || c == '&' || c == '@')
                return false;
            if ((c == '-' || c == '/' || c == '.' || c == ':' || c == ',') && !toks_[i].space_before &&
                i >= 2 && toks_[i - 2].kind == TokKind::Number) {
                const Token& q = toks_[i - 2];
                if (c != '-' || q.digits != 4 || q.num < 1000 || q.num > 2099) return false;
            }
        } else if (p.kind == TokKind::Number) {
            return false;
        } else {
            W x = p.lex ? p.lex->w : W::None;
            if (x == W::A || x == W::An) return false;
            const std::string_view prev = low(i - 1);
            for (auto s : kNotYearBefore)
                if (prev == s) return false;
            bool approx = false;
            for (auto s : kApprox)
                if (prev == s) approx = true;
            if (approx && has(end) && toks_[end].kind == TokKind::Word) return false;
            if (p.cap && !(p.lex && (p.lex->date_prep || p.lex->month || p.lex->season || x == W::The)) &&
                !sentence_start(i - 1))
                return false;
        }
    }
    if (has(end)) {
        const Token& q = toks_[end];
        // a broken ISO date ("2023-02-30") is not a year either
        if (q.kind == TokKind::Punct && q.pc == '-' && !q.space_before && number(end + 1) && glued(end + 1) &&
            punct(end + 2, '-') && glued(end + 2))
            return false;
        if (q.kind == TokKind::Punct &&
            (q.pc == '%' || (q.pc == '-' && !q.space_before && number(end + 1) &&
                             toks_[end + 1].digits != 4 && toks_[end + 1].digits != 2)))
            return false;
        if (q.kind == TokKind::Word) {
            // "a vote of 1010 to 2"
            if ((q.lex && q.lex->w == W::To) && number(end + 1) && toks_[end + 1].digits != 4) return false;
            if (q.lex && (q.lex->counted || q.lex->unit != Unit::None || (q.lex->timezone && q.cap)))
                return false;
            auto s = low(end);
            bool plural = s.size() > 3 && s.back() == 's' && !q.cap && s[s.size() - 2] != 's' &&
                          s[s.size() - 2] != 'u' && s[s.size() - 2] != 'i';
            if (plural) {
                const Lex* pl = i > 0 ? toks_[i - 1].lex : nullptr;
                bool strong = pl && pl->date_prep && low(i - 1) != "of" && low(i - 1) != "to" &&
                              low(i - 1) != "and" && low(i - 1) != "for" && low(i - 1) != "about";
                static constexpr std::string_view ok_plural[] = {"elections", "olympics", "midterms",
                                                                 "polls",     "talks",    "protests",
                                                                 "riots",     "games",    "finals"};
                bool known = false;
                for (auto k : ok_plural)
                    if (s == k) known = true;
                if (!strong && !known) return false;
            }
        }
    }
    return true;
}

bool Parser::rule_numeric_date(std::size_t i, Match& m) {
    if (!number(i)) return false;
    const Token& a = toks_[i];
    if (a.grouped) return false;
    // ISO: 2024-10-23 (optionally T15:00)
    if (a.digits == 4 && punct(i + 1, '-') && glued(i + 1) && number(i + 2) && glued(i + 2) &&
        toks_[i + 2].digits == 2) {
        int y = int(a.num), mo = int(toks_[i + 2].num);
        if (punct(i + 3, '-') && glued(i + 3) && number(i + 4) && glued(i + 4) && toks_[i + 4].digits == 2) {
            int d = int(toks_[i + 4].num);
            if (!valid_day(y, mo, d)) return false;
            year_month_day ymd{year{y} / month{unsigned(mo)} / day{unsigned(d)}};
            std::size_t e = i + 5;
            if (word(e, "t") && glued(e) && number(e + 1) && glued(e + 1) && punct(e + 2, ':') &&
                number(e + 3) && toks_[e + 3].digits == 2) {
                int hh = int(toks_[e + 1].num), mm = int(toks_[e + 3].num);
                if (hh < 24 && mm < 60) {
                    e += 4;
                    if (punct(e, ':') && glued(e) && number(e + 1) && toks_[e + 1].digits == 2) e += 2;
                    if (word(e, "z") && glued(e)) ++e;
                    m.tx = mark_future(time_tx(ymd, hh, mm, true));
                    m.end = e;
                    return true;
                }
            }
            m.tx = mark_future(day_tx(ymd));
            m.end = e;
            return true;
        }
        // 2024-03 with a leading zero is a month; 2010-12 is more often a range of years
        if (low(i + 2)[0] == '0' && mo >= 1 && mo <= 9 && !(punct(i + 3, '-') && glued(i + 3)) && y >= 1000) {
            m.tx = mark_future(month_tx(y, unsigned(mo)));
            m.end = i + 3;
            return true;
        }
        return false;
    }
    // 10/23/2024, 23/10/2024, 10/23/24
    if (a.digits <= 2 && punct(i + 1, '/') && glued(i + 1) && number(i + 2) && glued(i + 2) &&
        toks_[i + 2].digits <= 2 && punct(i + 3, '/') && glued(i + 3) && number(i + 4) && glued(i + 4) &&
        (toks_[i + 4].digits == 4 || toks_[i + 4].digits == 2)) {
        if (punct(i + 5, '/') && glued(i + 5)) return false;
        int x = int(a.num), z = int(toks_[i + 2].num), y = int(toks_[i + 4].num);
        if (toks_[i + 4].digits == 2) y += (y <= 40 ? 2000 : 1900);
        int mo = x, d = z;
        if (x > 12 && z <= 12) mo = z, d = x;
        if (!valid_day(y, mo, d)) return false;
        m.tx = mark_future(day_tx(year{y} / month{unsigned(mo)} / day{unsigned(d)}));
        m.end = i + 5;
        return true;
    }
    // 23.10.2024
    if (a.digits <= 2 && punct(i + 1, '.') && glued(i + 1) && number(i + 2) && glued(i + 2) &&
        toks_[i + 2].digits <= 2 && punct(i + 3, '.') && glued(i + 3) &&
        toks_[i + 4 < n_ ? i + 4 : i].kind == TokKind::Number && i + 4 < n_ && glued(i + 4) &&
        toks_[i + 4].digits == 4) {
        int d = int(a.num), mo = int(toks_[i + 2].num), y = int(toks_[i + 4].num);
        if (!valid_day(y, mo, d)) return false;
        m.tx = mark_future(day_tx(year{y} / month{unsigned(mo)} / day{unsigned(d)}));
        m.end = i + 5;
        return true;
    }
    // 9/11 names a day
    if (a.num == 9 && a.digits == 1 && punct(i + 1, '/') && glued(i + 1) && number(i + 2) && glued(i + 2) &&
        toks_[i + 2].num == 11 && !(punct(i + 3, '/') && glued(i + 3))) {
        m.tx = day_tx(year{2001} / September / 11);
        m.end = i + 3;
        return true;
    }
    // 10/23 after a date preposition ("on 10/23")
    if (a.digits <= 2 && punct(i + 1, '/') && glued(i + 1) && number(i + 2) && glued(i + 2) &&
        toks_[i + 2].digits <= 2 && !(punct(i + 3, '/') && glued(i + 3)) && i > 0 &&
        (word(i - 1, "on") || word(i - 1, "since") || word(i - 1, "by"))) {
        int mo = int(a.num), d = int(toks_[i + 2].num);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
        m.tx = resolve_month_day(mo, d, i, i + 3);
        m.end = i + 3;
        return true;
    }
    return false;
}

bool Parser::rule_year(std::size_t i, Match& m) {
    // '98
    if (punct(i, '\'') && number(i + 1) && glued(i + 1) && toks_[i + 1].digits == 2 &&
        !(has(i + 2) && glued(i + 2) && toks_[i + 2].kind == TokKind::Word)) {
        if (i == 0 || !lex(i - 1) || !lex(i - 1)->date_prep) return false;
        int yy = int(toks_[i + 1].num);
        int cur = anchored() ? anchor_year() % 100 : 30;
        int y = yy <= cur + 1 ? 2000 + yy : 1900 + yy;
        m.tx = mark_future(year_tx(y));
        m.end = i + 2;
        return true;
    }
    int y;
    std::size_t e = year_after(i, y);
    if (!e || !year_context_ok(i, e)) return false;
    m.tx = mark_future(year_tx(y));
    m.end = e;
    return true;
}

bool Parser::rule_decade(std::size_t i, Match& m) {
    std::size_t j = i;
    bool the = w(j) == W::The;
    if (the) ++j;
    // the nineties
    if (the && lex(j) && lex(j)->decade > 0) {
        m.tx = decade_tx(lex(j)->decade);
        m.end = j + 1;
        return true;
    }
    // the 19th century, the nineteenth century, 21st-century
    int ord;
    if (std::size_t k = ordinal(j, ord)) {
        bool hyphen = punct(k, '-') && glued(k);
        std::size_t u = hyphen ? k + 1 : k;
        if (ord >= 1 && ord <= 30 && lex(u) && lex(u)->unit == Unit::Century && !lex(u)->plural) {
            if (!the && !hyphen && i > 0 &&
                !(lex(i - 1) && (lex(i - 1)->date_prep || lex(i - 1)->w == W::Mid)))
                if (!(i > 0 && punct(i - 1, '-'))) return false;
            if (has(u + 1) && toks_[u + 1].cap && toks_[u + 1].kind == TokKind::Word)
                return false; // "21st Century Fox"
            m.tx = century_tx(ord - 1);
            m.end = u + 1;
            return true;
        }
    }
    bool apostrophe = punct(j, '\'');
    if (apostrophe) ++j;
    if (!number(j) || !word(j + 1, "s") || !glued(j + 1)) return false;
    if (has(j + 2) && glued(j + 2) && toks_[j + 2].kind == TokKind::Word) return false;
    const Token& t = toks_[j];
    if (apostrophe && !glued(j)) return false;
    int dec;
    if (t.digits == 4 && !t.grouped) {
        int y = int(t.num);
        if (y < 1000 || y > 2090 || y % 10) return false;
        if (y % 100 == 0 && y != 2000 && y != 1000) {
            m.tx = century_tx(y / 100);
            m.tx.precision = Precision::Century;
            m.end = j + 2;
            return true;
        }
        dec = y / 10;
    } else if (t.digits == 2 && t.num % 10 == 0) {
        if (!apostrophe && !the) return false;
        // "in their 20s", "his mid-30s" are ages
        std::size_t p = i;
        if (p > 0 && punct(p - 1, '-') && p > 1 && w(p - 2) == W::Mid) p -= 2;
        if (p > 0 && lex(p - 1) && lex(p - 1)->possessive) return false;
        int yy = int(t.num);
        dec = yy <= 10 ? 200 + yy / 10 : 190 + yy / 10;
    } else {
        return false;
    }
    if (i > 0 && lex(i - 1) && lex(i - 1)->possessive) return false;
    m.tx = decade_tx(dec);
    m.end = j + 2;
    return true;
}

bool Parser::rule_month(std::size_t i, Match& m) {
    std::size_t j = i;
    // optional weekday: "Wednesday, Oct. 23", "Wed., Oct. 23"
    bool weekday = false;
    if (lex(j) && lex(j)->weekday && !lex(j)->plural) {
        std::size_t k = j + 1;
        if (lex(j)->weekday_abbrev) {
            if (!toks_[j].cap) return false;
            if (punct(k, '.') && glued(k)) ++k;
        }
        if (punct(k, ',')) ++k;
        j = k;
        weekday = true;
    }
    bool the = false;
    if (w(j) == W::The) the = true, ++j;
    int mo = 0, d = 0, y = 0;
    // day first: 23 October [2024], the 23rd of October
    if (number(j) || (lex(j) && lex(j)->ordinal)) {
        std::size_t k = 0;
        if (number(j))
            k = day_number(j, d);
        else
            k = ordinal(j, d);
        if (!k) return false;
        bool of = w(k) == W::Of;
        if (of) ++k;
        std::size_t k2 = month_word(k, mo);
        if (!k2 || mo == 0) return false;
        if (!toks_[k].cap && lex(k)->ambiguous) return false;
        if (the && !of) return false;
        if (!number(j) && !of) return false; // "first May" is not a date
        // "the Fourth of July Party" is a name
        if (!number(j) && has(k2) && toks_[k2].cap && toks_[k2].kind == TokKind::Word) return false;
        std::size_t e = k2;
        int yy;
        std::size_t after = e;
        if (punct(after, ',')) ++after;
        if (std::size_t ye = year_after(after, yy)) {
            y = yy;
            e = ye;
        }
        if (d > 31) return false;
        if (y) {
            if (!valid_day(y, mo, d)) return false;
            m.tx = mark_future(day_tx(year{y} / month{unsigned(mo)} / day{unsigned(d)}));
        } else {
            m.tx = resolve_month_day(mo, d, i, e);
        }
        m.end = e;
        return true;
    }
    if (the) return false;
    std::size_t k = month_word(j, mo);
    if (!k) return false;
    const Lex* ml = lex(j);
    bool cap = toks_[j].cap;
    // month day [, year]
    std::size_t dk = day_number(k, d);
    if (dk && !(has(dk) && toks_[dk].kind == TokKind::Word && lex(dk) && lex(dk)->unit != Unit::None) &&
        !(punct(dk, '-') && glued(dk) && number(dk + 1) && toks_[dk + 1].digits == 4)) {
        if (!cap && ml->ambiguous) return false;
        // "May 5,000" would have been grouped; "March 2 percent" is rare enough to ignore
        std::size_t e = dk;
        std::size_t after = e;
        if (punct(after, ',')) ++after;
        int yy;
        if (std::size_t ye = year_after(after, yy)) {
            y = yy;
            e = ye;
        }
        if (y) {
            if (!valid_day(y, mo, d)) return false;
            m.tx = mark_future(day_tx(year{y} / month{unsigned(mo)} / day{unsigned(d)}));
        } else {
            if (d > 31) return false;
            m.tx = resolve_month_day(mo, d, i, e);
        }
        m.end = e;
        return true;
    }
    // month [of|,] year
    {
        std::size_t after = k;
        if (w(after) == W::Of || punct(after, ',')) ++after;
        int yy;
        if (std::size_t ye = year_after(after, yy)) {
            if (!cap && ml->ambiguous) return false;
            if (has(ye) && (lex(ye) && (lex(ye)->counted || lex(ye)->unit != Unit::None))) return false;
            m.tx = mark_future(month_tx(yy, unsigned(mo)));
            m.end = ye;
            return true;
        }
    }
    if (weekday) return false;
    // a month alone; "Fourth of July Party" is a name
    if (i >= 2 && w(i - 1) == W::Of && lex(i - 2) && lex(i - 2)->ordinal) return false;
    if (ml->month_abbrev) {
        if (!(punct(j + 1, '.') && glued(j + 1))) return false;
        if (!(i > 0 && lex(i - 1) && lex(i - 1)->date_prep)) return false;
    }
    bool context = i > 0 && ((lex(i - 1) && lex(i - 1)->date_prep) ||
                             (punct(i - 1, '-') && glued(i) && w(i - 2) == W::Mid));
    if (ml->ambiguous || low(j) == "june" || low(j) == "april") {
        if (!cap || !context) return false;
        // "in May," ok; "March on Washington" / "May be" are not dates
        if (has(k) && (low(k) == "be" || low(k) == "have" || low(k) == "not")) return false;
    } else if (!cap && !context) {
        return false;
    }
    // "January" after a capitalized word is part of a name ("Operation January")
    if (i > 0 && toks_[i - 1].cap && !sentence_start(i - 1) &&
        !(lex(i - 1) && (lex(i - 1)->date_prep || lex(i - 1)->w == W::The)))
        return false;
    m.tx = resolve_month(mo, i, k);
    m.end = k;
    return true;
}

bool Parser::rule_the(std::size_t i, Match& m) {
    if (w(i) != W::The) return false;
    // "up from 5 percent the year before": the period before the anchor's, at the end of a clause
    if (lex(i + 1) && !lex(i + 1)->plural && (w(i + 2) == W::Before || w(i + 2) == W::Earlier) &&
        (!has(i + 3) || toks_[i + 3].kind == TokKind::Punct)) {
        Unit u = lex(i + 1)->unit;
        if (u == Unit::Year || u == Unit::Month || u == Unit::Week || u == Unit::Day || u == Unit::Quarter) {
            m.tx = shifted(u, -1, true);
            m.end = i + 3;
            return true;
        }
    }
    // "for the year", "during the week", "in the quarter": the current period, as financial news uses it
    if (i > 0 && has(i + 1) && !toks_[i + 1].cap && lex(i + 1) && !lex(i + 1)->plural &&
        (lex(i + 1)->unit == Unit::Year || lex(i + 1)->unit == Unit::Week ||
         lex(i + 1)->unit == Unit::Month || lex(i + 1)->unit == Unit::Quarter) &&
        !(number(i + 2) && toks_[i + 2].digits == 4)) {
        W p = w(i - 1);
        bool prep =
            p == W::For || p == W::In || p == W::During || p == W::Through || low(i - 1) == "throughout";
        std::size_t e = i + 2;
        bool clean_end = true;
        static constexpr std::string_view blockers[] = {"before", "after", "earlier", "later", "ago",
                                                        "that",   "when",  "of",      "since", "ended",
                                                        "ending", "in",    "to",      "which"};
        for (auto b : blockers)
            if (has(e) && low(e) == b) clean_end = false;
        if (prep && clean_end && anchored()) {
            m.tx = shifted(lex(i + 1)->unit, 0, true);
            m.end = e;
            return true;
        }
    }
    // "on the 15th": a day of the anchor's month
    if (i > 0 && (w(i - 1) == W::On || w(i - 1) == W::By || w(i - 1) == W::Since || w(i - 1) == W::Until) &&
        number(i + 1) && toks_[i + 1].digits <= 2 && is_ordinal_suffix(i + 2) &&
        (!has(i + 3) || toks_[i + 3].kind == TokKind::Punct) && toks_[i + 1].num >= 1 &&
        toks_[i + 1].num <= 31) {
        int d = int(toks_[i + 1].num);
        if (!anchored()) {
            m.tx.value = "XXXX-XX-" + two(unsigned(d));
            m.tx.precision = Precision::Day;
        } else {
            year_month_day ymd{anchor_->year() / anchor_->month() / day{unsigned(d)}};
            if (!ymd.ok()) return false;
            m.tx = mark_future(day_tx(ymd));
        }
        m.end = i + 3;
        return true;
    }
    // "the year 2000"
    if (w(i + 1) != W::Year) return false;
    int y;
    std::size_t e = year_after(i + 2, y);
    if (!e) return false;
    m.tx = mark_future(year_tx(y));
    m.end = e;
    return true;
}

bool Parser::rule_fiscal(std::size_t i, Match& m) {
    std::size_t j = i;
    if (w(j) == W::Fiscal) {
        ++j;
        if (w(j) == W::Year) ++j;
    } else if (w(j) == W::Fy) {
        ++j;
    } else {
        return false;
    }
    int y;
    if (std::size_t e = year_after(j, y)) {
        m.tx = mark_future(year_tx(y));
        m.end = e;
        return true;
    }
    if (punct(j, '\'') && number(j + 1) && toks_[j + 1].digits == 2) ++j;
    if (number(j) && toks_[j].digits == 2) {
        int yy = int(toks_[j].num);
        int cur = anchored() ? anchor_year() % 100 : 30;
        m.tx = mark_future(year_tx(yy <= cur + 5 ? 2000 + yy : 1900 + yy));
        m.end = j + 1;
        return true;
    }
    return false;
}

bool Parser::rule_quarter(std::size_t i, Match& m) {
    std::size_t j = i;
    bool the = w(j) == W::The;
    if (the) ++j;
    int q = 0, half = 0;
    std::size_t k = 0;
    // Q3, H1, 3Q
    if ((w(j) == W::Q || w(j) == W::H) && toks_[j].cap && number(j + 1) && glued(j + 1) &&
        toks_[j + 1].digits == 1) {
        int v = int(toks_[j + 1].num);
        if (w(j) == W::Q && v >= 1 && v <= 4)
            q = v;
        else if (w(j) == W::H && v >= 1 && v <= 2)
            half = v;
        else
            return false;
        k = j + 2;
        if (has(k) && glued(k) && toks_[k].kind != TokKind::Punct) return false;
    } else {
        int ord = 0;
        std::size_t o = ordinal(j, ord);
        if (!o && w(j) == W::Last) o = j + 1, ord = -1;
        if (!o) return false;
        std::size_t u = o;
        bool hyphen = punct(u, '-') && glued(u);
        if (hyphen) ++u;
        if (w(u) == W::Quarter && ord >= -1 && ord <= 4 && ord != 0)
            q = ord == -1 ? 4 : ord;
        else if (w(u) == W::Half && ord >= 1 && ord <= 2)
            half = ord;
        else
            return false;
        if (!the && !hyphen) {
            // "first quarter" without "the" is fine after "in", "during", "for", or before a year
            if (i > 0 && !(lex(i - 1) && lex(i - 1)->date_prep) && !number(u + 1) && w(u + 1) != W::Of)
                return false;
        }
        if (hyphen && the) ++i, the = false; // "the third-quarter profit" tags "third-quarter"
        k = u + 1;
        if (ord == -1 && the) return false; // "the last quarter" is a relative rule
    }
    int y = anchored() ? anchor_year() : 0;
    bool known = anchored();
    std::size_t e = k;
    std::size_t after = k;
    if (w(after) == W::Of) {
        ++after;
        int yy;
        if (std::size_t ye = year_after(after, yy))
            y = yy, known = true, e = ye;
        else if (w(after) == W::Fiscal && year_after(after + 1, yy))
            y = yy, known = true, e = after + 2;
        else if (w(after) == W::The && w(after + 1) == W::Year)
            e = after + 2;
        else if ((w(after) == W::This || w(after) == W::Last || w(after) == W::Next) &&
                 w(after + 1) == W::Year) {
            if (anchored()) y = anchor_year() + (w(after) == W::Last ? -1 : w(after) == W::Next ? 1 : 0);
            e = after + 2;
        }
    } else {
        int yy;
        if (std::size_t ye = year_after(after, yy)) y = yy, known = true, e = ye;
    }
    if (known && anchored() && e == k) {
        // no year given: a quarter or half that has not begun yet is last year's, unless the clause is future
        Tx t = q ? quarter_tx(y, q) : half_tx(y, half);
        if (t.start > anchor_days() && tense(i, e) <= 0) --y;
    }
    if (!known) {
        Tx t;
        t.value = q ? "XXXX-Q" + std::to_string(q) : "XXXX-H" + std::to_string(half);
        t.precision = Precision::Quarter;
        m.tx = t;
    } else {
        m.tx = mark_future(q ? quarter_tx(y, q) : half_tx(y, half));
    }
    m.end = e;
    return true;
}

bool Parser::rule_season(std::size_t i, Match& m) {
    std::size_t j = i;
    bool the = w(j) == W::The;
    if (the) ++j;
    const Lex* l = lex(j);
    if (!l || !l->season) return false;
    int s = l->season;
    std::size_t k = j + 1;
    // "Arab Spring": a capitalized word before the season names an event
    std::size_t p = the ? i : j;
    if (p > 0 && toks_[p - 1].cap && !sentence_start(p - 1) && !(lex(p - 1) && lex(p - 1)->date_prep))
        return false;
    if (toks_[j].cap && !sentence_start(j) && !(p > 0 && lex(p - 1) && lex(p - 1)->date_prep) && !the)
        return false;
    int y = 0;
    std::size_t e = k;
    std::size_t after = k;
    if (w(after) == W::Of) ++after;
    int yy;
    if (std::size_t ye = year_after(after, yy)) y = yy, e = ye;
    if (!y) {
        // a bare season needs "the" or a date preposition, and "fall" needs "the"
        if (!the && !(p > 0 && lex(p - 1) && lex(p - 1)->date_prep && low(p - 1) != "to")) return false;
        if (s == 3 && low(j) == "fall") {
            // "the fall in prices", "the fall of the city" are not the season
            if (!the) return false;
            if (!(i > 0 && lex(i - 1) && lex(i - 1)->date_prep)) return false;
            if (w(k) == W::In || w(k) == W::Of || w(k) == W::From || w(k) == W::To || w(k) == W::On)
                return false;
        }
        if (has(k) && toks_[k].kind == TokKind::Word && !(lex(k) && (lex(k)->date_prep || lex(k)->cue))) {
            // "the summer heat" is fine, "the fall of Kabul" is not a season
        }
        if (w(k) == W::Of) return false;
        if (has(k) && toks_[k].cap && toks_[k].kind == TokKind::Word) return false; // "the Summer Olympics"
        if (!anchored()) {
            static constexpr const char* codes[] = {"", "SP", "SU", "FA", "WI"};
            m.tx.value = std::string("XXXX-") + codes[s];
            m.tx.precision = Precision::Quarter;
            m.end = e;
            return true;
        }
        y = anchor_year();
        if (s == 4 && unsigned(anchor_->month()) <= 2) --y;
        Tx t = season_tx(y, s);
        int tn = tense(i, e);
        if (tn < 0 && t.start > anchor_days())
            t = season_tx(y - 1, s);
        else if (tn > 0 && t.end < anchor_days())
            t = season_tx(y + 1, s);
        m.tx = mark_future(t);
        m.end = e;
        return true;
    }
    m.tx = mark_future(season_tx(y, s));
    m.end = e;
    return true;
}

bool Parser::rule_holiday(std::size_t i, Match& m) {
    std::size_t j = i;
    if (!toks_[j].cap) return false;
    int mo = 0, d = 0;
    std::size_t e = 0;
    int kind = 0; // 0 fixed, 1 thanksgiving, 2 labor, 3 memorial, 4 easter
    auto possessive_day = [&](std::size_t k) -> std::size_t { // "'s Day" / "s Day"
        if (punct(k, '\'') && word(k + 1, "s"))
            k += 2;
        else if (word(k, "s") && glued(k))
            ++k;
        return k;
    };
    switch (w(j)) {
    case W::Christmas:
        mo = 12, d = 25, e = j + 1;
        if (w(e) == W::Eve && toks_[e].cap)
            d = 24, ++e;
        else if (w(e) == W::Day && toks_[e].cap)
            ++e;
        break;
    case W::Halloween:
        mo = 10, d = 31, e = j + 1;
        break;
    case W::New: {
        if (w(j + 1) != W::Year || !toks_[j + 1].cap) return false;
        std::size_t k = possessive_day(j + 2);
        if (w(k) == W::Day && toks_[k].cap)
            mo = 1, d = 1, e = k + 1;
        else if (w(k) == W::Eve && toks_[k].cap)
            mo = 12, d = 31, e = k + 1;
        else
            return false;
        break;
    }
    case W::Valentine: {
        std::size_t k = possessive_day(j + 1);
        if (w(k) != W::Day) return false;
        mo = 2, d = 14, e = k + 1;
        break;
    }
    case W::Thanksgiving:
        kind = 1, e = j + 1;
        if (w(e) == W::Day && toks_[e].cap) ++e;
        break;
    case W::Independence:
        if (w(j + 1) != W::Day || !toks_[j + 1].cap) return false;
        mo = 7, d = 4, e = j + 2;
        break;
    case W::Labor:
        if (w(j + 1) != W::Day || !toks_[j + 1].cap) return false;
        kind = 2, e = j + 2;
        break;
    case W::Memorial:
        if (w(j + 1) != W::Day || !toks_[j + 1].cap) return false;
        kind = 3, e = j + 2;
        break;
    case W::Veterans:
        if (w(j + 1) != W::Day || !toks_[j + 1].cap) return false;
        mo = 11, d = 11, e = j + 2;
        break;
    case W::Easter:
        kind = 4, e = j + 1;
        if (word(e, "sunday") && toks_[e].cap) ++e;
        break;
    case W::Fourth:
        if (w(j + 1) != W::Of || w(j + 2) != W::July) return false;
        mo = 7, d = 4, e = j + 3;
        break;
    default:
        return false;
    }
    // "the Fourth of July Party", "Christmas Island": a capitalized word after makes it a name
    if (has(e) && toks_[e].kind == TokKind::Word && toks_[e].cap) return false;
    int y = anchored() ? anchor_year() : 0;
    std::size_t end = e;
    int yy;
    std::size_t after = punct(e, ',') ? e + 1 : e;
    bool year_given = false;
    if (std::size_t ye = year_after(after, yy)) y = yy, end = ye, year_given = true;
    if (!anchored() && !year_given) {
        if (kind == 0) {
            m.tx.value = "XXXX-" + two(unsigned(mo)) + "-" + two(unsigned(d));
            m.tx.precision = Precision::Day;
            m.end = end;
            return true;
        }
        return false;
    }
    auto day_of = [&](int year_) -> year_month_day {
        switch (kind) {
        case 1:
            return year_month_day{sys_days{year{year_} / November / Thursday[4]}};
        case 2:
            return year_month_day{sys_days{year{year_} / September / Monday[1]}};
        case 3:
            return year_month_day{sys_days{year{year_} / May / Monday[last]}};
        case 4:
            return easter(year_);
        default:
            return year{year_} / month{unsigned(mo)} / day{unsigned(d)};
        }
    };
    year_month_day hd = day_of(y);
    if (!year_given) {
        int tn = tense(i, end);
        if (tn > 0 && sys_days{hd} < anchor_days())
            hd = day_of(y + 1);
        else if (tn < 0 && sys_days{hd} > anchor_days())
            hd = day_of(y - 1);
    }
    m.tx = mark_future(day_tx(hd));
    m.end = end;
    return true;
}

} // namespace eventline::timex
