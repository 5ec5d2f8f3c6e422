// One tagging pass over a tokenized text: the token-level grammar of temporal expressions.
#pragma once

#include "calendar.h"
#include "tokenizer.h"

#include <memory_resource>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace eventline::timex {

/// A candidate expression: tokens [begin, end) and what it means.
struct Match {
    std::size_t end = 0;
    Tx tx;
};

class Parser {
  public:
    /// `low`: the lowercased text the tokens index; `starts`: the tokens that can begin an expression,
    /// ascending (see tokenize()).
    Parser(const char* low, const Tokenized& tokenized, const std::optional<Date>& anchor);
    /// Appends the timexes found (offsets only; text is filled by the caller).
    void run(std::pmr::vector<std::pair<std::pair<std::size_t, std::size_t>, Tx>>& out);

  private:
    // --- token access
    bool has(std::size_t i) const { return i < n_; }
    const Token& tok(std::size_t i) const { return toks_[i]; }
    /// The lowercased text of token i. requires: i < n_
    std::string_view low(std::size_t i) const {
        return {low_ + toks_[i].begin, toks_[i].end - toks_[i].begin};
    }
    W w(std::size_t i) const { return i < n_ && toks_[i].lex ? toks_[i].lex->w : W::None; }
    const Lex* lex(std::size_t i) const { return i < n_ ? toks_[i].lex : nullptr; }
    bool punct(std::size_t i, char c) const {
        return i < n_ && toks_[i].kind == TokKind::Punct && toks_[i].pc == c;
    }
    bool glued(std::size_t i) const { return i < n_ && !toks_[i].space_before; }
    bool number(std::size_t i) const {
        return i < n_ && toks_[i].kind == TokKind::Number && !toks_[i].decimal;
    }
    bool word(std::size_t i, std::string_view s) const { return i < n_ && low(i) == s; }
    bool is_ordinal_suffix(std::size_t i) const; ///< "st", "nd", "rd", "th" glued to a number
    bool sentence_start(std::size_t i) const;

    // --- context
    int tense(std::size_t begin, std::size_t end) const; ///< +1 future, -1 past, 0 unknown
    bool perfect_context(std::size_t begin, std::size_t end) const;
    bool year_context_ok(std::size_t i, std::size_t end) const;

    // --- small parsers
    std::size_t cardinal(std::size_t i, long& value, bool& vague, bool allow_article) const;
    std::size_t ordinal(std::size_t i, int& value) const;    ///< "23rd", "third", "twenty-first"
    std::size_t day_number(std::size_t i, int& day) const;   ///< 1..31, optionally "23rd"
    std::size_t year_after(std::size_t i, int& year) const;  ///< "2024" directly usable as a year
    std::size_t month_word(std::size_t i, int& month) const; ///< "Oct.", "October", "Sept."
    std::size_t unit_word(std::size_t i, Unit& unit, bool& plural) const;

    // --- rule groups (each returns true and fills m when it matches at i)
    std::uint32_t rules_at(std::size_t i) const; ///< RuleBits of the rules that can match at token i
    bool match_at(std::size_t i, std::uint32_t rules, Match& best); ///< rules: rules_at(i)
    bool rule_modified(std::size_t i, Match& m);
    bool rule_core(std::size_t i, std::uint32_t rules, Match& m); ///< rules: rules_at(i)
    bool rule_numeric_date(std::size_t i, Match& m);
    bool rule_year(std::size_t i, Match& m);
    bool rule_decade(std::size_t i, Match& m);
    bool rule_month(std::size_t i, Match& m);
    bool rule_the(std::size_t i, Match& m);
    bool rule_fiscal(std::size_t i, Match& m);
    bool rule_quarter(std::size_t i, Match& m);
    bool rule_season(std::size_t i, Match& m);
    bool rule_holiday(std::size_t i, Match& m);
    bool rule_deictic(std::size_t i, Match& m);
    bool rule_reference(std::size_t i, Match& m);
    bool rule_relative(std::size_t i, Match& m);
    bool rule_ago(std::size_t i, Match& m);
    bool rule_weekday(std::size_t i, Match& m);
    bool rule_duration(std::size_t i, Match& m);
    bool rule_set(std::size_t i, Match& m);
    bool rule_clock(std::size_t i, Match& m);

    // --- resolution
    bool anchored() const { return anchor_.has_value(); }
    sys_days anchor_days() const { return sys_days{*anchor_}; }
    int anchor_year() const { return int(anchor_->year()); }
    Tx resolve_month_day(int month, int day, std::size_t b, std::size_t e) const;
    Tx resolve_month(int month, std::size_t b, std::size_t e) const;
    Tx resolve_weekday(int weekday, int direction) const; ///< direction -1 on/before, +1 after, 0 this week
    Tx shifted(Unit unit, long n, bool date_granularity) const; ///< anchor + n units as a DATE of that unit
    Tx unanchored(Precision p) const;
    /// Time of day on the day named just before (e.g. "Wednesday at 3 p.m."), else on the anchor.
    std::optional<date::year_month_day> day_for_time(std::size_t begin) const;
    Tx mark_future(Tx t) const;

    const char* low_;
    std::span<const Token> toks_;
    std::span<const std::uint32_t> starts_;
    std::size_t n_;
    std::optional<Date> anchor_;
    // the last day-precision date found, for "Wednesday at 3 p.m."
    std::size_t last_day_end_ = static_cast<std::size_t>(-1);
    sys_days last_day_{};
};

sys_days shift_days(sys_days d, Unit unit, long n);
std::string duration_value(Unit unit, long n, bool vague);
Precision unit_precision(Unit unit);

} // namespace eventline::timex
