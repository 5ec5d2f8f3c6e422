#include "../../src/extract/actors/gazetteer.h"
#include "../../src/extract/actors/names.h"
#include "eventline/entities.h"
#include "eventline/error.h"
#include "sample_corpus.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <set>
#include <unistd.h>

using namespace eventline;

namespace {

const EntityRecognizer& recognizer() {
    static const EntityRecognizer r(EntityOptions{});
    return r;
}

struct Result {
    Document doc;
    DocumentEntities ents;
    ResolvedEntities resolved;
    std::vector<Sentence> sentences;
    const Actor* actor(const std::string& id) const {
        for (const auto& a : resolved.actors)
            if (a.id == id) return &a;
        return nullptr;
    }
    const Actor* actor_named(const std::string& part) const {
        for (const auto& a : resolved.actors) {
            if (a.name.find(part) != std::string::npos) return &a;
            for (const auto& al : a.aliases)
                if (al.find(part) != std::string::npos) return &a;
        }
        return nullptr;
    }
    const Place* place(const std::string& id) const {
        for (const auto& p : resolved.places)
            if (p.id == id) return &p;
        return nullptr;
    }
};

Result analyze(const std::string& text, std::vector<std::string> reporters = {},
               const EntityRecognizer& r = recognizer()) {
    Result res;
    res.doc.id = "d1";
    res.doc.text = text;
    res.doc.reporters = std::move(reporters);
    res.sentences = actors_test::simple_sentences(text);
    res.ents = r.recognize(res.doc, res.sentences);
    res.resolved = resolve_entities({&res.doc}, {&res.ents});
    return res;
}

std::string mention_text(const Result& r, const EntityMention& m) {
    return r.sentences[m.sentence].norm.substr(m.begin, m.end - m.begin);
}

} // namespace

TEST_CASE("word tokens keep initialisms, hyphenated names and possessives") {
    std::vector<actors::WordToken> toks;
    std::string s = "The U.S. and D.P.R.K. met Lloyd J. Austin III, Kim Jong-un's aide.";
    actors::tokenize_words(s, toks);
    std::vector<std::string> words;
    for (const auto& t : toks)
        words.push_back(s.substr(t.begin, t.end - t.begin));
    CHECK(words == std::vector<std::string>{"The", "U.S.", "and", "D.P.R.K.", "met", "Lloyd", "J.", "Austin",
                                            "III", ",", "Kim", "Jong-un", "'s", "aide", "."});
    CHECK((toks[6].flags & actors::kInitial));
    CHECK((toks[1].flags & actors::kAllCaps));
}

TEST_CASE("gazetteer finds leftmost-longest matches and respects capitals") {
    actors::Gazetteer g;
    g.add("North Korea", 1);
    g.add("North Korean", 2);
    g.add("Korea", 3);
    g.add("the White House", 4);
    g.add("officials", 5);
    g.add("intelligence officials", 6);
    std::string s =
        "North Korean troops left North Korea; THE WHITE HOUSE and the white house said intelligence "
        "officials met Officials.";
    std::vector<actors::WordToken> toks;
    actors::tokenize_words(s, toks);
    std::vector<actors::GazetteerMatch> out;
    g.scan(s, toks, out);
    std::vector<std::pair<std::string, int>> got;
    for (const auto& m : out)
        got.push_back({s.substr(toks[m.first].begin, toks[m.last - 1].end - toks[m.first].begin),
                       g.values(m.entry).front()});
    CHECK(got == std::vector<std::pair<std::string, int>>{{"North Korean", 2},
                                                          {"North Korea", 1},
                                                          {"THE WHITE HOUSE", 4},
                                                          {"intelligence officials", 6},
                                                          {"Officials", 5}});
}

TEST_CASE("gazetteer: a longer name right after an article beats the article's shorter match") {
    actors::Gazetteer g;
    g.add("the United Nations", 1);
    g.add("United Nations Children's Fund", 2);
    std::string s = "The United Nations Children's Fund and the United Nations spoke.";
    std::vector<actors::WordToken> toks;
    actors::tokenize_words(s, toks);
    std::vector<actors::GazetteerMatch> out;
    g.scan(s, toks, out);
    REQUIRE(out.size() == 2);
    CHECK(g.values(out[0].entry).front() == 2);
    CHECK(s.substr(toks[out[0].first].begin, 6) == "United");
    CHECK(g.values(out[1].entry).front() == 1);
}

TEST_CASE("name helpers") {
    using actors::core_tokens;
    CHECK(core_tokens("Lloyd J. Austin III") == std::vector<std::string>{"lloyd", "austin"});
    CHECK(core_tokens("Kim Jong-un") == core_tokens("Kim Jong Un"));
    CHECK(actors::full_names_compatible(core_tokens("Lloyd Austin"), core_tokens("Lloyd J. Austin III")));
    CHECK_FALSE(actors::full_names_compatible(core_tokens("Kim Barker"), core_tokens("Kim Jong Un")));
    CHECK(actors::slug("Wŏnsan") == "wonsan");
    CHECK(actors::slug("D.P.R.K.") == "dprk");
}

TEST_CASE("a titled person, short names and pronouns make one actor") {
    auto r = analyze(
        "Defense Secretary Lloyd J. Austin III spoke in Rome on Monday. Mr. Austin said the talks went "
        "well. He left for Poland. Austin later met Polish officials.");
    const Actor* a = r.actor("a-person-lloyd-j-austin-iii");
    REQUIRE(a);
    CHECK(a->kind == "person");
    CHECK(a->mentions == 4);
    CHECK(std::count(a->roles.begin(), a->roles.end(), "defense secretary") == 1);
    int persons = 0;
    for (const auto& x : r.resolved.actors)
        persons += x.kind == "person";
    CHECK(persons == 1);
    CHECK_FALSE(r.place("p-austin")); // the city of that name is not a place here
    bool pronoun = false;
    for (const auto& m : r.ents.mentions)
        if (m.coref && mention_text(r, m) == "He") pronoun = r.resolved.ids[0][m.entity] == a->id;
    CHECK(pronoun);
    CHECK(r.actor("a-group-pol-officials"));
}

TEST_CASE("countries, demonyms, the North and the DPRK") {
    auto r = analyze(
        "North Korea test-fired a missile, and the D.P.R.K. said more would follow. The North has "
        "ignored the Democratic People's Republic of Korea's critics. North Korean troops were seen.");
    const Actor* prk = r.actor("a-country-prk");
    REQUIRE(prk);
    CHECK(prk->name == "North Korea");
    CHECK(prk->code == "PRK");
    std::set<std::string> al(prk->aliases.begin(), prk->aliases.end());
    CHECK(al.count("D.P.R.K."));
    CHECK(al.count("the Democratic People's Republic of Korea"));
    const Actor* troops = r.actor("a-group-prk-military");
    REQUIRE(troops);
    CHECK(troops->country == "PRK");
    CHECK(troops->code == "PRKMIL");
    int coref = 0;
    for (const auto& m : r.ents.mentions)
        coref += m.coref && mention_text(r, m) == "The North";
    CHECK(coref == 1);
    // without North Korea in the document, "the North" is no one
    auto r2 = analyze("The North voted against the bill in the state legislature.");
    CHECK_FALSE(r2.actor("a-country-prk"));
}

TEST_CASE("affiliation from appositives, modifiers and 'of Country'") {
    auto r =
        analyze("Ivan Sokolov, an adviser to President Putin, spoke in Kazan. Jane Doe, the White House "
                "national security spokesman, replied. Ukrainian President Volodymyr Zelensky and President "
                "Emmanuel Macron of France met. Victor Hale, a North Korea expert at the Center for Arms "
                "Studies, was skeptical.");
    const Actor* ivan = r.actor_named("Ivan Sokolov");
    REQUIRE(ivan);
    CHECK(ivan->country == "RUS");
    const Actor* jane = r.actor_named("Jane Doe");
    REQUIRE(jane);
    CHECK(jane->country == "USA");
    CHECK(jane->code == "USAGOV");
    const Actor* z = r.actor_named("Zelensky");
    REQUIRE(z);
    CHECK(z->country == "UKR");
    const Actor* m = r.actor_named("Macron");
    REQUIRE(m);
    CHECK(m->country == "FRA");
    const Actor* v = r.actor_named("Victor Hale");
    REQUIRE(v);
    CHECK(v->country.empty()); // an expert on North Korea is not North Korean
    const Actor* org = r.actor_named("Center for Arms Studies");
    REQUIRE(org);
    CHECK(org->kind == "organization");
    const Place* kazan = r.place("p-kazan");
    REQUIRE(kazan);
    CHECK(kazan->country == "RUS");
    CHECK(kazan->lat.has_value());
}

TEST_CASE("reporters are metadata; namesakes stay apart") {
    auto r = analyze(
        "Kim Jong Un inspected a factory. Mr. Kim praised the workers. Kim Barker, a historian at a "
        "university in Seoul, said the visit was routine. Sam Ortiz contributed reporting from Seoul.",
        {"Sam Ortiz"});
    CHECK_FALSE(r.actor_named("Ortiz"));
    const Actor* kim = r.actor("a-person-kim-jong-un");
    REQUIRE(kim);
    CHECK(kim->mentions == 2);
    const Actor* barker = r.actor_named("Barker");
    REQUIRE(barker);
    CHECK(barker != kim);
    REQUIRE(r.place("p-seoul"));
}

TEST_CASE("capitals are places, or governments when they act") {
    auto r = analyze(
        "Moscow said the talks failed. The delegation flew to Moscow. The Kremlin declined to comment. "
        "Troops landed in Italy.");
    const Actor* gov = r.actor("a-gov-rus");
    REQUIRE(gov);
    CHECK(gov->mentions == 2);
    CHECK(gov->code == "RUSGOV");
    REQUIRE(r.place("p-moscow"));
    REQUIRE(r.place("p-italy"));
    bool alt = false;
    for (const auto& m : r.ents.mentions)
        if (mention_text(r, m) == "Italy") alt = m.alt >= 0 && r.ents.entities[m.alt].key == "country:ITA";
    CHECK(alt);
}

TEST_CASE("regions qualified by a country") {
    auto r = analyze("The ships sailed to Vladivostok on Russia's east coast and on to Russia's Far East.");
    REQUIRE(r.place("p-vladivostok"));
    bool far_east = false;
    for (const auto& p : r.resolved.places)
        far_east = far_east || (p.name == "Russia's Far East" && p.country == "RUS");
    CHECK(far_east);
}

TEST_CASE("user actors TSV (the --actors option) adds and overrides actors") {
    auto path = std::filesystem::temp_directory_path() /
                ("eventline_actors_test_" + std::to_string(getpid()) + ".tsv");
    {
        std::FILE* f = std::fopen(path.string().c_str(), "w");
        std::fputs("# name\tkind\tcountry\taliases\tcode\n"
                   "Acme Rebels\tgroup\tFRA\tthe Acme Front|Acme fighters\tFRAREB\n"
                   "North Korea\tcountry\tPRK\tHermit Kingdom\t\n"
                   "Jan Kowalski\tperson\tPOL\tKowalski\tPOLGOV\n",
                   f);
        std::fclose(f);
    }
    EntityRecognizer custom(EntityOptions{path.string()});
    auto r = analyze("The Acme Front seized a town. Kowalski condemned the Hermit Kingdom.", {}, custom);
    const Actor* acme = r.actor_named("Acme");
    REQUIRE(acme);
    CHECK(acme->kind == "group");
    CHECK(acme->code == "FRAREB");
    const Actor* jan = r.actor_named("Kowalski");
    REQUIRE(jan);
    CHECK(jan->country == "POL");
    CHECK(r.actor("a-country-prk"));

    {
        std::FILE* f = std::fopen(path.string().c_str(), "w");
        std::fputs("Someone\tspaceship\t\t\n", f);
        std::fclose(f);
    }
    try {
        EntityRecognizer bad(EntityOptions{path.string()});
        FAIL("a bad kind must be rejected");
    } catch (const DataError& e) {
        CHECK(std::string(e.what()).find(":1: unknown kind") != std::string::npos);
    }
    std::filesystem::remove(path);
}

TEST_CASE("resolution merges across documents with stable sorted ids") {
    Document d1, d2;
    d1.id = "da";
    d1.text = "Secretary of Defense Lloyd J. Austin III met U.S. officials.";
    d2.id = "db";
    d2.text = "Lloyd Austin flew home. Mr. Austin said American officials agreed.";
    auto s1 = actors_test::simple_sentences(d1.text), s2 = actors_test::simple_sentences(d2.text);
    auto e1 = recognizer().recognize(d1, s1), e2 = recognizer().recognize(d2, s2);
    auto res = resolve_entities({&d1, &d2}, {&e1, &e2});
    REQUIRE(res.ids.size() == 2);
    std::vector<std::string> ids;
    for (const auto& a : res.actors)
        ids.push_back(a.id);
    CHECK(std::is_sorted(ids.begin(), ids.end()));
    CHECK(ids == std::vector<std::string>{"a-group-usa-officials", "a-person-lloyd-j-austin-iii"});
    CHECK(res.actors[1].documents == std::vector<std::string>{"da", "db"});
    CHECK(res.actors[0].mentions == 2);
}

TEST_CASE("an all-caps auxiliary after a name is emphasis, not part of the name") {
    auto r = analyze(
        "Maria Olsen said the ceasefire WAS holding. Only Maria Olsen IS sure of it, officials said.");
    const Actor* a = r.actor_named("Maria Olsen");
    REQUIRE(a);
    CHECK(a->name == "Maria Olsen");
    for (const auto& x : r.resolved.actors) {
        CHECK(x.name.find(" IS") == std::string::npos);
        CHECK(x.name.find(" WAS") == std::string::npos);
    }
}

TEST_CASE("a bare 'soldiers' joins a recent army only when one side is named, never after a possessive") {
    auto one = analyze("Polish troops crossed the river on Monday. Soldiers built a bridge.");
    const Actor* pol = one.actor("a-group-pol-military");
    REQUIRE(pol);
    CHECK(pol->mentions == 2); // the only army in reach

    auto two =
        analyze("Polish troops and Czech troops crossed the river on Monday. Soldiers built a bridge.");
    const Actor* pol2 = two.actor("a-group-pol-military");
    const Actor* cze = two.actor("a-group-cze-military");
    REQUIRE(pol2);
    REQUIRE(cze);
    CHECK(pol2->mentions == 1); // two sides: "Soldiers" could be either
    CHECK(cze->mentions == 1);

    auto owned = analyze("Polish troops crossed the river. The rebels said three of their fighters died.");
    const Actor* pol3 = owned.actor("a-group-pol-military");
    REQUIRE(pol3);
    CHECK(pol3->mentions == 1); // "their fighters" are not the Polish army's
}

TEST_CASE("a demonym and a group noun before an irregular past tense name a group") {
    auto r = analyze("Kenyan police shot two protesters in Nairobi. Turkish jets struck a depot.");
    CHECK(r.actor("a-group-ken-police"));
    CHECK(r.actor("a-group-tur-military"));
    auto base = analyze("The talks were held at an Italian military base.");
    CHECK_FALSE(base.actor("a-group-ita-military")); // a noun used as an adjective names no group
}

TEST_CASE("a demonym before a common noun names its country, except in a place phrase") {
    auto r = analyze("Israeli airstrikes hit the port. The coast guard stopped Chinese vessels.");
    const Actor* isr = r.actor("a-country-isr");
    REQUIRE(isr);
    CHECK(isr->mentions == 1);
    CHECK(r.actor("a-country-chn"));
    auto place = analyze("The talks were held at an Italian military base.");
    CHECK_FALSE(place.actor("a-country-ita"));
    CHECK_FALSE(place.actor("a-group-ita-military"));
}

TEST_CASE(
    "a local group located in a place takes its country; an irregular past makes demonym + noun a group") {
    auto r = analyze("Police in Nairobi arrested two men. Officials in Brussels met on Monday.");
    CHECK(r.actor("a-group-ken-police"));
    for (const auto& a : r.resolved.actors)
        CHECK(a.country != "BEL"); // officials in a place are often foreign
    auto army = analyze("The Russian army withdrew from the city on Friday. Kenyan police said on Monday.");
    CHECK(army.actor("a-group-rus-military"));
    CHECK(army.actor("a-group-ken-police"));
}

TEST_CASE("a bare police or army in a story that names one country is that country's") {
    auto one =
        analyze("Gunmen attacked a village in Nigeria on Saturday. Police said the army was deployed.");
    CHECK(one.actor("a-group-nga-police"));
    CHECK(one.actor("a-group-nga-military"));
    auto two =
        analyze("Gunmen from Niger attacked a village in Nigeria on Saturday. Police said 18 people died.");
    CHECK_FALSE(two.actor("a-group-nga-police")); // two countries: whose police is unclear
    CHECK_FALSE(two.actor("a-group-ner-police"));
}

TEST_CASE("demonyms of smaller states name groups too") {
    auto r = analyze(
        "Senegalese police arrested two men. Malawian soldiers and Nigerien troops crossed the river.");
    CHECK(r.actor("a-group-sen-police"));
    CHECK(r.actor("a-group-mwi-military"));
    CHECK(r.actor("a-group-ner-military"));
}

TEST_CASE("a demonym and a group noun before an adverb name a group") {
    auto r = analyze("Ukraine's air force shot down 15 Russian drones overnight.");
    CHECK(r.actor("a-group-rus-military"));
}

TEST_CASE("a capital that a government verb takes as object is that government") {
    auto r = analyze("Kyiv accused Moscow of shelling the port. Tourists visited Moscow in May.");
    const Actor* rus = r.actor("a-gov-rus");
    REQUIRE(rus);
    CHECK(rus->mentions == 1); // "visited Moscow" stays a place
}

TEST_CASE("a demonym before a group noun used as a modifier still names its country") {
    auto r = analyze("Thai authorities arrested a Cambodian opposition activist in Bangkok.");
    CHECK(r.actor("a-country-khm"));
    CHECK_FALSE(r.actor("a-group-khm-opposition"));
}
