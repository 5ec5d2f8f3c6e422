// The eventline/1 JSON graph (docs/eventline-1.md, docs/eventline-1.schema.json).
#include "writers.h"

#include <nlohmann/json.hpp>

namespace eventline {

namespace {
using ojson = nlohmann::ordered_json;

ojson str_or_null(const std::string& s) {
    return s.empty() ? ojson(nullptr) : ojson(s);
}
template <class T> ojson opt(const std::optional<T>& v) {
    return v ? ojson(*v) : ojson(nullptr);
}

ojson document_json(const Document& d) {
    ojson removed = ojson::object();
    for (const auto& [reason, n] : d.removed)
        removed[reason] = n;
    return {{"id", d.id},
            {"source", d.source},
            {"url", str_or_null(d.url)},
            {"title", d.title},
            {"published", d.published ? ojson(format_date(*d.published)) : ojson(nullptr)},
            {"date_source", str_or_null(d.date_source)},
            {"publisher", str_or_null(d.publisher)},
            {"reporters", d.reporters},
            {"story", d.story},
            {"summary", str_or_null(d.summary)},
            {"removed", removed},
            {"warnings", d.warnings}};
}

ojson event_json(const Event& e) {
    ojson j;
    j["id"] = e.id;
    j["type"] = e.type;
    j["cameo"] = str_or_null(e.cameo);
    j["label"] = e.label;
    if (e.time)
        j["time"] = {{"text", e.time->text},
                     {"value", e.time->value},
                     {"start", str_or_null(e.time->start)},
                     {"end", str_or_null(e.time->end)},
                     {"precision", e.time->precision},
                     {"mod", str_or_null(e.time->mod)}};
    else
        j["time"] = nullptr;
    j["participants"] = ojson::array();
    for (const auto& p : e.participants)
        j["participants"].push_back({{"actor", p.actor}, {"role", p.role}});
    j["places"] = ojson::array();
    for (const auto& p : e.places)
        j["places"].push_back({{"place", p.place}, {"role", p.role}});
    j["quantities"] = ojson::array();
    for (const auto& q : e.quantities)
        j["quantities"].push_back({{"value", q.value},
                                   {"low", opt(q.low)},
                                   {"high", opt(q.high)},
                                   {"approximate", q.approximate},
                                   {"unit", q.unit},
                                   {"per", str_or_null(q.per)},
                                   {"text", q.text},
                                   {"claimed_by", str_or_null(q.claimed_by)}});
    j["attribution"] = {{"source", str_or_null(e.attribution.source)}, {"modality", e.attribution.modality}};
    j["negated"] = e.negated;
    j["quote"] = str_or_null(e.quote);
    j["mentions"] = ojson::array();
    for (const auto& m : e.mentions)
        j["mentions"].push_back(
            {{"document", m.document}, {"sentence", m.sentence}, {"begin", m.begin}, {"end", m.end}});
    j["rule"] = e.rule;
    j["trigger"] = e.trigger;
    j["conflicts"] = ojson::array();
    for (const auto& c : e.conflicts)
        j["conflicts"].push_back({{"field", c.field}, {"values", c.values}, {"claimed_by", c.claimed_by}});
    return j;
}
} // namespace

void write_json(const Dataset& ds, std::ostream& out) {
    ojson root;
    root["schema"] = "eventline/1";
    root["documents"] = ojson::array();
    for (const auto& d : ds.documents)
        root["documents"].push_back(document_json(d));
    root["actors"] = ojson::array();
    for (const auto& a : ds.actors)
        root["actors"].push_back({{"id", a.id},
                                  {"name", a.name},
                                  {"kind", a.kind},
                                  {"country", str_or_null(a.country)},
                                  {"code", str_or_null(a.code)},
                                  {"roles", a.roles},
                                  {"aliases", a.aliases},
                                  {"documents", a.documents},
                                  {"mentions", a.mentions}});
    root["places"] = ojson::array();
    for (const auto& p : ds.places)
        root["places"].push_back({{"id", p.id},
                                  {"name", p.name},
                                  {"country", str_or_null(p.country)},
                                  {"lat", opt(p.lat)},
                                  {"lon", opt(p.lon)},
                                  {"documents", p.documents},
                                  {"mentions", p.mentions}});
    root["events"] = ojson::array();
    for (const auto& e : ds.events)
        root["events"].push_back(event_json(e));
    root["edges"] = ojson::array();
    for (const auto& e : ds.edges) {
        ojson j{{"source", e.source}, {"target", e.target}, {"kind", e.kind}};
        if (!e.role.empty()) j["role"] = e.role;
        j["weight"] = e.weight;
        root["edges"].push_back(std::move(j));
    }
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

} // namespace eventline
