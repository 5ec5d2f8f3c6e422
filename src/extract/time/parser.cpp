// The driver of the temporal grammar: leftmost-longest matching over tokens, context cues, resolution.
#include "parser.h"

namespace eventline::timex {

using namespace date;

Parser::Parser(const char* low, const Tokenized& tokenized, const std::optional<Date>& anchor)
    : low_(low), toks_(tokenized.tokens), starts_(tokenized.starts), n_(tokenized.tokens.size()),
      anchor_(anchor) {
    if (anchor_ && !anchor_->ok()) anchor_.reset();
}

void Parser::run(std::pmr::vector<std::pair<std::pair<std::size_t, std::size_t>, Tx>>& out) {
    std::size_t i = 0; // the first token not inside an expression found
    for (std::uint32_t start : starts_) {
        if (start < i) continue;
        i = start;
        const Token& t = toks_[i];
        if (t.kind == TokKind::Word && t.lex->needs_next) {
            // "the", "a", "about" ... lead to an expression only before a known word, a number or "'90s"
            const Token* nx = i + 1 < n_ ? &toks_[i + 1] : nullptr;
            if (!nx || (nx->kind == TokKind::Word && !nx->lex) ||
                (nx->kind == TokKind::Punct && nx->pc != '\'' && nx->pc != '-'))
                continue;
        }
        const std::uint32_t rules = rules_at(i);
        if (!rules) continue;
        Match m;
        if (match_at(i, rules, m) && m.end > i) {
            if (m.tx.has_interval && ((m.tx.precision == Precision::Day && m.tx.type == TimexType::Date) ||
                                      (m.tx.type == TimexType::Time && m.tx.value.size() == 13))) {
                last_day_end_ = m.end;
                last_day_ = m.tx.start;
            }
            out.push_back({{i, m.end}, std::move(m.tx)});
            i = m.end;
        }
    }
}

// The first-token filter: each rule group is tried only where its test of the first token can pass, so
// most candidate positions try two or three rules instead of all eighteen. Every set below must contain
// every token a rule can match at (a rule that gains a new first token must be added here).
std::uint32_t first_word_rules(const Lex& l) {
    auto any = [&](std::initializer_list<W> ws) {
        for (W x : ws)
            if (l.w == x) return true;
        return false;
    };
    const bool ordinal_like = l.ordinal || l.number >= 20; // "third", "twenty-first"
    const bool cardinal_like =
        l.number >= 0 || any({W::A, W::An, W::Several, W::Few, W::Many, W::Couple, W::Some});
    const bool approx = any({W::About, W::Around, W::Roughly, W::Approximately, W::Some, W::Nearly, W::Almost,
                             W::Over, W::Under, W::More, W::Less, W::Fewer, W::At, W::Up, W::Just, W::Only});
    const bool unit = l.unit != Unit::None;
    const bool the = l.w == W::The;
    std::uint32_t r = 0;
    auto set = [&](bool on, RuleBit bit) {
        if (on) r |= bit;
    };
    set(the ||
            any({W::Early, W::Mid, W::Middle, W::Late, W::Beginning, W::Start, W::End, W::Earlier, W::Later}),
        kRuleModified);
    set(the || ordinal_like, kRuleDecade);
    set(the || (l.weekday && !l.plural) || l.ordinal || l.month, kRuleMonth);
    set(the, kRuleThe);
    set(any({W::Fiscal, W::Fy}), kRuleFiscal);
    set(the || ordinal_like || any({W::Q, W::H, W::Last}), kRuleQuarter);
    set(the || l.season, kRuleSeason);
    set(any({W::Christmas, W::Halloween, W::New, W::Valentine, W::Thanksgiving, W::Independence, W::Labor,
             W::Memorial, W::Veterans, W::Easter, W::Fourth}),
        kRuleHoliday);
    set(the || any({W::Today, W::Yesterday, W::Tomorrow, W::Tonight}), kRuleDeictic);
    set(the || any({W::Now, W::Currently, W::Nowadays, W::Presently, W::Present, W::These, W::Recently,
                    W::Lately, W::Recent, W::Coming}),
        kRuleReference);
    set(the || any({W::This, W::Current, W::Last, W::Previous, W::Past, W::Next, W::Coming, W::Following,
                    W::Upcoming}),
        kRuleRelative);
    set(approx || cardinal_like || unit, kRuleAgo);
    set(l.weekday && !l.weekday_abbrev && !l.plural, kRuleWeekday);
    set(the || approx || cardinal_like || unit || any({W::Year, W::Half}), kRuleDuration);
    set(l.set_unit != Unit::None || (l.weekday && l.plural) || l.number > 0 ||
            any({W::Twice, W::Once, W::Each, W::Every, W::Per, W::A, W::An}),
        kRuleSet);
    set(any({W::Noon, W::Midday, W::Midnight}), kRuleClock);
    return r;
}

inline std::uint32_t Parser::rules_at(std::size_t i) const { // inline: called for every candidate
    if (!has(i)) return 0;
    const Token& t = toks_[i];
    switch (t.kind) {
    case TokKind::Word:
        return t.lex ? t.lex->rules : 0;
    case TokKind::Number: {
        if (t.decimal) return 0;
        std::uint32_t r =
            kRuleAgo | kRuleDuration | kRuleSet; // counts: "5,000 years ago", "three times a week"
        if (!t.grouped && (t.digits <= 2 || t.digits == 4))
            r |= kRuleNumericDate | kRuleDecade | kRuleClock | (t.digits == 4 ? kRuleYear : kRuleMonth);
        return r;
    }
    case TokKind::Punct:
        // "'98", "'90s": an apostrophe glued to a number
        return t.pc == '\'' && number(i + 1) && glued(i + 1) ? kRuleYear | kRuleDecade : 0;
    }
    return 0;
}

bool Parser::match_at(std::size_t i, std::uint32_t rules, Match& best) {
    bool found = false;
    // rules fill `m` only when they match, so it is reset only after a match
    auto consider = [&](bool ok, Match& m) {
        if (!ok) return;
        if (m.end > i && (!found || m.end > best.end)) {
            best = std::move(m);
            found = true;
        }
    };
    Match m;
    if (rules & kRuleModified) consider(rule_modified(i, m), m);
    consider(rule_core(i, rules, m), m);
    if (rules & kRuleDuration) consider(rule_duration(i, m), m);
    if (rules & kRuleSet) consider(rule_set(i, m), m);
    if (rules & kRuleClock) consider(rule_clock(i, m), m);
    return found;
}

bool Parser::rule_core(std::size_t i, std::uint32_t rules, Match& best) {
    bool found = false;
    auto consider = [&](bool ok, Match& m) {
        if (!ok) return;
        if (m.end > i && (!found || m.end > best.end)) {
            best = std::move(m);
            found = true;
        }
    };
    if (!rules) return false; // also past the last token, where rule_modified may ask
    const Token& t = toks_[i];
    Match m;
    if (t.kind == TokKind::Number || t.pc == '\'') {
        if (rules & kRuleNumericDate) consider(rule_numeric_date(i, m), m);
        if (rules & kRuleYear) consider(rule_year(i, m), m);
        if (rules & kRuleDecade) consider(rule_decade(i, m), m);
        if (rules & kRuleMonth) consider(rule_month(i, m), m);
        if (rules & kRuleAgo) consider(rule_ago(i, m), m);
        return found;
    }
    if (rules & kRuleMonth) consider(rule_month(i, m), m);
    if (rules & kRuleThe) consider(rule_the(i, m), m);
    if (rules & kRuleDecade) consider(rule_decade(i, m), m);
    if (rules & kRuleFiscal) consider(rule_fiscal(i, m), m);
    if (rules & kRuleQuarter) consider(rule_quarter(i, m), m);
    if (rules & kRuleSeason) consider(rule_season(i, m), m);
    if (rules & kRuleHoliday) consider(rule_holiday(i, m), m);
    if (rules & kRuleDeictic) consider(rule_deictic(i, m), m);
    if (rules & kRuleReference) consider(rule_reference(i, m), m);
    if (rules & kRuleRelative) consider(rule_relative(i, m), m);
    if (rules & kRuleAgo) consider(rule_ago(i, m), m);
    if (rules & kRuleWeekday) consider(rule_weekday(i, m), m);
    return found;
}

// "early", "mid-", "late", "the end of", "early to mid-" ... in front of a date with an interval.
bool Parser::rule_modified(std::size_t i, Match& m) {
    std::size_t j = i;
    bool the = false;
    if (w(j) == W::The) the = true, ++j;
    auto part_of = [&](std::size_t k, std::size_t& next) -> int {
        W x = w(k);
        int part = 0;
        if (x == W::Early)
            part = 1;
        else if (x == W::Mid || x == W::Middle)
            part = 2;
        else if (x == W::Late)
            part = 3;
        else if (x == W::Beginning || x == W::Start || x == W::End) {
            if (w(k + 1) != W::Of) return 0; // "the end of", or "end of" in headlines and phrases
            next = k + 2;
            return x == W::End ? 3 : x == W::Middle ? 2 : 1;
        }
        if (!part) return 0;
        next = k + 1;
        if (x == W::Middle) {
            if (!the || w(k + 1) != W::Of) return 0;
            next = k + 2;
        } else if (punct(next, '-') && glued(next)) {
            ++next;
        } else if (w(next) == W::Of && part != 2) {
            ++next; // "late of 2023" is rare, but "early of" never harms
        }
        return part;
    };
    std::size_t k = j;
    int first = part_of(j, k);
    if (first) {
        int second = 0;
        std::size_t k2 = k;
        if (w(k) == W::To || word(k, "or") || w(k) == W::And) {
            std::size_t k3 = k + 1;
            second = part_of(k + 1, k3);
            if (second) k2 = k3;
        } else if (k > 0 && punct(k - 1, '-') && (w(k) == W::Mid || w(k) == W::Late)) {
            std::size_t k3 = k; // "early-mid-October", "early–mid October"
            second = part_of(k, k3);
            if (second) k2 = k3;
        }
        Match core;
        std::size_t start = second ? k2 : k;
        if (!rule_core(start, rules_at(start), core)) {
            // "the end of the year", "the beginning of the month": the current period
            Unit u;
            bool pl;
            if (!anchored() || w(start) != W::The || !unit_word(start + 1, u, pl) || pl) return false;
            if (u != Unit::Year && u != Unit::Month && u != Unit::Week && u != Unit::Quarter &&
                u != Unit::Decade)
                return false;
            core.tx = u == Unit::Decade ? decade_tx(anchor_year() / 10) : shifted(u, 0, true);
            core.end = start + 2;
        }
        Tx& t = core.tx;
        if (t.type == TimexType::Time && (first == 1 || first == 3) && !second) {
            // "early Wednesday morning": keep the part of day, note the modifier
            t.mod = first == 1 ? "START" : "END";
            m.end = core.end;
            m.tx = std::move(t);
            return true;
        }
        if (t.type != TimexType::Date || t.value.empty() || t.value.back() == 'F' /* _REF */) return false;
        if (t.precision == Precision::Day && first != 1 && first != 3) return false;
        int last_part = second ? second : first;
        if (t.has_interval) {
            sys_days s1, e1, s2, e2;
            part_bounds(t, first, s1, e1);
            part_bounds(t, last_part, s2, e2);
            t.start = s1;
            t.end = e2;
        }
        static constexpr const char* mods[] = {"", "START", "MID", "END"};
        t.mod = mods[first];
        if (anchored() && t.has_interval) t.future = t.start > anchor_days();
        m.end = core.end;
        m.tx = std::move(t);
        return true;
    }
    // "earlier today", "later tonight"
    if (!the && (w(j) == W::Earlier || w(j) == W::Later) &&
        (w(j + 1) == W::Today || w(j + 1) == W::Tonight)) {
        Match core;
        if (!rule_deictic(j + 1, core)) return false;
        m.end = core.end;
        m.tx = std::move(core.tx);
        return true;
    }
    // "earlier this year", "later this month": the part of the period before / after the anchor
    if (!the && (w(j) == W::Earlier || w(j) == W::Later) &&
        (w(j + 1) == W::This || w(j + 1) == W::Last || w(j + 1) == W::Next)) {
        Match core;
        if (!rule_relative(j + 1, core) || core.tx.type != TimexType::Date) return false;
        Tx& t = core.tx;
        if (anchored() && t.has_interval && w(j + 1) == W::This) {
            if (w(j) == W::Earlier && anchor_days() > t.start)
                t.end = anchor_days() - days{1};
            else if (w(j) == W::Later && anchor_days() < t.end)
                t.start = anchor_days() + days{1};
            t.future = w(j) == W::Later;
        }
        m.end = core.end;
        m.tx = std::move(t);
        return true;
    }
    return false;
}

bool Parser::is_ordinal_suffix(std::size_t i) const {
    if (!has(i) || !glued(i) || toks_[i].kind != TokKind::Word) return false;
    auto s = low(i);
    return s == "st" || s == "nd" || s == "rd" || s == "th";
}

bool Parser::sentence_start(std::size_t i) const {
    if (i == 0) return true;
    const Token& p = toks_[i - 1];
    if (p.kind != TokKind::Punct) return false;
    char c = p.pc;
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '(' || c == ':' || c == '-' || c == '\'' ||
           c == ';';
}

int Parser::tense(std::size_t begin, std::size_t end) const {
    auto cue_of = [&](std::size_t k) -> int {
        const Token& t = toks_[k];
        if (t.kind != TokKind::Word) return 0;
        if (t.lex && t.lex->cue && !(t.cap && t.lex->month)) return t.lex->cue;
        auto s = low(k);
        if (s.size() > 4 && s.substr(s.size() - 2) == "ed") return -1;
        return 0;
    };
    auto boundary = [&](std::size_t k) {
        const Token& t = toks_[k];
        if (t.kind != TokKind::Punct) return false;
        char c = t.pc;
        return c == '.' || c == ';' || c == '!' || c == '?' || c == '\n';
    };
    // "will be held": a participle after "be" says nothing about the time
    auto passive = [&](std::size_t k) {
        if (k == 0) return false;
        auto p = low(k - 1);
        return p == "be" || p == "been" || p == "being";
    };
    bool crossed = false;
    int weak = 0; // "has until Friday" looks ahead unless a past verb says otherwise ("worked until 3 a.m.")
    for (std::size_t k = begin, steps = 0; k > 0 && steps < 12; ++steps) {
        --k;
        if (boundary(k)) break;
        // past cues of a coordinated clause do not carry over ("has held the post since 2021 and faces a vote
        // in November"); a shared modal does ("will open on Monday and close on Wednesday").
        // "until", "till" and "and" are lexicon words, "but", "while" and "whereas" are not.
        if (const Lex* l = toks_[k].lex) {
            if (l->w == W::Until || l->w == W::Till) weak = 1;
            if (l->w == W::And) crossed = true;
        } else if (toks_[k].kind == TokKind::Word) {
            auto lw = low(k);
            if (lw == "but" || lw == "while" || lw == "whereas") crossed = true;
        }
        int c = cue_of(k);
        if (c < 0 && (passive(k) || crossed)) continue;
        if (c) return c;
    }
    for (std::size_t k = end, steps = 0; k < n_ && steps < 8; ++k, ++steps) {
        if (boundary(k)) break;
        int c = cue_of(k);
        if (c < 0 && passive(k)) continue;
        if (c) return weak && c < 0 && k >= end ? weak : c;
    }
    return weak;
}

bool Parser::perfect_context(std::size_t begin, std::size_t end) const {
    auto is_perfect = [&](std::size_t k) {
        auto s = low(k);
        return s == "has" || s == "have" || s == "ve" || s == "been";
    };
    for (std::size_t k = begin, steps = 0; k > 0 && steps < 10; ++steps) {
        --k;
        if (punct(k, '.') || punct(k, ';')) break;
        if (is_perfect(k)) return true;
    }
    for (std::size_t k = end, steps = 0; k < n_ && steps < 6; ++k, ++steps) {
        if (punct(k, '.') || punct(k, ';')) break;
        if (is_perfect(k)) return true;
    }
    return false;
}

// --- small parsers

std::size_t Parser::cardinal(std::size_t i, long& value, bool& vague, bool allow_article) const {
    vague = false;
    if (!has(i)) return 0;
    const Token& t = toks_[i];
    if (t.kind == TokKind::Number) {
        if (t.decimal || t.num < 0 || t.digits > 7) return 0;
        if (punct(i + 1, '.') && glued(i + 1) && number(i + 2) && glued(i + 2)) return 0; // 1.5
        if (punct(i + 1, '/') && glued(i + 1)) return 0;
        if (punct(i + 1, ':') && glued(i + 1)) return 0;
        if (i > 0 && glued(i) &&
            (punct(i - 1, '.') || punct(i - 1, '/') || punct(i - 1, '$') || punct(i - 1, ':')))
            return 0;
        value = long(t.num);
        return i + 1;
    }
    W x = w(i);
    if (x == W::A || x == W::An) {
        if (w(i + 1) == W::Few) return vague = true, i + 2;
        if (w(i + 1) == W::Couple && w(i + 2) == W::Of) return value = 2, i + 3;
        if (!allow_article) return 0;
        value = 1;
        return i + 1;
    }
    if (x == W::Several || x == W::Few || x == W::Many) return vague = true, i + 1;
    if (x == W::Couple && w(i + 1) == W::Of) return value = 2, i + 2;
    if (x == W::Some) return vague = true, i + 1;
    const Lex* l = t.lex;
    if (l && l->number >= 0) {
        value = l->number;
        std::size_t j = i + 1;
        if (value >= 20 && value < 100 && value % 10 == 0 && punct(j, '-') && glued(j) && lex(j + 1) &&
            lex(j + 1)->number > 0 && lex(j + 1)->number < 10) {
            value += lex(j + 1)->number;
            j += 2;
        }
        if (value < 100 && lex(j) && lex(j)->number == 100) value *= 100, ++j;
        return j;
    }
    return 0;
}

std::size_t Parser::ordinal(std::size_t i, int& value) const {
    if (!has(i)) return 0;
    if (number(i) && toks_[i].digits <= 2 && is_ordinal_suffix(i + 1)) {
        value = int(toks_[i].num);
        return i + 2;
    }
    const Lex* l = lex(i);
    if (!l) return 0;
    if (l->ordinal) {
        value = l->ordinal;
        return i + 1;
    }
    if (l->number >= 20 && l->number % 10 == 0 && l->number < 100 && punct(i + 1, '-') && glued(i + 1) &&
        lex(i + 2) && lex(i + 2)->ordinal && lex(i + 2)->ordinal < 10) {
        value = l->number + lex(i + 2)->ordinal;
        return i + 3;
    }
    return 0;
}

std::size_t Parser::day_number(std::size_t i, int& day) const {
    if (!number(i) || toks_[i].grouped || toks_[i].digits > 2) return 0;
    int d = int(toks_[i].num);
    if (d < 1 || d > 31) return 0;
    std::size_t j = i + 1;
    if (is_ordinal_suffix(j)) ++j;
    // "23:00", "23.5", "23-year", "23/10" are not days
    if (has(j) && glued(j) &&
        (punct(j, ':') || punct(j, '/') || (punct(j, '.') && number(j + 1) && glued(j + 1))))
        return 0;
    if (punct(j, '-') && glued(j) && lex(j + 1) && lex(j + 1)->unit != Unit::None) return 0;
    if (punct(j, '%')) return 0;
    day = d;
    return j;
}

std::size_t Parser::year_after(std::size_t i, int& year) const {
    if (!number(i) || toks_[i].grouped || toks_[i].digits != 4) return 0;
    int y = int(toks_[i].num);
    if (y < 1000 || y > 2099) return 0;
    if (has(i + 1) && glued(i + 1) && (punct(i + 1, ':') || punct(i + 1, '.') || punct(i + 1, '/')) &&
        number(i + 2))
        return 0;
    if (has(i + 1) && glued(i + 1) && toks_[i + 1].kind == TokKind::Word && low(i + 1) != "s") return 0;
    year = y;
    return i + 1;
}

std::size_t Parser::month_word(std::size_t i, int& month) const {
    const Lex* l = lex(i);
    if (!l || !l->month) return 0;
    month = l->month;
    if (l->month_abbrev) {
        // lowercase "jan 5th", "sept 2019" only directly before a number
        if (!toks_[i].cap && !(number(i + 1) && !toks_[i + 1].grouped)) return 0;
        if (punct(i + 1, '.') && glued(i + 1)) return i + 2;
        return i + 1; // callers require a day or year after a bare abbreviation
    }
    return i + 1;
}

std::size_t Parser::unit_word(std::size_t i, Unit& unit, bool& plural) const {
    const Lex* l = lex(i);
    if (!l || l->unit == Unit::None) return 0;
    unit = l->unit;
    plural = l->plural;
    return i + 1;
}

// --- resolution

Tx Parser::unanchored(Precision p) const {
    Tx t;
    t.precision = p;
    switch (p) {
    case Precision::Day:
        t.value = "XXXX-XX-XX";
        break;
    case Precision::Week:
        t.value = "XXXX-WXX";
        break;
    case Precision::Month:
        t.value = "XXXX-XX";
        break;
    case Precision::Quarter:
        t.value = "XXXX-QX";
        break;
    case Precision::Year:
        t.value = "XXXX";
        break;
    case Precision::Decade:
        t.value = "XXX";
        break;
    case Precision::Century:
        t.value = "XX";
        break;
    default:
        t.value = "XXXX-XX-XX";
        break;
    }
    return t;
}

Tx Parser::mark_future(Tx t) const {
    if (anchored() && t.has_interval) t.future = t.start > anchor_days();
    return t;
}

Tx Parser::resolve_month_day(int month, int day, std::size_t b, std::size_t e) const {
    if (!anchored()) {
        Tx t;
        t.value = "XXXX-" + two(unsigned(month)) + "-" + two(unsigned(day));
        t.precision = Precision::Day;
        return t;
    }
    int y = anchor_year();
    year_month_day d{year{y} / date::month{unsigned(month)} / date::day{unsigned(day)}};
    if (!d.ok()) d = year{y} / date::month{unsigned(month)} / last;
    auto diff = (sys_days{d} - anchor_days()).count();
    int t = tense(b, e);
    // the nearest such date, unless the clause says past (then not after) or future (then not before)
    if (diff > 183 && t <= 0)
        d = year{y - 1} / d.month() / d.day();
    else if (diff < -183 && t >= 0)
        d = year{y + 1} / d.month() / d.day();
    if (!d.ok()) d = d.year() / d.month() / last;
    return mark_future(day_tx(d));
}

Tx Parser::resolve_month(int month, std::size_t b, std::size_t e) const {
    if (!anchored()) {
        Tx t;
        t.value = "XXXX-" + two(unsigned(month));
        t.precision = Precision::Month;
        return t;
    }
    int y = anchor_year();
    int am = int(unsigned(anchor_->month()));
    int t = tense(b, e);
    if (t > 0 && month < am)
        ++y;
    else if (t < 0 && month > am)
        --y;
    else if (t == 0 && month - am > 6) // no tense cue: the nearest such month
        --y;
    else if (t == 0 && am - month > 6)
        ++y;
    return mark_future(month_tx(y, unsigned(month)));
}

Tx Parser::resolve_weekday(int wd, int direction) const {
    if (!anchored()) {
        Tx t;
        t.value = "XXXX-WXX-" + std::to_string(wd);
        t.precision = Precision::Day;
        return t;
    }
    sys_days a = anchor_days();
    weekday target{unsigned(wd % 7)};
    sys_days d;
    if (direction < 0)
        d = a - (weekday{a} - target); // on or before
    else if (direction > 0)
        d = a + days{1} + (target - weekday{a + days{1}}); // strictly after
    else
        d = (a - (weekday{a} - Monday)) + (target - Monday); // this ISO week
    return mark_future(day_tx(year_month_day{d}));
}

sys_days shift_days(sys_days d, Unit unit, long n) {
    year_month_day ymd{d};
    auto months_shift = [&](long k) {
        year_month ym = year_month{ymd.year(), ymd.month()} + months{k};
        year_month_day r = ym / ymd.day();
        if (!r.ok()) r = year_month_day{ym / last};
        return sys_days{r};
    };
    switch (unit) {
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
        return d;
    case Unit::Day:
        return d + days{n};
    case Unit::Week:
        return d + days{7 * n};
    case Unit::Fortnight:
        return d + days{14 * n};
    case Unit::Month:
        return months_shift(n);
    case Unit::Quarter:
        return months_shift(3 * n);
    case Unit::Year:
        return months_shift(12 * n);
    case Unit::Decade:
        return months_shift(120 * n);
    case Unit::Century:
        return months_shift(1200 * n);
    default:
        return d;
    }
}

Tx Parser::shifted(Unit unit, long n, bool) const {
    if (!anchored()) return unanchored(unit_precision(unit));
    sys_days d = shift_days(anchor_days(), unit, n);
    year_month_day ymd{d};
    Tx t;
    switch (unit) {
    case Unit::Day:
        t = day_tx(ymd);
        break;
    case Unit::Week:
    case Unit::Fortnight:
        t = week_tx(d);
        break;
    case Unit::Month:
        t = month_tx(int(ymd.year()), unsigned(ymd.month()));
        break;
    case Unit::Quarter:
        t = quarter_tx(int(ymd.year()), int((unsigned(ymd.month()) - 1) / 3 + 1));
        break;
    case Unit::Decade:
    case Unit::Year:
        t = year_tx(int(ymd.year()));
        break;
    case Unit::Century:
        t = century_tx(int(ymd.year()) / 100);
        break;
    default:
        t = day_tx(ymd);
        break;
    }
    return mark_future(t);
}

std::optional<year_month_day> Parser::day_for_time(std::size_t begin) const {
    if (last_day_end_ != static_cast<std::size_t>(-1) && begin >= last_day_end_ && begin - last_day_end_ <= 3)
        return year_month_day{last_day_};
    if (anchored()) return *anchor_;
    return std::nullopt;
}

std::string duration_value(Unit u, long n, bool vague) {
    std::string q = vague ? "X" : std::to_string(n);
    switch (u) {
    case Unit::Second:
        return "PT" + q + "S";
    case Unit::Minute:
        return "PT" + q + "M";
    case Unit::Hour:
        return "PT" + q + "H";
    case Unit::Day:
        return "P" + q + "D";
    case Unit::Week:
        return "P" + q + "W";
    case Unit::Fortnight:
        return vague ? "PXW" : "P" + std::to_string(2 * n) + "W";
    case Unit::Month:
        return "P" + q + "M";
    case Unit::Quarter:
        return vague ? "PXQ" : "P" + std::to_string(3 * n) + "M";
    case Unit::Year:
        return "P" + q + "Y";
    case Unit::Decade:
        return vague ? "PXDE" : "P" + std::to_string(10 * n) + "Y";
    case Unit::Century:
        return vague ? "PXCE" : "P" + std::to_string(100 * n) + "Y";
    default:
        return "P" + q + "D";
    }
}

Precision unit_precision(Unit u) {
    switch (u) {
    case Unit::Second:
    case Unit::Minute:
        return Precision::Minute;
    case Unit::Hour:
        return Precision::Hour;
    case Unit::Day:
        return Precision::Day;
    case Unit::Week:
    case Unit::Fortnight:
        return Precision::Week;
    case Unit::Month:
        return Precision::Month;
    case Unit::Quarter:
        return Precision::Quarter;
    case Unit::Year:
        return Precision::Year;
    case Unit::Decade:
        return Precision::Decade;
    case Unit::Century:
        return Precision::Century;
    default:
        return Precision::Unknown;
    }
}

} // namespace eventline::timex
