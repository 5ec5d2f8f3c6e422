// End-to-end: the aliases of one person (full name, "Mr." + surname, a military title) are one actor.
#include "e2e_support.h"

#include <set>

using nlohmann::json;

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
        auto a = e2e::actors_named(b.json, full);
        CHECK(a.size() == 1);
        CHECK(a == e2e::actors_named(b.json, alias));
    }
}
