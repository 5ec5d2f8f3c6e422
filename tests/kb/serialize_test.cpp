#include "kb_test_util.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

using namespace eventline;
using kbtest::sample_extraction;

TEST_CASE("an extraction survives the JSON round trip field for field", "[kb][serialize]") {
    DocumentExtraction x = sample_extraction("d0000000000a1", "Maria Sandoval met officials from Peru.");
    std::string text = extraction_to_json(x);
    DocumentExtraction y = extraction_from_json(text);

    const Document& a = x.document;
    const Document& b = y.document;
    CHECK(b.id == a.id);
    CHECK(b.source == a.source);
    CHECK(b.url == a.url);
    CHECK(b.title == a.title);
    CHECK(b.text == a.text);
    CHECK(b.summary == a.summary);
    CHECK(b.publisher == a.publisher);
    CHECK(b.reporters == a.reporters);
    REQUIRE(b.published);
    CHECK(format_date(*b.published) == "2023-03-14");
    CHECK(b.date_source == a.date_source);
    REQUIRE(b.removed_lines.size() == 2);
    CHECK(b.removed_lines[1].text == "Share this");
    CHECK(b.removed_lines[1].reason == "share_widget");
    CHECK(b.removed == a.removed);
    CHECK(b.warnings == a.warnings);

    REQUIRE(y.entities.entities.size() == 3);
    const LocalEntity& port = y.entities.entities[2];
    CHECK(port.is_place);
    CHECK(port.key == "place:valparaiso");
    REQUIRE(port.lat);
    CHECK(*port.lat == -33.0472);
    CHECK(*port.lon == -71.612627);
    CHECK_FALSE(y.entities.entities[0].lat);
    CHECK(y.entities.entities[0].aliases == std::vector<std::string>{"Sandoval", "Ms. Sandoval"});
    CHECK(y.entities.entities[0].roles == std::vector<std::string>{"foreign minister"});
    CHECK(y.entities.entities[1].code == "PER");
    REQUIRE(y.entities.mentions.size() == 3);
    CHECK(y.entities.mentions[2].coref);
    CHECK(y.entities.mentions[1].begin == 30);
    CHECK(y.entities.mentions[1].entity == 2);
    CHECK(y.entities.mentions[1].alt == 1);
    CHECK(y.entities.mentions[0].alt == -1);
    // Mentions stored before `alt` existed (five fields) still read, with alt = -1.
    std::string old_layout = text;
    auto at = old_layout.find("[0,30,34,2,false,1]");
    REQUIRE(at != std::string::npos);
    old_layout.replace(at, 19, "[0,30,34,2,false]");
    CHECK(extraction_from_json(old_layout).entities.mentions[1].alt == -1);

    REQUIRE(y.events.size() == 2);
    const EventMention& meet = y.events[0];
    CHECK(meet.cameo == "036");
    CHECK(meet.rule == "svo.meet");
    REQUIRE(meet.time);
    CHECK(meet.time->text == "on Tuesday");
    CHECK(meet.time->start == "2023-03-14");
    CHECK(meet.time->precision == "day");
    REQUIRE(meet.places.size() == 1);
    CHECK(meet.places[0].entity == 2);
    CHECK(meet.places[0].role == "location");
    const EventMention& deploy = y.events[1];
    CHECK_FALSE(deploy.time);
    CHECK(deploy.end == 90);
    CHECK(deploy.source == 0);
    CHECK(deploy.modality == "reported");
    CHECK(deploy.quote == "We will send them \"soon\"");
    REQUIRE(deploy.quantities.size() == 2);
    CHECK(deploy.quantities[0].value == 1750.5);
    CHECK(*deploy.quantities[0].low == 1500.0);
    CHECK(*deploy.quantities[0].high == 2000.0);
    CHECK(deploy.quantities[0].approximate);
    CHECK(deploy.quantities[0].per == "month");
    CHECK(deploy.quantities[0].claimed_by == 0);
    CHECK_FALSE(deploy.quantities[1].low);
    CHECK(deploy.quantities[1].claimed_by == -1);
    CHECK(y.sentences == x.sentences);

    // The stored form is a fixed point: serializing what was read gives the same bytes.
    CHECK(extraction_to_json(y) == text);
}

TEST_CASE("a document without optional fields round-trips to the same defaults", "[kb][serialize]") {
    DocumentExtraction x;
    x.document.id = "d000000000000";
    x.document.text = "Plain.";
    DocumentExtraction y = extraction_from_json(extraction_to_json(x));
    CHECK_FALSE(y.document.published);
    CHECK(y.document.url.empty());
    CHECK(y.entities.entities.empty());
    CHECK(y.events.empty());
    CHECK(y.document.text == "Plain.");
}

TEST_CASE("malformed stored JSON is a KbError, never a crash", "[kb][serialize]") {
    CHECK_THROWS_AS(extraction_from_json("{not json"), KbError);
    CHECK_THROWS_AS(extraction_from_json("[1,2]"), KbError);
    CHECK_THROWS_AS(extraction_from_json(R"({"format":1})"), KbError);
    CHECK_THROWS_AS(extraction_from_json(R"({"format":99,"document":{}})"), KbError);
    CHECK_THROWS_AS(extraction_from_json(R"({"format":1,"document":{"id":5}})"), KbError);
    CHECK_THROWS_AS(extraction_from_json(R"({"format":1,"document":{"published":"2023-02-30"}})"), KbError);
    CHECK_THROWS_AS(extraction_from_json(R"({"format":1,"document":{},"events":[{"participants":[[1]]}]})"),
                    KbError);
    CHECK_THROWS_WITH(extraction_from_json("{"), Catch::Contains("malformed extraction"));
}

TEST_CASE("the content hash ignores where a document came from but not what it says", "[kb][hash]") {
    DocumentExtraction x = sample_extraction("d0000000000a1", "Text one.");
    Document a = x.document;
    Document b = a;
    b.source = "elsewhere/copy.html";
    b.story = "s123";
    CHECK(content_hash(a) == content_hash(b));
    CHECK(content_hash(a).size() == 32);
    Document c = a;
    c.text += " ";
    CHECK(content_hash(a) != content_hash(c));
    Document d = a;
    d.published = Date{date::year{2023}, date::month{3}, date::day{15}};
    CHECK(content_hash(a) != content_hash(d));
    // Field boundaries count: moving a character from title to text changes the hash.
    Document e = a, f = a;
    e.title = "ab";
    e.text = "c";
    f.title = "a";
    f.text = "bc";
    CHECK(content_hash(e) != content_hash(f));
}

TEST_CASE("escaping: quotes, controls and invalid UTF-8 always give valid JSON", "[kb][serialize]") {
    DocumentExtraction x;
    x.document.id = "d000000000001";
    x.document.text =
        "tab\there \"quoted\" back\\slash \x01 bell\x07 newline\n caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x93\xB0";
    x.document.title = "bad \xC3 lead \xFF byte \xED\xA0\x80 surrogate";
    x.events.resize(1);
    x.events[0].quantities.push_back(
        {std::nan(""), std::numeric_limits<double>::infinity(), 0.1, false, "", "", "", -1});
    std::string text = extraction_to_json(x);
    CHECK(nlohmann::json::accept(text));
    DocumentExtraction y = extraction_from_json(text);
    CHECK(y.document.text == x.document.text);
    CHECK(y.document.title ==
          "bad \xEF\xBF\xBD lead \xEF\xBF\xBD byte \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD surrogate");
    REQUIRE(y.events.at(0).quantities.size() == 1);
    CHECK(y.events[0].quantities[0].value == 0);   // NaN is stored as null
    CHECK_FALSE(y.events[0].quantities[0].low);    // so is infinity
    CHECK(*y.events[0].quantities[0].high == 0.1); // shortest form still reads back exactly
}
