// Format names and the dispatch from a Format to its writer.
#include "eventline/exporters.h"
#include "writers.h"

#include <array>

namespace eventline {

namespace {
struct FormatInfo {
    Format format;
    std::string_view name;
    std::string_view suffix;
};
constexpr std::array<FormatInfo, 12> kFormats{{
    {Format::Json, "json", ".json"},
    {Format::Dot, "dot", ".dot"},
    {Format::Svg, "svg", ".svg"},
    {Format::Png, "png", ".png"},
    {Format::Timeline, "timeline", ".timeline.json"},
    {Format::TimelineJs, "timelinejs", ".tl.json"},
    {Format::Vis, "vis", ".vis.json"},
    {Format::Cytoscape, "cytoscape", ".cy.json"},
    {Format::GraphMl, "graphml", ".graphml"},
    {Format::Gexf, "gexf", ".gexf"},
    {Format::GeoJson, "geojson", ".geojson"},
    {Format::Html, "html", ".html"},
}};
} // namespace

std::optional<Format> parse_format(std::string_view name) {
    for (const auto& f : kFormats)
        if (f.name == name) return f.format;
    return std::nullopt;
}

std::string_view format_name(Format f) {
    return kFormats[static_cast<int>(f)].name;
}
std::string_view format_suffix(Format f) {
    return kFormats[static_cast<int>(f)].suffix;
}

std::vector<Format> all_formats() {
    std::vector<Format> out;
    for (const auto& f : kFormats)
        out.push_back(f.format);
    return out;
}

void write_export(const Dataset& dataset, Format format, std::ostream& out) {
    switch (format) {
    case Format::Json:
        return write_json(dataset, out);
    case Format::Dot:
        return write_dot(dataset, out);
    case Format::Svg:
        return write_rendered(dataset, "svg", out);
    case Format::Png:
        return write_rendered(dataset, "png", out);
    case Format::Timeline:
        return write_timeline(dataset, out);
    case Format::TimelineJs:
        return write_timelinejs(dataset, out);
    case Format::Vis:
        return write_vis(dataset, out);
    case Format::Cytoscape:
        return write_cytoscape(dataset, out);
    case Format::GraphMl:
        return write_graphml(dataset, out);
    case Format::Gexf:
        return write_gexf(dataset, out);
    case Format::GeoJson:
        return write_geojson(dataset, out);
    case Format::Html:
        return write_html(dataset, out);
    }
    throw ExportError("[export] unknown format");
}

} // namespace eventline
