// Queries on a hand-built dataset: names, timelines, links, neighbours, filters, JSON round trip, CLI.
#include "eventline/dataset_json.h"
#include "eventline/error.h"
#include "eventline/exporters.h"
#include "eventline/graph.h"
#include "eventline/query.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unistd.h>

using namespace eventline;

namespace {

Event event(const std::string& id, const std::string& type, const std::string& date,
            std::vector<Participant> who, std::vector<PlaceRef> where = {}) {
    Event e;
    e.id = id;
    e.type = type;
    e.label = type + " " + id;
    if (!date.empty()) e.time = TimeSpan{date, date, date, date, "day", ""};
    e.participants = std::move(who);
    e.places = std::move(where);
    e.mentions.push_back({"d-" + id, "A sentence for " + id + ".", 10, 40});
    return e;
}

/// Fictional actors: a minister, two states, a ministry, an agency nobody else meets, a loner.
Dataset sample() {
    Dataset ds;
    Document d;
    d.id = "d-1";
    d.story = "s-1";
    d.title = "A story";
    ds.documents.push_back(d);
    ds.actors = {
        {"a-person-maria-r-velasco",
         "Maria R. Velasco",
         "person",
         "ESP",
         "",
         {"minister"},
         {"Velasco", "Ms. Velasco"}},
        {"a-country-nrd", "Nordland", "country", "", "", {}, {"the Northern Republic", "N.R.D."}},
        {"a-country-sld", "Sudland", "country", "", "", {}, {"Southern People's Union of Lakes"}},
        {"a-org-ministry", "the Ministry of Ports", "organization", "", "", {}, {}},
        {"a-org-harbor-agency", "Harbor Agency", "organization", "", "", {}, {}},
        {"a-person-juan-velasco", "Juan Velasco", "person", "", "", {}, {}},
        {"a-group-loners", "Loners", "group", "", "", {}, {}},
    };
    ds.actors[0].mentions = 9;
    ds.places = {{"p-portville", "Portville", "NRD"}, {"p-capital", "Capital City", "SLD"}};
    ds.events = {
        event("e1", "meet", "2031-03-01",
              {{"a-person-maria-r-velasco", "agent"}, {"a-country-sld", "patient"}},
              {{"p-capital", "location"}}),
        event("e2", "statement", "2031-03-05",
              {{"a-person-maria-r-velasco", "speaker"}, {"a-country-nrd", "theme"}}),
        event("e3", "transport", "2031-04-10", {{"a-country-nrd", "agent"}},
              {{"p-portville", "origin"}, {"p-capital", "destination"}}),
        event("e4", "statement", "2031-04-12", {{"a-country-nrd", "agent"}, {"a-org-ministry", "patient"}}),
        event("e5", "meet", "2031-05-01", {{"a-org-ministry", "agent"}, {"a-org-harbor-agency", "patient"}}),
        event("e6", "meet", "2031-05-20",
              {{"a-person-maria-r-velasco", "agent"}, {"a-country-sld", "patient"}}),
        event("e7", "statement", "", {{"a-group-loners", "agent"}}),
    };
    build_edges(ds);
    return ds;
}

std::vector<std::string> ids(const QueryEngine& q, const QueryResult& r) {
    std::vector<std::string> out;
    for (auto i : r.events)
        out.push_back(q.dataset().events[i].id);
    return out;
}

} // namespace

TEST_CASE("names resolve through names and aliases, case-insensitively; unknown and ambiguous names fail") {
    QueryEngine q(sample());
    CHECK(q.resolve_actor("nordland") == "a-country-nrd");
    CHECK(q.resolve_actor("The Northern Republic") == "a-country-nrd");
    CHECK(q.resolve_actor("NRD") == "a-country-nrd");                // dots ignored: "N.R.D."
    CHECK(q.resolve_actor("ministry of ports") == "a-org-ministry"); // leading "the" ignored
    CHECK(q.resolve_actor("Velasco") == "a-person-maria-r-velasco"); // alias beats the namesake's word
    CHECK(q.resolve_actor("a-country-sld") == "a-country-sld");
    CHECK(q.resolve_actor("Maria Velasco") == "a-person-maria-r-velasco"); // every word matches
    CHECK(q.resolve_place("portville") == "p-portville");
    CHECK(q.resolve_actor("S.P.U.L.") == "a-country-sld"); // acronym of an alias, "of" skipped
    CHECK(q.resolve_actor("spul") == "a-country-sld");
    CHECK_THROWS_AS(q.resolve_actor("Atlantis"), QueryError);
    CHECK_THROWS_WITH(q.resolve_actor("Atlantis"), Catch::Contains("no actor named 'Atlantis'"));
    CHECK_THROWS_WITH(q.resolve_actor("land"), Catch::Contains("no actor")); // words, not substrings
    Dataset ds = sample();
    ds.actors[0].aliases.clear(); // now "Velasco" is only a word of two names
    QueryEngine q2(std::move(ds));
    CHECK_THROWS_WITH(q2.resolve_actor("Velasco"), Catch::Contains("several actors"));
}

TEST_CASE("query by actor gives that actor's timeline; filters combine") {
    QueryEngine q(sample());
    Query a;
    a.actor = "Velasco";
    CHECK(ids(q, q.run(a)) == std::vector<std::string>{"e1", "e2", "e6"});
    a.type = "MEET";
    CHECK(ids(q, q.run(a)) == std::vector<std::string>{"e1", "e6"});
    a.from = "2031-04";
    CHECK(ids(q, q.run(a)) == std::vector<std::string>{"e6"});
    Query p;
    p.place = "Capital City";
    CHECK(ids(q, q.run(p)) == std::vector<std::string>{"e1", "e3"});
    Query range;
    range.from = "2031-03-02";
    range.to = "2031-04";
    CHECK(ids(q, q.run(range)) == std::vector<std::string>{"e2", "e3", "e4"}); // undated e7 excluded
    Query all;
    CHECK(q.run(all).events.size() == 7);
    Query bad;
    bad.from = "March";
    CHECK_THROWS_AS(q.run(bad), QueryError);
}

TEST_CASE("query between two actors: direct events, else the shortest actor-event-actor chain") {
    QueryEngine q(sample());
    Query direct;
    direct.between = std::make_pair("Velasco", "Sudland");
    auto r = q.run(direct);
    CHECK(r.direct);
    CHECK(ids(q, r) == std::vector<std::string>{"e1", "e6"});

    Query chain;
    chain.between = std::make_pair("Velasco", "Harbor Agency");
    r = q.run(chain);
    CHECK_FALSE(r.direct);
    // Velasco -e2- Nordland -e4- Ministry -e5- Harbor Agency
    CHECK(r.path == std::vector<std::string>{"a-person-maria-r-velasco", "e2", "a-country-nrd", "e4",
                                             "a-org-ministry", "e5", "a-org-harbor-agency"});
    CHECK(ids(q, r) == std::vector<std::string>{"e2", "e4", "e5"});
    auto text = q.to_text(chain, r);
    CHECK(text.find("shortest connection (3 events)") != std::string::npos);

    Query none;
    none.between = std::make_pair("Velasco", "Loners");
    r = q.run(none);
    CHECK_FALSE(r.direct);
    CHECK(r.path.empty());
    CHECK(q.to_text(none, r).find("No connection") != std::string::npos);

    Query filtered = chain; // the link through April is cut by the date filter
    filtered.to = "2031-03-31";
    r = q.run(filtered);
    CHECK(r.path.empty());
}

TEST_CASE("query for neighbors: who, how, how often, first and last date") {
    QueryEngine q(sample());
    Query n;
    n.neighbors = "velasco";
    auto r = q.run(n);
    REQUIRE(r.neighbors.size() == 2);
    CHECK(r.neighbors[0].actor == "a-country-sld");
    CHECK(r.neighbors[0].count == 2);
    CHECK(r.neighbors[0].kinds == std::vector<std::pair<std::string, int>>{{"meet", 2}});
    CHECK(r.neighbors[0].first == "2031-03-01");
    CHECK(r.neighbors[0].last == "2031-05-20");
    CHECK(r.neighbors[1].actor == "a-country-nrd");
    CHECK(r.neighbors[1].count == 1);
    auto j = nlohmann::json::parse(q.to_json(n, r));
    CHECK(j["neighbors"][0]["name"] == "Sudland");
    CHECK(j["neighbors"][0]["kinds"]["meet"] == 2);
    CHECK(j["events"].size() == 3);
}

TEST_CASE("actor relations are derived from shared events") {
    Dataset ds = sample();
    EventGraph g(ds);
    auto rel = g.relations();
    auto it = std::find_if(rel.begin(), rel.end(), [](const ActorRelation& r) {
        return r.actor == "a-country-sld" && r.other == "a-person-maria-r-velasco";
    });
    REQUIRE(it != rel.end());
    CHECK(it->kind == "meet");
    CHECK(it->count == 2);
    CHECK(it->first == "2031-03-01");
    CHECK(it->last == "2031-05-20");
    for (const auto& e : ds.edges) { // participation, location and temporal edges only name known vertices
        bool known = false;
        for (const auto& x : ds.events)
            known |= x.id == e.source;
        for (const auto& x : ds.actors)
            known |= x.id == e.source;
        CHECK(known);
    }
}

TEST_CASE("eventline/1 JSON round-trips through write_export and read_dataset_json") {
    Dataset ds = sample();
    ds.events[2].quantities.push_back(
        {3000, std::nullopt, std::nullopt, true, "troops", "", "about 3,000", "a-org-ministry"});
    ds.events[2].conflicts.push_back({"quantity:troops", {"3000", "2500"}, {"a-org-ministry", ""}});
    ds.events[2].attribution = {"a-org-ministry", "reported"};
    ds.places[0].lat = 43.1;
    ds.documents[0].published = parse_iso_date("2031-05-21");
    std::stringstream buf;
    write_export(ds, Format::Json, buf);
    Dataset back = read_dataset_json(buf, "mem.json");
    REQUIRE(back.events.size() == ds.events.size());
    CHECK(back.actors.size() == ds.actors.size());
    CHECK(back.actors[1].aliases == ds.actors[1].aliases);
    CHECK(back.places[0].lat == Approx(43.1));
    CHECK(back.documents[0].story == "s-1");
    CHECK(format_date(*back.documents[0].published) == "2031-05-21");
    const Event& e = back.events[2];
    CHECK(e.id == "e3");
    CHECK(e.time->start == "2031-04-10");
    CHECK(e.places.size() == 2);
    CHECK(e.places[0].role == "origin");
    REQUIRE(e.quantities.size() == 1);
    CHECK(e.quantities[0].claimed_by == "a-org-ministry");
    CHECK(e.quantities[0].approximate);
    CHECK(e.conflicts.size() == 1);
    CHECK(e.attribution.modality == "reported");
    CHECK_FALSE(back.events[6].time);
    CHECK(back.edges.size() == ds.edges.size());
    // The same queries answer the same on the read-back graph.
    QueryEngine q(std::move(back));
    Query a;
    a.actor = "Velasco";
    CHECK(ids(q, q.run(a)) == std::vector<std::string>{"e1", "e2", "e6"});
}

TEST_CASE("bad JSON graphs give clear errors naming the file and the field") {
    auto read = [](const std::string& text) {
        std::istringstream in(text);
        return read_dataset_json(in, "g.json");
    };
    CHECK_THROWS_WITH(read("{\"schema\": \"eventline/1\", "),
                      Catch::Contains("g.json") && Catch::Contains("invalid JSON"));
    CHECK_THROWS_WITH(read("{\"schema\": \"other/2\"}"), Catch::Contains("schema"));
    CHECK_THROWS_WITH(read("{\"schema\": \"eventline/1\", \"events\": [{\"id\": 3}]}"),
                      Catch::Contains("events[0].id: expected a string"));
    CHECK_THROWS_AS(read("[1, 2]"), InputError);
    CHECK_THROWS_AS(read_dataset_json_file("/nonexistent/graph.json"), InputError);
}

TEST_CASE("eventline query --graph answers from a written graph (CLI)") {
    auto dir = std::filesystem::temp_directory_path() / ("eventline-query-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    auto graph = (dir / "g.json").string();
    {
        std::ofstream out(graph);
        write_export(sample(), Format::Json, out);
    }
    auto run = [&](const std::string& args, int& status) {
        std::string cmd = std::string(EVENTLINE_BINARY) + " query --graph " + graph + " " + args + " 2>&1";
        FILE* p = popen(cmd.c_str(), "r");
        std::string out;
        char buf[4096];
        while (std::size_t n = fread(buf, 1, sizeof buf, p))
            out.append(buf, n);
        status = WEXITSTATUS(pclose(p));
        return out;
    };
    int status = -1;
    auto out = run("--actor velasco --json", status);
    CHECK(status == 0);
    auto j = nlohmann::json::parse(out);
    CHECK(j["events"].size() == 3);
    CHECK(j["query"]["actor"] == "a-person-maria-r-velasco");
    out = run("--between Velasco 'harbor agency'", status);
    CHECK(status == 0);
    CHECK(out.find("shortest connection") != std::string::npos);
    out = run("--neighbors Nobody", status);
    CHECK(status == 2);
    CHECK(out.find("no actor named 'Nobody'") != std::string::npos);
    out = run("--type meet --place portville", status);
    CHECK(status == 0);
    CHECK(out.find("Events: 0") != std::string::npos);
    std::filesystem::remove_all(dir);
}
