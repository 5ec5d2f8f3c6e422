// The eventline/1 data model: what build writes and what the graph, exporters, queries and KB read.
#pragma once

#include "eventline/document.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace eventline {

struct Actor {
    std::string id; ///< stable, e.g. "a-country-prk", "a-person-lloyd-j-austin-iii"
    std::string name;
    std::string kind;    ///< person | country | organization | group
    std::string country; ///< ISO 3166 alpha-3, or empty
    std::string code;    ///< CAMEO-style, e.g. "USAGOV", or empty
    std::vector<std::string> roles;
    std::vector<std::string> aliases;
    std::vector<std::string> documents;
    int mentions = 0;
};

struct Place {
    std::string id; ///< e.g. "p-vladivostok"
    std::string name;
    std::string country;
    std::optional<double> lat;
    std::optional<double> lon;
    std::vector<std::string> documents;
    int mentions = 0;
};

/// A calendar interval, both ends inclusive ISO dates.
struct TimeSpan {
    std::string text;
    std::string value; ///< TIMEX3
    std::string start;
    std::string end;
    std::string precision; ///< day, month, ...; "before" bound events keep the day they are bounded by
    std::string mod;
};

struct Participant {
    std::string actor;
    std::string role; ///< agent, patient, recipient, target, speaker, theme
};

struct PlaceRef {
    std::string place;
    std::string role; ///< location | origin | destination
};

struct Quantity {
    double value = 0;
    std::optional<double> low;
    std::optional<double> high;
    bool approximate = false;
    std::string unit; ///< "troops", "rounds", "people" ...
    std::string per;  ///< rate period: "month" in "25,000 a month", else empty
    std::string text;
    std::string claimed_by; ///< actor id, or empty
};

struct Attribution {
    std::string source; ///< actor id, or empty
    std::string modality =
        "asserted"; ///< asserted|reported|estimated|alleged|denied|expected|planned|possible
};

struct Mention {
    std::string document;
    std::string sentence;    ///< the sentence's text
    std::uint32_t begin = 0; ///< byte offsets into the document's cleaned text
    std::uint32_t end = 0;
};

/// Two sources disagree on a field of one event (e.g. a quantity or a date).
struct Conflict {
    std::string field; ///< "quantity:troops", "time"
    std::vector<std::string> values;
    std::vector<std::string> claimed_by; ///< parallel to values; actor id or ""
};

struct Event {
    std::string id;
    std::string type;
    std::string cameo; ///< empty: no CAMEO code applies
    std::string label;
    std::optional<TimeSpan> time;
    std::vector<Participant> participants;
    std::vector<PlaceRef> places;
    std::vector<Quantity> quantities;
    Attribution attribution;
    bool negated = false;
    std::string quote;
    std::vector<Mention> mentions;
    std::string rule;
    std::string trigger;
    std::vector<Conflict> conflicts;
    std::uint32_t order = 0; ///< document order hint (first mention), for events without time
};

struct Edge {
    std::string source;
    std::string target;
    std::string kind; ///< before|overlaps|during|includes|same_time|participant|located_at|related
    std::string role;
    double weight = 1.0;
};

/// Everything one build produced, sorted so that output diffs are meaningful.
struct Dataset {
    std::vector<Document> documents;
    std::vector<Actor> actors;
    std::vector<Place> places;
    std::vector<Event> events;
    std::vector<Edge> edges;
};

} // namespace eventline
