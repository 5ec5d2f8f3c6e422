// Event rules on hand-built sentences: roles, passives, relatives, attribution, modality, negation, time,
// quantities.
#include "harness.h"

#include <catch2/catch.hpp>

using eventline::EventMention;
using evtest::DocBuilder;
using evtest::EntitySpec;
using evtest::TimexSpec;

namespace {

const std::vector<EntitySpec> kEntities = {
    {"Dana Whitfield", "person", {"Dana Whitfield", "Ms. Whitfield", "Whitfield"}},
    {"Omar Haddad", "person", {"Omar Haddad", "Mr. Haddad", "Haddad"}},
    {"Norland", "country", {"Norland", "Norlandian", "Norlandians"}},
    {"Estmark", "country", {"Estmark", "Estmarkian"}},
    {"Varnia", "country", {"Varnia", "Varnian"}},
    {"Port Selim", "city", {"Port Selim"}},
    {"Kaldor", "city", {"Kaldor"}},
    {"Northern Steppe", "region", {"Northern Steppe"}},
    {"Brask", "region", {"Brask"}},
    {"Varnian officials", "group", {"Varnian officials"}},
};

const std::vector<TimexSpec> kTimes = {
    {"Friday", "2025-02-14", "2025-02-14"},
    {"Tuesday", "2025-02-11", "2025-02-11"},
    {"late January", "2025-01-21", "2025-01-31"},
    {"the coming weeks", "2025-02-15", "2025-03-15", eventline::Precision::Week, true},
    {"the 1970s", "1970-01-01", "1979-12-31", eventline::Precision::Decade},
};

const EventMention* find(const std::vector<EventMention>& evs, const std::string& type,
                         std::uint32_t sentence = 0) {
    for (auto& e : evs)
        if (e.type == type && e.sentence == sentence) return &e;
    return nullptr;
}

std::vector<EntitySpec> with_entities(std::vector<EntitySpec> extra) {
    std::vector<EntitySpec> all = kEntities;
    all.insert(all.end(), extra.begin(), extra.end());
    return all;
}

/// Extracts events from `texts` with the shared entities (plus `extra` ones) and times.
struct Run {
    DocBuilder b;
    std::vector<EventMention> evs;
    explicit Run(std::vector<std::string> texts, std::vector<EntitySpec> extra = {})
        : b(std::move(texts), with_entities(std::move(extra)), kTimes, "2025-02-14") {
        static const eventline::EventExtractor x;
        evs = b.run(x);
    }
};

} // namespace

TEST_CASE("reporting frame: statement of the speaker plus the embedded event with source and bounded time") {
    Run r({"Defense Minister Dana Whitfield said on Friday that Norland had sent 1,200 troops to Estmark."});
    INFO(r.b.dump(r.evs));
    auto* st = find(r.evs, "statement");
    REQUIRE(st);
    CHECK(r.b.has_role(*st, "speaker", "Dana Whitfield"));
    REQUIRE(st->time);
    CHECK(st->time->start == "2025-02-14");
    auto* dep = find(r.evs, "deploy");
    REQUIRE(dep);
    CHECK(r.b.has_role(*dep, "agent", "Norland"));
    CHECK(r.b.has_role(*dep, "destination", "Estmark"));
    CHECK(r.b.name(dep->source) == "Dana Whitfield");
    REQUIRE(dep->time);
    CHECK(dep->time->start.empty()); // on or before Friday: no day invented
    CHECK(dep->time->end == "2025-02-14");
    CHECK(dep->time->precision == "before");
    REQUIRE(dep->quantities.size() == 1);
    CHECK(dep->quantities[0].value == 1200);
    CHECK(dep->quantities[0].unit == "troops");
    CHECK(r.b.name(dep->quantities[0].claimed_by) == "Dana Whitfield");
    CHECK(dep->rule.find("verb") != std::string::npos);
    CHECK(dep->trigger == "sent");
    CHECK(dep->label == "Norland had sent 1,200 troops to Estmark");
    CHECK(dep->begin < dep->end);
}

TEST_CASE("passive relative clause: origin, destination, own time, approximate count") {
    Run r({"Haddad said Tuesday that Estmark moved roughly 800 Norlandian soldiers who were ferried by barge "
           "from "
           "Port Selim to Kaldor in late January."});
    INFO(r.b.dump(r.evs));
    const EventMention* tr = nullptr;
    for (auto& e : r.evs)
        if (e.type == "transport" && e.trigger == "ferried") tr = &e;
    REQUIRE(tr);
    CHECK(r.b.has_role(*tr, "origin", "Port Selim"));
    CHECK(r.b.has_role(*tr, "destination", "Kaldor"));
    CHECK(r.b.has_role(*tr, "theme", "Norland"));
    REQUIRE(tr->time);
    CHECK(tr->time->start == "2025-01-21");
    REQUIRE_FALSE(tr->quantities.empty());
    CHECK(tr->quantities[0].value == 800);
    CHECK(tr->quantities[0].approximate);
    CHECK(r.b.name(tr->quantities[0].claimed_by) == "Omar Haddad");
}

TEST_CASE("passive with a by-agent swaps roles") {
    Run r({"Kaldor was attacked by Varnian drones on Tuesday."});
    INFO(r.b.dump(r.evs));
    auto* a = find(r.evs, "attack");
    REQUIRE(a);
    CHECK(r.b.has_role(*a, "agent", "Varnia"));
    REQUIRE(a->time);
    CHECK(a->time->start == "2025-02-11");
}

TEST_CASE("modality: estimates, denials, expectations, plans, possibility") {
    Run r({"Varnian officials estimate that about 40,000 Estmarkian soldiers have been deployed.",
           "Estmark denied that its forces attacked Kaldor.",
           "Norland is expected to withdraw its troops from Brask in the coming weeks.",
           "Estmark is preparing to recruit 25,000 to 30,000 new soldiers a month.",
           "Norland may attack Kaldor."});
    INFO(r.b.dump(r.evs));
    auto* d = find(r.evs, "deploy", 0);
    REQUIRE(d);
    CHECK(d->modality == "estimated");
    CHECK(r.b.name(d->source) == "Varnian officials");
    REQUIRE(d->quantities.size() == 1);
    CHECK(d->quantities[0].approximate);
    CHECK(d->quantities[0].value == 40000);
    auto* den = find(r.evs, "deny", 1);
    REQUIRE(den);
    CHECK(r.b.has_role(*den, "speaker", "Estmark"));
    auto* at = find(r.evs, "attack", 1);
    REQUIRE(at);
    CHECK(at->modality == "denied");
    auto* w = find(r.evs, "withdraw", 2);
    REQUIRE(w);
    CHECK(w->modality == "expected");
    CHECK(r.b.has_role(*w, "origin", "Brask"));
    REQUIRE(w->time);
    CHECK(w->time->start == "2025-02-15");
    auto* rec = find(r.evs, "recruit", 3);
    REQUIRE(rec);
    CHECK(rec->modality == "planned");
    REQUIRE(rec->quantities.size() == 1);
    CHECK(rec->quantities[0].low == 25000);
    CHECK(rec->quantities[0].high == 30000);
    CHECK(rec->quantities[0].per == "month");
    auto* may = find(r.evs, "attack", 4);
    REQUIRE(may);
    CHECK(may->modality == "possible");
}

TEST_CASE("negation is kept and flagged, never an occurrence") {
    Run r({"No Norlandian troops have reached Brask, Whitfield said.", "Estmark did not attack Kaldor."});
    INFO(r.b.dump(r.evs));
    auto* a = find(r.evs, "arrive", 0);
    REQUIRE(a);
    CHECK(a->negated);
    CHECK(r.b.name(a->source) == "Dana Whitfield");
    auto* b = find(r.evs, "attack", 1);
    REQUIRE(b);
    CHECK(b->negated);
}

TEST_CASE("quotes become statements of their speaker; inverted speech verbs") {
    Run r({"\"We will not back down,\" Ms. Whitfield told reporters in Kaldor.",
           "\"The talks failed,\" said Omar Haddad, an adviser to the government."});
    INFO(r.b.dump(r.evs));
    auto* s = find(r.evs, "statement", 0);
    REQUIRE(s);
    CHECK(r.b.has_role(*s, "speaker", "Dana Whitfield"));
    CHECK(r.b.has_role(*s, "location", "Kaldor"));
    CHECK(s->quote == "We will not back down");
    auto* s2 = find(r.evs, "statement", 1);
    REQUIRE(s2);
    CHECK(r.b.has_role(*s2, "speaker", "Omar Haddad"));
    CHECK(s2->quote == "The talks failed");
}

TEST_CASE("counts: bounds, millions, killed or wounded with an attributed estimate") {
    Run r({"Estmark has sold Varnia more than a million artillery rounds, Whitfield said.",
           "Over 90,000 killed or wounded, Varnian officials estimated."});
    INFO(r.b.dump(r.evs));
    auto* s = find(r.evs, "sell", 0);
    REQUIRE(s);
    CHECK(r.b.has_role(*s, "agent", "Estmark"));
    CHECK(r.b.has_role(*s, "recipient", "Varnia"));
    REQUIRE(s->quantities.size() == 1);
    CHECK(s->quantities[0].value == 1e6);
    CHECK(s->quantities[0].low == 1e6);
    CHECK(s->quantities[0].unit == "rounds");
    auto* k = find(r.evs, "kill", 1);
    REQUIRE(k);
    REQUIRE(k->quantities.size() == 1);
    CHECK(k->quantities[0].value == 90000);
    CHECK(k->quantities[0].unit == "people");
    CHECK(k->modality == "estimated");
    CHECK(r.b.name(k->quantities[0].claimed_by) == "Varnian officials");
}

TEST_CASE("time of a decade, a noun trigger in a fronted phrase, and training grounds") {
    Run r({"Problems that plagued Norland's rocket programs in the 1970s remain.",
           "In remarks to reporters on Friday, Omar Haddad urged calm.",
           "The Norlandian troops were then taken to training grounds in the Northern Steppe, Whitfield "
           "said."});
    INFO(r.b.dump(r.evs));
    auto* p = find(r.evs, "setback", 0);
    REQUIRE(p);
    REQUIRE(p->time);
    CHECK(p->time->start == "1970-01-01");
    CHECK(p->time->end == "1979-12-31");
    auto* st = find(r.evs, "statement", 1);
    REQUIRE(st);
    CHECK(r.b.has_role(*st, "speaker", "Omar Haddad"));
    REQUIRE(st->time);
    CHECK(st->time->start == "2025-02-14");
    auto* tr = find(r.evs, "train", 2);
    REQUIRE(tr);
    CHECK(r.b.has_role(*tr, "location", "Northern Steppe"));
}

TEST_CASE("garbled or event-free sentences give nothing") {
    Run r({"He said that he had done so. Norland.", "The weather was mild in Kaldor and markets were calm.",
           "Attack attack the the of Estmark"});
    INFO(r.b.dump(r.evs));
    for (auto& e : r.evs)
        CHECK(e.type == "statement");
    CHECK(find(r.evs, "attack", 2) == nullptr);
}

TEST_CASE("natural events need a place or a date; datetimes become days; or-negation") {
    Run r({"A powerful earthquake struck near Kaldor on Friday.", "The quake was a reminder.",
           "Estmark did not confirm or deny the report."});
    INFO(r.b.dump(r.evs));
    auto* q = find(r.evs, "earthquake", 0);
    REQUIRE(q);
    CHECK(r.b.has_role(*q, "location", "Kaldor"));
    REQUIRE(q->time);
    CHECK(q->time->start == "2025-02-14");
    CHECK(find(r.evs, "earthquake", 1) == nullptr);
    auto* d = find(r.evs, "deny", 2);
    REQUIRE(d);
    CHECK(d->negated);
}

TEST_CASE("robustness: random words, punctuation and mentions never crash and stay inside the text") {
    const std::vector<std::string> words = {"the", "said",   "troops", "Norland", "Kaldor", ",",       "\"",
                                            "'",   "that",   "who",    "were",    "sent",   "to",      "from",
                                            "by",  "not",    "2,500",  "about",   "attack", "-",       ";",
                                            "(",   "Friday", "its",    "he",      "a",      "million", "."};
    unsigned seed = 7;
    auto rnd = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 8); };
    std::vector<std::string> texts;
    for (int s = 0; s < 300; ++s) {
        std::string t;
        int n = int(rnd() % 25);
        for (int k = 0; k < n; ++k)
            t += (k ? " " : "") + words[rnd() % words.size()];
        texts.push_back(t);
    }
    texts.push_back("");
    texts.push_back("\"\"\" ,,, ;;; ---");
    Run r(texts);
    for (auto& e : r.evs) {
        CHECK(e.begin <= e.end);
        CHECK(e.end <= r.b.doc.text.size());
        CHECK(!e.type.empty());
        CHECK(!e.rule.empty());
    }
}

TEST_CASE("a count range as the object: 'has killed between 1,200 and 1,400 people'") {
    Run r({"Varnian officials estimate that the war has killed between 1,200 and 1,400 people."});
    INFO(r.b.dump(r.evs));
    auto* k = find(r.evs, "kill", 0);
    REQUIRE(k);
    REQUIRE(k->quantities.size() == 1);
    CHECK(k->quantities[0].low == 1200);
    CHECK(k->quantities[0].high == 1400);
    CHECK(r.b.name(k->quantities[0].claimed_by) == "Varnian officials");
}

TEST_CASE("claimant: a named appositive speaks for its possessive subject") {
    Run r({"Varnia's relief agency, Kestrel Aid, said that more than 300 people had been killed in Brask."},
          {{"Kestrel Aid", "organization", {"Kestrel Aid"}}});
    INFO(r.b.dump(r.evs));
    auto* k = find(r.evs, "kill");
    REQUIRE(k);
    REQUIRE(k->quantities.size() == 1);
    CHECK(k->quantities[0].value == 300);
    CHECK(r.b.name(k->quantities[0].claimed_by) == "Kestrel Aid");
    CHECK(r.b.name(k->source) == "Kestrel Aid");
}

TEST_CASE("claimant: a possessive subject without an appositive keeps its entity") {
    Run r({"Varnia's army said that more than 40 soldiers had been killed in Brask."});
    INFO(r.b.dump(r.evs));
    auto* k = find(r.evs, "kill");
    REQUIRE(k);
    REQUIRE(k->quantities.size() == 1);
    CHECK(r.b.name(k->quantities[0].claimed_by) == "Varnia");
}

TEST_CASE("claimant: the verb after an appositive with a relative clause belongs to the named subject") {
    Run r({"Kestrel Aid, a relief group that operates in the north, said more than 90 people had died "
           "in Brask."},
          {{"Kestrel Aid", "organization", {"Kestrel Aid"}}});
    INFO(r.b.dump(r.evs));
    auto* d = find(r.evs, "die");
    REQUIRE(d);
    REQUIRE(d->quantities.size() == 1);
    CHECK(d->quantities[0].value == 90);
    CHECK(r.b.name(d->quantities[0].claimed_by) == "Kestrel Aid");
}

TEST_CASE("claimant: 'X estimates that' read as a plural noun still names X as the claimant") {
    Run r({"The Kestrel Aid monitoring office estimates that the fighting has killed between 2,100 "
           "and 2,300 people."},
          {{"Kestrel Aid", "organization", {"Kestrel Aid"}}});
    INFO(r.b.dump(r.evs));
    auto* k = find(r.evs, "kill");
    REQUIRE(k);
    REQUIRE(k->quantities.size() == 1);
    CHECK(k->quantities[0].low == 2100);
    CHECK(k->quantities[0].high == 2300);
    CHECK(r.b.name(k->quantities[0].claimed_by) == "Kestrel Aid");
}

TEST_CASE("quantities: ', including N' right after a count is a subset of the same event") {
    Run r({"Norlandian officials said the fighting had killed more than 900 people since 1975, including 120 "
           "children."});
    INFO(r.b.dump(r.evs));
    auto* k = find(r.evs, "kill");
    REQUIRE(k);
    REQUIRE(k->quantities.size() == 2);
    CHECK(k->quantities[0].value == 900);
    CHECK(k->quantities[1].value == 120);
    CHECK(k->quantities[1].unit == "children");
}

TEST_CASE("quantities: ', including' after a verb is not a subset of the count") {
    Run r({"Norland sent 400 troops to Estmark, officials said, including 30 soldiers to Kaldor."});
    INFO(r.b.dump(r.evs));
    auto* d = find(r.evs, "deploy");
    REQUIRE(d);
    CHECK(d->quantities.size() == 1);
}

TEST_CASE("quantities: 'and N injured' after a death toll shares the event and its claimant") {
    Run r(
        {"Varnian officials said that more than 70 people had been killed in Brask and about 400 injured."});
    INFO(r.b.dump(r.evs));
    auto* k = find(r.evs, "kill");
    REQUIRE(k);
    REQUIRE(k->quantities.size() == 2);
    CHECK(k->quantities[0].value == 70);
    CHECK(k->quantities[1].value == 400);
    CHECK(k->quantities[1].approximate);
    CHECK(r.b.name(k->quantities[1].claimed_by) == "Varnian officials");
}

TEST_CASE("quantities: the toll killed by a disaster noun goes on the disaster event") {
    Run r({"A flood near Kaldor in the 1970s killed more than 2,000 people."});
    INFO(r.b.dump(r.evs));
    const EventMention* f = nullptr;
    for (auto& e : r.evs)
        if (e.trigger == "flood") f = &e;
    REQUIRE(f);
    REQUIRE(f->quantities.size() == 1);
    CHECK(f->quantities[0].value == 2000);
    CHECK(f->quantities[0].unit == "people");
}
