// GEXF 1.2draft with time: nodes and edges live from their events' dates (mode="dynamic",
// timeformat="date") so Gephi's timeline can play the graph; viz colours by event family.
#include "export_view.h"
#include "writers.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace eventline {

namespace {
using namespace exp;

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6f", v);
    return buf;
}

std::string rgb(std::string_view hex) {
    auto byte = [&](int i) {
        return std::to_string(std::stoi(std::string(hex.substr(1 + 2 * i, 2)), nullptr, 16));
    };
    return "r=\"" + byte(0) + "\" g=\"" + byte(1) + "\" b=\"" + byte(2) + "\"";
}

std::string span_attrs(const std::string& start, const std::string& end) {
    std::string s;
    if (!start.empty()) s += " start=\"" + start + "\"";
    if (!end.empty()) s += " end=\"" + end + "\"";
    return s;
}

void attvalues(std::ostream& out, const std::vector<std::pair<const char*, std::string>>& values) {
    out << "        <attvalues>\n";
    for (const auto& [k, v] : values)
        if (!v.empty())
            out << "          <attvalue for=\"" << k << "\" value=\"" << html_escape(v) << "\"/>\n";
    out << "        </attvalues>\n";
}
} // namespace

void write_gexf(const Dataset& ds, std::ostream& out) {
    DatasetView view(ds);
    const auto& dated = view.dated();
    std::vector<std::pair<long, long>> spans;
    for (const auto& t : dated)
        spans.emplace_back(t.start_day, t.end_day);
    TimeAxis axis(spans);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
           "version=\"1.2\">\n"
           "  <meta>\n    <creator>eventline</creator>\n    <description>events, actors and places; "
           "time from the events' dates</description>\n  </meta>\n"
           "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n"
           "    <attributes class=\"node\" mode=\"static\">\n";
    for (const char* a : {"eid", "kind", "type", "family", "precision", "lane", "country", "sources"})
        out << "      <attribute id=\"" << a << "\" title=\"" << a << "\" type=\"string\"/>\n";
    out << "      <attribute id=\"lat\" title=\"lat\" type=\"double\"/>\n"
           "      <attribute id=\"lon\" title=\"lon\" type=\"double\"/>\n"
           "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
           "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
           "      <attribute id=\"role\" title=\"role\" type=\"string\"/>\n"
           "    </attributes>\n    <nodes>\n";

    std::map<std::string, int> lane_index;
    int li = 0;
    for (const auto& l : view.lanes())
        lane_index[l] = li++;
    lane_index[""] = li;
    std::map<std::string, const TimedEvent*> timed;
    for (const auto* list : {&dated, &view.undated()})
        for (const auto& t : *list)
            timed[t.event->id] = &t;

    auto viz = [&](std::string_view color, double x, double y, double size) {
        out << "        <viz:color " << rgb(color) << "/>\n        <viz:position x=\"" << num(x) << "\" y=\""
            << num(y) << "\" z=\"0.0\"/>\n        <viz:size value=\"" << num(size) << "\"/>\n";
    };
    int undated_no = 0;
    for (const auto* list : {&dated, &view.undated()})
        for (const auto& t : *list) {
            const Event& e = *t.event;
            const Family& f = family_of(e);
            out << "      <node id=\"" << html_escape(e.id) << "\" label=\""
                << html_escape(e.label.empty() ? e.type : e.label) << "\"" << span_attrs(t.start, t.end)
                << ">\n";
            std::string sources;
            for (const auto& s : view.sources(e))
                sources += (sources.empty() ? "" : "; ") +
                           (s.document && !s.document->title.empty() ? s.document->title : s.id);
            attvalues(out, {{"eid", e.id},
                            {"kind", "event"},
                            {"type", e.type},
                            {"family", std::string(f.name)},
                            {"precision", t.precision},
                            {"lane", t.lane},
                            {"sources", sources}});
            double x = t.start.empty() ? 40.0 * undated_no++ : 10.0 * axis.at(t.start_day);
            double y = t.start.empty() ? -80.0 : -40.0 * lane_index[t.lane];
            viz(f.color, x, y, 8);
            out << "      </node>\n";
        }
    int k = 0;
    for (const auto& a : ds.actors) {
        auto [s, e] = view.active_span(a.id);
        out << "      <node id=\"" << html_escape(a.id) << "\" label=\"" << html_escape(a.name) << "\""
            << span_attrs(s, "") << ">\n";
        attvalues(out, {{"eid", a.id}, {"kind", "actor"}, {"type", a.kind}, {"country", a.country}});
        viz(kActorColor, 60.0 * k++, 80.0, 5 + std::min(view.event_count(a.id), 10));
        out << "      </node>\n";
    }
    k = 0;
    for (const auto& p : ds.places) {
        auto [s, e] = view.active_span(p.id);
        out << "      <node id=\"" << html_escape(p.id) << "\" label=\"" << html_escape(p.name) << "\""
            << span_attrs(s, "") << ">\n";
        std::vector<std::pair<const char*, std::string>> values{
            {"eid", p.id}, {"kind", "place"}, {"country", p.country}};
        if (p.lat && p.lon) {
            values.emplace_back("lat", num(*p.lat));
            values.emplace_back("lon", num(*p.lon));
        }
        attvalues(out, values);
        viz(kPlaceColor, 60.0 * k++, 160.0, 6);
        out << "      </node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    int i = 0;
    for (const auto& ed : view.edges()) {
        // Participation and location exist from the event's date on; temporal relations always.
        std::string start;
        if (ed.kind == "participant" || ed.kind == "located_at") {
            auto it = timed.find(ed.kind == "participant" ? ed.target : ed.source);
            if (it != timed.end()) start = it->second->start;
        }
        out << "      <edge id=\"x" << i++ << "\" source=\"" << html_escape(ed.source) << "\" target=\""
            << html_escape(ed.target) << "\" weight=\"" << num(ed.weight) << "\"" << span_attrs(start, "")
            << ">\n";
        attvalues(out, {{"kind", ed.kind}, {"role", ed.role}});
        out << "      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
}

} // namespace eventline
