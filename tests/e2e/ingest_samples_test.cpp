// End-to-end: ingestion of samples/ against tests/gold/corpus.json (documents, stories, dates, summaries,
// metadata).
#include "e2e_support.h"

#include <map>
#include <set>

using nlohmann::json;

namespace {

std::string null_or(const json& j, const char* key) {
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string("null");
}

} // namespace

TEST_CASE("samples/: one document per input article, each gold document found", "[e2e][ingest]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    auto corpus = e2e::gold_corpus();
    int articles = 0;
    for (const auto& d : b.json.at("documents"))
        if (!e2e::ends_with(d.value("source", ""), "README.md")) ++articles;
    CHECK(articles == int(corpus.at("documents").size()));
    for (const auto& g : corpus.at("documents")) {
        INFO(e2e::gold_key(g));
        CHECK(e2e::find_document(b.json, g) != nullptr);
    }
}

TEST_CASE("samples/: publication dates match the gold", "[e2e][ingest]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    auto corpus = e2e::gold_corpus(); // keep it alive: the loop iterates a member
    for (const auto& g : corpus.at("documents")) {
        const json* d = e2e::find_document(b.json, g);
        INFO(e2e::gold_key(g));
        REQUIRE(d != nullptr);
        CHECK(null_or(*d, "published") == null_or(g, "published"));
        if (!g["published"].is_null()) CHECK(null_or(*d, "date_source") != "null");
    }
}

TEST_CASE("samples/: clipper summaries are kept as summaries, not text", "[e2e][ingest]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    int clippers = 0;
    auto corpus = e2e::gold_corpus();
    for (const auto& g : corpus.at("documents")) {
        if (g["file"].get<std::string>().find("_clipper.txt") == std::string::npos) continue;
        ++clippers;
        const json* d = e2e::find_document(b.json, g);
        REQUIRE(d != nullptr);
        INFO(g["file"]);
        REQUIRE((*d)["summary"].is_string());
        std::string summary = (*d)["summary"];
        CHECK(summary.size() > 100);
        auto bodies = e2e::clean_bodies(e2e::samples_dir() + "/" + g["file"].get<std::string>());
        REQUIRE(bodies.size() == 1);
        CHECK(bodies[0].find(summary.substr(0, 60)) == std::string::npos);
    }
    CHECK(clippers == 4);
}

TEST_CASE("samples/: publishers and reporters are document metadata", "[e2e][ingest]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    auto corpus = e2e::gold_corpus();
    auto doc = [&](const std::string& key) -> const json& {
        for (const auto& g : corpus.at("documents"))
            if (e2e::gold_key(g) == key) {
                const json* d = e2e::find_document(b.json, g);
                REQUIRE(d != nullptr);
                return *d;
            }
        FAIL("no gold document " << key);
        throw;
    };
    CHECK(null_or(doc("summit/xi_moscow_paywall.txt"), "publisher") == "example-news.com");
    CHECK(null_or(doc("missile/nk_missile_paywall.txt"), "publisher") == "harbortimes.example.com");
    CHECK(null_or(doc("summit/xi_moscow.html"), "publisher") == "Example News");
    CHECK(null_or(doc("other/kim_vostochny.html"), "publisher") == "Pacific Review");
    auto reporters = [&](const std::string& key) {
        std::set<std::string> s;
        for (const auto& r : doc(key).at("reporters"))
            s.insert(r.get<std::string>());
        return s;
    };
    CHECK(reporters("summit/xi_moscow_clean.txt") == std::set<std::string>{"Lena Marsh", "Oleg Ivanov"});
    CHECK(reporters("missile/nk_missile_clean.txt") ==
          std::set<std::string>{"Kim Harlow", "Kirby Lindqvist"});
    CHECK(reporters("feeds/wire.jsonl:2") ==
          std::set<std::string>{"Priya Fernando", "Tomas Reid", "Nadia Saleem"});
}

TEST_CASE("samples/: story grouping matches the gold exactly", "[e2e][ingest]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    auto corpus = e2e::gold_corpus();
    std::map<std::string, std::set<std::string>> out_stories_of_gold;
    std::map<std::string, std::set<std::string>> gold_stories_of_out;
    for (const auto& g : corpus.at("documents")) {
        const json* d = e2e::find_document(b.json, g);
        INFO(e2e::gold_key(g));
        REQUIRE(d != nullptr);
        REQUIRE((*d)["story"].is_string());
        out_stories_of_gold[g["story"]].insert((*d)["story"].get<std::string>());
        gold_stories_of_out[(*d)["story"].get<std::string>()].insert(g["story"].get<std::string>());
    }
    for (const auto& [gold, outs] : out_stories_of_gold) {
        INFO("gold story " << gold << " is split");
        CHECK(outs.size() == 1);
    }
    for (const auto& [out, golds] : gold_stories_of_out) {
        INFO("output story " << out << " merges different gold stories");
        CHECK(golds.size() == 1);
    }
}
