// POS tagger, lemmatizer, tokenizer and ontology loading.
#include "../../src/extract/events/lemmatizer.h"
#include "../../src/extract/events/lexicon.h"
#include "../../src/extract/events/tokenize.h"
#include "eventline/data_files.h"
#include "eventline/error.h"
#include "eventline/pos.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace eventline;

namespace {

std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    for (auto& t : events::tokenize(s))
        out.emplace_back(s.substr(t.begin, t.end - t.begin));
    return out;
}

std::vector<std::string> tags(const PosTagger& tagger, std::string_view s) {
    auto toks = events::tokenize(s);
    tagger.tag(s, toks);
    std::vector<std::string> out;
    for (auto& t : toks)
        out.emplace_back(pos_tag_name(t.pos));
    return out;
}

} // namespace

TEST_CASE("tokenizer keeps abbreviations and numbers, splits clitics and punctuation") {
    CHECK(
        words("Mr. Lee said the U.S. had sent 2,500 troops.") ==
        std::vector<std::string>{"Mr.", "Lee", "said", "the", "U.S.", "had", "sent", "2,500", "troops", "."});
    CHECK(words("\"We didn't go,\" Chad's envoy said.") ==
          std::vector<std::string>{"\"", "We", "did", "n't", "go", ",", "\"", "Chad", "'s", "envoy", "said",
                                   "."});
    CHECK(words("It ended in the U.S.") == std::vector<std::string>{"It", "ended", "in", "the", "U.S."});
}

TEST_CASE("POS tagger tags verbs, nouns and passives") {
    PosTagger tagger;
    auto t = tags(tagger, "The army attacked the village on Monday.");
    CHECK(t == std::vector<std::string>{"DT", "NN", "VBD", "DT", "NN", "IN", "NNP", "."});
    auto p = tags(tagger, "The soldiers were sent to the border.");
    CHECK(p[3] == "VBN");
    auto n = tags(tagger, "The attack killed 12 people.");
    CHECK(n[1] == "NN");
    CHECK(n[2] == "VBD");
    CHECK(n[3] == "CD");
    CHECK(tags(tagger, "They plan to attack the city.")[3] == "VB");
    CHECK(pos_tag_name(0).empty());
    CHECK(pos_tag_name(200).empty());
}

TEST_CASE("POS tagger reports a broken model file with its path") {
    auto dir = std::filesystem::temp_directory_path() / ("eventline_pos_bad_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "tags.yml") << "--- #YAML:1.0\nnn this line is broken\n";
    std::ofstream(dir / "words.yml") << "--- #YAML:1.0\n";
    std::ofstream(dir / "unknown.yml") << "--- #YAML:1.0\n";
    try {
        PosTagger bad(dir);
        FAIL("expected DataError");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()).find("tags.yml:2") != std::string::npos);
    }
    CHECK_THROWS_AS(PosTagger(dir / "missing"), DataError);
}

TEST_CASE("lemmatizer: WordNet exceptions then suffix rules") {
    events::Lemmatizer lem;
    using events::WordClass;
    CHECK(lem.lemma("sent", WordClass::Verb) == "send");
    CHECK(lem.lemma("fought", WordClass::Verb) == "fight");
    CHECK(lem.lemma("sold", WordClass::Verb) == "sell");
    CHECK(lem.lemma("dispatched", WordClass::Verb) == "dispatch");
    CHECK(lem.lemma("transported", WordClass::Verb) == "transport");
    CHECK(lem.lemma("said", WordClass::Verb) == "say");
    CHECK(lem.lemma("training", WordClass::Verb) == "train");
    CHECK(lem.lemma("troops", WordClass::Noun) == "troop");
    CHECK(lem.lemma("casualties", WordClass::Noun) == "casualty");
    CHECK(lem.lemma("crises", WordClass::Noun) == "crisis");
    CHECK(lem.lemma("xyzzyed", WordClass::Verb) == "xyzzyed");
    CHECK(lem.known("attack", WordClass::Verb));
}

TEST_CASE("ontology and lexicons load from data/events") {
    events::Lexicon lex(data_dir() / "events");
    for (auto name : {"statement", "confirm",  "deny",     "accuse", "appeal", "meet",   "visit",
                      "agree",     "sign",     "aid",      "supply", "sell",   "deploy", "transport",
                      "train",     "recruit",  "mobilize", "attack", "fight",  "kill",   "arrest",
                      "sanction",  "threaten", "protest",  "test",   "elect",  "resign"})
        CHECK(lex.type_index(name) >= 0);
    auto* send = lex.verb("send");
    REQUIRE(send);
    REQUIRE(send->size() >= 2);
    CHECK(lex.types()[(*send)[0].type].name == "deploy"); // conditioned sense first
    CHECK((*send)[0].object_class == "personnel");
    CHECK(lex.types()[lex.type_index("attack")].cameo == "190");
    CHECK(lex.noun_in_class("troop", "personnel"));
    CHECK(lex.attribution().verbs.at("estimate") == "estimated");
    auto* step = lex.verb("step");
    REQUIRE(step);
    CHECK((*step)[0].particle == "down");
}

TEST_CASE("ontology errors name the file and line") {
    auto dir = std::filesystem::temp_directory_path() / ("eventline_onto_bad_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "ontology.tsv") << "# c\nattack\t190\tconflict\ttarget\tattack[when=x]\t\n";
    std::ofstream(dir / "nouns.tsv") << "";
    std::ofstream(dir / "attribution.tsv") << "";
    try {
        events::Lexicon bad(dir);
        FAIL("expected DataError");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()).find("ontology.tsv:2") != std::string::npos);
    }
}
