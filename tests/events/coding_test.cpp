// Who did what to whom with CAMEO codes, on sentences in the style of event-coding suites: the types added
// for diplomatic praise, complaints, abductions, blockades and destruction, actor modifiers of noun triggers,
// and readings that must not become events ("opened fire" is not a natural fire).
#include "harness.h"

#include <catch2/catch.hpp>

using eventline::EventMention;
using evtest::DocBuilder;
using evtest::EntitySpec;

namespace {

const std::vector<EntitySpec> kActors = {
    {"Norland", "country", {"Norland", "Norlandian"}},
    {"Estmark", "country", {"Estmark", "Estmarkian"}},
    {"Red Hand", "group", {"Red Hand"}},
    {"Port Selim", "city", {"Port Selim"}},
};

std::vector<EventMention> run(const std::string& text) {
    static const eventline::EventExtractor x;
    DocBuilder b({text}, kActors, {}, "2025-02-14");
    return b.run(x);
}

const EventMention* of_type(const std::vector<EventMention>& evs, const std::string& type) {
    for (const auto& e : evs)
        if (e.type == type) return &e;
    return nullptr;
}

bool has(const EventMention& e, const std::string& role, int entity) {
    for (const auto& p : e.participants)
        if (p.role == role && p.entity == entity) return true;
    return false;
}

} // namespace

TEST_CASE("coding: praise, complaint and severed ties get CAMEO codes and both actors") {
    auto evs = run("Norland praised Estmark for its help.");
    const auto* e = of_type(evs, "praise");
    REQUIRE(e);
    CHECK(e->cameo == "051");
    CHECK(has(*e, "agent", 0));
    CHECK(has(*e, "target", 1));

    evs = run("Norland severed diplomatic ties with Estmark on Friday.");
    e = of_type(evs, "break_relations");
    REQUIRE(e);
    CHECK(e->cameo == "161");
    CHECK(has(*e, "agent", 0));
}

TEST_CASE("coding: kidnapping is an abduction (181), not an arrest") {
    auto evs = run("The Red Hand kidnapped two Norlandian engineers near Port Selim.");
    CHECK_FALSE(of_type(evs, "arrest"));
    const auto* e = of_type(evs, "abduct");
    REQUIRE(e);
    CHECK(e->cameo == "181");
    CHECK(has(*e, "agent", 2));
}

TEST_CASE("coding: destruction and blockades") {
    const auto* e = of_type(run("Norland destroyed an Estmarkian radar station."), "destroy");
    REQUIRE(e);
    CHECK(e->cameo == "1712");
    auto evs = run("Estmark imposed a blockade on Port Selim.");
    e = of_type(evs, "blockade");
    REQUIRE(e);
    CHECK(has(*e, "agent", 1));
}

TEST_CASE("coding: an actor modifying a noun trigger is its agent, a gerund after an adjective is a noun") {
    auto evs = run("Estmark complained about Red Hand attacks on Port Selim.");
    const auto* a = of_type(evs, "attack");
    REQUIRE(a);
    CHECK(a->rule.find("noun_modifier") != std::string::npos);
    CHECK(has(*a, "agent", 2));
    CHECK_FALSE(has(*a, "agent", 1)); // the complainer did not attack
    // "heavy shelling" is the shelling, not Estmark shelling something
    evs = run("Estmark complained about heavy shelling near Port Selim.");
    for (const auto& e : evs)
        if (e.type == "attack") CHECK_FALSE(has(e, "agent", 1));
}

TEST_CASE("coding: opened fire is gunfire, never a natural fire") {
    auto evs = run("Norlandian soldiers opened fire on protesters in Port Selim.");
    CHECK_FALSE(of_type(evs, "fire"));
}

TEST_CASE("coding: coordinated subjects are all agents, a later clause still starts at ', and'") {
    auto evs = run("Norland and Estmark agreed to a truce on Friday.");
    const auto* e = of_type(evs, "agree");
    REQUIRE(e);
    CHECK(has(*e, "agent", 0));
    CHECK(has(*e, "agent", 1));
    evs = run("Norland attacked Port Selim and Estmark condemned the attack.");
    const auto* a = of_type(evs, "attack");
    const auto* c = of_type(evs, "criticize");
    REQUIRE(a);
    REQUIRE(c);
    CHECK(has(*a, "agent", 0));
    CHECK_FALSE(has(*a, "agent", 1));
    CHECK(has(*c, "agent", 1));
}

TEST_CASE("coding: a part of a group is counted and its owner is the patient") {
    auto evs = run("The Red Hand said on Friday that one of its fighters was killed near Port Selim.");
    const auto* e = of_type(evs, "kill");
    REQUIRE(e);
    CHECK(has(*e, "patient", 2));
    REQUIRE(e->quantities.size() == 1);
    CHECK(e->quantities[0].value == 1);
    CHECK(e->quantities[0].unit == "fighters");
    CHECK(e->quantities[0].text == "one of its fighters");
}

TEST_CASE("coding: whoever dies undergoes the event") {
    auto evs = run("The Red Hand said two of its fighters died in Port Selim.");
    const auto* e = of_type(evs, "die");
    REQUIRE(e);
    CHECK(has(*e, "patient", 2));
    CHECK_FALSE(has(*e, "agent", 2));
}

TEST_CASE("coding: a letter sent is no shipment; weapons sent are") {
    CHECK_FALSE(of_type(run("Norland sent a letter to Estmark on Friday."), "supply"));
    CHECK(of_type(run("Norland sent artillery shells to Estmark on Friday."), "supply"));
}

TEST_CASE("coding: a verb the tagger read as a noun between subject and object ('police shot two')") {
    auto evs = run("The Red Hand shot two protesters in Port Selim.");
    const auto* e = of_type(evs, "attack");
    REQUIRE(e);
    CHECK(e->trigger == "shot");
    evs = run("The Red Hand fired on a convoy near Port Selim.");
    e = of_type(evs, "attack");
    REQUIRE(e);
    CHECK(has(*e, "agent", 2));
}

TEST_CASE("coding: weapons fired at someone are an attack (190), into the sea a test (150)") {
    auto evs = run("Norland fired rockets toward Estmark on Friday.");
    const auto* a = of_type(evs, "attack");
    REQUIRE(a);
    CHECK(a->cameo == "190");
    CHECK(has(*a, "target", 1));
    CHECK_FALSE(of_type(evs, "test"));
    evs = run("Norland fired two missiles into the sea on Friday.");
    CHECK(of_type(evs, "test"));
    CHECK_FALSE(of_type(evs, "attack"));
}

TEST_CASE("coding: one lemma, two types by its object (reject, seize) and yielding moves") {
    auto evs = run("Norland rejected the accusations.");
    CHECK(of_type(evs, "deny"));
    CHECK_FALSE(of_type(evs, "reject"));
    evs = run("Norland rejected a proposal by Estmark to reopen the border.");
    const auto* e = of_type(evs, "reject");
    REQUIRE(e);
    CHECK(e->cameo == "120");
    CHECK(has(*e, "agent", 0));
    CHECK_FALSE(of_type(evs, "deny"));

    evs = run("Norland seized an Estmarkian oil tanker near Port Selim.");
    e = of_type(evs, "seize");
    REQUIRE(e);
    CHECK(e->cameo == "171");
    CHECK_FALSE(of_type(evs, "occupy"));
    CHECK(of_type(run("Norland seized Port Selim after a week of fighting."), "occupy"));

    evs = run("Estmark lifted sanctions on Norland on Monday.");
    e = of_type(evs, "ease_sanctions");
    REQUIRE(e);
    CHECK(e->cameo == "085");
    evs = run("Norland and Estmark restored diplomatic relations after ten years.");
    e = of_type(evs, "restore_relations");
    REQUIRE(e);
    CHECK(has(*e, "agent", 0));
    CHECK(has(*e, "agent", 1));
    // lifting a weight or restoring a building is no event
    CHECK(run("Norland restored the old bridge.").empty());
}

TEST_CASE("coding: welcoming news is praise, a welcomed visitor is not; thanks are praise") {
    auto evs = run("Norland welcomed the agreement between Estmark and the Red Hand.");
    const auto* e = of_type(evs, "praise");
    REQUIRE(e);
    CHECK(has(*e, "agent", 0));
    CHECK_FALSE(of_type(run("The Norland leader was welcomed in Port Selim."), "praise"));
    evs = run("Estmark thanked Norland for the aid.");
    e = of_type(evs, "praise");
    REQUIRE(e);
    CHECK(has(*e, "target", 0));
}

TEST_CASE("coding: recalled envoys, asylum, lawsuits and warships sent") {
    auto evs = run("Norland recalled its ambassador from Estmark.");
    const auto* e = of_type(evs, "break_relations");
    REQUIRE(e);
    CHECK(has(*e, "agent", 0));
    evs = run("Estmark granted asylum to a Norlandian dissident.");
    e = of_type(evs, "grant_asylum");
    REQUIRE(e);
    CHECK(e->cameo == "075");
    evs = run("Estmark filed a lawsuit against Norland.");
    e = of_type(evs, "sue");
    REQUIRE(e);
    CHECK(has(*e, "target", 0));
    evs = run("Norland sent warships to patrol near Port Selim.");
    CHECK(of_type(evs, "deploy"));
    CHECK_FALSE(of_type(evs, "supply"));
}

TEST_CASE("coding: clause shapes event coders meet (providing X with Y, reduced relatives, venues, salvos)") {
    auto evs = run("Norland will provide Estmark with fighter jets.");
    const auto* e = of_type(evs, "supply");
    REQUIRE(e);
    CHECK(has(*e, "recipient", 1));
    CHECK(e->label.find("with fighter jets") != std::string::npos);

    // "accused of" after a noun describes the diplomats: no accusation without an accuser
    evs = run("Norland expelled five Estmarkian diplomats accused of espionage.");
    CHECK(of_type(evs, "expel"));
    CHECK_FALSE(of_type(evs, "accuse"));

    // "at" a court is where the case was filed, not a target; "at" is a target for weapons
    evs = run("Norland filed a lawsuit against Estmark at the court in Port Selim.");
    e = of_type(evs, "sue");
    REQUIRE(e);
    CHECK(has(*e, "target", 1));
    evs = run("The Red Hand fired dozens of rockets at Estmark on Tuesday.");
    e = of_type(evs, "attack");
    REQUIRE(e);
    CHECK(has(*e, "agent", 2));
    CHECK(has(*e, "target", 1));
    CHECK_FALSE(of_type(evs, "test"));

    // a hyphenated verb the tagger reads as a noun, and a signed law that is no agreement
    evs = run("Norland test-fired a new missile on Friday.");
    e = of_type(evs, "test");
    REQUIRE(e);
    CHECK(has(*e, "agent", 0));
    CHECK_FALSE(of_type(run("Norland signed a law banning protests."), "sign"));
}

TEST_CASE("coding: addressees of appeals, closed borders, possessed event nouns after light verbs, purpose") {
    auto evs = run("Estmark urged Norland and the Red Hand to accept a truce.");
    const auto* e = of_type(evs, "appeal");
    REQUIRE(e);
    CHECK(has(*e, "agent", 1));
    CHECK(has(*e, "recipient", 0));
    CHECK(has(*e, "recipient", 2));

    evs = run("Norland closed its border with Estmark on Monday.");
    e = of_type(evs, "restrict");
    REQUIRE(e);
    CHECK(e->cameo == "172");
    CHECK(run("Norland closed the old factory.").empty());

    evs = run("Norland and the Red Hand extended their ceasefire by six months.");
    e = of_type(evs, "ceasefire");
    REQUIRE(e);
    CHECK(has(*e, "agent", 0));
    CHECK(has(*e, "agent", 2));

    // the summoner protests; troops sent to fight do the fighting
    evs = run("Norland summoned the Estmarkian ambassador to protest the shelling of Port Selim.");
    e = of_type(evs, "protest");
    REQUIRE(e);
    CHECK(has(*e, "agent", 0));
    CHECK_FALSE(has(*e, "agent", 1));
}

TEST_CASE("coding: the doer of a gerund after 'for'/'of' is the noun phrase before it") {
    auto evs = run("The Red Hand imposed sanctions on two Norlandian firms for supplying Estmark.");
    const auto* e = of_type(evs, "supply");
    REQUIRE(e);
    CHECK(has(*e, "agent", 0));
    CHECK(has(*e, "recipient", 1)); // a state supplied receives
    CHECK(of_type(evs, "sanction"));

    evs = run("Estmark accused Norland of attacking a hospital in Port Selim.");
    e = of_type(evs, "attack");
    REQUIRE(e);
    CHECK(has(*e, "agent", 0));
    CHECK(e->modality == "alleged");
}

TEST_CASE("coding: a collective that says 'it had', doers of condemned acts, captured places, seized ships") {
    auto evs = run("The Red Hand said it had killed two Estmarkian officers.");
    const auto* e = of_type(evs, "kill");
    REQUIRE(e);
    CHECK(has(*e, "agent", 2));

    evs = run("Norland condemned joint drills by Estmark and the Red Hand.");
    e = of_type(evs, "criticize");
    REQUIRE(e);
    CHECK(has(*e, "target", 1));
    CHECK(has(*e, "target", 2));

    evs = run("The Red Hand captured the city of Port Selim.");
    CHECK(of_type(evs, "occupy"));
    CHECK_FALSE(of_type(evs, "arrest"));

    evs = run("Norland seized two Estmarkian tankers.");
    e = of_type(evs, "seize");
    REQUIRE(e);
    CHECK(has(*e, "target", 1)); // the owner of what was seized
}

TEST_CASE("coding: reporters coordinated after a reported clause, named appositive subjects, 'since' gaps") {
    auto evs =
        run("The Norland minister said Estmark was watching closely and called on the Red Hand to stop.");
    const auto* e = of_type(evs, "appeal");
    REQUIRE(e);
    CHECK_FALSE(has(*e, "agent", 1)); // Estmark is the reported clause's subject, not the caller

    const std::vector<evtest::TimexSpec> times = {
        {"this year", "2025-01-01", "2025-12-31", eventline::Precision::Year},
        {"2017", "2017-01-01", "2017-12-31", eventline::Precision::Year}};
    static const eventline::EventExtractor x;
    DocBuilder named({"Its army, the Red Hand, has overseen more than 20 rounds of weapons tests this year."},
                     kActors, times, "2025-02-14");
    evs = named.run(x);
    e = of_type(evs, "test");
    REQUIRE(e);
    CHECK(has(*e, "agent", 2));
    REQUIRE(e->time);
    CHECK(e->time->start == "2025-01-01");

    DocBuilder gap({"Norland is preparing its first nuclear test since 2017."}, kActors, times, "2025-02-14");
    evs = gap.run(x);
    e = of_type(evs, "test");
    REQUIRE(e);
    CHECK_FALSE(e->time); // the year bounds a gap, it does not date the test
}

TEST_CASE("coding: phrases that are not subjects, 'at least' counts, long 'after' clauses") {
    // the second conjunct of "between X and Y" is no clause of its own and no subject
    auto evs =
        run("Fighting resumed after a truce between Norland and the Red Hand collapsed, officials said.");
    for (const auto& e : evs)
        CHECK_FALSE(has(e, "agent", 2));

    // "at least 330 people" is the passive subject, counted and claimed by the speaker
    evs = run("The Red Hand said at least 330 people had been killed.");
    const auto* e = of_type(evs, "kill");
    REQUIRE(e);
    REQUIRE(e->quantities.size() == 1);
    CHECK(e->quantities[0].value == 330);
    CHECK(e->quantities[0].claimed_by == 2);
    CHECK_FALSE(has(*e, "patient", 2));

    // "their" after a plural noun of its own is not the last named group's
    evs = run("The Red Hand fighters said, as foreign governments prepared to evacuate their citizens.");
    for (const auto& ev : evs)
        if (ev.type == "transport") CHECK_FALSE(has(ev, "theme", 2));
}

TEST_CASE("coding: a meeting or pact named by a noun needs two sides") {
    CHECK_FALSE(of_type(run("The Norland central bank will cut rates at its next meeting."), "meet"));
    auto evs = run("Norland's meeting with Estmark lasted four hours.");
    const auto* e = of_type(evs, "meet");
    REQUIRE(e);
    CHECK(has(*e, "agent", 0));
}

TEST_CASE(
    "coding: participles before nouns are adjectives; coordinated past tenses read as nouns are verbs") {
    auto evs = run("Norland blamed armed gangs for the raid.");
    CHECK_FALSE(of_type(evs, "supply")); // "armed gangs" is no arming
    CHECK(of_type(evs, "accuse"));
    evs = run("The Red Hand killed at least 18 people and abducted dozens more near Port Selim.");
    const auto* e = of_type(evs, "abduct");
    REQUIRE(e);
    CHECK(has(*e, "agent", 2));
    CHECK(of_type(evs, "kill"));
}

TEST_CASE("coding: tear gas fired at a crowd is an attack") {
    auto evs = run("The Red Hand fired tear gas at a crowd in Port Selim.");
    const auto* e = of_type(evs, "attack");
    REQUIRE(e);
    CHECK(has(*e, "agent", 2));
    CHECK_FALSE(of_type(evs, "test"));
}

TEST_CASE("coding: word salad yields nothing, the same words in order do") {
    const std::string prose =
        "Norland attacked a depot near Port Selim on Friday, and the Red Hand said its fighters "
        "had killed two Estmarkian soldiers.";
    CHECK(of_type(run(prose), "attack"));
    // the same words shuffled: determiners before verbs, pronouns before nouns
    const std::string salad = "the attacked Norland a its near depot Selim the on Port Friday, and said Red "
                              "fighters Hand had the killed two Estmarkian soldiers.";
    CHECK(run(salad).empty());
}

TEST_CASE("coding: numerals, particles, amounts of people, 'into' and demonym modifiers") {
    auto evs = run("The Red Hand abducted 20 students from a school near Port Selim.");
    CHECK(of_type(evs, "abduct")); // the tagger reads "abducted 20" as two nouns

    evs = run("The Red Hand shot down 15 Estmarkian drones overnight.");
    const auto* e = of_type(evs, "attack");
    REQUIRE(e);
    CHECK(e->label.find("shot down") != std::string::npos);

    evs = run("Thousands of Red Hand supporters protested in Port Selim on Sunday.");
    e = of_type(evs, "protest");
    REQUIRE(e);
    CHECK(has(*e, "agent", 2));

    evs = run("Estmark called for an investigation into the killing of Norlandian aid workers.");
    e = of_type(evs, "appeal");
    REQUIRE(e);
    CHECK_FALSE(has(*e, "recipient", 0)); // "into" names no addressee

    evs = run("Estmark imposed sanctions on Norlandian drone makers.");
    e = of_type(evs, "sanction");
    REQUIRE(e);
    CHECK(has(*e, "target", 0)); // a demonym before a noun is an affiliation

    evs = run("Norland and Estmark exchanged prisoners of war on Monday.");
    CHECK(of_type(evs, "release"));
}

TEST_CASE("coding: light verbs with event nouns, modifier nouns, summoned envoys, withdrawn laws") {
    auto evs = run("The Red Hand launched a massive missile attack on Port Selim.");
    CHECK(of_type(evs, "attack"));
    CHECK_FALSE(of_type(evs, "test")); // the missile modifies the attack

    evs = run("Norland will send 24 fighter jets to Estmark.");
    CHECK(of_type(evs, "supply"));
    CHECK_FALSE(of_type(evs, "deploy")); // "fighter" modifies "jets": no personnel

    evs = run("Norland summoned the Estmarkian ambassador over the incident.");
    const auto* e = of_type(evs, "complain");
    REQUIRE(e);
    CHECK(e->cameo == "114");
    CHECK((has(*e, "agent", 0) || has(*e, "speaker", 0)));

    evs = run("Estmark urged Norland to withdraw a controversial media law.");
    CHECK_FALSE(of_type(evs, "withdraw"));
    CHECK(of_type(evs, "appeal"));

    evs = run("The Red Hand fired rubber bullets at protesting students in Port Selim.");
    CHECK(of_type(evs, "attack"));
    CHECK_FALSE(of_type(evs, "protest"));
}
