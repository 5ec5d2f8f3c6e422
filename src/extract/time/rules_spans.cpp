// Durations ("two weeks", "the past year"), sets ("each month", "25,000 recruits a month") and clock times.
#include "parser.h"

namespace eventline::timex {

using namespace date;

namespace {
struct Approx {
    std::size_t end;
    const char* mod;
};

// Verbs after which "a second" is a length of time ("it lasted a second", "wait a second").
bool duration_verb(std::string_view w) {
    static constexpr std::string_view verbs[] = {"lasted", "lasts",  "last",   "took",  "take",  "takes",
                                                 "wait",   "waited", "paused", "pause", "spent", "hesitated"};
    for (auto v : verbs)
        if (w == v) return true;
    return false;
}
} // namespace

// "about", "more than", "at least", "nearly" ... in front of a quantity
static Approx approx_prefix(const Parser*, std::size_t i, W a, W b, W c) {
    switch (a) {
    case W::About:
    case W::Around:
    case W::Roughly:
    case W::Approximately:
    case W::Some:
        return {i + 1, "APPROX"};
    case W::Nearly:
    case W::Almost:
        return {i + 1, "LESS_THAN"};
    case W::Over:
        return b == W::The ? Approx{i, nullptr} : Approx{i + 1, "MORE_THAN"};
    case W::Under:
        return b == W::The ? Approx{i, nullptr} : Approx{i + 1, "LESS_THAN"};
    case W::More:
        return b == W::Than ? Approx{i + 2, "MORE_THAN"} : Approx{i, nullptr};
    case W::Less:
    case W::Fewer:
        return b == W::Than ? Approx{i + 2, "LESS_THAN"} : Approx{i, nullptr};
    case W::At:
        if (b == W::Least) return {i + 2, "EQUAL_OR_MORE"};
        if (b == W::Most) return {i + 2, "EQUAL_OR_LESS"};
        return {i, nullptr};
    case W::Up:
        return b == W::To ? Approx{i + 2, "EQUAL_OR_LESS"} : Approx{i, nullptr};
    default:
        (void)c;
        return {i, nullptr};
    }
}

bool Parser::rule_duration(std::size_t i, Match& m) {
    if (w(i) == W::Year && punct(i + 1, '-') && glued(i + 1) &&
        (word(i + 2, "earlier") || word(i + 2, "ago")) && glued(i + 2)) {
        // "the year-earlier quarter", "the year-ago period": last year
        if (anchored()) {
            m.tx = year_tx(anchor_year() - 1);
        } else {
            m.tx.value = "XXXX";
            m.tx.precision = Precision::Year;
        }
        m.end = i + 3;
        return true;
    }
    if (w(i) == W::Year && punct(i + 1, '-') && glued(i + 1) && word(i + 2, "end") && glued(i + 2)) {
        // "year-end": the end of the anchor's year
        if (anchored()) {
            m.tx = year_tx(anchor_year());
            narrow(m.tx, 3);
            m.tx = mark_future(m.tx);
        } else {
            m.tx.value = "XXXX";
            m.tx.mod = "END";
            m.tx.precision = Precision::Year;
        }
        m.end = i + 3;
        return true;
    }
    if (number(i) && !toks_[i].grouped && toks_[i].digits <= 3 && punct(i + 1, '.') && glued(i + 1) &&
        has(i + 2) && toks_[i + 2].kind == TokKind::Number && glued(i + 2) && toks_[i + 2].digits <= 2) {
        // "1.5 years": a decimal quantity
        Unit u;
        bool pl;
        if (unit_word(i + 3, u, pl) && pl && u != Unit::Decade && u != Unit::Century &&
            u != Unit::Fortnight && u != Unit::Quarter &&
            !(i > 0 && glued(i) && toks_[i - 1].kind == TokKind::Punct)) {
            std::string q = std::string(low(i)) + "." + std::string(low(i + 2));
            m.tx.type = TimexType::Duration;
            m.tx.value = duration_value(u, 0, false);
            m.tx.value.replace(m.tx.value.find('0'), 1, q);
            m.tx.precision = unit_precision(u);
            m.end = i + 4;
            return true;
        }
    }
    {
        // "year-long", "months-long", "decades-long"
        Unit u;
        bool pl;
        if (unit_word(i, u, pl) && punct(i + 1, '-') && glued(i + 1) && w(i + 2) == W::Long && glued(i + 2)) {
            m.tx.type = TimexType::Duration;
            m.tx.value = duration_value(u, 1, pl);
            m.tx.precision = unit_precision(u);
            m.end = i + 3;
            return true;
        }
    }
    std::size_t j = i;
    Approx ap = approx_prefix(this, i, w(i), w(i + 1), w(i + 2));
    const char* mod = ap.mod;
    j = ap.end;
    // the past / last / next / coming / first [N] units
    int frame = 0; // -1 ending at the anchor, +1 starting after it, 2 no anchoring ("the first")
    if (w(j) == W::The) {
        W r = w(j + 1);
        if (r == W::Past || r == W::Last)
            frame = -1;
        else if (r == W::Previous && (number(j + 2) || (lex(j + 2) && lex(j + 2)->unit == Unit::None)))
            frame = -1;
        else if (r == W::Next || r == W::Coming || r == W::Following)
            frame = 1;
        else if (r == W::First || r == W::Whole || r == W::Entire)
            frame = 2;
        else if (number(j + 1) || (lex(j + 1) && lex(j + 1)->number > 1))
            frame = 3; // "the nine months"
        else
            return false;
        j += frame == 3 ? 1 : 2;
        // "the last two years", "the past year", "the past few days"
    } else if (w(j) == W::Past && mod) {
        frame = -1, ++j;
    }
    long n = 1;
    bool vague = false;
    std::size_t k = cardinal(j, n, vague, frame == 0);
    bool article = k && (w(j) == W::A || w(j) == W::An) && !vague && n == 1;
    if (k && !article && has(k) && toks_[k].kind == TokKind::Word && !toks_[k].lex) {
        // "six consecutive months", "two more weeks"
        static constexpr std::string_view adjectives[] = {"consecutive", "straight",   "successive",
                                                          "full",        "additional", "extra"};
        for (auto a : adjectives)
            if (low(k) == a && lex(k + 1) && lex(k + 1)->unit != Unit::None) ++k;
    } else if (k && !article && (w(k) == W::More || w(k) == W::Long) && lex(k + 1) &&
               lex(k + 1)->unit != Unit::None && lex(k + 1)->plural) {
        ++k;
    }
    bool half = false;
    if (!k && w(j) == W::Half && (w(j + 1) == W::A || w(j + 1) == W::An)) k = j + 2, half = true;
    if (!k && frame) k = j; // "the past year"
    Unit u;
    bool pl;
    std::size_t e;
    bool hyphen = false;
    if (k && punct(k, '-') && glued(k) && k > j && !vague) {
        // "a 10-year plan", "six-month"
        e = unit_word(k + 1, u, pl);
        if (!e || pl) return false;
        if (punct(e, '-') && glued(e) && w(e + 1) == W::Old) return false; // ages: "10-year-old"
        hyphen = true;
    } else if (k) {
        e = unit_word(k, u, pl);
        if (!e) {
            if (frame || mod || k == j) return false;
            return false;
        }
    } else {
        // bare plurals after "for", "within", "over", "in", "after": "for years", "within days"
        e = unit_word(j, u, pl);
        if (!e || !pl || mod || frame) return false;
        bool ok = false;
        if (i > 0) {
            auto p = low(i - 1);
            ok = p == "for" || p == "within" || p == "over" || p == "after" || p == "in" || p == "lasted" ||
                 p == "took" || p == "spent" || p == "than" || p == "take" || p == "takes" || p == "taking" ||
                 p == "last" || p == "lasts" || p == "lasting" || p == "spend" || p == "wait" ||
                 p == "waited";
            if (p == "after" && (u == Unit::Hour || u == Unit::Minute)) ok = false; // "after hours"
        }
        if (!ok && w(e) == W::Of)
            ok = i == 0 || sentence_start(i) || (toks_[i - 1].kind == TokKind::Word && !lex(i - 1));
        if (!ok) return false;
        if (w(e) == W::Ago || w(e) == W::Later || w(e) == W::Earlier) return false;
        vague = true;
    }
    if (half) {
        if (pl) return false;
        const char* v = nullptr;
        switch (u) {
        case Unit::Hour:
            v = "PT30M";
            break;
        case Unit::Day:
            v = "PT12H";
            break;
        case Unit::Year:
            v = "P6M";
            break;
        case Unit::Decade:
            v = "P5Y";
            break;
        case Unit::Century:
            v = "P50Y";
            break;
        case Unit::Month:
            v = "P2W";
            break;
        default:
            return false;
        }
        m.tx.type = TimexType::Duration;
        m.tx.value = v;
        m.tx.precision = unit_precision(u);
        if (mod) m.tx.mod = mod;
        m.end = e;
        return true;
    }
    if (!hyphen && !vague && n != 1 && !pl && !(frame && k == j)) {
        if (!(n == 0)) return false; // "two week" is not English
    }
    if (!hyphen && (n == 1 && !vague) && pl && k != j) return false; // "one years"
    if (k == j && frame && pl) return false;                         // "the past years"
    if (!vague && n > 100000) return false;
    if (u == Unit::Quarter && (k == j || article) && !frame) return false; // "a quarter of" is a fraction
    // "a month" after a quantity is a rate (rule_set); "two weeks ago" is a date (rule_ago)
    if (w(e) == W::Ago || w(e) == W::Hence) return false;
    if (w(e) == W::From && w(e + 1) == W::Now) return false;
    if (article && !frame && !mod && i > 0) {
        bool rate = false;
        for (std::size_t b = i, steps = 0; b > 0 && steps < 6; ++steps) {
            --b;
            if (punct(b, '.') || punct(b, ';')) break;
            if (toks_[b].kind == TokKind::Number ||
                (lex(b) && (lex(b)->number > 0 || lex(b)->w == W::Times || lex(b)->w == W::Twice ||
                            lex(b)->w == W::Once)))
                rate = true;
        }
        const Token& p = toks_[i - 1];
        bool prep = p.lex && (p.lex->date_prep || p.lex->w == W::For || p.lex->w == W::Within ||
                              p.lex->w == W::Than || p.lex->w == W::About || p.lex->w == W::Over ||
                              p.lex->w == W::Nearly || p.lex->w == W::Almost || p.lex->w == W::Than);
        if (rate && !prep) return false;
    }
    if (frame == -1 && !pl && k == j && (u == Unit::Second || u == Unit::Minute) && i > 0 &&
        (low(i - 1) == "at" || low(i - 1) == "until" || low(i - 1) == "till"))
        return false; // "at the last minute" is an idiom for "late", not a one-minute span
    if (article && !hyphen && !frame && (u == Unit::Second || u == Unit::Minute)) {
        // "a second powerful tremor", "a minute detail": the ordinal and the adjective modify a noun.
        // Words that may follow the unit itself ("a minute or two", "a second later") keep it a duration.
        static constexpr std::string_view kUnitNext[] = {
            "or",    "and",     "of",    "to",   "before", "after", "later", "ago", "long",
            "left",  "earlier", "more",  "less", "longer", "too",   "at",    "in",  "on",
            "until", "when",    "while", "each", "every",  "per",   "as"};
        bool noun_follows = has(e) && toks_[e].kind == TokKind::Word && toks_[e].space_before;
        for (auto x : kUnitNext)
            noun_follows = noun_follows && low(e) != x;
        if (noun_follows) return false;
    }
    if (article && u == Unit::Second &&
        !(i > 0 &&
          (w(i - 1) == W::For || w(i - 1) == W::In || w(i - 1) == W::Within || w(i - 1) == W::Than ||
           w(i - 1) == W::Just || w(i - 1) == W::Only || w(i - 1) == W::About || duration_verb(low(i - 1)))))
        return false; // "a second round", "do I hear a second?"
    if (article && u == Unit::Second && has(e) && toks_[e].kind == TokKind::Word && !toks_[e].lex)
        return false;
    if (frame == 2 && k == j) return false; // "the first day of school" is not a duration
    // "the Thirty Years' War", "the Six-Day War": a capitalized unit before a name part is a name
    if (toks_[e - 1].cap && e - 1 > 0 && !punct(e - 2, '.') && !punct(e - 2, '"') && !punct(e - 2, '!') &&
        !punct(e - 2, '?') && (punct(e, '\'') || (has(e) && toks_[e].cap && toks_[e].kind == TokKind::Word)))
        return false;
    if (punct(e, '-') && glued(e) && w(e + 1) == W::Long && (article || vague)) {
        return false; // "a year-long inquiry": the adjective is tagged at its own position
    }
    std::size_t end = e;
    if (!hyphen && w(end) == W::Old && !vague)
        ++end; // "42 years old"
    else if (!hyphen && w(end) == W::Long && !vague)
        ++end;
    m.tx.type = TimexType::Duration;
    m.tx.value = duration_value(u, n, vague);
    m.tx.precision = unit_precision(u);
    if (mod) m.tx.mod = mod;
    // anchored extent
    if (anchored() && !vague && n <= 3000 && u != Unit::Hour && u != Unit::Minute && u != Unit::Second) {
        bool back = frame == -1;
        if ((!frame || frame == 3) && i > 0 && w(i - 1) == W::For && perfect_context(i, end)) back = true;
        if (!frame && i > 0 && (w(i - 1) == W::Over || w(i - 1) == W::In) && w(i) == W::The) back = false;
        if (back) {
            m.tx.has_interval = true;
            m.tx.start = shift_days(anchor_days(), u, -n);
            m.tx.end = anchor_days();
        } else if (frame == 1) {
            m.tx.has_interval = true;
            m.tx.start = anchor_days() + days{1};
            m.tx.end = shift_days(anchor_days(), u, n);
            m.tx.future = true;
        }
    } else if (frame == 1) {
        m.tx.future = true;
    }
    m.end = end;
    return true;
}

bool Parser::rule_set(std::size_t i, Match& m) {
    W x = w(i);
    auto set = [&](std::string value, Precision p, std::size_t e) {
        m.tx.type = TimexType::Set;
        m.tx.value = std::move(value);
        m.tx.precision = p;
        m.end = e;
        return true;
    };
    const Lex* l = lex(i);
    // daily, weekly, quarterly ...
    if (l && l->set_unit != Unit::None) {
        if (toks_[i].cap && i > 0 && !sentence_start(i)) return false;    // "Business Weekly"
        if (i + 1 < n_ && toks_[i + 1].cap && toks_[i].cap) return false; // "Daily Mail"
        Unit u = l->set_unit;
        std::string v = u == Unit::Quarter ? "P3M" : duration_value(u, 1, false);
        return set(v, unit_precision(u), i + 1);
    }
    // Mondays, "on Tuesdays"
    if (l && l->weekday && l->plural) {
        if (!toks_[i].cap) return false;
        return set("XXXX-WXX-" + std::to_string(l->weekday), Precision::Day, i + 1);
    }
    std::size_t j = i;
    std::string freq;
    if (x == W::Twice || x == W::Once) {
        ++j;
    } else if ((number(i) || (l && l->number > 0)) && w(i + 1) == W::Times) {
        j = i + 2;
    } else if (x != W::Each && x != W::Every && x != W::Per && x != W::A && x != W::An) {
        return false;
    }
    W q = w(j);
    if (j != i) {
        if (q != W::A && q != W::An && q != W::Per && q != W::Each && q != W::Every) return false;
    }
    ++j;
    bool article = q == W::A || q == W::An;
    long n = 1;
    bool vague = false;
    bool other = false;
    if (!article && w(j) == W::Other)
        n = 2, other = true, ++j;
    else if (!article) {
        std::size_t k = cardinal(j, n, vague, false);
        if (k && !vague)
            j = k;
        else
            n = 1;
    }
    const Lex* t = lex(j);
    if (!t) return false;
    if (t->unit != Unit::None) {
        if (t->plural != (n > 1 && !other)) return false;
        if (article && i == j - 1) {
            // bare "a month": a rate only after a quantity ("25,000 recruits a month", "$5 million a year")
            if (i == 0) return false;
            const Token& p = toks_[i - 1];
            bool prep = p.lex && (p.lex->date_prep || p.lex->w == W::For || p.lex->w == W::Within ||
                                  p.lex->w == W::Than || p.lex->w == W::About || p.lex->w == W::Over ||
                                  p.lex->w == W::Nearly || p.lex->w == W::Almost || p.lex->w == W::Once ||
                                  p.lex->w == W::Just || p.lex->w == W::Only);
            if (prep || low(i - 1) == "is" || low(i - 1) == "was" || low(i - 1) == "be" ||
                low(i - 1) == "been" || low(i - 1) == "took" || low(i - 1) == "spent" ||
                low(i - 1) == "than" || low(i - 1) == "nearly")
                return false;
            bool quantity = false;
            for (std::size_t b = i, steps = 0; b > 0 && steps < 6; ++steps) {
                --b;
                if (punct(b, '.') || punct(b, ';')) break;
                if (toks_[b].kind == TokKind::Number || (lex(b) && lex(b)->number > 0) || punct(b, '$') ||
                    word(b, "million") || word(b, "billion"))
                    quantity = true;
            }
            if (!quantity) return false;
            if (w(j + 1) == W::Ago || w(j + 1) == W::Later || w(j + 1) == W::Earlier) return false;
            if (t->unit == Unit::Quarter) return false;
        }
        Unit u = t->unit;
        return set(u == Unit::Quarter ? "P" + std::to_string(3 * n) + "M" : duration_value(u, n, false),
                   unit_precision(u), j + 1);
    }
    if (article) return false;
    if (t->w == W::Weekend) return set("XXXX-WXX-WE", Precision::Week, j + 1);
    if (t->weekday && !t->weekday_abbrev) {
        std::string v = "XXXX-WXX-" + std::to_string(t->weekday);
        std::size_t e = j + 1;
        if (lex(e) && lex(e)->pod != Pod::None) {
            static constexpr const char* codes[] = {"", "MO", "AF", "EV", "NI", "MO"};
            v += std::string("T") + codes[int(lex(e)->pod)];
            ++e;
        }
        return set(v, Precision::Day, e);
    }
    if (t->month && !t->month_abbrev) return set("XXXX-" + two(t->month), Precision::Month, j + 1);
    if (t->pod != Pod::None && x != W::Per) {
        static constexpr const char* codes[] = {"", "MO", "AF", "EV", "NI", "MO"};
        return set(std::string("XXXX-XX-XXT") + codes[int(t->pod)], Precision::Hour, j + 1);
    }
    if (t->season && x != W::Per) {
        static constexpr const char* codes[] = {"", "SP", "SU", "FA", "WI"};
        return set(std::string("XXXX-") + codes[t->season], Precision::Quarter, j + 1);
    }
    return false;
}

bool Parser::rule_clock(std::size_t i, Match& m) {
    int hour = -1, minute = 0;
    bool minute_given = false;
    std::size_t e = i;
    W x = w(i);
    if (x == W::Noon || x == W::Midday) {
        hour = 12, e = i + 1;
    } else if (x == W::Midnight) {
        hour = 24, e = i + 1;
    } else if (number(i) && toks_[i].digits == 4 && !toks_[i].grouped && lex(i + 1) && lex(i + 1)->timezone &&
               toks_[i + 1].cap && toks_[i].num % 100 < 60 && toks_[i].num / 100 <= 24) {
        hour = int(toks_[i].num / 100), minute = int(toks_[i].num % 100), minute_given = true; // "1400 GMT"
        e = i + 1;
    } else if (number(i) && toks_[i].digits <= 2 && !toks_[i].grouped) {
        if (i > 0 && glued(i) &&
            (punct(i - 1, '.') || punct(i - 1, ':') || punct(i - 1, '$') || punct(i - 1, '-')))
            return false;
        hour = int(toks_[i].num);
        e = i + 1;
        if (punct(e, ':') && glued(e) && number(e + 1) && glued(e + 1) && toks_[e + 1].digits == 2) {
            minute = int(toks_[e + 1].num);
            if (minute > 59) return false;
            minute_given = true;
            e += 2;
            if (punct(e, ':') && glued(e) && number(e + 1) && toks_[e + 1].digits == 2) e += 2;
        } else if (punct(e, '.') && glued(e) && number(e + 1) && glued(e + 1) && toks_[e + 1].digits == 2 &&
                   has(e + 2) &&
                   (low(e + 2) == "am" || low(e + 2) == "pm" || low(e + 2) == "a" || low(e + 2) == "p")) {
            minute = int(toks_[e + 1].num);
            minute_given = true;
            e += 2;
        }
        // a.m. / p.m. / am / pm / o'clock
        bool meridiem = false;
        auto low_at = [&](std::size_t k) { return has(k) ? low(k) : std::string_view(); };
        if ((low_at(e) == "a" || low_at(e) == "p") && punct(e + 1, '.') && glued(e + 1) &&
            low_at(e + 2) == "m" && glued(e + 2)) {
            bool pm = low_at(e) == "p";
            e += 3;
            if (punct(e, '.') && glued(e)) ++e;
            if (hour < 1 || hour > 12) return false;
            hour = pm ? (hour % 12) + 12 : hour % 12;
            meridiem = true;
        } else if ((low_at(e) == "am" || low_at(e) == "pm") &&
                   (glued(e) || low(e) == "pm" || !toks_[e].cap)) {
            if (low_at(e) == "am" && !glued(e) && toks_[e].cap) return false;
            bool pm = low_at(e) == "pm";
            ++e;
            if (hour < 1 || hour > 12) return false;
            hour = pm ? (hour % 12) + 12 : hour % 12;
            meridiem = true;
        } else if (low_at(e) == "o" && punct(e + 1, '\'') && low_at(e + 2) == "clock") {
            if (hour < 1 || hour > 12) return false;
            e += 3;
            meridiem = true;
        }
        bool tz = lex(e) && lex(e)->timezone && toks_[e].cap;
        if (!meridiem) {
            if (!minute_given || hour > 24) return false;
            // a bare "10:30" is a time unless a name or number precedes it ("John 3:16")
            bool bare =
                i == 0 || (toks_[i - 1].kind != TokKind::Number && !toks_[i - 1].cap && !punct(i - 1, ':'));
            if (punct(e, ':') || (has(e) && glued(e) && toks_[e].kind == TokKind::Number)) bare = false;
            bool context =
                bare ||
                (i > 0 && lex(i - 1) &&
                 (lex(i - 1)->w == W::At || lex(i - 1)->w == W::By || lex(i - 1)->w == W::Until ||
                  lex(i - 1)->w == W::Around || lex(i - 1)->w == W::About || lex(i - 1)->w == W::Before ||
                  lex(i - 1)->w == W::After || lex(i - 1)->w == W::Since || lex(i - 1)->w == W::From));
            if (!tz && !context) return false;
            if (toks_[i].digits != 2 && !tz && !context) return false;
        }
        if (hour > 24) return false;
    } else {
        return false;
    }
    // time zone, "local time"
    if (lex(e) && lex(e)->timezone && toks_[e].cap)
        ++e;
    else if (word(e, "local") && w(e + 1) == W::Time)
        e += 2;
    // a day right after: "3 p.m. Wednesday", "noon Friday", "10 a.m. tomorrow"
    std::optional<year_month_day> day;
    std::size_t de = e;
    if (punct(de, ',') && lex(de + 1) && lex(de + 1)->weekday) ++de;
    if (lex(de) && lex(de)->weekday && !lex(de)->plural && !lex(de)->weekday_abbrev && toks_[de].cap) {
        Tx wd = resolve_weekday(lex(de)->weekday, tense(i, de + 1) > 0 ? 1 : -1);
        if (wd.has_interval)
            day = year_month_day{wd.start};
        else
            day.reset();
        e = de + 1;
        if (!wd.has_interval) {
            m.tx.type = TimexType::Time;
            m.tx.value = wd.value + "T" + two(unsigned(hour)) + ":" + two(unsigned(minute));
            m.tx.precision = minute_given ? Precision::Minute : Precision::Hour;
            m.end = e;
            return true;
        }
    } else if (anchored() && (w(de) == W::Today || w(de) == W::Tomorrow || w(de) == W::Yesterday)) {
        int off = w(de) == W::Tomorrow ? 1 : w(de) == W::Yesterday ? -1 : 0;
        day = year_month_day{anchor_days() + days{off}};
        e = de + 1;
    } else {
        day = day_for_time(i);
    }
    if (!day) {
        m.tx.type = TimexType::Time;
        m.tx.value = "XXXX-XX-XXT" + two(unsigned(hour)) + ":" + two(unsigned(minute));
        m.tx.precision = minute_given ? Precision::Minute : Precision::Hour;
        m.end = e;
        return true;
    }
    if (hour == 24) {
        m.tx = time_tx(*day, 23, 59, true);
        m.tx.value = m.tx.value.substr(0, 11) + "24:00";
        m.tx.start_minute = m.tx.end_minute = 23 * 60 + 59;
    } else {
        m.tx = time_tx(*day, hour, minute, minute_given);
    }
    if (anchored()) m.tx.future = sys_days{*day} > anchor_days();
    m.end = e;
    return true;
}

} // namespace eventline::timex
