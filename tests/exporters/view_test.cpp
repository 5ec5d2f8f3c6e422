// The shared helpers every writer relies on: cleaning, escaping, cutting, ids, dates, lanes, colours.
#include "../../exporters/export_view.h"
#include "sample_dataset.h"

#include <catch2/catch.hpp>

using namespace eventline;
using namespace eventline::exp;

TEST_CASE("clean drops control characters and repairs invalid UTF-8") {
    CHECK(clean("a\x0b"
                "b\x01"
                "c\x7f") == "abc");
    CHECK(clean("line\none\ttwo ") == "line one two");
    CHECK(clean("caf\xC3\xA9") == "caf\xC3\xA9");
    CHECK(clean("bad\xFF"
                "byte") == "bad\xEF\xBF\xBD"
                           "byte");
    CHECK(clean("\xC2\x85"
                "x") == "x"); // C1 control
    CHECK(html_escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
}

TEST_CASE("truncate and wrap count code points, not bytes") {
    CHECK(shorten("short", 10) == "short");
    std::string t = shorten("one two three four five six", 12);
    CHECK(t == "one two\xE2\x80\xA6");
    CHECK(shorten("\xC3\xBC\xC3\xBC\xC3\xBC\xC3\xBC", 3) == "\xC3\xBC\xC3\xBC\xE2\x80\xA6");
    auto lines = wrap("the quick brown fox jumps over the lazy dog", 12);
    REQUIRE(lines.size() >= 3);
    for (const auto& l : lines)
        CHECK(l.size() <= 16);
    CHECK(wrap("", 10).size() == 1);
}

TEST_CASE("slug gives TimelineJS-safe ids") {
    CHECK(slug("e_17") == "e-17");
    CHECK(slug("A-Org Acme!") == "a-org-acme");
    CHECK(slug("___") == "x");
}

TEST_CASE("day numbers round trip") {
    CHECK(day_number("1970-01-02") == 1);
    CHECK(day_number("2024-03-12T14:30:00") == day_number("2024-03-12"));
    CHECK_FALSE(day_number("2024-13-01"));
    CHECK(iso_of(*day_number("2024-02-29")) == "2024-02-29");
}

TEST_CASE("families: CAMEO roots first, type words next, movement always") {
    Event e;
    e.type = "demand";
    e.cameo = "10";
    CHECK(family_of(e).name == "pressure");
    e.cameo = "190";
    CHECK(family_of(e).name == "conflict");
    e.cameo.clear();
    e.type = "transport";
    CHECK(family_of(e).name == "movement");
    e.type = "meet";
    CHECK(family_of(e).name == "diplomacy");
    e.type = "zzz";
    CHECK(family_of(e).name == "other");
    e.type = "deploy";
    e.cameo = "150";
    CHECK(family_of(e).name == "movement"); // not "force posture"
    e.type = "arrest";
    e.cameo = "173";
    CHECK(family_of(e).name == "legal");
    e.type = "attack";
    e.cameo = "190";
    CHECK(family_of(e).name == "conflict");
}

TEST_CASE("view: lanes by most active agent, precision spans, intervals") {
    Dataset ds = testing::sample_dataset();
    DatasetView v(ds);
    REQUIRE_FALSE(v.lanes().empty());
    CHECK(v.lanes().front() == "a-org-ministry-of-transport");
    CHECK_FALSE(v.has_other_lane());
    for (const auto& t : v.dated()) {
        if (t.event->id == "e-talks")
            CHECK(t.lane == "a-org-dockworkers-union"); // the agent, not the patient
        if (t.event->id == "e-storm")
            CHECK(t.lane == "a-org-ministry-of-transport"); // no agent: any participant
        if (t.event->id == "e-shipment") {
            CHECK(t.end == "2024-03-31");
            CHECK_FALSE(t.interval);
        }
        if (t.event->id == "e-strike") CHECK(t.interval);
        if (t.event->id == "e-expansion") CHECK(DatasetView::display_date(t) == "1990s");
        if (t.event->id == "e-reopen") CHECK(DatasetView::display_date(t) == "12 Mar 2024 14:30");
    }
    CHECK(v.undated().size() == 2);
    CHECK(v.undated().front().event->id == "e-statement"); // document order
    // Dangling edges are dropped; derived participations are added once.
    for (const auto& e : v.edges())
        CHECK(e.target != "e-missing");
}

TEST_CASE("view: more actors than lanes puts the rest in the 'other' lane") {
    Dataset ds;
    for (int i = 0; i < 12; ++i) {
        Actor a;
        a.id = "a" + std::to_string(i);
        a.name = "Actor " + std::to_string(i);
        ds.actors.push_back(a);
        Event e = testing::event("e" + std::to_string(i), "meet", "", "Meeting", i);
        e.time = testing::span("2024-01-0" + std::to_string(1 + i % 9), "", "day");
        e.participants = {{a.id, "agent"}};
        ds.events.push_back(e);
    }
    DatasetView v(ds);
    CHECK(v.lanes().size() == DatasetView::kMaxLanes);
    CHECK(v.has_other_lane());
    CHECK(v.lane_name("") == "Other events");
}

TEST_CASE("time axis: linear for clustered dates, long empty gaps cut") {
    TimeAxis linear({{0, 0}, {3, 3}, {10, 12}});
    CHECK(linear.at(0) == 0);
    CHECK(linear.at(3) == 3);
    CHECK(linear.at(13) == 13);
    CHECK(linear.cuts().empty());
    TimeAxis cut({{0, 0}, {10000, 10000}, {10003, 10004}});
    REQUIRE(cut.cuts().size() == 1);
    CHECK(cut.cuts()[0] == std::pair<long, long>{1, 10000});
    CHECK(cut.at(10003) - cut.at(10000) == Approx(3));
    CHECK(cut.length() < 20);
    CHECK(TimeAxis({}).length() == 0);
    // Several clusters years apart: every long gap is cut, even when none is half the total.
    TimeAxis clusters(
        {{0, 0}, {2, 2}, {3000, 3000}, {3001, 3001}, {5000, 5000}, {5003, 5003}, {9000, 9000}, {9002, 9002}});
    CHECK(clusters.cuts().size() == 3);
    CHECK(clusters.length() < 40);
}
