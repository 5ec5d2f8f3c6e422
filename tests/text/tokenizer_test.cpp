#include "eventline/text.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace eventline;

namespace {
std::vector<std::string> tokens(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& s : split_sentences(text))
        for (const auto& t : s.tokens) out.emplace_back(s.token_text(t));
    return out;
}
} // namespace

TEST_CASE("tokens keep initialisms, hyphenated names and numbers whole", "[text][tokens]") {
    CHECK(tokens("Kim Jong-un met U.S. and D.P.R.K. envoys.") ==
          std::vector<std::string>{"Kim", "Jong-un", "met", "U.S.", "and", "D.P.R.K.", "envoys", "."});
    CHECK(tokens("About 2,500 troops, up 1.5 percent, left at 3:35.") ==
          std::vector<std::string>{"About", "2,500", "troops", ",", "up", "1.5", "percent", ",", "left", "at", "3:35", "."});
}

TEST_CASE("possessive 's is its own token; contractions stay whole", "[text][tokens]") {
    CHECK(tokens("Moscow\xE2\x80\x99s army wouldn't stop.") ==
          std::vector<std::string>{"Moscow", "'s", "army", "wouldn't", "stop", "."});
    CHECK(tokens("The soldiers' pay.") == std::vector<std::string>{"The", "soldiers", "'", "pay", "."});
}

TEST_CASE("titles and initials keep their period, a sentence-final period does not go with a word", "[text][tokens]") {
    CHECK(tokens("Mr. Austin and Lloyd J. Austin met in the U.S.") ==
          std::vector<std::string>{"Mr.", "Austin", "and", "Lloyd", "J.", "Austin", "met", "in", "the", "U.S."});
    CHECK(tokens("It was Plan B.") == std::vector<std::string>{"It", "was", "Plan", "B", "."});
    CHECK(tokens("Wait... what?") == std::vector<std::string>{"Wait", "...", "what", "?"});
}

TEST_CASE("U.S.-made stays one token; quotes are tokens", "[text][tokens]") {
    CHECK(tokens("\xE2\x80\x9CU.S.-made missiles,\xE2\x80\x9D he said.") ==
          std::vector<std::string>{"\"", "U.S.-made", "missiles", ",", "\"", "he", "said", "."});
}
