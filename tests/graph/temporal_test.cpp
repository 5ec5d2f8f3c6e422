// Temporal edges: certain `before` only, a transitive reduction that keeps every implied order.
#include "eventline/graph.h"

#include <catch2/catch.hpp>
#include <date/date.h>
#include <map>
#include <random>
#include <set>

using namespace eventline;

namespace {

std::string iso(int day_offset) {
    date::year_month_day d{date::sys_days(date::year{2030} / 1 / 1) + date::days{day_offset}};
    return date::format("%F", d);
}

Event timed(const std::string& id, int s, int e) {
    Event ev;
    ev.id = id;
    ev.type = "statement";
    ev.time = TimeSpan{"", "", iso(s), iso(e), s == e ? "day" : "month", ""};
    ev.mentions.push_back({"d-" + id, "", 0, 1});
    return ev;
}

using Adjacency = std::map<std::string, std::set<std::string>>;

Adjacency adjacency(const std::vector<Edge>& edges, bool with_same_time) {
    Adjacency adj;
    for (const auto& e : edges) {
        if (e.kind == "before") adj[e.source].insert(e.target);
        if (with_same_time && e.kind == "same_time") {
            adj[e.source].insert(e.target);
            adj[e.target].insert(e.source);
        }
    }
    return adj;
}

/// Reachable from `from` through a path that uses at least one `before` edge.
std::set<std::string> after_of(const std::string& from, const std::vector<Edge>& edges) {
    // State: (node, used_before). same_time edges are traversed both ways.
    std::set<std::pair<std::string, bool>> seen;
    std::vector<std::pair<std::string, bool>> todo{{from, false}};
    std::set<std::string> out;
    while (!todo.empty()) {
        auto [x, used] = todo.back();
        todo.pop_back();
        if (!seen.insert({x, used}).second) continue;
        if (used) out.insert(x);
        for (const auto& e : edges) {
            if (e.kind == "before" && e.source == x) todo.push_back({e.target, true});
            if (e.kind == "same_time" && e.source == x) todo.push_back({e.target, used});
            if (e.kind == "same_time" && e.target == x) todo.push_back({e.source, used});
        }
    }
    return out;
}

std::set<std::string> reach_before_only(const std::string& from, const Adjacency& adj) {
    std::set<std::string> seen;
    std::vector<std::string> todo;
    if (auto it = adj.find(from); it != adj.end()) todo.assign(it->second.begin(), it->second.end());
    while (!todo.empty()) {
        auto x = todo.back();
        todo.pop_back();
        if (!seen.insert(x).second) continue;
        if (auto it = adj.find(x); it != adj.end())
            todo.insert(todo.end(), it->second.begin(), it->second.end());
    }
    return seen;
}

} // namespace

TEST_CASE("before edges: certain only, and every implied order is reachable (random inputs vs brute force)") {
    std::mt19937 rng(12345);
    for (int round = 0; round < 200; ++round) {
        Dataset ds;
        int n = 2 + int(rng() % 28);
        int horizon = 5 + int(rng() % 60);
        for (int i = 0; i < n; ++i) {
            int s = int(rng() % horizon);
            int len = rng() % 3 == 0 ? 0 : int(rng() % 12);
            ds.events.push_back(timed("e" + std::to_string(100 + i), s, s + len));
        }
        EventGraph g(ds);
        auto edges = g.edges();
        Adjacency adj = adjacency(edges, false);
        std::size_t before_edges = 0;
        for (const auto& e : edges) {
            if (e.kind != "before") continue;
            ++before_edges;
            auto find = [&](const std::string& id) {
                return *std::find_if(ds.events.begin(), ds.events.end(),
                                     [&](const Event& x) { return x.id == id; });
            };
            INFO(e.source << " -> " << e.target);
            CHECK(find(e.source).time->end < find(e.target).time->start); // certain: a.end < b.start
        }
        std::size_t implied = 0;
        for (const auto& a : ds.events) {
            auto reach = reach_before_only(a.id, adj);
            std::set<std::string> expected;
            for (const auto& b : ds.events)
                if (a.time->end < b.time->start) expected.insert(b.id);
            implied += expected.size();
            INFO("round " << round << " from " << a.id);
            CHECK(reach == expected);
        }
        CHECK(before_edges <= implied); // never more than the full relation
    }
}

TEST_CASE("before edges are a reduction: a chain of days gets n-1 edges, not n^2/2") {
    Dataset ds;
    for (int i = 0; i < 50; ++i)
        ds.events.push_back(timed("e" + std::to_string(1000 + i), i * 2, i * 2));
    auto edges = EventGraph(ds).edges();
    std::size_t before =
        std::count_if(edges.begin(), edges.end(), [](const Edge& e) { return e.kind == "before"; });
    CHECK(before == 49);
}

TEST_CASE("crowds of same-day events stay linear and ordered through same_time hubs") {
    Dataset ds;
    for (int day = 0; day < 4; ++day)
        for (int k = 0; k < 30; ++k)
            ds.events.push_back(timed("e" + std::to_string(day) + "-" + std::to_string(100 + k), day, day));
    auto edges = EventGraph(ds).edges();
    CHECK(edges.size() < 4 * 30 * 4);
    std::size_t same =
        std::count_if(edges.begin(), edges.end(), [](const Edge& e) { return e.kind == "same_time"; });
    CHECK(same == 4 * 29);
    // With same_time traversable both ways, every event of day d reaches every event of day d' > d.
    for (const std::string from : {"e0-100", "e0-117", "e2-129"}) {
        auto reach = after_of(from, edges);
        for (const auto& b : ds.events) {
            bool later = b.time->start > iso(from[1] - '0');
            INFO(from << " -> " << b.id);
            CHECK(bool(reach.count(b.id)) == later);
        }
    }
    // Through `before` edges alone, every event reaches every event two days or more later.
    Adjacency adj = adjacency(edges, false);
    for (const std::string from : {"e0-100", "e0-117", "e1-105"}) {
        auto reach = reach_before_only(from, adj);
        for (const auto& b : ds.events) {
            if (b.time->start < iso(from[1] - '0' + 2)) continue;
            INFO(from << " -> " << b.id);
            CHECK(reach.count(b.id));
        }
    }
}

TEST_CASE("many intervals ending just before one crowd do not fan in quadratically") {
    Dataset ds;
    for (int k = 0; k < 300; ++k)
        ds.events.push_back(timed("e-x" + std::to_string(1000 + k), 299 - k, 299)); // all end day 299
    for (int k = 0; k < 300; ++k)
        ds.events.push_back(timed("e-y" + std::to_string(1000 + k), 300, 300)); // one crowd
    auto edges = EventGraph(ds).edges();
    CHECK(edges.size() < 6 * 600); // |X|·|Y| would be 90,000
    auto reach = after_of("e-x1150", edges);
    for (int k = 0; k < 300; ++k)
        CHECK(reach.count("e-y" + std::to_string(1000 + k)));
}

TEST_CASE("containment and overlap edges only between events sharing an actor or story, capped") {
    Dataset ds;
    ds.actors.push_back(Actor{"a-x", "X", "person"});
    Event month = timed("e-month", 0, 30);
    Event inside = timed("e-inside", 5, 5);
    Event over = timed("e-over", 20, 40);
    Event same_start = timed("e-start", 0, 10);
    Event stranger = timed("e-stranger", 6, 6);
    for (Event* e : {&month, &inside, &over, &same_start})
        e->participants.push_back({"a-x", "agent"});
    ds.events = {month, inside, over, same_start, stranger};
    auto edges = EventGraph(ds).edges();
    auto kind_of = [&](const std::string& a, const std::string& b) {
        for (const auto& e : edges)
            if (e.source == a && e.target == b && e.kind != "before") return e.kind;
        return std::string();
    };
    CHECK(kind_of("e-month", "e-inside") == "includes");
    CHECK(kind_of("e-month", "e-over") == "overlaps");
    CHECK(kind_of("e-start", "e-month") == "during");
    for (const auto& e : edges)
        if (e.kind == "overlaps" || e.kind == "during" || e.kind == "includes") {
            CHECK(e.source != "e-stranger");
            CHECK(e.target != "e-stranger");
        }
}

TEST_CASE("undated events get no temporal edge, only a weak next-in-document hint") {
    Dataset ds;
    Event a = timed("e-a", 0, 0);
    Event b;
    b.id = "e-b";
    b.type = "meet";
    b.mentions.push_back({"d1", "", 50, 60});
    a.mentions = {{"d1", "", 10, 20}};
    Event c;
    c.id = "e-c";
    c.type = "meet";
    c.mentions.push_back({"d1", "", 90, 99});
    ds.events = {a, b, c};
    auto edges = EventGraph(ds).edges();
    for (const auto& e : edges) {
        if (e.source == "e-b" || e.target == "e-b" || e.source == "e-c" || e.target == "e-c") {
            CHECK(e.kind == "related");
            CHECK(e.role == "next_in_document");
            CHECK(e.weight < 1.0);
        }
    }
    CHECK(std::count_if(edges.begin(), edges.end(), [](const Edge& e) { return e.kind == "related"; }) == 2);
}

TEST_CASE(
    "a news-shaped dataset: a fuzzy mid-month event and a decade reach later events through before edges") {
    auto span = [](const std::string& id, const std::string& s, const std::string& e, const std::string& p) {
        Event ev;
        ev.id = id;
        ev.type = "statement";
        ev.time = TimeSpan{"", "", s, e, p, ""};
        ev.mentions.push_back({"d-" + id, "", 0, 1});
        return ev;
    };
    Dataset ds;
    ds.events.push_back(span("e-move", "2031-10-08", "2031-10-13", "day"));
    ds.events.push_back(span("e-month", "2031-10-01", "2031-10-31", "month"));
    for (int k = 0; k < 4; ++k)
        ds.events.push_back(span("e-monday-" + std::to_string(k), "2031-10-20", "2031-10-20", "day"));
    // a crowd on publication day (undated statements defaulting to it), the one we want among them
    for (int k = 0; k < 40; ++k)
        ds.events.push_back(span("e-pub-" + std::to_string(k), "2031-10-22", "2031-10-22", "day"));
    ds.events.push_back(span("e-decade", "1960-01-01", "1969-12-31", "decade"));
    ds.events.push_back(span("e-early", "1990-01-01", "1993-12-31", "year"));
    ds.events.push_back(span("e-year", "1975-01-01", "1975-12-31", "year"));
    auto edges = EventGraph(ds).edges();
    Adjacency adj = adjacency(edges, false);
    auto reach = reach_before_only("e-move", adj);
    for (int k = 0; k < 40; ++k)
        CHECK(reach.count("e-pub-" + std::to_string(k)));
    CHECK_FALSE(reach.count("e-month")); // overlapping: never ordered
    CHECK(reach_before_only("e-decade", adj).count("e-early"));
    CHECK(reach_before_only("e-monday-3", adj).count("e-pub-17"));
}
