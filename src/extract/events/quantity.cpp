#include "quantity.h"

#include <array>
#include <cstdint>
#include <cstdlib>

namespace eventline::events {

namespace {

struct Word {
    std::string_view w;
    double v;
};
constexpr std::array<Word, 28> kWords = {
    {{"one", 1},       {"two", 2},       {"three", 3},      {"four", 4},     {"five", 5},
     {"six", 6},       {"seven", 7},     {"eight", 8},      {"nine", 9},     {"ten", 10},
     {"eleven", 11},   {"twelve", 12},   {"thirteen", 13},  {"fifteen", 15}, {"twenty", 20},
     {"thirty", 30},   {"forty", 40},    {"fifty", 50},     {"sixty", 60},   {"seventy", 70},
     {"eighty", 80},   {"ninety", 90},   {"hundred", 100},  {"dozen", 12},   {"thousand", 1e3},
     {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}}};

constexpr std::uint32_t kFirstLetters = [] {
    std::uint32_t m = 0;
    for (const auto& x : kWords)
        m |= 1u << (x.w[0] - 'a');
    return m;
}();

double multiplier(std::string_view w) {
    if (w == "hundred") return 1e2;
    if (w == "thousand") return 1e3;
    if (w == "million" || w == "mln") return 1e6;
    if (w == "billion" || w == "bn") return 1e9;
    if (w == "trillion") return 1e12;
    return 0;
}

bool is_period(std::string_view w) {
    return w == "day" || w == "week" || w == "month" || w == "year" || w == "hour";
}

} // namespace

std::optional<double> parse_number(std::string_view w) {
    if (w.empty()) return std::nullopt;
    if ((w[0] >= '0' && w[0] <= '9') || (w[0] == '.' && w.size() > 1)) {
        // Plain integers (the common case) are exact in a double below 2^53: no strtod, no allocation.
        std::uint64_t whole = 0;
        int n_digits = 0;
        bool plain = true;
        for (char c : w) {
            if (c == ',') continue;
            if (c >= '0' && c <= '9') {
                whole = whole * 10 + std::uint64_t(c - '0');
                ++n_digits;
            } else if (c == '.') {
                plain = false;
            } else {
                return std::nullopt;
            }
        }
        if (plain && n_digits > 0 && n_digits <= 15) return double(whole);
        std::string digits;
        for (char c : w)
            if (c != ',') digits += c;
        char* end = nullptr;
        double v = std::strtod(digits.c_str(), &end);
        if (end == digits.c_str()) return std::nullopt;
        return v;
    }
    if (w.size() < 3 || w.size() > 8) return std::nullopt; // the lengths of kWords
    // the first letters of kWords: most words are rejected here
    if (w[0] < 'a' || w[0] > 'z' || !((1u << (w[0] - 'a')) & kFirstLetters)) return std::nullopt;
    for (auto& x : kWords)
        if (x.w.size() == w.size() && x.w[0] == w[0] && x.w == w) return x.v;
    return std::nullopt;
}

std::vector<std::string_view> number_words() {
    std::vector<std::string_view> out;
    for (const auto& x : kWords)
        out.push_back(x.w);
    return out;
}

std::vector<QuantitySpan> find_quantities(const SentenceView& v) {
    std::vector<QuantitySpan> out;
    const int n = v.size();
    for (int i = 0; i < n; ++i) {
        const Tok& t = v.toks[i];
        if (t.timex >= 0) continue;
        // only digits, number words and "a" ("a million") can start a count: skip the rest cheaply
        const char c0 = t.lower.empty() ? '\0' : t.lower[0];
        if (!(c0 >= '0' && c0 <= '9') && c0 != '.' && !t.is(kNumberWord) && t.lower != "a") continue;
        int start = i;
        double value = 0;
        bool have = false;
        // "a million", "one million"
        if ((v.low(i) == "a" || v.low(i) == "one") && multiplier(v.low(i + 1)) > 0) {
            value = multiplier(v.low(i + 1));
            have = true;
            i += 1;
        } else if (auto x = parse_number(v.low(i)); x && (v.pos(i) == Pos::CD || v.low(i)[0] <= '9')) {
            value = *x;
            have = true;
            if (double m = multiplier(v.low(i + 1)); m > 0 && v.toks[i + 1].timex < 0) {
                value *= m;
                i += 1;
            }
        }
        if (!have || value <= 0) continue;
        if (v.pos(start - 1) == Pos::Dollar || v.low(start - 1) == "$") continue; // money is not a count here
        QuantitySpan qs;
        qs.q.value = value;
        // modifiers before the number
        int m = start;
        auto prev = [&](int k) { return v.low(m - k); };
        if (prev(1) == "of" && (prev(2) == "upward" || prev(2) == "upwards")) {
            qs.q.low = value;
            m -= 2;
        } else if (prev(1) == "than" && (prev(2) == "more" || prev(2) == "greater")) {
            qs.q.low = value;
            m -= 2;
        } else if (prev(1) == "than" && (prev(2) == "less" || prev(2) == "fewer")) {
            qs.q.high = value;
            m -= 2;
        } else if (prev(1) == "least" && prev(2) == "at") {
            qs.q.low = value;
            m -= 2;
        } else if (prev(1) == "to" && prev(2) == "up") {
            qs.q.high = value;
            m -= 2;
        } else if (prev(1) == "over" || prev(1) == "above" || prev(1) == "exceeding") {
            qs.q.low = value;
            m -= 1;
        } else if (prev(1) == "under" || prev(1) == "below") {
            qs.q.high = value;
            m -= 1;
        } else if (prev(1) == "about" || prev(1) == "around" || prev(1) == "approximately" ||
                   prev(1) == "roughly" || prev(1) == "nearly" || prev(1) == "almost" || prev(1) == "some" ||
                   prev(1) == "estimated" || prev(1) == "approx." || prev(1) == "circa") {
            qs.q.approximate = true;
            m -= 1;
            if (prev(1) == "an") m -= 1; // "an estimated"
        }
        // ranges: "25,000 to 30,000", "between 5 and 10", "5-10"
        int j = i + 1;
        if ((v.low(j) == "to" || v.low(j) == "-" || (v.low(j) == "and" && v.low(start - 1) == "between")) &&
            parse_number(v.low(j + 1))) {
            double hi = *parse_number(v.low(j + 1));
            int k = j + 1;
            if (double mm = multiplier(v.low(k + 1)); mm > 0) {
                hi *= mm;
                ++k;
            } else if (multiplier(v.low(i)) > 0) {
                hi *= multiplier(v.low(i)); // "2 to 3 million": the multiplier was on the first number
            }
            if (hi > value) {
                qs.q.low = value;
                qs.q.high = hi;
                if (v.low(start - 1) == "between") m = start - 1;
                j = k + 1;
            }
        }
        // a part of a group: "one of its soldiers", "three of the fighters" counts the group's noun
        if (v.low(j) == "of" && (v.pos(j + 1) == Pos::PRPS || v.pos(j + 1) == Pos::DT) &&
            (v.pos(j + 2) == Pos::NNS || v.pos(j + 2) == Pos::NN))
            j += 2;
        // the unit: the last noun of the following noun phrase
        int k = j, unit = -1;
        while (k < n && k < j + 6) {
            Pos p = v.pos(k);
            bool np = p == Pos::JJ || p == Pos::NN || p == Pos::NNS || p == Pos::NNP || p == Pos::NNPS ||
                      p == Pos::VBG || p == Pos::JJR || v.toks[k].chunk >= 0;
            if (!np || v.toks[k].timex >= 0) break;
            if (unit >= 0 && v.toks[k].lower.ends_with("ing") && v.toks[k].chunk < 0)
                break; // "North Koreans training"
            if (p == Pos::NN || p == Pos::NNS || p == Pos::NNP || p == Pos::NNPS || v.toks[k].chunk >= 0)
                unit = k;
            ++k;
        }
        if (unit >= 0) {
            const auto& w = v.toks[unit];
            if (w.pos == Pos::NNP || w.pos == Pos::NNPS ||
                (w.chunk >= 0 && w.pos != Pos::NN && w.pos != Pos::NNS))
                qs.q.unit = w.lower.ends_with("s") ? "people" : std::string();
            else
                qs.q.unit = w.lower;
            k = unit + 1;
        } else if (v.pos(j) == Pos::VBN || v.pos(j) == Pos::VBD ||
                   v.pos(j) == Pos::JJ) { // "injured" is often JJ
            const auto& w = v.low(j);
            if (w == "killed" || w == "wounded" || w == "injured" || w == "dead" || w == "displaced" ||
                w == "arrested" || w == "detained" || w == "missing" || w == "captured")
                qs.q.unit = "people";
            k = j;
        } else if (v.low(j) == "%" || v.low(j) == "percent") {
            qs.q.unit = "percent";
            k = j + 1;
        }
        if (qs.q.unit.empty()) continue;
        // a rate: "a month", "per day", "each year"
        if ((v.low(k) == "a" || v.low(k) == "per" || v.low(k) == "each" || v.low(k) == "every") &&
            is_period(v.low(k + 1))) {
            qs.q.per = v.low(k + 1);
            k += 2;
        }
        qs.tb = m;
        qs.te = k;
        qs.head = unit >= 0 ? unit : i;
        const auto& norm = v.sentence->norm;
        qs.q.text = norm.substr(v.toks[m].begin, v.toks[k - 1].end - v.toks[m].begin);
        out.push_back(std::move(qs));
        i = std::max(i, k - 1);
    }
    return out;
}

} // namespace eventline::events
