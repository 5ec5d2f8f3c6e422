// DocumentExtraction <-> JSON: the stored form of one document's extraction. Exact round trip.
#include "serialize.h"

#include "eventline/kb.h"
#include "json_writer.h"

#include <nlohmann/json.hpp>

namespace eventline {

namespace {
using json = nlohmann::json;

/// Version of the JSON layout below; bump it (and add a migration) when fields change meaning.
constexpr int kFormat = 1;

using kb::JsonWriter;

void write(JsonWriter& w, const Document& d) {
    w.begin_object();
    w.field("id", d.id).field("source", d.source).field("url", d.url).field("title", d.title);
    w.field("text", d.text).field("summary", d.summary).field("publisher", d.publisher);
    w.field("reporters", d.reporters);
    w.key("published");
    if (d.published)
        w.value(format_date(*d.published));
    else
        w.null();
    w.field("date_source", d.date_source);
    w.key("removed_lines").begin_array();
    for (const auto& r : d.removed_lines)
        w.begin_array().value(r.text).value(r.reason).end_array();
    w.end_array();
    w.key("removed").begin_object();
    for (const auto& [reason, n] : d.removed)
        w.field(reason, n);
    w.end_object();
    w.field("story", d.story).field("warnings", d.warnings);
    w.end_object();
}

void write_roles(JsonWriter& w, std::string_view key, const std::vector<EntityRole>& roles) {
    w.key(key).begin_array();
    for (const auto& r : roles)
        w.begin_array().value(r.entity).value(r.role).end_array();
    w.end_array();
}

void write(JsonWriter& w, const EventMention& m) {
    w.begin_object();
    w.field("type", m.type).field("cameo", m.cameo).field("label", m.label).field("trigger", m.trigger);
    w.field("rule", m.rule).field("sentence", m.sentence).field("begin", m.begin).field("end", m.end);
    write_roles(w, "participants", m.participants);
    write_roles(w, "places", m.places);
    w.key("time");
    if (m.time) {
        const TimeSpan& t = *m.time;
        w.begin_object()
            .field("text", t.text)
            .field("value", t.value)
            .field("start", t.start)
            .field("end", t.end);
        w.field("precision", t.precision).field("mod", t.mod).end_object();
    } else {
        w.null();
    }
    w.key("quantities").begin_array();
    for (const auto& q : m.quantities) {
        w.begin_object().field("value", q.value).field("low", q.low).field("high", q.high);
        w.field("approximate", q.approximate).field("unit", q.unit).field("per", q.per).field("text", q.text);
        w.field("claimed_by", q.claimed_by).end_object();
    }
    w.end_array();
    w.field("source", m.source)
        .field("modality", m.modality)
        .field("negated", m.negated)
        .field("quote", m.quote);
    w.end_object();
}

void write(JsonWriter& w, const LocalEntity& e) {
    w.begin_object();
    w.field("is_place", e.is_place).field("kind", e.kind).field("name", e.name).field("key", e.key);
    w.field("country", e.country).field("code", e.code).field("roles", e.roles).field("aliases", e.aliases);
    w.field("lat", e.lat).field("lon", e.lon).field("mentions", e.mentions);
    w.end_object();
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
        for (const auto& x : *r)
            d.removed_lines.push_back({x.at(0).get<std::string>(), x.at(1).get<std::string>()});
    read(j, "removed", d.removed);
    read(j, "story", d.story);
    read(j, "warnings", d.warnings);
    return d;
}

std::vector<EntityRole> roles_from(const json* j) {
    std::vector<EntityRole> out;
    if (j)
        for (const auto& r : *j)
            out.push_back({r.at(0).get<int>(), r.at(1).get<std::string>()});
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
    std::size_t size = 512 + x.document.text.size() * 2;
    JsonWriter w(size);
    w.begin_object().field("format", kFormat);
    w.key("document");
    write(w, x.document);
    w.key("entities").begin_array();
    for (const auto& e : x.entities.entities)
        write(w, e);
    w.end_array();
    w.key("mentions").begin_array();
    for (const auto& m : x.entities.mentions)
        w.begin_array()
            .value(m.sentence)
            .value(m.begin)
            .value(m.end)
            .value(m.entity)
            .value(m.coref)
            .value(m.alt)
            .end_array();
    w.end_array();
    w.key("events").begin_array();
    for (const auto& m : x.events)
        write(w, m);
    w.end_array();
    w.field("sentences", x.sentences);
    w.end_object();
    return w.take();
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
            for (const auto& e : *es)
                x.entities.entities.push_back(entity_from(e));
        if (const json* ms = field(j, "mentions"))
            for (const auto& m : *ms) {
                EntityMention em;
                em.sentence = m.at(0).get<std::uint32_t>();
                em.begin = m.at(1).get<std::uint32_t>();
                em.end = m.at(2).get<std::uint32_t>();
                em.entity = m.at(3).get<int>();
                em.coref = m.at(4).get<bool>();
                if (m.size() > 5) em.alt = m.at(5).get<int>(); // added after the first stored files
                x.entities.mentions.push_back(em);
            }
        if (const json* es = field(j, "events"))
            for (const auto& e : *es)
                x.events.push_back(event_from(e));
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
