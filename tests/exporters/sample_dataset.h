// A synthetic, realistic Dataset for exporter tests: dates at day/month/year/decade precision, a
// timed event, an interval, undated events, actors with roles, places with and without coordinates,
// a movement, quantities, mentions from three documents, edges (one dangling), and hostile labels.
#pragma once

#include "eventline/model.h"

#include <string>

namespace eventline::testing {

inline TimeSpan span(std::string start, std::string end, std::string precision, std::string text = "") {
    TimeSpan t;
    t.text = std::move(text);
    t.value = start.substr(0, precision == "decade"  ? 3
                              : precision == "year"  ? 4
                              : precision == "month" ? 7
                                                     : 10);
    t.start = std::move(start);
    t.end = std::move(end);
    t.precision = std::move(precision);
    return t;
}

inline Event event(std::string id, std::string type, std::string cameo, std::string label,
                   std::uint32_t order) {
    Event e;
    e.id = std::move(id);
    e.type = std::move(type);
    e.cameo = std::move(cameo);
    e.label = std::move(label);
    e.order = order;
    e.rule = "test";
    return e;
}

inline void mention(Event& e, const std::string& doc, const std::string& sentence) {
    e.mentions.push_back(Mention{doc, sentence, 0, static_cast<std::uint32_t>(sentence.size())});
}

inline Dataset sample_dataset() {
    Dataset ds;
    auto doc = [&](std::string id, std::string title, std::string url, std::string publisher, int y,
                   unsigned m, unsigned d) {
        Document x;
        x.id = std::move(id);
        x.source = x.id + ".txt";
        x.title = std::move(title);
        x.url = std::move(url);
        x.publisher = std::move(publisher);
        x.published = Date{date::year(y), date::month(m), date::day(d)};
        x.story = "s-port";
        ds.documents.push_back(std::move(x));
    };
    doc("d000000000001", "Harbour reopens after the storm", "https://news.example.org/harbour",
        "Harbour Times", 2024, 3, 12);
    doc("d000000000002", "Ministry & union reach a <deal>", "", "Daily \"Ledger\"", 2024, 3, 13);
    doc("d000000000003", "Z\xC3\xBCrich talks \xE2\x80\x94 \xC2\xAB r\xC3\xA9sum\xC3\xA9 \xC2\xBB",
        "javascript:alert(1)", "", 2024, 3, 14);

    auto actor = [&](std::string id, std::string name, std::string kind, std::string country) {
        Actor a;
        a.id = std::move(id);
        a.name = std::move(name);
        a.kind = std::move(kind);
        a.country = std::move(country);
        a.documents = {"d000000000001"};
        a.mentions = 2;
        ds.actors.push_back(std::move(a));
    };
    actor("a-org-ministry-of-transport", "Ministry of Transport", "organization", "NLD");
    actor("a-org-dockworkers-union", "Dockworkers' Union \"Local 7\"", "organization", "NLD");
    actor("a-org-acme", "Acme & Sons <Shipping>", "organization", "FRA");
    actor("a-person-lena-okafor", "Lena Okafor", "person", "");
    actor("a-country-fra", "France", "country", "FRA");
    actor("a-group-protesters", "protesters", "group", "");
    actor("a-person-idle", "Nobody In Particular", "person", ""); // no events

    auto place = [&](std::string id, std::string name, std::optional<double> lat, std::optional<double> lon) {
        Place p;
        p.id = std::move(id);
        p.name = std::move(name);
        p.lat = lat;
        p.lon = lon;
        p.mentions = 1;
        ds.places.push_back(std::move(p));
    };
    place("p-rotterdam", "Rotterdam", 51.9225, 4.47917);
    place("p-lyon", "Lyon", 45.764, 4.8357);
    place("p-zurich", "Z\xC3\xBCrich", 47.3769, 8.5417);
    place("p-warehouse-9", "Warehouse 9", std::nullopt, std::nullopt);

    const std::string ministry = "a-org-ministry-of-transport", union_ = "a-org-dockworkers-union",
                      acme = "a-org-acme", lena = "a-person-lena-okafor", fra = "a-country-fra",
                      protesters = "a-group-protesters";

    Event e1 = event("e-storm", "disaster", "", "Storm closes the harbour", 1);
    e1.time = span("2024-03-01", "2024-03-01", "day", "on Friday");
    e1.participants = {{ministry, "patient"}};
    e1.places = {{"p-rotterdam", "location"}};
    mention(e1, "d000000000001", "A storm closed the harbour on Friday.");

    Event e2 = event("e-order", "demand", "10", "Ministry orders ships to wait offshore", 2);
    e2.time = span("2024-03-01", "2024-03-01", "day");
    e2.participants = {{ministry, "agent"}};
    mention(e2, "d000000000001", "The ministry told ships to wait offshore.");
    mention(e2, "d000000000002", "Ships were ordered to stay out.");

    Event e3 = event("e-talks", "meet", "040", "Union & ministry meet in Z\xC3\xBCrich", 3);
    e3.time = span("2024-03-04", "2024-03-04", "day", "Monday");
    e3.participants = {{union_, "agent"}, {ministry, "patient"}, {lena, "participant"}};
    e3.places = {{"p-zurich", "location"}};
    mention(e3, "d000000000003", "Union and ministry officials met in Z\xC3\xBCrich on Monday.");

    Event e4 = event("e-shipment", "transport", "", "Acme ships 2,000 containers from Lyon to Rotterdam", 4);
    e4.time = span("2024-03-01", "2024-03-31", "month", "in March");
    e4.participants = {{acme, "agent"}};
    e4.places = {{"p-lyon", "origin"}, {"p-rotterdam", "destination"}};
    Quantity q;
    q.value = 2000;
    q.unit = "containers";
    q.text = "2,000 containers";
    q.claimed_by = acme;
    e4.quantities = {q};
    mention(e4, "d000000000002", "Acme said it moved 2,000 containers from Lyon to Rotterdam in March.");

    Event e5 = event("e-strike", "protest", "14", "Dockworkers strike for three days", 5);
    e5.time = span("2024-03-10", "2024-03-12", "day", "from March 10 to 12");
    e5.participants = {{union_, "agent"}};
    e5.places = {{"p-rotterdam", "location"}};
    mention(e5, "d000000000001", "Dockworkers walked out from March 10 to 12.");

    Event e6 = event("e-expansion", "build", "", "Harbour expanded in the 1990s", 6);
    e6.time = span("1990-01-01", "1999-12-31", "decade", "in the 1990s");
    e6.participants = {{ministry, "agent"}};
    e6.places = {{"p-rotterdam", "location"}};
    mention(e6, "d000000000001", "The harbour was expanded in the 1990s.");

    Event e7 = event("e-statement", "statement", "01", "Okafor calls the talks <productive> & \"open\"", 7);
    e7.participants = {{lena, "speaker"}};
    e7.quote = "We had \"productive\" talks & <real> progress";
    e7.attribution.source = lena;
    e7.attribution.modality = "reported";
    mention(e7, "d000000000003", "Okafor said the talks were productive.");

    Event e8 =
        event("e-blockade", "protest", "14", "Protesters\x0b block\x01 the gate\x7f at Warehouse 9", 8);
    e8.participants = {{protesters, "agent"}};
    e8.places = {{"p-warehouse-9", "location"}};
    e8.negated = true;
    mention(e8, "d000000000002", "Protesters did not block the gate.");

    Event e9 = event("e-reopen", "reopen", "", "Harbour reopens to traffic", 9);
    e9.time = span("2024-03-12T14:30:00", "2024-03-12T14:30:00", "minute", "at 2:30 p.m. on Tuesday");
    e9.participants = {{ministry, "agent"}, {acme, "beneficiary"}};
    e9.places = {{"p-rotterdam", "location"}};
    mention(e9, "d000000000001", "The harbour reopened at 2:30 p.m. on Tuesday.");
    mention(e9, "d000000000002", "Traffic resumed on Tuesday afternoon.");
    mention(e9, "d000000000003", "The harbour is open again.");

    Event e10 = event("e-aid", "provide_aid", "070", "France pledges repair aid", 10);
    e10.time = span("2023-01-01", "2023-12-31", "year", "last year");
    e10.participants = {{fra, "agent"}, {ministry, "recipient"}};
    e10.attribution.modality = "planned";
    mention(e10, "d000000000002", "France pledged repair aid last year.");

    Event e11 = event("e-long", "announce", "", "", 11);
    e11.label =
        "Acme announces a very long and detailed plan to rebuild every crane, berth, quay wall and access "
        "road in the harbour area over the next ten years, with \xE2\x82\xAC"
        "2bn of private money";
    e11.time = span("2024-03-04", "2024-03-04", "day");
    e11.participants = {{acme, "agent"}};
    mention(e11, "d000000000002", "Acme announced a ten-year rebuilding plan.");

    ds.events = {e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11};

    auto edge = [&](std::string s, std::string t, std::string kind, std::string role = "") {
        ds.edges.push_back(Edge{std::move(s), std::move(t), std::move(kind), std::move(role), 1.0});
    };
    edge("e-storm", "e-talks", "before");
    edge("e-talks", "e-strike", "before");
    edge("e-strike", "e-reopen", "before");
    edge("e-reopen", "e-storm", "before"); // contradicts the dates: drawn, never constrains
    edge("e-order", "e-storm", "same_time");
    edge(ministry, "e-order", "participant", "agent");
    edge(union_, "e-talks", "participant", "agent");
    edge("e-talks", "p-zurich", "located_at", "location");
    edge("e-strike", "e-missing", "before"); // dangling: dropped by every writer
    return ds;
}

} // namespace eventline::testing
