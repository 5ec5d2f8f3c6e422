// Reads eventline/1 JSON back into a Dataset (the inverse of exporters/json_export.cpp).
#include "eventline/dataset_json.h"
#include "eventline/error.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace eventline {

namespace {

using json = nlohmann::json;

/// Reads fields of one JSON object, naming the field path in every error.
class Reader {
  public:
    Reader(const json& j, std::string where, const std::string& path)
        : j_(j), where_(std::move(where)), path_(path) {
        if (!j_.is_object()) fail(where_, "expected an object");
    }

    [[noreturn]] void fail(const std::string& field, const std::string& reason) const {
        throw InputError(path_, 0, field + ": " + reason);
    }
    std::string at(const char* key) const { return where_.empty() ? key : where_ + "." + key; }

    const json* get(const char* key) const {
        auto it = j_.find(key);
        return it == j_.end() || it->is_null() ? nullptr : &*it;
    }
    std::string str(const char* key) const {
        const json* v = get(key);
        if (!v) return {};
        if (!v->is_string()) fail(at(key), "expected a string");
        return v->get<std::string>();
    }
    std::optional<double> num(const char* key) const {
        const json* v = get(key);
        if (!v) return std::nullopt;
        if (!v->is_number()) fail(at(key), "expected a number");
        return v->get<double>();
    }
    template <class T> T integer(const char* key, T fallback = 0) const {
        const json* v = get(key);
        if (!v) return fallback;
        if (!v->is_number_integer() && !v->is_number_unsigned()) fail(at(key), "expected an integer");
        return v->get<T>();
    }
    bool flag(const char* key) const {
        const json* v = get(key);
        if (!v) return false;
        if (!v->is_boolean()) fail(at(key), "expected true or false");
        return v->get<bool>();
    }
    std::vector<std::string> strings(const char* key) const {
        std::vector<std::string> out;
        const json* v = get(key);
        if (!v) return out;
        if (!v->is_array()) fail(at(key), "expected an array");
        for (std::size_t i = 0; i < v->size(); ++i) {
            if (!(*v)[i].is_string()) fail(at(key) + "[" + std::to_string(i) + "]", "expected a string");
            out.push_back((*v)[i].get<std::string>());
        }
        return out;
    }
    /// Calls f(Reader) for each object of the array `key`.
    template <class F> void each(const char* key, F f) const {
        const json* v = get(key);
        if (!v) return;
        if (!v->is_array()) fail(at(key), "expected an array");
        for (std::size_t i = 0; i < v->size(); ++i)
            f(Reader((*v)[i], at(key) + "[" + std::to_string(i) + "]", path_));
    }
    std::optional<Reader> object(const char* key) const {
        const json* v = get(key);
        if (!v) return std::nullopt;
        return Reader(*v, at(key), path_);
    }
    const json& raw() const { return j_; }

  private:
    const json& j_;
    std::string where_;
    const std::string& path_;
};

Document read_document(const Reader& r) {
    Document d;
    d.id = r.str("id");
    d.source = r.str("source");
    d.url = r.str("url");
    d.title = r.str("title");
    std::string published = r.str("published");
    if (!published.empty()) {
        d.published = parse_iso_date(published);
        if (!d.published) r.fail(r.at("published"), "expected YYYY-MM-DD, got '" + published + "'");
    }
    d.date_source = r.str("date_source");
    d.publisher = r.str("publisher");
    d.reporters = r.strings("reporters");
    d.story = r.str("story");
    d.summary = r.str("summary");
    if (const json* removed = r.get("removed")) {
        if (!removed->is_object()) r.fail(r.at("removed"), "expected an object");
        for (const auto& [reason, n] : removed->items()) {
            if (!n.is_number_integer()) r.fail(r.at("removed") + "." + reason, "expected an integer");
            d.removed[reason] = n.get<int>();
        }
    }
    d.warnings = r.strings("warnings");
    return d;
}

Event read_event(const Reader& r) {
    Event e;
    e.id = r.str("id");
    e.type = r.str("type");
    e.cameo = r.str("cameo");
    e.label = r.str("label");
    if (auto t = r.object("time")) {
        e.time = TimeSpan{t->str("text"), t->str("value"),     t->str("start"),
                          t->str("end"),  t->str("precision"), t->str("mod")};
    }
    r.each("participants", [&](const Reader& p) {
        e.participants.push_back({p.str("actor"), p.str("role")});
    });
    r.each("places", [&](const Reader& p) { e.places.push_back({p.str("place"), p.str("role")}); });
    r.each("quantities", [&](const Reader& q) {
        Quantity x;
        x.value = q.num("value").value_or(0);
        x.low = q.num("low");
        x.high = q.num("high");
        x.approximate = q.flag("approximate");
        x.unit = q.str("unit");
        x.per = q.str("per");
        x.text = q.str("text");
        // claimed_by is one actor id; a list (allowed by readers of the format) keeps its first.
        if (const json* c = q.get("claimed_by"); c && c->is_array())
            x.claimed_by = q.strings("claimed_by").empty() ? std::string() : q.strings("claimed_by").front();
        else
            x.claimed_by = q.str("claimed_by");
        e.quantities.push_back(std::move(x));
    });
    if (auto a = r.object("attribution")) {
        e.attribution.source = a->str("source");
        std::string modality = a->str("modality");
        if (!modality.empty()) e.attribution.modality = modality;
    }
    e.negated = r.flag("negated");
    e.quote = r.str("quote");
    r.each("mentions", [&](const Reader& m) {
        e.mentions.push_back({m.str("document"), m.str("sentence"), m.integer<std::uint32_t>("begin"),
                              m.integer<std::uint32_t>("end")});
    });
    e.rule = r.str("rule");
    e.trigger = r.str("trigger");
    r.each("conflicts", [&](const Reader& c) {
        e.conflicts.push_back({c.str("field"), c.strings("values"), c.strings("claimed_by")});
    });
    e.order = r.integer<std::uint32_t>("order", e.mentions.empty() ? 0 : e.mentions.front().begin);
    return e;
}

} // namespace

Dataset read_dataset_json(std::istream& in, const std::string& path) {
    json root;
    try {
        root = json::parse(in);
    } catch (const json::parse_error& e) {
        // nlohmann reports "parse error at line L, column C: ..."; keep its wording after the id.
        std::string what = e.what();
        auto colon = what.find("parse error");
        throw InputError(path, 0,
                         "invalid JSON: " + (colon == std::string::npos ? what : what.substr(colon)));
    }
    Reader r(root, "", path);
    if (r.str("schema") != "eventline/1")
        r.fail("schema", "expected \"eventline/1\", got \"" + r.str("schema") + "\"");
    Dataset ds;
    r.each("documents", [&](const Reader& d) { ds.documents.push_back(read_document(d)); });
    r.each("actors", [&](const Reader& a) {
        Actor x;
        x.id = a.str("id");
        x.name = a.str("name");
        x.kind = a.str("kind");
        x.country = a.str("country");
        x.code = a.str("code");
        x.roles = a.strings("roles");
        x.aliases = a.strings("aliases");
        x.documents = a.strings("documents");
        x.mentions = a.integer<int>("mentions");
        ds.actors.push_back(std::move(x));
    });
    r.each("places", [&](const Reader& p) {
        Place x;
        x.id = p.str("id");
        x.name = p.str("name");
        x.country = p.str("country");
        x.lat = p.num("lat");
        x.lon = p.num("lon");
        x.documents = p.strings("documents");
        x.mentions = p.integer<int>("mentions");
        ds.places.push_back(std::move(x));
    });
    r.each("events", [&](const Reader& e) { ds.events.push_back(read_event(e)); });
    r.each("edges", [&](const Reader& e) {
        ds.edges.push_back(
            {e.str("source"), e.str("target"), e.str("kind"), e.str("role"), e.num("weight").value_or(1.0)});
    });
    return ds;
}

Dataset read_dataset_json_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, 0, "cannot open the file");
    return read_dataset_json(in, path);
}

} // namespace eventline
