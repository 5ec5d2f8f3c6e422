// GraphViz timeline: time runs left to right on a date axis, one rank per start date, one cluster
// (lane) per main actor, colour by event family, other actors attached by unconstrained dashed edges.
// Graphviz 2.43 facts this writer designs around (seen on real builds): a *labelled* edge with
// constraint=false in a newrank graph with clusters aborts ranking ("trouble in init_rank"), so such
// edges carry xlabels; spline routing between clustered rank=same nodes fails ("lost edge",
// "Pshortestpath failed") unless splines=line; rank constraints come from the axis alone.
#include "export_view.h"
#include "writers.h"

#include <algorithm>
#include <map>
#include <set>

namespace eventline {

namespace {
using namespace exp;

/// A DOT double-quoted string: `"` and `\` escaped, control characters dropped.
std::string quoted(std::string_view s) {
    std::string c = clean(s);
    std::string out = "\"";
    for (char ch : c) {
        if (ch == '"' || ch == '\\') out += '\\';
        out += ch;
    }
    return out + '"';
}

std::string date_node(const std::string& day) {
    return quoted("d:" + day);
}

std::string event_label(const TimedEvent& t, const DatasetView& view) {
    const Event& e = *t.event;
    std::string title = e.label.empty() ? e.type : e.label;
    std::string html = "<";
    bool first = true;
    for (const auto& line : wrap(shorten(title, 84), 28)) {
        html += first ? "<B>" : "<BR/><B>";
        html += html_escape(line) + "</B>";
        first = false;
    }
    std::string meta = DatasetView::display_date(t);
    for (const auto& p : e.places)
        if (const Place* pl = view.place(p.place)) {
            meta += " \xC2\xB7 " + shorten(pl->name, 24);
            break;
        }
    if (!e.type.empty()) meta += " \xC2\xB7 " + e.type;
    html += "<BR/><FONT POINT-SIZE=\"8\" COLOR=\"#4d5560\">" + html_escape(shorten(meta, 60)) + "</FONT>>";
    return html;
}

std::string tooltip(const TimedEvent& t, const DatasetView& view) {
    std::string s = clean(t.event->label) + " (" + DatasetView::display_date(t) + ")";
    for (const auto& src : view.sources(*t.event))
        s += " | " + (src.document && !src.document->title.empty() ? src.document->title : src.id);
    return quoted(shorten(s, 400));
}
} // namespace

void write_dot(const Dataset& ds, std::ostream& out) {
    DatasetView view(ds);
    const auto& dated = view.dated();
    const auto& undated = view.undated();

    out << "// eventline timeline: time runs left to right; one column per start date; one lane per main "
           "actor.\n"
           "digraph eventline {\n"
           "  graph [rankdir=LR, newrank=true, splines=line, nodesep=0.25, ranksep=0.4, fontname=\"DejaVu "
           "Sans\",\n"
           "         fontsize=11, labelloc=b, labeljust=l, bgcolor=\"white\", pad=0.3];\n"
           "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10, "
           "margin=\"0.12,0.06\",\n"
           "        penwidth=1.4];\n"
           "  edge [fontname=\"DejaVu Sans\", fontsize=8, arrowsize=0.6, color=\"#7a8796\"];\n";

    // Legend of the families used, as the graph label.
    std::set<std::string_view> used;
    for (const auto& t : dated)
        used.insert(family_of(*t.event).name);
    out << "  label=<<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\"><TR><TD><B>" << dated.size()
        << " dated events, " << ds.documents.size() << " documents</B>";
    if (!undated.empty()) out << " (" << undated.size() << " undated, not drawn)";
    out << "</TD>";
    for (const auto& f : families())
        if (used.count(f.name))
            out << "<TD BGCOLOR=\"" << f.light << "\" COLOR=\"" << f.color << "\" BORDER=\"1\">"
                << html_escape(f.title) << "</TD>";
    out << "</TR></TABLE>>;\n";

    // Date axis: one plaintext node per distinct start date, chained in order; undated last.
    std::vector<std::string> days;
    for (const auto& t : dated)
        if (days.empty() || days.back() != t.start) days.push_back(t.start);
    std::map<std::string, std::string> day_label;
    for (const auto& t : dated)
        if (!day_label.count(t.start)) {
            TimedEvent point = t;
            point.interval = false;
            point.clock.clear();
            day_label[t.start] = DatasetView::display_date(point);
        }
    out << "\n  // Date axis.\n  subgraph axis {\n"
           "    node [shape=plaintext, style=\"\", fontsize=11, fontcolor=\"#333333\", penwidth=0];\n"
           "    edge [color=\"#b8c0c8\", arrowhead=none, penwidth=2];\n";
    for (const auto& d : days)
        out << "    " << date_node(d) << " [label=" << quoted(day_label[d]) << "];\n";
    const std::vector<std::string>& axis = days;
    for (std::size_t i = 1; i < axis.size(); ++i)
        out << "    " << date_node(axis[i - 1]) << " -> " << date_node(axis[i]) << ";\n";
    out << "  }\n";

    // Lanes.
    std::vector<std::string> lanes = view.lanes();
    if (view.has_other_lane()) lanes.push_back("");
    int lane_no = 0;
    for (const auto& lane : lanes) {
        bool any = false;
        for (const auto& t : dated)
            any |= t.lane == lane;
        if (!any) continue; // a lane of undated events only
        out << "\n  subgraph cluster_lane" << lane_no++
            << " {\n    label=" << quoted(shorten(view.lane_name(lane), 40))
            << "; labeljust=l; fontsize=12; style=\"rounded,filled\"; fillcolor=\"#f7f8fa\"; "
               "color=\"#d5dae0\";\n";
        for (const auto& t : dated) {
            if (t.lane != lane) continue;
            const Family& f = family_of(*t.event);
            out << "    " << quoted(t.event->id) << " [label=" << event_label(t, view) << ", fillcolor=\""
                << f.light << "\", color=\"" << f.color << "\", tooltip=" << tooltip(t, view)
                << (t.event->negated ? ", style=\"rounded,filled,dashed\"" : "") << "];\n";
        }
        out << "  }\n";
    }

    // Other actors: ellipses next to the first event they join, linked by unconstrained dashed
    // edges; the kMaxActors that join most drawn events, so that the diagram stays readable.
    constexpr std::size_t kMaxActors = 15;
    std::map<std::string, const TimedEvent*> timed;
    for (const auto& t : dated)
        timed[t.event->id] = &t;
    std::map<std::string, int> joins;
    for (const auto& ed : view.edges()) {
        auto it = timed.find(ed.target);
        if (ed.kind == "participant" && it != timed.end() && view.actor(ed.source) &&
            it->second->lane != ed.source)
            ++joins[ed.source];
    }
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [a, n] : joins)
        ranked.emplace_back(-n, a);
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() > kMaxActors) ranked.resize(kMaxActors);
    std::set<std::string> shown_actors;
    for (const auto& [n, a] : ranked)
        shown_actors.insert(a);
    std::map<std::string, std::string> actor_rank; // actor -> axis node it sits with
    std::vector<std::pair<const Edge*, const TimedEvent*>> actor_edges;
    for (const auto& ed : view.edges()) {
        if (ed.kind != "participant" || !shown_actors.count(ed.source)) continue;
        auto it = timed.find(ed.target);
        if (it == timed.end() || it->second->lane == ed.source) continue;
        actor_edges.emplace_back(&ed, it->second);
        if (!actor_rank.count(ed.source)) actor_rank[ed.source] = it->second->start;
    }
    if (!actor_rank.empty()) {
        out << "\n  // Other participants.\n";
        for (const auto& [id, day] : actor_rank)
            out << "  " << quoted(id) << " [label=" << quoted(shorten(view.actor(id)->name, 30))
                << ", shape=ellipse, style=\"filled,dashed\", fillcolor=\"#fbf3ef\", color=\"" << kActorColor
                << "\", fontcolor=\"" << kActorColor << "\", fontsize=9];\n";
        for (const auto& [ed, t] : actor_edges)
            out << "  " << quoted(ed->source) << " -> " << quoted(ed->target)
                << " [style=dashed, constraint=false, color=\"" << kActorColor << "\", fontcolor=\""
                << kActorColor << "\", xlabel=" << quoted(ed->role) << "];\n";
    }

    // Same date, same column (newrank makes this work across clusters).
    out << "\n  // One rank per date.\n";
    std::map<std::string, std::vector<std::string>> rank;
    for (const auto& t : dated)
        rank[t.start].push_back(t.event->id);
    for (const auto& [id, day] : actor_rank)
        rank[day].push_back(id);
    for (const auto& [day, ids] : rank) {
        out << "  { rank=same; " << date_node(day) << ";";
        for (const auto& id : ids)
            out << ' ' << quoted(id) << ';';
        out << " }\n";
    }

    // Temporal relations: drawn, never constraining (the axis already orders the columns); a
    // "before" that agrees with the dates is solid, anything else dotted with its kind.
    out << "\n  // Temporal relations.\n";
    for (const auto& ed : view.edges()) {
        static const std::set<std::string> kTemporal{"before", "overlaps", "during", "includes", "same_time"};
        if (!kTemporal.count(ed.kind)) continue;
        auto s = timed.find(ed.source), t = timed.find(ed.target);
        if (s == timed.end() || t == timed.end()) continue;
        bool forward = ed.kind == "before" && !s->second->start.empty() && !t->second->start.empty() &&
                       s->second->start_day < t->second->start_day;
        out << "  " << quoted(ed.source) << " -> " << quoted(ed.target);
        if (forward)
            out << " [color=\"#5d6d7e\", constraint=false];\n";
        else
            out << " [style=dotted, constraint=false, xlabel=" << quoted(ed.kind) << "];\n";
    }
    out << "}\n";
}

} // namespace eventline
