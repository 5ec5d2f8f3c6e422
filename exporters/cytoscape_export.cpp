// Cytoscape.js elements JSON: events, actors and places as nodes with styling data, preset
// positions that form a timeline (x proportional to days since the first event, y by lane).
#include "timeline_doc.h"
#include "writers.h"

#include <algorithm>
#include <map>

namespace eventline {

namespace {
using namespace exp;
constexpr double kLaneHeight = 160;
constexpr double kStack = 55;
} // namespace

void write_cytoscape(const Dataset& ds, std::ostream& out) {
    DatasetView view(ds);
    const auto& dated = view.dated();
    long first = dated.empty() ? 0 : dated.front().start_day;
    std::vector<std::pair<long, long>> spans;
    for (const auto& t : dated)
        spans.emplace_back(t.start_day, t.end_day);
    TimeAxis axis(spans);
    // Pixels per axis day: wide enough to read a week, narrow enough to fit a screen or two.
    double day_px = axis.length() > 0 ? std::clamp(3000.0 / axis.length(), 2.0, 120.0) : 120.0;

    std::map<std::string, int> lane_index;
    int li = 0;
    for (const auto& l : view.lanes())
        lane_index[l] = li++;
    lane_index[""] = li;

    ojson root;
    ojson cuts = ojson::array();
    for (const auto& [a, b] : axis.cuts())
        cuts.push_back({{"from", iso_of(a)}, {"to", iso_of(b)}});
    root["data"] = {{"generator", "eventline"},
                    {"first_date", dated.empty() ? ojson(nullptr) : ojson(dated.front().start)},
                    {"day_px", day_px},
                    {"axis_cuts", cuts}};
    ojson nodes = ojson::array();
    std::map<std::pair<int, long>, int> stack;
    auto event_node = [&](const TimedEvent& t, double x, double y) {
        const Event& e = *t.event;
        const Family& f = family_of(e);
        ojson n;
        n["data"] = {{"id", clean(e.id)},
                     {"kind", "event"},
                     {"label", clean(shorten(e.label.empty() ? e.type : e.label, 80))},
                     {"type", clean(e.type)},
                     {"family", std::string(f.name)},
                     {"color", std::string(f.color)},
                     {"date", t.start.empty() ? ojson(nullptr) : ojson(t.start)},
                     {"end", t.start.empty() ? ojson(nullptr) : ojson(t.end)},
                     {"precision", t.start.empty() ? ojson(nullptr) : ojson(t.precision)},
                     {"days", t.start.empty() ? ojson(nullptr) : ojson(t.start_day - first)},
                     {"lane", t.lane.empty() ? ojson(nullptr) : ojson(clean(t.lane))}};
        n["position"] = {{"x", x}, {"y", y}};
        n["classes"] =
            t.start.empty() ? "event undated " + std::string(f.name) : "event " + std::string(f.name);
        nodes.push_back(std::move(n));
    };
    for (const auto& t : dated) {
        int lane = lane_index[t.lane];
        int k = stack[{lane, t.start_day}]++;
        event_node(t, axis.at(t.start_day) * day_px, lane * kLaneHeight + k * kStack);
    }
    double undated_y = (li + 1) * kLaneHeight;
    int k = 0;
    for (const auto& t : view.undated())
        event_node(t, k++ * 180.0, undated_y);
    k = 0;
    for (const auto& a : ds.actors) {
        ojson n;
        n["data"] = {{"id", clean(a.id)},
                     {"kind", "actor"},
                     {"label", clean(a.name)},
                     {"type", clean(a.kind)},
                     {"color", std::string(kActorColor)},
                     {"events", view.event_count(a.id)}};
        n["position"] = {{"x", k++ * 200.0}, {"y", -kLaneHeight}};
        n["classes"] = "actor";
        nodes.push_back(std::move(n));
    }
    k = 0;
    for (const auto& p : ds.places) {
        ojson n;
        n["data"] = {{"id", clean(p.id)},
                     {"kind", "place"},
                     {"label", clean(p.name)},
                     {"color", std::string(kPlaceColor)}};
        if (p.lat && p.lon) {
            n["data"]["lat"] = *p.lat;
            n["data"]["lon"] = *p.lon;
        }
        n["position"] = {{"x", k++ * 200.0}, {"y", undated_y + kLaneHeight}};
        n["classes"] = "place";
        nodes.push_back(std::move(n));
    }
    ojson edges = ojson::array();
    int i = 0;
    for (const auto& ed : view.edges()) {
        ojson e;
        e["data"] = {{"id", "edge-" + std::to_string(i++)},
                     {"source", clean(ed.source)},
                     {"target", clean(ed.target)},
                     {"kind", clean(ed.kind)},
                     {"role", clean(ed.role)},
                     {"weight", ed.weight}};
        e["classes"] = clean(ed.kind);
        edges.push_back(std::move(e));
    }
    root["elements"] = {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
    out << dump(root, 2) << '\n';
}

} // namespace eventline
