#include "eventline/text.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace eventline;

namespace {
std::vector<std::string> texts(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& s : split_sentences(text)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
    return out;
}

std::vector<std::vector<std::string>> gold_paragraphs() {
    std::ifstream in(std::string(EVENTLINE_SOURCE_DIR) + "/tests/text/splitter_gold.txt");
    REQUIRE(in);
    std::vector<std::vector<std::string>> paras(1);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] == '#') continue;
        if (line.empty()) {
            if (!paras.back().empty()) paras.emplace_back();
            continue;
        }
        paras.back().push_back(line);
    }
    if (paras.back().empty()) paras.pop_back();
    return paras;
}
} // namespace

TEST_CASE("splitter accuracy on the hand-written news gold set", "[text][splitter]") {
    std::size_t gold = 0, found = 0, correct = 0, paragraphs_ok = 0;
    auto paras = gold_paragraphs();
    REQUIRE(paras.size() >= 30);
    for (const auto& p : paras) {
        std::string joined;
        for (const auto& s : p) joined += (joined.empty() ? "" : " ") + s;
        auto got = texts(joined);
        gold += p.size();
        found += got.size();
        std::size_t j = 0;
        for (const auto& g : got) {
            while (j < p.size() && p[j] != g) ++j;
            if (j < p.size()) ++correct;
        }
        if (got == p) {
            ++paragraphs_ok;
        } else {
            std::cout << "mis-split:";
            for (const auto& g : got) std::cout << " [" << g << "]";
            std::cout << '\n';
        }
    }
    double precision = double(correct) / double(found), recall = double(correct) / double(gold);
    std::cout << "splitter gold set: " << gold << " sentences, precision " << precision << ", recall " << recall
              << ", paragraphs exact " << paragraphs_ok << "/" << paras.size() << '\n';
    CHECK(gold >= 50);
    CHECK(recall >= 0.95);
    CHECK(precision >= 0.95);
}

TEST_CASE("news abbreviations, initials and initialisms do not end sentences", "[text][splitter]") {
    CHECK(texts("Secretary of Defense Lloyd J. Austin III spoke. Mr. Austin left.") ==
          std::vector<std::string>{"Secretary of Defense Lloyd J. Austin III spoke.", "Mr. Austin left."});
    CHECK(texts("The D.P.R.K. Army moved. The U.S. Navy followed.").size() == 2);
    CHECK(texts("It happened on Oct. 23 in Rome.").size() == 1);
    CHECK(texts("Plan No. 2 failed.").size() == 1);
    CHECK(texts("He lives in the U.S. The move was recent.").size() == 2);
}

TEST_CASE("quotes that end sentences stay with their sentence", "[text][splitter]") {
    CHECK(texts("\xE2\x80\x9CWhat are they doing?\xE2\x80\x99\xE2\x80\x99 Mr. Kaya asked.") ==
          std::vector<std::string>{"\xE2\x80\x9CWhat are they doing?\xE2\x80\x99\xE2\x80\x99", "Mr. Kaya asked."});
    CHECK(texts("\"It is over.\" He left.") == std::vector<std::string>{"\"It is over.\"", "He left."});
    CHECK(texts("\"Why now?\" he asked.").size() == 1);
    CHECK(texts("\"We wait,\" she said.").size() == 1);
}

TEST_CASE("newlines always break and spaces are trimmed", "[text][splitter]") {
    auto s = split_sentences("First line without stop\n\n  Second line.  \nThird");
    REQUIRE(s.size() == 3);
    CHECK(s[1].norm == "Second line.");
    CHECK(s[2].begin == 42);
}

TEST_CASE("runaway sentences are cut so later stages never see megabytes", "[text][splitter]") {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "word ";
    auto s = split_sentences(text);
    REQUIRE(s.size() > 1);
    for (const auto& x : s) CHECK(x.end - x.begin <= 4096);
}
