// DocumentExtraction <-> JSON: the stored form of one document's extraction. Exact round trip.
#include "serialize.h"

#include "eventline/kb.h"

#include <nlohmann/json.hpp>

namespace eventline {

namespace {
using json = nlohmann::json;

/// Version of the JSON layout below; bump it (and add a migration) when fields change meaning.
constexpr int kFormat = 1;

template <class T> json opt(const std::optional<T>& v) { return v ? json(*v) : json(nullptr); }

json to_json(const Document& d) {
    json removed_lines = json::array();
    for (const auto& r : d.removed_lines) removed_lines.push_back({r.text, r.reason});
    return {{"id", d.id},
            {"source", d.source},
            {"url", d.url},
            {"title", d.title},
            {"text", d.text},
            {"summary", d.summary},
            {"publisher", d.publisher},
            {"reporters", d.reporters},
            {"published", d.published ? json(format_date(*d.published)) : json(nullptr)},
            {"date_source", d.date_source},
            {"removed_lines", std::move(removed_lines)},
            {"removed", d.removed},
            {"story", d.story},
            {"warnings", d.warnings}};
}

json to_json(const TimeSpan& t) {
    return {{"text", t.text}, {"value", t.value}, {"start", t.start}, {"end", t.end},
            {"precision", t.precision}, {"mod", t.mod}};
}

json roles_json(const std::vector<EntityRole>& roles) {
    json out = json::array();
    for (const auto& r : roles) out.push_back({r.entity, r.role});
    return out;
}

json to_json(const EventMention& m) {
    json q = json::array();
    for (const auto& x : m.quantities)
        q.push_back({{"value", x.value}, {"low", opt(x.low)}, {"high", opt(x.high)}, {"approximate", x.approximate},
                     {"unit", x.unit}, {"per", x.per}, {"text", x.text}, {"claimed_by", x.claimed_by}});
    return {{"type", m.type},
            {"cameo", m.cameo},
            {"label", m.label},
            {"trigger", m.trigger},
            {"rule", m.rule},
            {"sentence", m.sentence},
            {"begin", m.begin},
            {"end", m.end},
            {"participants", roles_json(m.participants)},
            {"places", roles_json(m.places)},
            {"time", m.time ? to_json(*m.time) : json(nullptr)},
            {"quantities", std::move(q)},
            {"source", m.source},
            {"modality", m.modality},
            {"negated", m.negated},
            {"quote", m.quote}};
}

json to_json(const LocalEntity& e) {
    return {{"is_place", e.is_place}, {"kind", e.kind},       {"name", e.name},       {"key", e.key},
            {"country", e.country},   {"code", e.code},       {"roles", e.roles},     {"aliases", e.aliases},
            {"lat", opt(e.lat)},      {"lon", opt(e.lon)},    {"mentions", e.mentions}};
}

// Readers: a missing key or null means the default; a value of the wrong type throws.
const json* field(const json& j, const char* key) {
    if (!j.is_object()) throw KbError(std::string("expected an object holding '") + key + "'");
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? nullptr : &*it;
}
template <class T> void read(const json& j, const char* key, T& out) {
    if (const json* v = field(j, key)) v->get_to(out);
}
template <class T> void read(const json& j, const char* key, std::optional<T>& out) {
    const json* v = field(j, key);
    out = v ? std::optional<T>(v->get<T>()) : std::nullopt;
}

Document document_from(const json& j) {
    Document d;
    read(j, "id", d.id);
    read(j, "source", d.source);
    read(j, "url", d.url);
    read(j, "title", d.title);
    read(j, "text", d.text);
    read(j, "summary", d.summary);
    read(j, "publisher", d.publisher);
    read(j, "reporters", d.reporters);
    if (const json* p = field(j, "published")) {
        d.published = parse_iso_date(p->get<std::string>());
        if (!d.published) throw KbError("bad published date '" + p->get<std::string>() + "'");
    }
    read(j, "date_source", d.date_source);
    if (const json* r = field(j, "removed_lines"))
        for (const auto& x : *r) d.removed_lines.push_back({x.at(0).get<std::string>(), x.at(1).get<std::string>()});
    read(j, "removed", d.removed);
    read(j, "story", d.story);
    read(j, "warnings", d.warnings);
    return d;
}

std::vector<EntityRole> roles_from(const json* j) {
    std::vector<EntityRole> out;
    if (j)
        for (const auto& r : *j) out.push_back({r.at(0).get<int>(), r.at(1).get<std::string>()});
    return out;
}

EventMention event_from(const json& j) {
    EventMention m;
    read(j, "type", m.type);
    read(j, "cameo", m.cameo);
    read(j, "label", m.label);
    read(j, "trigger", m.trigger);
    read(j, "rule", m.rule);
    read(j, "sentence", m.sentence);
    read(j, "begin", m.begin);
    read(j, "end", m.end);
    m.participants = roles_from(field(j, "participants"));
    m.places = roles_from(field(j, "places"));
    if (const json* t = field(j, "time")) {
        TimeSpan s;
        read(*t, "text", s.text);
        read(*t, "value", s.value);
        read(*t, "start", s.start);
        read(*t, "end", s.end);
        read(*t, "precision", s.precision);
        read(*t, "mod", s.mod);
        m.time = std::move(s);
    }
    if (const json* qs = field(j, "quantities"))
        for (const auto& x : *qs) {
            QuantityMention q;
            read(x, "value", q.value);
            read(x, "low", q.low);
            read(x, "high", q.high);
            read(x, "approximate", q.approximate);
            read(x, "unit", q.unit);
            read(x, "per", q.per);
            read(x, "text", q.text);
            read(x, "claimed_by", q.claimed_by);
            m.quantities.push_back(std::move(q));
        }
    read(j, "source", m.source);
    read(j, "modality", m.modality);
    read(j, "negated", m.negated);
    read(j, "quote", m.quote);
    return m;
}

LocalEntity entity_from(const json& j) {
    LocalEntity e;
    read(j, "is_place", e.is_place);
    read(j, "kind", e.kind);
    read(j, "name", e.name);
    read(j, "key", e.key);
    read(j, "country", e.country);
    read(j, "code", e.code);
    read(j, "roles", e.roles);
    read(j, "aliases", e.aliases);
    read(j, "lat", e.lat);
    read(j, "lon", e.lon);
    read(j, "mentions", e.mentions);
    return e;
}

} // namespace

std::string extraction_to_json(const DocumentExtraction& x) {
    json entities = json::array();
    for (const auto& e : x.entities.entities) entities.push_back(to_json(e));
    json mentions = json::array();
    for (const auto& m : x.entities.mentions) mentions.push_back({m.sentence, m.begin, m.end, m.entity, m.coref});
    json events = json::array();
    for (const auto& m : x.events) events.push_back(to_json(m));
    json j = {{"format", kFormat},
              {"document", to_json(x.document)},
              {"entities", std::move(entities)},
              {"mentions", std::move(mentions)},
              {"events", std::move(events)},
              {"sentences", x.sentences}};
    // Invalid UTF-8 cannot reach here (ingest repairs it), but never let it abort a run.
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

DocumentExtraction extraction_from_json(std::string_view text) {
    try {
        json j = json::parse(text);
        int format = 0;
        read(j, "format", format);
        if (format != kFormat) throw KbError("unsupported extraction format " + std::to_string(format));
        DocumentExtraction x;
        const json* doc = field(j, "document");
        if (!doc) throw KbError("extraction without a document");
        x.document = document_from(*doc);
        if (const json* es = field(j, "entities"))
            for (const auto& e : *es) x.entities.entities.push_back(entity_from(e));
        if (const json* ms = field(j, "mentions"))
            for (const auto& m : *ms)
                x.entities.mentions.push_back({m.at(0).get<std::uint32_t>(), m.at(1).get<std::uint32_t>(),
                                               m.at(2).get<std::uint32_t>(), m.at(3).get<int>(), m.at(4).get<bool>()});
        if (const json* es = field(j, "events"))
            for (const auto& e : *es) x.events.push_back(event_from(e));
        read(j, "sentences", x.sentences);
        return x;
    } catch (const json::exception& e) {
        throw KbError(std::string("malformed extraction: ") + e.what());
    }
}

Document kb::document_from_json(std::string_view text) {
    try {
        return document_from(json::parse(text));
    } catch (const json::exception& e) {
        throw KbError(std::string("malformed document: ") + e.what());
    }
}

} // namespace eventline
