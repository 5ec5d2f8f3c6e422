// GraphML for Gephi, yEd, NetworkX and igraph: a streaming writer (our ids kept as node ids and as
// the `eid` property), typed keys, XML-escaped and control-character-free text.
#include "export_view.h"
#include "writers.h"

#include <cstdio>
#include <string>

namespace eventline {

namespace {
using namespace exp;

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", v);
    return buf;
}

struct Writer {
    std::ostream& out;
    void data(const char* key, const std::string& value) {
        if (!value.empty()) out << "      <data key=\"" << key << "\">" << html_escape(value) << "</data>\n";
    }
};
} // namespace

void write_graphml(const Dataset& ds, std::ostream& out) {
    DatasetView view(ds);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
           "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
           "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    struct Key {
        const char* id;
        const char* for_;
        const char* name;
        const char* type;
    };
    static constexpr Key kKeys[] = {
        {"eid", "node", "eid", "string"},
        {"label", "node", "label", "string"},
        {"kind", "node", "kind", "string"},
        {"type", "node", "type", "string"},
        {"family", "node", "family", "string"},
        {"color", "node", "color", "string"},
        {"start", "node", "start", "string"},
        {"end", "node", "end", "string"},
        {"precision", "node", "precision", "string"},
        {"lane", "node", "lane", "string"},
        {"sources", "node", "sources", "string"},
        {"country", "node", "country", "string"},
        {"lat", "node", "lat", "double"},
        {"lon", "node", "lon", "double"},
        {"events", "node", "events", "int"},
        {"ekind", "edge", "kind", "string"},
        {"role", "edge", "role", "string"},
        {"weight", "edge", "weight", "double"},
    };
    for (const auto& k : kKeys)
        out << "  <key id=\"" << k.id << "\" for=\"" << k.for_ << "\" attr.name=\"" << k.name
            << "\" attr.type=\"" << k.type << "\"/>\n";
    out << "  <graph id=\"eventline\" edgedefault=\"directed\">\n";
    Writer w{out};
    for (const auto* list : {&view.dated(), &view.undated()})
        for (const auto& t : *list) {
            const Event& e = *t.event;
            out << "    <node id=\"" << html_escape(e.id) << "\">\n";
            w.data("eid", e.id);
            w.data("label", e.label.empty() ? e.type : e.label);
            w.data("kind", "event");
            w.data("type", e.type);
            w.data("family", std::string(family_of(e).name));
            w.data("color", std::string(family_of(e).color));
            w.data("start", t.start);
            w.data("end", t.end);
            w.data("precision", t.precision);
            w.data("lane", t.lane);
            std::string sources;
            for (const auto& s : view.sources(e))
                sources += (sources.empty() ? "" : "; ") +
                           (s.document && !s.document->title.empty() ? s.document->title : s.id);
            w.data("sources", sources);
            out << "    </node>\n";
        }
    for (const auto& a : ds.actors) {
        out << "    <node id=\"" << html_escape(a.id) << "\">\n";
        w.data("eid", a.id);
        w.data("label", a.name);
        w.data("kind", "actor");
        w.data("type", a.kind);
        w.data("color", std::string(kActorColor));
        auto [first, last] = view.active_span(a.id);
        w.data("start", first);
        w.data("end", last);
        w.data("country", a.country);
        out << "      <data key=\"events\">" << view.event_count(a.id) << "</data>\n    </node>\n";
    }
    for (const auto& p : ds.places) {
        out << "    <node id=\"" << html_escape(p.id) << "\">\n";
        w.data("eid", p.id);
        w.data("label", p.name);
        w.data("kind", "place");
        w.data("color", std::string(kPlaceColor));
        auto [first, last] = view.active_span(p.id);
        w.data("start", first);
        w.data("end", last);
        w.data("country", p.country);
        if (p.lat && p.lon) {
            w.data("lat", num(*p.lat));
            w.data("lon", num(*p.lon));
        }
        out << "    </node>\n";
    }
    int i = 0;
    for (const auto& ed : view.edges()) {
        out << "    <edge id=\"x" << i++ << "\" source=\"" << html_escape(ed.source) << "\" target=\""
            << html_escape(ed.target) << "\">\n";
        w.data("ekind", ed.kind);
        w.data("role", ed.role);
        w.data("weight", num(ed.weight));
        out << "    </edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

} // namespace eventline
