// Exporters: a Dataset to the bytes a front end loads.
#pragma once

#include "eventline/model.h"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace eventline {

enum class Format { Json, Dot, Svg, Png, Timeline, TimelineJs, Vis, Cytoscape, GraphMl, Gexf, GeoJson, Html };

/// "json", "dot", "svg", ... ; nullopt for an unknown name.
std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format f);
/// File name suffix used by --format all, e.g. ".tl.json".
std::string_view format_suffix(Format f);
std::vector<Format> all_formats();

/// Writes `dataset` as `format`. Svg and Png go through Graphviz `dot`; throws ExportError when absent.
void write_export(const Dataset& dataset, Format format, std::ostream& out);

struct ExportError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

} // namespace eventline
