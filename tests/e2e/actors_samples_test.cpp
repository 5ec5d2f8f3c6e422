// End-to-end actor checks on samples/: reporters are not actors, groups carry countries, roles and documents.
#include "e2e_support.h"

#include <set>

using nlohmann::json;

namespace {

const json* actor(const json& g, const std::string& form) {
    auto ids = e2e::actors_named(g, form);
    if (ids.size() != 1) return nullptr;
    for (const auto& a : g.at("actors"))
        if (a.at("id") == *ids.begin()) return &a;
    return nullptr;
}

} // namespace

TEST_CASE("samples/: bylined reporters are never actors", "[e2e][actors]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    for (const char* r : {"Kim Harlow", "Harlow", "Kirby Lindqvist", "Lindqvist", "Lena Marsh", "Oleg Ivanov",
                          "Julia Novak", "Ivan Petrenko", "Priya Fernando", "Tomas Reid", "Nadia Saleem",
                          "Selin Aydin", "Ahmet Yildiz", "Marcus Vale"}) {
        INFO(r);
        CHECK(e2e::actors_named(b.json, r).empty());
    }
    // and the namesake actors are still there, separate from the reporters
    const json* kim = actor(b.json, "Kim Jong-un");
    const json* kirby = actor(b.json, "John F. Kirby");
    REQUIRE(kim != nullptr);
    REQUIRE(kirby != nullptr);
    CHECK(kim->value("country", "") == "PRK");
}

TEST_CASE("samples/: group actors carry their country", "[e2e][actors]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    const std::vector<std::pair<std::string, std::string>> groups = {{"Ukrainian officials", "UKR"},
                                                                     {"American officials", "USA"},
                                                                     {"Japanese officials", "JPN"},
                                                                     {"Chinese officials", "CHN"}};
    for (const auto& [form, iso] : groups) {
        INFO(form);
        const json* a = actor(b.json, form);
        REQUIRE(a != nullptr);
        CHECK(a->value("kind", "") == "group");
        CHECK(a->value("country", "") == iso);
    }
}

TEST_CASE("samples/: titles become roles and actors list every document that mentions them",
          "[e2e][actors]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    const json* kishida = actor(b.json, "Fumio Kishida");
    REQUIRE(kishida != nullptr);
    bool pm = false;
    for (const auto& r : kishida->value("roles", json::array()))
        pm |= e2e::fold(r.get<std::string>()) == "prime minister";
    CHECK(pm);
    CHECK(kishida->value("country", "") == "JPN");
    // Putin is named in the summit story (5 versions), two wire articles, the Kim article and the rail story
    const json* putin = actor(b.json, "Vladimir V. Putin");
    REQUIRE(putin != nullptr);
    CHECK(putin->at("documents").size() >= 10);
}
