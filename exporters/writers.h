// One writer per format; private to exporters/.
#pragma once

#include "eventline/model.h"

#include <ostream>
#include <string_view>

namespace eventline {

void write_json(const Dataset& dataset, std::ostream& out);
void write_dot(const Dataset& dataset, std::ostream& out);
/// Renders write_dot's output through Graphviz `dot -T<format>`; throws ExportError without dot.
void write_rendered(const Dataset& dataset, std::string_view format, std::ostream& out);
void write_timeline(const Dataset& dataset, std::ostream& out);
void write_timelinejs(const Dataset& dataset, std::ostream& out);
void write_vis(const Dataset& dataset, std::ostream& out);
void write_cytoscape(const Dataset& dataset, std::ostream& out);
void write_graphml(const Dataset& dataset, std::ostream& out);
void write_gexf(const Dataset& dataset, std::ostream& out);
void write_geojson(const Dataset& dataset, std::ostream& out);
void write_html(const Dataset& dataset, std::ostream& out);

} // namespace eventline
