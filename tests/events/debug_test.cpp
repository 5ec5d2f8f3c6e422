// Prints what the extractor finds on a few sentences (run with -s to see it); checks nothing but no crash.
#include "harness.h"

#include <catch2/catch.hpp>
#include <iostream>

TEST_CASE("debug dump", "[.debug]") {
    using evtest::EntitySpec;
    std::vector<EntitySpec> ents = {
        {"Lloyd J. Austin III", "person", {"Lloyd J. Austin III", "Mr. Austin", "Austin", "Lloyd Austin"}},
        {"North Korea", "country", {"North Korea", "North Korean", "North Koreans", "the North"}},
        {"Russia", "country", {"Russia", "Russian", "Moscow"}},
        {"Ukraine", "country", {"Ukraine", "Ukrainian", "Kyiv"}},
        {"Italy", "country", {"Italy"}},
        {"John F. Kirby", "person", {"John F. Kirby", "Kirby"}},
        {"Wonsan", "city", {"Wonsan"}},
        {"Vladivostok", "city", {"Vladivostok"}},
        {"Far East", "region", {"Far East"}},
        {"Kursk", "region", {"Kursk"}},
        {"American officials", "group", {"American officials", "U.S. officials"}},
        {"Volodymyr Zelensky", "person", {"President Volodymyr Zelensky", "Volodymyr Zelensky"}},
        {"South Korea", "country", {"South Korean"}},
        {"United States", "country", {"United States", "American", "U.S."}},
        {"Soviet Union", "country", {"Soviet"}},
    };
    std::vector<evtest::TimexSpec> times = {
        {"Wednesday", "2024-10-23", "2024-10-23"},
        {"Monday", "2024-10-21", "2024-10-21"},
        {"early to mid-October", "2024-10-01", "2024-10-20"},
        {"the coming days", "2024-10-24", "2024-10-31", eventline::Precision::Day, true},
        {"the early 1980s", "1980-01-01", "1983-12-31", eventline::Precision::Decade},
        {"the 1950s", "1950-01-01", "1959-12-31", eventline::Precision::Decade},
    };
    std::vector<std::string> texts = {
        "Defense Secretary Lloyd Austin said on Wednesday that there was evidence North Korean troops were in Russia.",
        "Secretary of Defense Lloyd J. Austin III confirmed on Wednesday that North Korea had sent troops to Russia to join the fight against Ukraine.",
        "\"What are they doing?\" Mr. Austin told reporters at a military base in Italy.",
        "Spokesman John F. Kirby said Wednesday that the United States tracked approximately 3,000 North Korean soldiers who were transported by boat from the port of Wonsan to Vladivostok in early to mid-October.",
        "Those troops were then taken to three training grounds in Russia's Far East, he said.",
        "For weeks there have been reports, fueled by the Ukrainian and South Korean governments, that upward of 12,000 North Koreans were training to fight alongside Russian soldiers.",
        "American officials have said they estimate that about 2,500 North Korean troops have been dispatched.",
        "No troops have yet reached Ukraine, the officials said.",
        "Russia has denied earlier reports on North Korea's troop presence.",
        "U.S. officials estimate that Russia is recruiting 25,000 to 30,000 new soldiers a month.",
        "In comments to reporters on Monday, President Volodymyr Zelensky of Ukraine sought to portray the deployment as a sign of weakness.",
        "Ukraine's defense minister said he expected to see North Korean troops in Kursk in the coming days.",
        "North Korea has pursued the goal since it began work on its nuclear weapons program in the early 1980s.",
        "Re-entry was a challenge that plagued the American and Soviet missile programs in the 1950s.",
        "Russia has suffered over 600,000 killed or wounded, American officials estimated.",
        "American officials say Russia may deploy about 5,000 troops to Ukraine in the coming days.",
        "Russian fighters attacked an army base in Vladivostok on Monday, killing 12 soldiers.",
    };
    evtest::DocBuilder b(texts, ents, times);
    eventline::EventExtractor x;
    std::cout << b.dump(b.run(x));
}

#include "../../src/extract/events/tokenize.h"
#include "eventline/pos.h"

TEST_CASE("debug tags", "[.debugtags]") {
    eventline::PosTagger tagger;
    for (std::string s : {"American officials say Russia may deploy about 5,000 troops to Ukraine in the coming days.",
                          "Russian fighters attacked an army base in Vladivostok on Monday, killing 12 soldiers."}) {
        auto toks = eventline::events::tokenize(s);
        tagger.tag(s, toks);
        for (auto& t : toks) std::cout << s.substr(t.begin, t.end - t.begin) << "/" << eventline::pos_tag_name(t.pos) << " ";
        std::cout << "\n";
    }
}
