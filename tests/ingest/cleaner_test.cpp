#include "../../src/ingest/cleaner.h"
#include "test_util.h"

#include <catch2/catch.hpp>

using namespace eventline;

namespace {
Document clean(const std::string& body, IngestOptions options = {}, const std::string& title = "") {
    RawDocument raw;
    raw.id = "d000000000001";
    raw.source = "test";
    raw.body = body;
    raw.title = title;
    return Cleaner().clean(std::move(raw), options);
}

int removed(const Document& d, const std::string& reason) {
    auto it = d.removed.find(reason);
    return it == d.removed.end() ? 0 : it->second;
}
} // namespace

TEST_CASE("a paywalled clipping loses its prompts, widgets and caption; the publisher is kept",
          "[ingest][clean]") {
    auto d = clean(test::slurp(test::data_path("story_clipped.txt")));
    CHECK(d.publisher == "dailycourier.example");
    CHECK(removed(d, "paywall") == 4);
    CHECK(removed(d, "javascript") == 1);
    CHECK(removed(d, "widget") == 3);
    CHECK(removed(d, "caption") == 1);
    CHECK(removed(d, "advertisement") == 1);
    CHECK(d.text.find("Subscribe") == std::string::npos);
    CHECK(d.text.find("patrol boat approaches") == std::string::npos);
    CHECK(d.text.find("dailycourier") == std::string::npos);
    CHECK(d.text.rfind("The coast guard of Estavia seized", 0) == 0);
    CHECK(d.text.find("were being held on board while investigators inspected the cargo.") !=
          std::string::npos);
    std::size_t total = 0;
    for (auto& [reason, n] : d.removed)
        total += std::size_t(n);
    CHECK(total == d.removed_lines.size());
}

TEST_CASE("bylines and reporting credits become reporters, not text", "[ingest][clean]") {
    auto d = clean(test::slurp(test::data_path("story_full.txt")));
    CHECK(d.title == "Coast Guard Seizes Fuel Tanker Off Marlow Bay, Officials Say");
    CHECK(d.reporters == std::vector<std::string>{"Priya Castellanos", "Tomas Eriksen", "Lena Vogt"});
    CHECK(d.text.find("Castellanos") == std::string::npos);
    CHECK(d.text.find("contributed reporting") == std::string::npos);
    REQUIRE(d.published);
    CHECK(format_date(*d.published) == "2025-10-03");
    CHECK(d.date_source == "byline");
    CHECK(removed(d, "dateline") == 1);
}

TEST_CASE("several reporters in one credit line", "[ingest][clean]") {
    auto d = clean(
        "Talks resumed in the capital on Monday.\n\nAna Lopes contributed reporting from Lisbon, Jon Ruiz "
        "from Madrid, and Mei Tan from Singapore.\n");
    CHECK(d.reporters == std::vector<std::string>{"Ana Lopes", "Jon Ruiz", "Mei Tan"});
    CHECK(d.text == "Talks resumed in the capital on Monday.");
}

TEST_CASE("a byline naming an outlet sets the publisher", "[ingest][clean]") {
    auto d = clean("Storm Hits Coast\n\nby · Harbour Times\n\nThe storm hit the coast on Sunday.\n");
    CHECK(d.publisher == "Harbour Times");
    CHECK(d.reporters.empty());
}

TEST_CASE("a sentence starting with By is not a byline", "[ingest][clean]") {
    auto d = clean("By Wednesday, the troops had moved north of the river.\n");
    CHECK(d.text == "By Wednesday, the troops had moved north of the river.");
    CHECK(d.reporters.empty());
}

TEST_CASE("clipper export: Content header dropped, Summary section kept apart", "[ingest][clean]") {
    auto d = clean(
        "Fuel Tanker Seized in Blockade\n\n\xE5\x86\x85\xE5\xAE\xB9\n\nThe coast guard seized a tanker on "
        "Thursday.\n\nThe crew was detained.\n\n\xE6\x80\xBB\xE7\xBB\x93\nA tanker was seized, a sign of "
        "rising tension.\nMore detail in the summary.\n");
    CHECK(d.title == "Fuel Tanker Seized in Blockade");
    CHECK(d.text == "The coast guard seized a tanker on Thursday.\n\nThe crew was detained.");
    CHECK(d.summary == "A tanker was seized, a sign of rising tension.\nMore detail in the summary.");
    CHECK(removed(d, "clipper_header") == 1);
    CHECK(removed(d, "summary_heading") == 1);
}

TEST_CASE("English summary headings (TL;DR, Key points) work the same", "[ingest][clean]") {
    auto d = clean("Content:\nThe dam was finished in May.\nKey points\n- It holds 3 billion liters.\n");
    CHECK(d.text == "The dam was finished in May.");
    CHECK(d.summary == "- It holds 3 billion liters.");
    auto t = clean("The dam was finished in May.\n\nTL;DR: \n\nA dam.\n");
    CHECK(t.text == "The dam was finished in May.");
    CHECK(t.summary == "A dam.");
}

TEST_CASE("a short line after a widget cluster is taken as a photo caption", "[ingest][clean]") {
    auto d = clean(
        "Listen to this article \xC2\xB7 2:10 min\nShare full article\nA crowd gathers outside the court on "
        "Monday morning.\nThe court ruled on Monday that the election must be repeated in four districts, "
        "a decision the governing party called unjust.\n");
    CHECK(removed(d, "caption") == 1);
    CHECK(d.text.rfind("The court ruled", 0) == 0);
}

TEST_CASE("photo credits and the caption before them go", "[ingest][clean]") {
    auto d =
        clean("Firefighters battle a blaze near the old market on Tuesday.\nCredit...Ines Moreau/Reuters\n\n"
              "The fire destroyed 30 stalls, officials said.\nPhoto: City Fire Department\n");
    CHECK(d.text == "The fire destroyed 30 stalls, officials said.");
    CHECK(removed(d, "credit") == 2);
    CHECK(removed(d, "caption") == 1);
}

TEST_CASE("related-coverage blocks and newsletters go with their link lines", "[ingest][clean]") {
    auto d = clean(
        "The election is on Sunday.\n\nOur Coverage of the Election\n\nWho Is Running\nWhat to Watch For\n\n"
        "Sign up for our Morning Brief newsletter.\nRead more: Polls tighten\n");
    CHECK(d.text == "The election is on Sunday.");
    CHECK(removed(d, "related") == 4);
    CHECK(removed(d, "newsletter") == 1);
}

TEST_CASE("lone numbers stay in the text unless they sit next to widgets", "[ingest][clean]") {
    auto d = clean("Scores\n\n12\n\nThe home team won.\n");
    CHECK(d.text.find("12") != std::string::npos);
    auto w = clean("Share\n- 16\nThe home team won, 3 to 1, after extra time.\n");
    CHECK(w.text == "The home team won, 3 to 1, after extra time.");
    CHECK(removed(w, "widget") == 2);
}

TEST_CASE("non-breaking spaces inside prompts do not hide them", "[ingest][clean]") {
    auto d = clean("The river rose.\nAlready a subscriber?\xC2\xA0Log in.\nWant all of The\xC2\xA0Gazette? "
                   "Subscribe.\n");
    CHECK(d.text == "The river rose.");
    CHECK(removed(d, "paywall") == 2);
}

TEST_CASE("text is NFC-normalized", "[ingest][clean]") {
    auto d = clean("Cafe\xCC\x81 owners protested.\n"); // e + combining acute
    CHECK(d.text == "Caf\xC3\xA9 owners protested.");
}

TEST_CASE("publication dates: dateline with year, year-less dateline, --date, none", "[ingest][dates]") {
    auto a = clean("October 23, 2024\n\nThe talks ended.\n");
    REQUIRE(a.published);
    CHECK(format_date(*a.published) == "2024-10-23");
    CHECK(a.date_source == "dateline");
    CHECK(a.text == "The talks ended.");

    auto b = clean("Published 23 October 2024, 10:02 GMT\nThe talks ended.\n");
    REQUIRE(b.published);
    CHECK(format_date(*b.published) == "2024-10-23");
    CHECK(b.date_source == "byline");

    IngestOptions with_date;
    with_date.fallback_date = Date{date::year{2025}, date::month{3}, date::day{1}};
    auto c = clean("WASHINGTON, Feb 26 (Reuters) - Lawmakers passed the budget on Wednesday.\n", with_date);
    REQUIRE(c.published);
    CHECK(format_date(*c.published) == "2025-02-26");
    CHECK(c.date_source == "dateline");
    CHECK(c.text.find("WASHINGTON, Feb 26") == 0); // a dateline inside the paragraph stays text

    auto c2 = clean("WASHINGTON, Feb 26 (Reuters) - Lawmakers passed the budget.\n");
    CHECK_FALSE(c2.published); // no year and no --date: skipped

    auto d = clean("Lawmakers passed the budget.\n", with_date);
    CHECK(d.date_source == "cli");
    CHECK(format_date(*d.published) == "2025-03-01");

    auto e = clean("Updated Oct. 24, 2024\nPublished Oct. 23, 2024\nThe talks ended.\n");
    CHECK(format_date(*e.published) == "2024-10-23");

    auto f = clean("Published Feb. 30, 2025\nThe calendar has no such day.\n");
    CHECK_FALSE(f.published);
}

TEST_CASE("bylines ending in a time stamp or reading time are metadata", "[ingest][clean]") {
    auto d = clean("Storm Hits Coast\n\nBy Anna Berg and Tom Lind · 5 min read\n\n"
                   "By Anna Berg | Updated 10:42 a.m. ET\n\nBy Mia Ko · Updated 3 hours ago\n\n"
                   "Want the full story? Subscribe.\n\n"
                   "The storm hit the coast on Sunday, and thousands of people lost power.\n");
    CHECK(d.reporters == std::vector<std::string>{"Anna Berg", "Tom Lind", "Mia Ko"});
    CHECK(removed(d, "byline") == 3);
    CHECK(removed(d, "paywall") == 1);
    CHECK(d.text == "The storm hit the coast on Sunday, and thousands of people lost power.");
}

TEST_CASE("a byline stamp never turns a sentence or a stamp word into a reporter", "[ingest][clean]") {
    auto d = clean("By Anna Berg | Published Jan. 4, 2023\n\nBy Monday night, the storm had passed.\n\n"
                   "By 10 a.m., the roads were open again.\n");
    CHECK(d.reporters == std::vector<std::string>{"Anna Berg"});
    CHECK(d.text == "By Monday night, the storm had passed.\n\nBy 10 a.m., the roads were open again.");
}
