// End-to-end event checks on samples/ that hold on main: no events from summaries, captions or page junk.
#include "e2e_support.h"

#include <map>
#include <set>
#include <tuple>

using nlohmann::json;

namespace {

/// Events with a mention whose sentence contains `text`.
std::vector<const json*> events_in(const json& g, const std::string& text) {
    std::vector<const json*> out;
    for (const auto& e : g.at("events"))
        for (const auto& m : e.value("mentions", json::array()))
            if (m.value("sentence", "").find(text) != std::string::npos) {
                out.push_back(&e);
                break;
            }
    return out;
}

} // namespace

TEST_CASE("samples/: summaries, captions and page junk yield no events", "[e2e][events]") {
    auto b = e2e::build_samples();
    REQUIRE(b.run.status == 0);
    REQUIRE(b.json.at("events").size() >= 50); // vacuous without extraction
    for (const char* s : {"underlining how divided the world remains", "raising Western fears of an attack",
                          "forcing shelter warnings", "deepest economic crisis since 1948",
                          "complicate relief", "An honor guard lined the road", "Sign up for"}) {
        INFO(s);
        CHECK(events_in(b.json, s).empty());
    }
}
