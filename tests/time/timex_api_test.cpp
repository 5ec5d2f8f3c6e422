// Behaviour of TimexTagger beyond single expressions: offsets, ordering, anchors, context, robustness.
#include "eventline/timex.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

using namespace eventline;

namespace {
const Date kAnchor{date::year{2024} / 10 / 23};

const Timex* find(const std::vector<Timex>& ts, std::string_view text) {
    for (const auto& t : ts)
        if (t.text == text) return &t;
    return nullptr;
}
} // namespace

TEST_CASE("offsets are UTF-8 byte offsets into the text and results are sorted, non-overlapping", "[time]") {
    TimexTagger tagger;
    std::string text = "Kyiv \xe2\x80\x94 Zelensky said on Monday that 3,000 soldiers arrived last week; "
                       "talks resume Friday.";
    auto ts = tagger.tag(text, kAnchor);
    REQUIRE(ts.size() == 3);
    for (std::size_t i = 0; i < ts.size(); ++i) {
        CHECK(text.substr(ts[i].begin, ts[i].end - ts[i].begin) == ts[i].text);
        if (i) CHECK(ts[i - 1].end <= ts[i].begin);
    }
    CHECK(ts[0].text == "Monday");
    CHECK(ts[0].begin == text.find("Monday"));
    CHECK(ts[1].value == "2024-W42");
}

TEST_CASE("weekdays follow the tense of their clause", "[time]") {
    TimexTagger tagger;
    auto past = tagger.tag("The envoy met the president on Friday.", kAnchor);
    REQUIRE(past.size() == 1);
    CHECK(past[0].value == "2024-10-18");
    CHECK_FALSE(past[0].future);
    auto future = tagger.tag("The envoy will meet the president on Friday.", kAnchor);
    REQUIRE(future.size() == 1);
    CHECK(future[0].value == "2024-10-25");
    CHECK(future[0].future);
    auto same = tagger.tag("The envoy spoke on Wednesday.", kAnchor);
    REQUIRE(same.size() == 1);
    CHECK(same[0].value == "2024-10-23");
}

TEST_CASE("without an anchor relative expressions keep relative values and no interval", "[time]") {
    TimexTagger tagger;
    auto ts = tagger.tag("On Wednesday, Oct. 23 and last week, the office was closed; it opened in 1999.",
                         std::nullopt);
    REQUIRE(ts.size() == 3);
    CHECK(ts[0].value == "XXXX-10-23");
    CHECK(ts[0].interval_start.empty());
    CHECK(ts[1].value == "XXXX-WXX");
    CHECK(ts[1].interval_start.empty());
    CHECK(ts[2].value == "1999");
    CHECK(ts[2].interval_start == "1999-01-01");
}

TEST_CASE("intervals are inclusive calendar intervals", "[time]") {
    TimexTagger tagger;
    auto ts = tagger.tag("Output fell in February 2024, in the 1950s and in the third quarter.", kAnchor);
    REQUIRE(ts.size() == 3);
    CHECK(ts[0].interval_start == "2024-02-01");
    CHECK(ts[0].interval_end == "2024-02-29"); // leap year
    CHECK(ts[0].precision == Precision::Month);
    CHECK(ts[1].interval_end == "1959-12-31");
    CHECK(ts[1].precision == Precision::Decade);
    CHECK(ts[2].interval_start == "2024-07-01");
    CHECK(ts[2].interval_end == "2024-09-30");
}

TEST_CASE("times carry datetimes in their interval", "[time]") {
    TimexTagger tagger;
    auto ts = tagger.tag("Sirens sounded at 9:15 a.m. and again at 3 p.m. Tuesday.", kAnchor);
    REQUIRE(ts.size() == 2);
    CHECK(ts[0].type == TimexType::Time);
    CHECK(ts[0].value == "2024-10-23T09:15");
    CHECK(ts[0].interval_start == "2024-10-23T09:15");
    CHECK(ts[0].precision == Precision::Minute);
    CHECK(ts[1].value == "2024-10-22T15:00");
    CHECK(ts[1].interval_end == "2024-10-22T15:59");
}

TEST_CASE("future expressions are flagged", "[time]") {
    TimexTagger tagger;
    auto ts = tagger.tag("Reinforcements arrive in the coming days, and the vote is next year.", kAnchor);
    REQUIRE(ts.size() == 2);
    CHECK(ts[0].value == "FUTURE_REF");
    CHECK(ts[0].future);
    CHECK(ts[0].interval_start == "2024-10-24");
    CHECK(ts[1].value == "2025");
    CHECK(ts[1].future);
}

TEST_CASE("month ends and leap days are clamped", "[time]") {
    TimexTagger tagger;
    Date leap{date::year{2024} / 2 / 29};
    auto ts = tagger.tag("The company was listed a year ago.", leap);
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].value == "2023");
    auto ts2 = tagger.tag("Prices fell over the past year.", leap);
    REQUIRE(ts2.size() == 1);
    CHECK(ts2[0].interval_start == "2023-02-28");
    auto bad = tagger.tag("The memo is dated 2023-02-30 and 13/13/2020.", kAnchor);
    CHECK(bad.empty());
}

TEST_CASE("hostile input never crashes", "[time]") {
    TimexTagger tagger;
    std::mt19937 rng(7);
    const std::string alphabet = "0123456789 -/:.,'aAmMpPyYsSthe\xc3\xa9\xff\n";
    for (int round = 0; round < 300; ++round) {
        std::string s;
        int len = int(rng() % 80);
        for (int i = 0; i < len; ++i)
            s += alphabet[rng() % alphabet.size()];
        auto ts = tagger.tag(s, round % 2 ? std::optional<Date>(kAnchor) : std::nullopt);
        for (const auto& t : ts)
            REQUIRE(t.end <= s.size());
    }
    CHECK(tagger.tag("", kAnchor).empty());
    CHECK(tagger.tag("99999999999999999999999 years ago in 0000s", kAnchor).size() <= 2);
    std::string huge(200000, '9');
    CHECK(tagger.tag(huge, kAnchor).empty());
}

TEST_CASE("type and precision names", "[time]") {
    CHECK(to_string(TimexType::Duration) == "DURATION");
    CHECK(to_string(Precision::Century) == "century");
    TimexTagger tagger;
    auto ts = tagger.tag("He served two terms over three decades.", kAnchor);
    REQUIRE(find(ts, "over three decades"));
    CHECK(find(ts, "over three decades")->value == "P30Y");
    CHECK(find(ts, "over three decades")->mod == "MORE_THAN");
}

TEST_CASE("random word salad over the grammar's own vocabulary never crashes", "[time]") {
    TimexTagger tagger;
    const char* words[] = {
        "the",     "early",     "mid",    "-",     "late",    "1980s",  "'90s",   "last",      "next",
        "this",    "week",      "weeks",  "ago",   "from",    "now",    "on",     "Friday",    "March",
        "May",     "23",        "2024",   "31st",  "of",      "fiscal", "Q4",     "quarter",   "half",
        "a",       "an",        "year",   "years", "every",   "other",  "each",   "3",         "p.m.",
        "noon",    "midnight",  ":",      "15",    "/",       "10",     ",",      ".",         "about",
        "more",    "than",      "at",     "least", "century", "19th",   "spring", "fall",      "winter",
        "tonight", "yesterday", "coming", "days",  "recent",  "past",   "future", "Christmas", "Eve",
        "New",     "Year's",    "Day",    "twice", "times",   "per",    "daily",  "9999999",   "0",
        "2099",    "1000s",     "decades"};
    const std::size_t n = sizeof words / sizeof words[0];
    std::mt19937 rng(11);
    const Date anchors[] = {kAnchor, Date{date::year{1} / 1 / 1}, Date{date::year{9999} / 12 / 31},
                            Date{date::year{2024} / 2 / 29}};
    for (int round = 0; round < 3000; ++round) {
        std::string s;
        int len = 1 + int(rng() % 12);
        for (int i = 0; i < len; ++i) {
            if (i) s += ' ';
            s += words[rng() % n];
        }
        std::optional<Date> anchor;
        if (round % 5) anchor = anchors[rng() % 4];
        auto ts = tagger.tag(s, anchor);
        std::uint32_t last_end = 0;
        for (const auto& t : ts) {
            REQUIRE(t.begin >= last_end);
            REQUIRE(t.end <= s.size());
            REQUIRE(!t.value.empty());
            last_end = t.end;
        }
    }
}

TEST_CASE("raw UTF-8 punctuation reads like its ASCII form", "[time]") {
    TimexTagger tagger;
    std::string text = "Sales peaked in the \xe2\x80\x99"
                       "90s, will fall by New Year\xe2\x80\x99s Day and rose in "
                       "early\xe2\x80\x93mid-October; the fee is \xe2\x82\xac"
                       "2024.";
    auto ts = tagger.tag(text, kAnchor);
    REQUIRE(ts.size() == 3);
    CHECK(ts[0].value == "199");
    CHECK(ts[0].text == "the \xe2\x80\x99"
                        "90s");
    CHECK(ts[1].value == "2025-01-01");
    CHECK(ts[2].value == "2024-10");
    CHECK(ts[2].interval_end == "2024-10-20");
}
