// GraphViz timeline: time runs left to right, one rank per start date, actor edges unconstrained.
#include "writers.h"

#include <map>
#include <set>

namespace eventline {

namespace {
std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') { out += "\\n"; continue; }
        if (static_cast<unsigned char>(c) < 0x20) continue;
        out += c;
    }
    return out + '"';
}
} // namespace

void write_dot(const Dataset& ds, std::ostream& out) {
    out << "digraph eventline {\n  graph [rankdir=LR, newrank=true, fontname=\"Helvetica\"];\n"
           "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fb\", fontname=\"Helvetica\", fontsize=10];\n";
    std::map<std::string, std::vector<const Event*>> by_date;
    for (const auto& e : ds.events)
        by_date[e.time && !e.time->start.empty() ? e.time->start : std::string()].push_back(&e);
    std::string prev;
    for (const auto& [date, events] : by_date) {
        if (date.empty()) continue;
        out << "  " << quoted(date) << " [shape=plaintext, style=\"\"];\n";
        if (!prev.empty()) out << "  " << quoted(prev) << " -> " << quoted(date) << " [style=invis];\n";
        prev = date;
    }
    for (const auto& e : ds.events) out << "  " << quoted(e.id) << " [label=" << quoted(e.label) << "];\n";
    for (const auto& [date, events] : by_date) {
        if (date.empty()) continue;
        out << "  { rank=same; " << quoted(date) << ";";
        for (const auto* e : events) out << ' ' << quoted(e->id) << ';';
        out << " }\n";
    }
    std::set<std::string> used;
    for (const auto& ed : ds.edges)
        if (ed.kind == "participant") used.insert(ed.source);
    for (const auto& a : ds.actors)
        if (used.count(a.id))
            out << "  " << quoted(a.id) << " [label=" << quoted(a.name) << ", shape=ellipse, fillcolor=\"#fdf1dc\"];\n";
    for (const auto& ed : ds.edges) {
        if (ed.kind == "participant")
            out << "  " << quoted(ed.source) << " -> " << quoted(ed.target) << " [style=dashed, constraint=false, label="
                << quoted(ed.role) << "];\n";
        else if (ed.kind == "before")
            out << "  " << quoted(ed.source) << " -> " << quoted(ed.target) << ";\n";
    }
    out << "}\n";
}

} // namespace eventline
