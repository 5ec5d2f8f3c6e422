// Private: the Boost.Graph behind EventGraph. Never include from include/ (Boost stays in graph/).
#pragma once

#include "eventline/graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eventline {

enum class VertexKind : std::uint8_t { Event, Actor, Place };

enum class EdgeKind : std::uint8_t {
    Participant, ///< actor -> event, role
    LocatedAt,   ///< event -> place, role
    Before,      ///< event -> event: source ends before target starts (certain)
    SameTime,    ///< event -> event: identical intervals (member -> hub of its interval)
    During,      ///< event -> event: source lies within target
    Includes,    ///< event -> event: target lies within source
    Overlaps,    ///< event -> event: intervals share days, neither contains the other
    Related,     ///< event -> event: next in one document, at least one undated (weak hint)
    Relation,    ///< actor -> actor: derived from shared events (weight = count, role = event type)
};

std::string_view edge_kind_name(EdgeKind k);

struct VertexProps {
    VertexKind kind = VertexKind::Event;
    std::uint32_t index = 0; ///< into Dataset::events / actors / places
};

struct EdgeProps {
    EdgeKind kind = EdgeKind::Participant;
    std::uint16_t role = 0; ///< index into EventGraph::Impl::roles
    float weight = 1.0f;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps,
                                         EdgeProps, boost::no_property, boost::vecS>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;

/// The graph and its lookup tables (EventGraph::Impl is one; helpers in graph/ take this).
struct GraphStore {
    BoostGraph graph;
    std::vector<std::string> ids; ///< vertex -> id
    std::unordered_map<std::string, Vertex> by_id;
    std::vector<Vertex> event_vertex;   ///< Dataset::events index -> vertex
    std::vector<std::string> roles{""}; ///< role names, id 0 = none
    std::unordered_map<std::string, std::uint16_t> role_ids{{"", 0}};
    std::vector<ActorRelation> relations;

    std::uint16_t role_id(const std::string& r);
};

struct EventGraph::Impl : GraphStore {};

} // namespace eventline
