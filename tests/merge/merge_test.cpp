// Event coreference on synthetic events (no upstream stage involved).
#include "eventline/merge.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <set>

using namespace eventline;

namespace {

TimeSpan day(const std::string& d) {
    return {d, d, d, d, "day", ""};
}
TimeSpan span(const std::string& s, const std::string& e, const std::string& precision) {
    return {"", "", s, e, precision, ""};
}

Event mention(const std::string& doc, std::uint32_t begin, const std::string& type,
              const std::string& sentence) {
    Event e;
    e.type = type;
    e.label = type;
    e.trigger = type;
    e.mentions.push_back({doc, sentence, begin, begin + std::uint32_t(sentence.size())});
    e.order = begin;
    return e;
}

Event with_actor(Event e, const std::string& actor, const std::string& role = "agent") {
    e.participants.push_back({actor, role});
    return e;
}

std::set<std::string> docs_of(const Event& e) {
    std::set<std::string> out;
    for (const auto& m : e.mentions)
        out.insert(m.document);
    return out;
}

} // namespace

TEST_CASE("one statement reported by five versions of a story is one event with five mentions") {
    std::vector<Event> in;
    std::vector<Document> docs;
    const char* wordings[] = {
        "The defense minister said on Wednesday that the troops were a serious concern.",
        "The defense minister said on Wednesday that the troops were a serious concern.",
        "The minister of defence said Wednesday the soldiers are a very serious concern.",
        "The defense minister said on Wednesday that the troops were a serious concern.",
        "Defense minister stated Wednesday troops serious concern, he said.",
    };
    for (int v = 0; v < 5; ++v) {
        std::string doc = "d00000000000" + std::to_string(v);
        Document d;
        d.id = doc;
        d.story = "s1";
        docs.push_back(d);
        Event e = with_actor(mention(doc, 100 + v * 7, v == 2 ? "comment" : "statement", wordings[v]),
                             "a-minister", v == 4 ? "speaker" : "agent");
        if (v != 3) e.time = day("2030-05-15"); // one version lost the date
        in.push_back(e);
    }
    auto out = merge_events(in, docs);
    REQUIRE(out.size() == 1);
    CHECK(out[0].mentions.size() == 5);
    CHECK(docs_of(out[0]).size() == 5);
    REQUIRE(out[0].time);
    CHECK(out[0].time->start == "2030-05-15");
    CHECK(out[0].type == "statement"); // the majority type
    CHECK(out[0].conflicts.empty());
}

TEST_CASE("two statements by one person on different days stay two events") {
    Event a = with_actor(
        mention("d1", 10, "statement", "The mayor said the bridge would reopen soon enough."), "a-mayor");
    a.time = day("2031-01-03");
    Event b = with_actor(
        mention("d1", 400, "statement", "The mayor said later the bridge would stay closed."), "a-mayor");
    b.time = day("2031-01-09");
    Event c = with_actor(
        mention("d2", 50, "statement", "Speaking to reporters, the mayor said the bridge would reopen."),
        "a-mayor");
    c.time = day("2031-01-03");
    auto out = merge_events({a, b, c});
    REQUIRE(out.size() == 2);
    CHECK(out[0].time->start == "2031-01-03");
    CHECK(out[0].mentions.size() == 2);
    CHECK(out[1].time->start == "2031-01-09");
    CHECK(out[1].mentions.size() == 1);
}

TEST_CASE("an undated mention joins one dated event, never bridges two different days") {
    Event a = with_actor(
        mention("d1", 10, "statement", "The envoy said talks were productive and would go on."), "a-envoy");
    a.time = day("2031-02-01");
    Event b = with_actor(
        mention("d2", 10, "statement", "The envoy told reporters that the talks would continue."), "a-envoy");
    b.time = day("2031-02-05");
    Event u = with_actor(
        mention("d3", 10, "statement", "According to the envoy, the negotiations were useful."), "a-envoy");
    std::vector<Document> docs(3);
    for (int i = 0; i < 3; ++i) {
        docs[i].id = "d" + std::to_string(i + 1);
        docs[i].story = "s-talks";
    }
    auto out = merge_events({a, b, u}, docs);
    CHECK(out.size() == 2);
    std::size_t mentions = 0;
    for (const auto& e : out)
        mentions += e.mentions.size();
    CHECK(mentions == 3);
}

TEST_CASE("different agents, different types or opposite polarity do not merge") {
    Event a = with_actor(
        mention("d1", 10, "attack", "Forces of the north shelled the border town overnight."), "a-north");
    a.time = day("2031-03-01");
    Event b = with_actor(
        mention("d2", 10, "attack", "Forces of the south shelled the border town overnight."), "a-south");
    b.time = day("2031-03-01");
    b.places.push_back({"p-town", "location"});
    a.places.push_back({"p-town", "location"});
    Event c = with_actor(mention("d3", 10, "meet", "Leaders of the north met in the border town overnight."),
                         "a-north");
    c.time = day("2031-03-01");
    Event d = with_actor(mention("d4", 10, "attack", "Forces of the north did not shell the border town."),
                         "a-north");
    d.time = day("2031-03-01");
    d.negated = true;
    auto out = merge_events({a, b, c, d});
    CHECK(out.size() == 4);
}

TEST_CASE("different origins or destinations block a merge") {
    Event a = with_actor(
        mention("d1", 10, "transport", "Ships carried soldiers from the port to the island."), "a-navy");
    a.places = {{"p-port-a", "origin"}, {"p-island", "destination"}};
    a.time = span("2031-04-01", "2031-04-30", "month");
    Event b = with_actor(
        mention("d2", 10, "deploy", "The navy moved soldiers from another port to the island."), "a-navy");
    b.places = {{"p-port-b", "origin"}, {"p-island", "destination"}};
    b.time = span("2031-04-01", "2031-04-30", "month");
    Event c = with_actor(
        mention("d3", 10, "send", "The navy sent the soldiers to the island by sea, officials said."),
        "a-navy");
    c.places = {{"p-island", "destination"}};
    c.time = day("2031-04-12");
    auto out = merge_events({a, b, c});
    REQUIRE(out.size() == 2);
    // c (no origin) joins one of them and lends it its day precision.
    auto merged = std::find_if(out.begin(), out.end(), [](const Event& e) { return e.mentions.size() == 2; });
    REQUIRE(merged != out.end());
    CHECK(merged->time->start == "2031-04-12");
    CHECK(merged->time->precision == "day");
}

TEST_CASE("different figures for one event stay, each with its claimant, and are named as a conflict") {
    auto q = [](double v, const std::string& who) {
        Quantity x;
        x.value = v;
        x.unit = "troops";
        x.text = std::to_string(int(v));
        x.claimed_by = who;
        return x;
    };
    Event a = with_actor(
        mention("d1", 10, "deploy", "The army has deployed about twelve thousand troops there."), "a-army");
    a.quantities.push_back(q(12000, "a-ministry"));
    Event b = with_actor(
        mention("d2", 10, "deploy", "The army deployed some 2,500 troops to the region, officials said."),
        "a-army");
    b.attribution.source = "a-officials";
    Quantity unclaimed = q(2500, "");
    b.quantities.push_back(unclaimed);
    Event c = with_actor(
        mention("d3", 10, "deploy", "About 12,000 troops were deployed by the army, per the ministry."),
        "a-army");
    c.quantities.push_back(q(12000, "a-ministry"));
    for (Event* e : {&a, &b, &c})
        e->time = span("2031-07-01", "2031-07-31", "month");
    auto out = merge_events({a, b, c});
    REQUIRE(out.size() == 1);
    const Event& e = out[0];
    CHECK(e.quantities.size() == 2); // identical claim deduplicated
    REQUIRE(e.conflicts.size() == 1);
    CHECK(e.conflicts[0].field == "quantity:troops");
    CHECK(e.conflicts[0].values == std::vector<std::string>{"12000", "2500"});
    CHECK(e.conflicts[0].claimed_by == std::vector<std::string>{"a-ministry", "a-officials"});
}

TEST_CASE("identical wording in two versions merges despite different dates and records a time conflict") {
    const std::string s = "The rebels seized the airport after two days of heavy fighting, witnesses said.";
    Event a = with_actor(mention("d1", 10, "seize", s), "a-rebels");
    a.time = day("2031-06-02");
    a.attribution.source = "a-witnesses";
    Event b = with_actor(mention("d2", 30, "seize", s), "a-rebels");
    b.time = day("2031-06-03");
    b.attribution.source = "a-agency";
    auto out = merge_events({a, b});
    REQUIRE(out.size() == 1);
    REQUIRE(out[0].conflicts.size() == 1);
    CHECK(out[0].conflicts[0].field == "time");
    CHECK(out[0].conflicts[0].values.size() == 2);
    CHECK(out[0].conflicts[0].claimed_by.size() == 2);
}

TEST_CASE(
    "ids are derived from content: stable across runs and input orders; output sorted by time then id") {
    std::vector<Event> in;
    for (int i = 0; i < 40; ++i) {
        Event e = with_actor(
            mention("d" + std::to_string(i % 7), std::uint32_t(i * 13), i % 3 ? "statement" : "attack",
                    "Sentence number " + std::to_string(i) + " of a synthetic but long enough test text."),
            "a-" + std::to_string(i % 5));
        if (i % 4) e.time = day("2031-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10));
        in.push_back(e);
    }
    auto first = merge_events(in);
    std::mt19937 rng(7);
    std::shuffle(in.begin(), in.end(), rng);
    auto second = merge_events(in);
    REQUIRE(first.size() == second.size());
    for (std::size_t i = 0; i < first.size(); ++i)
        CHECK(first[i].id == second[i].id);
    std::set<std::string> ids;
    bool untimed_seen = false;
    for (std::size_t i = 0; i < first.size(); ++i) {
        ids.insert(first[i].id);
        CHECK(first[i].id.size() >= 13);
        if (!first[i].time)
            untimed_seen = true;
        else
            CHECK_FALSE(untimed_seen); // timed first
        if (i && first[i].time && first[i - 1].time) CHECK(first[i - 1].time->start <= first[i].time->start);
    }
    CHECK(ids.size() == first.size());
}

TEST_CASE("empty input and events without participants are handled") {
    CHECK(merge_events({}).empty());
    Event a = mention("d1", 1, "statement", "short");
    Event b = mention("d2", 1, "statement", "short");
    auto out = merge_events({a, b});
    CHECK(out.size() == 2); // no shared evidence: kept apart
}

TEST_CASE("undated mentions of one agent in unrelated documents stay apart") {
    Event a = with_actor(mention("d1", 10, "attack", "Government forces attacked positions near the river."),
                         "a-gov");
    Event b = with_actor(mention("d2", 10, "attack", "Government forces attacked a convoy on the highway."),
                         "a-gov");
    CHECK(merge_events({a, b}).size() == 2);
    std::vector<Document> docs(2);
    docs[0].id = "d1";
    docs[1].id = "d2";
    docs[0].story = docs[1].story = "s-same";
    CHECK(merge_events({a, b}, docs).size() == 1); // versions of one story: the same attack
}

TEST_CASE("two sentences of one document with different figures or places are two events") {
    auto troops = [](double v) {
        Quantity x;
        x.value = v;
        x.unit = "troops";
        x.text = std::to_string(int(v));
        return x;
    };
    Event a = with_actor(
        mention("d1", 10, "deploy", "The army moved troops by rail to the northern province."), "a-army");
    a.places.push_back({"p-north", "destination"});
    Event b = with_actor(
        mention("d1", 200, "deploy", "The army has deployed some 40,000 troops near the border."), "a-army");
    b.places.push_back({"p-border", "location"});
    b.quantities.push_back(troops(40000));
    Event c = with_actor(
        mention("d1", 400, "deploy", "Officials said the army also deployed 900 troops nearby."), "a-army");
    c.places.push_back({"p-border", "location"});
    c.quantities.push_back(troops(900));
    for (Event* e : {&a, &b, &c})
        e->time = span("2031-07-01", "2031-07-31", "month");
    auto out = merge_events({a, b, c});
    CHECK(out.size() == 3);
}

TEST_CASE("two sentences of one document that clearly name one event merge; two statements need one day") {
    Event a =
        with_actor(mention("d1", 10, "resign", "The minister resigned on Friday after weeks of protests."),
                   "a-minister");
    Event b = with_actor(
        mention("d1", 300, "resign", "His resignation was accepted by the cabinet later that day."),
        "a-minister");
    a.time = day("2031-07-04");
    auto out = merge_events({a, b});
    REQUIRE(out.size() == 1);
    CHECK(out[0].mentions.size() == 2);

    Event s1 = with_actor(
        mention("d1", 10, "statement", "The minister said the talks had gone well overall."), "a-minister");
    Event s2 = with_actor(mention("d1", 300, "statement", "The minister said 45 countries had offered help."),
                          "a-minister");
    s1.time = day("2031-07-04");
    CHECK(merge_events({s1, s2}).size() == 2);
    s2.time = day("2031-07-04");
    CHECK(merge_events({s1, s2}).size() == 1);
}

TEST_CASE("a planned event and a past one in two sentences of one document stay apart") {
    Event planned = with_actor(mention("d1", 10, "visit", "The leader will visit two more cities this week."),
                               "a-leader");
    planned.attribution.modality = "expected";
    Event past = with_actor(
        mention("d1", 300, "visit", "It was the leader's first visit abroad in four years."), "a-leader");
    CHECK(merge_events({planned, past}).size() == 2);
    past.attribution.modality = "expected";
    CHECK(merge_events({planned, past}).size() == 1);
}
