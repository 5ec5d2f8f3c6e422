// The eventline/1 JSON writer agrees with docs/eventline-1.schema.json (checked by python3-jsonschema).
#include "eventline/exporters.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

using namespace eventline;

namespace {

Dataset small_dataset() {
    Dataset ds;
    Document d;
    d.id = "d000000000001";
    d.source = "samples/a.txt";
    d.title = "A title";
    d.text = "Officials said on Tuesday that troops moved.";
    d.published = parse_iso_date("2024-03-05");
    d.date_source = "cli";
    d.story = "s000000000001";
    d.removed = {{"paywall", 2}};
    ds.documents.push_back(d);
    ds.actors.push_back({"a-country-usa", "United States", "country", "USA", "USA", {}, {"U.S."}, {d.id}, 2});
    ds.places.push_back({"p-lyon", "Lyon", "FRA", 45.76, 4.84, {d.id}, 1});
    Event e;
    e.id = "e1";
    e.type = "transport";
    e.cameo = "0874";
    e.label = "United States moved troops";
    e.time = TimeSpan{"Tuesday", "2024-03-05", "2024-03-05", "2024-03-05", "day", ""};
    e.participants.push_back({"a-country-usa", "agent"});
    e.places.push_back({"p-lyon", "destination"});
    e.quantities.push_back({300, 300, std::nullopt, true, "troops", "", "about 300 troops", "a-country-usa"});
    e.attribution = {"a-country-usa", "reported"};
    e.mentions.push_back({d.id, d.text, 0, 44});
    e.rule = "svo";
    e.trigger = "moved";
    ds.events.push_back(e);
    ds.edges.push_back({"a-country-usa", "e1", "participant", "agent", 1.0});
    return ds;
}

int validate(const std::string& json_text) {
    // One file per call: ctest runs test cases of this binary in parallel processes.
    std::string file = (std::filesystem::temp_directory_path() / "eventline_schema_XXXXXX").string();
    int fd = mkstemp(file.data());
    REQUIRE(fd >= 0);
    close(fd);
    std::ofstream(file) << json_text;
    std::string schema = std::string(EVENTLINE_SOURCE_DIR) + "/docs/eventline-1.schema.json";
    std::string cmd =
        "python3 -c \"import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), "
        "json.load(open(sys.argv[2])))\" " +
        file + " " + schema + " 2>/dev/null";
    int rc = std::system(cmd.c_str());
    std::filesystem::remove(file);
    return rc;
}

} // namespace

TEST_CASE("eventline/1 output validates against the published JSON Schema") {
    std::ostringstream out;
    write_export(small_dataset(), Format::Json, out);
    CHECK(validate(out.str()) == 0);
}

TEST_CASE("the schema check rejects a graph that breaks the contract") {
    std::ostringstream out;
    write_export(small_dataset(), Format::Json, out);
    auto j = nlohmann::json::parse(out.str());
    SECTION("wrong schema name") {
        j["schema"] = "eventline/0";
    }
    SECTION("event without mentions") {
        j["events"][0]["mentions"] = nlohmann::json::array();
    }
    SECTION("unknown modality") {
        j["events"][0]["attribution"]["modality"] = "rumoured";
    }
    SECTION("latitude out of range") {
        j["places"][0]["lat"] = 184.8;
    }
    CHECK(validate(j.dump()) != 0);
}

TEST_CASE("eventline/1 writer keeps nulls and sorted order of the input") {
    auto ds = small_dataset();
    ds.events[0].time.reset();
    std::ostringstream out;
    write_export(ds, Format::Json, out);
    auto j = nlohmann::json::parse(out.str());
    CHECK(j["schema"] == "eventline/1");
    CHECK(j["events"][0]["time"].is_null());
    CHECK(j["events"][0]["quantities"][0]["high"].is_null());
    CHECK(j["events"][0]["quantities"][0]["low"] == 300);
    CHECK(j["documents"][0]["removed"]["paywall"] == 2);
    CHECK(j["documents"][0]["published"] == "2024-03-05");
}
