// Who did what to whom through the whole pipeline (real actor recognition): each wire-style sentence, written
// for eventline, is its own document, and its main event must carry the CAMEO code and the countries an event
// coder would give it (capitals and demonyms stand for their countries).
#include "e2e_support.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace e2e;

namespace {

struct Coded {
    std::string cameo;
    std::set<std::string> agents;    ///< countries of agent/speaker actors
    std::set<std::string> addressed; ///< countries of target/recipient/patient actors
};

std::vector<Coded> code_sentence(const std::string& sentence) {
    std::string in = temp_file("coding");
    std::ofstream(in) << sentence << "\n";
    auto r = run_eventline("build " + quote(in) + " --date 2024-06-01 --format json");
    std::filesystem::remove(in);
    REQUIRE(r.status == 0);
    auto g = nlohmann::json::parse(r.out);
    std::map<std::string, std::string> country;
    for (auto& a : g["actors"])
        country[a["id"].get<std::string>()] = a.value("country", "");
    std::vector<Coded> out;
    for (auto& e : g["events"]) {
        Coded c;
        c.cameo = e.value("cameo", "");
        for (auto& p : e["participants"]) {
            if (!p.contains("actor")) continue;
            std::string role = p["role"], who = country[p["actor"].get<std::string>()];
            if (role == "agent" || role == "speaker") c.agents.insert(who);
            if (role == "target" || role == "recipient" || role == "patient") c.addressed.insert(who);
        }
        out.push_back(c);
    }
    return out;
}

bool coded(const std::string& sentence, const std::string& cameo, const std::string& agent,
           const std::string& addressed) {
    auto evs = code_sentence(sentence);
    for (auto& e : evs)
        if (e.cameo == cameo && e.agents.count(agent) && (addressed.empty() || e.addressed.count(addressed)))
            return true;
    return false;
}

} // namespace

TEST_CASE("coding through the pipeline: capitals, demonyms and countries named as places", "[e2e][events]") {
    CHECK(coded("Moscow threatened retaliation against Finland for joining the alliance.", "130", "RUS",
                "FIN"));
    CHECK(coded("Israeli airstrikes killed at least 30 people in Gaza on Saturday.", "190", "ISR", ""));
    CHECK(coded("The Syrian government condemned Israeli strikes on Damascus airport.", "111", "SYR", "ISR"));
    CHECK(coded("The Japanese government apologized to South Korea for wartime forced labour.", "055", "JPN",
                "KOR"));
    CHECK(coded("Ecuadorian police stormed the Mexican embassy in Quito.", "190", "ECU", "MEX"));
    CHECK(coded("The Netherlands will provide Ukraine with F-16 fighter jets.", "070", "NLD", "UKR"));
    CHECK(coded("North Korea test-fired a new intercontinental ballistic missile on Friday.", "150", "PRK",
                ""));
    CHECK(coded("Venezuela rejected a proposal by Colombia to reopen the border.", "120", "VEN", ""));
    CHECK(coded("Indian Prime Minister Narendra Modi visited Ukraine in August.", "042", "IND", "UKR"));
    CHECK(coded("Kyiv accused Moscow of shelling the port.", "112", "UKR", "RUS"));
}
