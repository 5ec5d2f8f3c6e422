// The gold annotations in tests/gold/ agree with samples/, and tools/evaluate.py works on them.
#include "e2e_support.h"

#include <map>
#include <set>

using nlohmann::json;

TEST_CASE("gold corpus lists exactly the sample files", "[e2e][gold]") {
    auto corpus = e2e::gold_corpus();
    REQUIRE_FALSE(corpus.is_discarded());
    CHECK(corpus.value("format", "") == "eventline-gold/1");
    std::set<std::string> listed;
    for (const auto& d : corpus.at("documents"))
        listed.insert(d.at("file").get<std::string>());
    auto files = e2e::sample_files();
    CHECK(std::set<std::string>(files.begin(), files.end()) == listed);
}

TEST_CASE("gold JSON Lines entries match the lines of the feed", "[e2e][gold]") {
    auto corpus = e2e::gold_corpus();
    std::map<std::string, std::set<int>> lines_of;
    for (const auto& d : corpus.at("documents"))
        if (d.contains("line")) lines_of[d["file"].get<std::string>()].insert(d["line"].get<int>());
    REQUIRE_FALSE(lines_of.empty());
    for (const auto& [file, lines] : lines_of) {
        std::ifstream in(e2e::samples_dir() + "/" + file);
        std::string line;
        int n = 0;
        while (std::getline(in, line)) {
            ++n;
            INFO(file << ":" << n);
            auto j = json::parse(line, nullptr, false);
            REQUIRE(j.is_object());
            CHECK((j.contains("text") || j.contains("body")));
            CHECK((j.contains("date") || j.contains("publishedAt")));
            CHECK(j.contains("title"));
            CHECK(lines.count(n) == 1);
        }
        CHECK(n == int(lines.size()));
    }
}

TEST_CASE("gold story annotations are consistent with their clean documents", "[e2e][gold]") {
    auto corpus = e2e::gold_corpus();
    int annotated = 0;
    for (const auto& s : corpus.at("stories")) {
        if (!s.contains("annotation") || s["annotation"].is_null()) continue;
        ++annotated;
        auto st = e2e::load_json(e2e::gold_dir() + "/" + s["annotation"].get<std::string>());
        REQUIRE_FALSE(st.is_discarded());
        std::string text = e2e::read_file(e2e::samples_dir() + "/" + st.at("document").get<std::string>());
        REQUIRE_FALSE(text.empty());
        std::set<std::string> actors, place_names;
        for (const auto& a : st.at("actors")) {
            actors.insert(a.at("id").get<std::string>());
            int total = 0;
            for (const auto& [surface, count] : a.at("surfaces").items()) {
                INFO(a["id"] << " surface " << surface);
                CHECK(text.find(surface) != std::string::npos);
                total += count.get<int>();
            }
            CHECK(total == a.at("mentions").get<int>());
            if (a.at("kind") == "country") place_names.insert(a.at("name").get<std::string>());
        }
        for (const auto& p : st.at("places"))
            place_names.insert(p.at("name").get<std::string>());
        for (const auto& e : st.at("events")) {
            INFO(st["story"] << " event " << e.at("id"));
            REQUIRE_FALSE(e.at("evidence").empty());
            for (const auto& ev : e["evidence"])
                CHECK(text.find(ev.get<std::string>()) != std::string::npos);
            for (const auto& p : e.at("participants"))
                CHECK(actors.count(p.at("actor").get<std::string>()) == 1);
            for (const auto& p : e.at("places")) {
                INFO("place " << p.at("place"));
                CHECK(place_names.count(p.at("place").get<std::string>()) == 1);
            }
            for (const auto& q : e.at("quantities"))
                if (!q.at("claimed_by").is_null())
                    CHECK(actors.count(q["claimed_by"].get<std::string>()) == 1);
            if (e.contains("source") && !e["source"].is_null())
                CHECK(actors.count(e["source"].get<std::string>()) == 1);
            if (e.contains("time") && e["time"].is_object())
                CHECK(e["time"].at("start").get<std::string>() <= e["time"].at("end").get<std::string>());
        }
        for (const auto& t : st.at("timexes")) {
            INFO("timex " << t.at("text"));
            CHECK(text.find(t.at("text").get<std::string>()) != std::string::npos);
        }
    }
    CHECK(annotated >= 5);
}

TEST_CASE("tools/evaluate.py scores the gold perfectly against itself", "[e2e][gold]") {
    auto r =
        e2e::run_shell("python3 " + e2e::quote(e2e::source_dir() + "/tools/evaluate.py") + " --self-test");
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("self-test: ok") != std::string::npos);
}

TEST_CASE("tools/evaluate.py scores the current build without failing", "[e2e][gold]") {
    auto r = e2e::run_shell("python3 " + e2e::quote(e2e::source_dir() + "/tools/evaluate.py") +
                            " --eventline " + e2e::quote(EVENTLINE_BINARY) + " --json");
    INFO(r.err);
    REQUIRE(r.status == 0);
    auto j = json::parse(r.out, nullptr, false);
    REQUIRE(j.is_object());
    CHECK(j.at("documents").at("gold").get<int>() == int(e2e::gold_corpus().at("documents").size()));
    for (const char* k : {"actors", "alias_pairs", "events", "roles", "places"}) {
        INFO(k);
        CHECK(j.at("total").at(k).contains("recall"));
    }
}
