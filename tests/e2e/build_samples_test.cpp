// End-to-end: the CLI on samples/ (exit status, contract, determinism, sort order, GraphViz rendering).
#include "e2e_support.h"

#include <set>
#include <tuple>

using nlohmann::json;

TEST_CASE("build on samples/ exits 0 and writes an eventline/1 graph", "[e2e]") {
    auto b = e2e::build_samples();
    INFO(b.run.err);
    REQUIRE(b.run.status == 0);
    REQUIRE_FALSE(b.json.is_discarded());
    CHECK(b.json.value("schema", "") == "eventline/1");
    for (const char* key : {"documents", "actors", "places", "events", "edges"}) {
        INFO(key);
        REQUIRE(b.json.contains(key));
        CHECK(b.json[key].is_array());
    }
    CHECK(b.json["documents"].size() >= e2e::sample_files().size());
}

TEST_CASE("build on samples/ is byte-identical across two runs", "[e2e]") {
    auto first = e2e::build_samples();
    auto second = e2e::build_samples();
    REQUIRE(first.run.status == 0);
    REQUIRE(second.run.status == 0);
    REQUIRE_FALSE(first.text.empty());
    CHECK(first.text == second.text);
}

TEST_CASE("build output on samples/ is sorted", "[e2e]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    const json& g = b.json;
    for (const char* key : {"documents", "actors", "places"}) {
        INFO(key);
        std::vector<std::string> ids;
        for (const auto& x : g[key])
            ids.push_back(x.at("id").get<std::string>());
        CHECK(std::is_sorted(ids.begin(), ids.end()));
        CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
    }
    // events with a time start come first, by (start, id); the rest follow in document order (not in the
    // JSON)
    std::vector<std::pair<std::string, std::string>> timed;
    bool untimed_seen = false, timed_after_untimed = false;
    for (const auto& e : g["events"]) {
        bool has = e.contains("time") && e["time"].is_object() && e["time"].contains("start") &&
                   e["time"]["start"].is_string() && !e["time"]["start"].get<std::string>().empty();
        if (!has) {
            untimed_seen = true;
            continue;
        }
        timed_after_untimed |= untimed_seen;
        timed.emplace_back(e["time"]["start"].get<std::string>(), e.at("id").get<std::string>());
    }
    CHECK_FALSE(timed_after_untimed);
    CHECK(std::is_sorted(timed.begin(), timed.end()));
    std::set<std::string> event_ids;
    for (const auto& e : g["events"])
        event_ids.insert(e.at("id").get<std::string>());
    CHECK(event_ids.size() == g["events"].size());
    std::vector<std::tuple<std::string, std::string, std::string>> edges;
    for (const auto& e : g["edges"])
        edges.emplace_back(e.at("source").get<std::string>(), e.at("target").get<std::string>(),
                           e.at("kind").get<std::string>());
    CHECK(std::is_sorted(edges.begin(), edges.end()));
}

TEST_CASE("DOT output of samples/ renders with dot -Tsvg without warnings", "[e2e]") {
    std::string dot = e2e::temp_file("dot");
    auto r =
        e2e::run_eventline("build " + e2e::quote(e2e::samples_dir()) + " --format dot -o " + e2e::quote(dot));
    INFO(r.err);
    REQUIRE(r.status == 0);
    std::string svg = e2e::temp_file("svg");
    auto d = e2e::run_shell("dot -Tsvg " + e2e::quote(dot) + " -o " + e2e::quote(svg));
    INFO(d.err);
    CHECK(d.status == 0);
    CHECK(d.err.empty());
    CHECK(e2e::read_file(svg).find("<svg") != std::string::npos);
    std::filesystem::remove(dot);
    std::filesystem::remove(svg);
}

TEST_CASE("every sample file builds alone with exit 0", "[e2e]") {
    for (const auto& f : e2e::sample_files()) {
        std::string out = e2e::temp_file("one");
        auto r = e2e::run_eventline("build " + e2e::quote(e2e::samples_dir() + "/" + f) +
                                    " --format json -o " + e2e::quote(out));
        INFO(f << ": " << r.err);
        CHECK(r.status == 0);
        auto g = e2e::load_json(out);
        CHECK_FALSE(g.is_discarded());
        std::filesystem::remove(out);
    }
}
