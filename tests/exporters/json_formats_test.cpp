// timeline, timelinejs, vis, cytoscape and geojson: parsed back and checked against what their
// consumers require (the traps: dropped slides, hidden items, duplicate ids, swapped coordinates).
#include "sample_dataset.h"
#include "test_util.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

using namespace eventline;
using namespace eventline::testing;
using nlohmann::json;

namespace {
json parsed(Format f, const Dataset& ds = sample_dataset()) {
    return json::parse(render(ds, f));
}
std::size_t dated_count(const Dataset& ds) {
    std::size_t n = 0;
    for (const auto& e : ds.events)
        n += e.time && !e.time->start.empty();
    return n;
}
} // namespace

TEST_CASE("timeline: events sorted by start, undated apart, actors, places and sources") {
    Dataset ds = sample_dataset();
    json j = parsed(Format::Timeline, ds);
    CHECK(j["schema"] == "eventline-timeline/1");
    REQUIRE(j["events"].size() == dated_count(ds));
    REQUIRE(j["undated"].size() == ds.events.size() - dated_count(ds));
    std::string prev;
    for (const auto& e : j["events"]) {
        CHECK(e["start"].get<std::string>() >= prev);
        CHECK(e["end"].get<std::string>() >= e["start"].get<std::string>());
        prev = e["start"];
    }
    CHECK(j["events"][0]["id"] == "e-expansion"); // the 1990s come first
    CHECK(j["events"][0]["precision"] == "decade");
    CHECK(j["events"][0]["display_date"] == "1990s");
    CHECK(j["range"]["start"] == "1990-01-01");
    CHECK(j["range"]["end"] == "2024-03-31");
    for (const auto& e : j["undated"]) {
        CHECK(e["start"].is_null());
        CHECK(e["precision"].is_null());
    }
    json reopen;
    for (const auto& e : j["events"])
        if (e["id"] == "e-reopen") reopen = e;
    REQUIRE(reopen.is_object());
    CHECK(reopen["start"] == "2024-03-12");
    CHECK(reopen["time"] == "14:30");
    CHECK(reopen["sources"].size() == 3);
    CHECK(reopen["sources"][0]["title"] == "Harbour reopens after the storm");
    CHECK(reopen["actors"][0]["name"] == "Ministry of Transport");
    CHECK(reopen["actors"][0]["role"] == "agent");
    CHECK(reopen["lane"] == "a-org-ministry-of-transport");
    CHECK(reopen["places"][0]["lat"].get<double>() == Approx(51.9225));
    json strike;
    for (const auto& e : j["events"])
        if (e["id"] == "e-strike") strike = e;
    CHECK(strike["interval"] == true);
    CHECK(strike["end"] == "2024-03-12");
    // Control characters never reach the output.
    for (const auto& e : j["undated"])
        CHECK(e["label"].get<std::string>().find('\x0b') == std::string::npos);
}

TEST_CASE("timeline: validates against docs/timeline.schema.json") {
    ScratchDir dir;
    std::string f = dir.write("t.timeline.json", render(sample_dataset(), Format::Timeline));
    std::string empty = dir.write("e.timeline.json", render(Dataset{}, Format::Timeline));
    std::string schema = std::string(EVENTLINE_SOURCE_DIR) + "/docs/timeline.schema.json";
    for (const auto& file : {f, empty}) {
        auto r = run(dir, "/usr/bin/python3 -c \"import json,sys,jsonschema; "
                          "jsonschema.validate(json.load(open(sys.argv[1])), "
                          "json.load(open(sys.argv[2])), format_checker=jsonschema.FormatChecker())\" " +
                              file + " " + schema);
        INFO(r.err);
        CHECK(r.status == 0);
    }
    // The schema is not a rubber stamp: a dated event without start fails it.
    json bad = json::parse(dir.read("t.timeline.json"));
    bad["events"][0].erase("start");
    dir.write("bad.timeline.json", bad.dump());
    auto r = run(
        dir,
        "/usr/bin/python3 -c \"import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), "
        "json.load(open(sys.argv[2])))\" " +
            (dir.path / "bad.timeline.json").string() + " " + schema);
    CHECK(r.status != 0);
}

TEST_CASE("timelinejs: every dated event is a slide with a partial start_date TimelineJS accepts") {
    Dataset ds = sample_dataset();
    json j = parsed(Format::TimelineJs, ds);
    REQUIRE(j["events"].size() == dated_count(ds));
    std::regex id_re("^[a-z0-9-]+$");
    std::set<std::string> ids;
    for (const auto& s : j["events"]) {
        REQUIRE(s.contains("start_date"));
        CHECK(s["start_date"]["year"].is_number_integer());
        std::string id = s["unique_id"];
        CHECK(std::regex_match(id, id_re));
        CHECK(ids.insert(id).second);
        CHECK(s["group"].is_string());
        CHECK(s["text"]["headline"].is_string());
    }
    auto slide = [&](const std::string& id) {
        for (const auto& s : j["events"])
            if (s["unique_id"] == id) return s;
        FAIL("no slide " << id);
        return json();
    };
    json decade = slide("e-expansion");
    CHECK(decade["start_date"]["year"] == 1990);
    CHECK_FALSE(decade["start_date"].contains("month"));
    CHECK(decade["display_date"] == "1990s");
    json month = slide("e-shipment");
    CHECK(month["start_date"]["month"] == 3);
    CHECK_FALSE(month["start_date"].contains("day"));
    CHECK_FALSE(month.contains("end_date")); // a month is one unit, not a range
    json strike = slide("e-strike");
    CHECK(strike["start_date"]["day"] == 10);
    CHECK(strike["end_date"]["day"] == 12);
    json reopen = slide("e-reopen");
    CHECK(reopen["start_date"]["hour"] == 14);
    CHECK(reopen["start_date"]["minute"] == 30);
    std::string text = reopen["text"]["text"];
    CHECK(text.find("Harbour reopens after the storm") != std::string::npos); // sources listed
    CHECK(text.find("href=\"https://news.example.org/harbour\"") != std::string::npos);
    CHECK(text.find("javascript:") == std::string::npos); // only web links become anchors
    CHECK(text.find("Ministry &amp; union reach a &lt;deal&gt;") != std::string::npos);
    // Undated events are named on the title slide, HTML-escaped.
    std::string intro = j["title"]["text"]["text"];
    CHECK(intro.find("2 undated events") != std::string::npos);
    CHECK(intro.find("&lt;productive&gt; &amp; &quot;open&quot;") != std::string::npos);
    CHECK(intro.find("<productive>") == std::string::npos);
}

TEST_CASE("vis: every item's group exists, ids unique, points for days and ranges otherwise") {
    Dataset ds = sample_dataset();
    json j = parsed(Format::Vis, ds);
    std::set<std::string> groups, ids;
    for (const auto& g : j["groups"])
        CHECK(groups.insert(g["id"].get<std::string>()).second);
    REQUIRE(j["items"].size() == dated_count(ds));
    for (const auto& it : j["items"]) {
        CHECK(ids.insert(it["id"].get<std::string>()).second);
        CHECK(groups.count(it["group"].get<std::string>()) == 1);
        if (it["type"] == "range")
            CHECK(it["end"].get<std::string>() > it["start"].get<std::string>());
        else
            CHECK(it["type"] == "point");
        CHECK(it["content"].get<std::string>().find('<') == std::string::npos);
    }
    auto item = [&](const std::string& id) {
        for (const auto& it : j["items"])
            if (it["id"] == id) return it;
        return json();
    };
    CHECK(item("e-storm")["type"] == "point");
    CHECK(item("e-strike")["type"] == "range");
    CHECK(item("e-strike")["end"] == "2024-03-13"); // inclusive end -> start of the next day
    CHECK(item("e-shipment")["end"] == "2024-04-01");
    CHECK(item("e-reopen")["start"] == "2024-03-12T14:30:00");
    CHECK(item("e-talks")["group"] == "lane-a-org-dockworkers-union");
    CHECK(j["undated"].size() == 2);
}

TEST_CASE("cytoscape: unique ids, edges between existing nodes, timeline positions") {
    Dataset ds = sample_dataset();
    json j = parsed(Format::Cytoscape, ds);
    const auto& nodes = j["elements"]["nodes"];
    const auto& edges = j["elements"]["edges"];
    CHECK(nodes.size() == ds.events.size() + ds.actors.size() + ds.places.size());
    std::set<std::string> ids;
    for (const auto& n : nodes) {
        CHECK(ids.insert(n["data"]["id"].get<std::string>()).second);
        CHECK(n["data"].contains("kind"));
        CHECK(n["position"]["x"].is_number());
    }
    for (const auto& e : edges) {
        CHECK(ids.insert(e["data"]["id"].get<std::string>()).second);
        CHECK(ids.count(e["data"]["source"].get<std::string>()) == 1);
        CHECK(ids.count(e["data"]["target"].get<std::string>()) == 1);
        CHECK(e["data"]["target"] != "e-missing");
    }
    // Participations come from the events even when the dataset has no edge for them.
    bool derived = false;
    for (const auto& e : edges)
        derived |= e["data"]["source"] == "a-org-acme" && e["data"]["target"] == "e-shipment" &&
                   e["data"]["kind"] == "participant";
    CHECK(derived);
    // x follows the dates; the empty decades before the harbour news are cut short.
    std::vector<std::pair<std::string, double>> xs;
    for (const auto& n : nodes)
        if (n["data"]["kind"] == "event" && !n["data"]["date"].is_null())
            xs.emplace_back(n["data"]["date"].get<std::string>(), n["position"]["x"].get<double>());
    REQUIRE(xs.size() == 9);
    std::sort(xs.begin(), xs.end());
    for (std::size_t i = 1; i < xs.size(); ++i)
        CHECK(xs[i].second >= xs[i - 1].second);
    for (std::size_t i = 1; i < xs.size(); ++i)
        if (xs[i].first != xs[i - 1].first)
            CHECK(xs[i].second - xs[i - 1].second >= 1.9 * j["data"]["day_px"].get<double>());
    CHECK(xs.back().second < 4000);
    CHECK(j["data"]["axis_cuts"].size() >= 2);
    for (const auto& n : nodes)
        if (n["data"]["id"] == "e-strike") CHECK(n["data"]["days"] == 12487); // 1990-01-01 .. 2024-03-10
}

TEST_CASE("geojson: geocoded places as [lon, lat] points, movements as lines, no crs") {
    json j = parsed(Format::GeoJson);
    CHECK(j["type"] == "FeatureCollection");
    CHECK_FALSE(j.contains("crs"));
    int points = 0, lines = 0;
    for (const auto& f : j["features"]) {
        CHECK(f["type"] == "Feature");
        CHECK(f["properties"].is_object());
        if (f["geometry"]["type"] == "Point") {
            ++points;
            if (f["id"] == "p-rotterdam") {
                CHECK(f["geometry"]["coordinates"][0].get<double>() == Approx(4.47917)); // lon first
                CHECK(f["geometry"]["coordinates"][1].get<double>() == Approx(51.9225));
                CHECK(f["properties"]["events"].size() == 5);
                CHECK(f["properties"]["time"] == "1990-01-01");
            }
            CHECK(f["id"] != "p-warehouse-9"); // no coordinates, no feature
        } else {
            REQUIRE(f["geometry"]["type"] == "LineString");
            ++lines;
            CHECK(f["properties"]["event"] == "e-shipment");
            CHECK(f["geometry"]["coordinates"][0][0].get<double>() == Approx(4.8357));  // Lyon lon
            CHECK(f["geometry"]["coordinates"][1][1].get<double>() == Approx(51.9225)); // Rotterdam lat
        }
    }
    CHECK(points == 3);
    CHECK(lines == 1);
}

TEST_CASE("JSON formats: an empty dataset gives valid, empty documents") {
    Dataset empty;
    CHECK(parsed(Format::Timeline, empty)["events"].empty());
    CHECK(parsed(Format::TimelineJs, empty)["events"].empty());
    CHECK(parsed(Format::Vis, empty)["items"].empty());
    CHECK(parsed(Format::Cytoscape, empty)["elements"]["nodes"].empty());
    CHECK(parsed(Format::GeoJson, empty)["features"].empty());
    CHECK(parsed(Format::Json, empty)["schema"] == "eventline/1");
}
