// End-to-end: the aliases of one person (full name, "Mr." + surname, a military title) are one actor.
#include "e2e_support.h"

#include <set>

using nlohmann::json;

namespace {

std::string fold(std::string s) {
    std::string out;
    for (char c : s)
        if (c != '.') out += char(std::tolower(static_cast<unsigned char>(c)));
    if (out.rfind("the ", 0) == 0) out = out.substr(4);
    return out;
}

/// Ids of the actors whose name or an alias is `form` (case-, dot- and "the "-insensitive).
std::set<std::string> actors_named(const json& g, const std::string& form) {
    std::set<std::string> ids;
    for (const auto& a : g.at("actors")) {
        bool hit = fold(a.value("name", "")) == fold(form);
        for (const auto& al : a.value("aliases", json::array()))
            hit |= al.is_string() && fold(al) == fold(form);
        if (hit) ids.insert(a.at("id").get<std::string>());
    }
    return ids;
}

} // namespace

TEST_CASE("samples/: aliases of one person merge into one actor", "[e2e][actors]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    const std::vector<std::pair<std::string, std::string>> same = {
        {"Vladimir V. Putin", "Mr. Putin"},
        {"Xi Jinping", "Mr. Xi"},
        {"Kim Jong-un", "Mr. Kim"},
        {"Ranil Wickremesinghe", "Mr. Wickremesinghe"},
        {"Recep Tayyip Erdogan", "Mr. Erdogan"},
        {"Alexander V. Fomin", "Mr. Fomin"},
        {"Antony J. Blinken", "Mr. Blinken"},
        {"Gotabaya Rajapaksa", "Mr. Rajapaksa"}};
    for (const auto& [full, alias] : same) {
        INFO(full << " / " << alias);
        auto a = actors_named(b.json, full);
        CHECK(a.size() == 1);
        CHECK(a == actors_named(b.json, alias));
    }
}
