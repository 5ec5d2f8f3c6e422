// The event graph: events, actors and places as vertices; participation, location, temporal and
// actor-to-actor relations as edges. Boost.Graph stays behind this header. Rules: docs/graph.md.
#pragma once

#include "eventline/model.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace eventline {

/// Derived relation between two actors from the events they share.
struct ActorRelation {
    std::string actor;
    std::string other;
    std::string kind; ///< the event type they share, e.g. "transport"
    int count = 0;
    std::string first; ///< earliest date, or empty
    std::string last;
};

/// Limits that keep the edge set near-linear (docs/graph.md, "Temporal edges").
struct GraphLimits {
    std::size_t covers_per_interval = 32; ///< `before` successors linked per distinct interval
    std::size_t full_pairs = 256; ///< interval pairs with at most this many event pairs link all of them
    std::size_t crowd_fan_in = 4; ///< larger pairs: predecessors whose hub links every member of a crowd
    std::size_t containment_per_event = 4; ///< during/includes/overlaps edges started by one event
};

class QueryEngine;

class EventGraph {
  public:
    /// requires: dataset events merged. Builds vertices and all edges.
    explicit EventGraph(const Dataset& dataset, const GraphLimits& limits = {});
    ~EventGraph();
    EventGraph(EventGraph&&) noexcept;

    /// Participation, location and temporal edges (transitively reduced), sorted.
    std::vector<Edge> edges() const;
    /// Actor pairs (actor < other) per shared event type, sorted.
    std::vector<ActorRelation> relations() const;
    std::size_t vertex_count() const;
    /// All edges held, including actor-to-actor relations.
    std::size_t edge_count() const;

  private:
    friend class QueryEngine;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Convenience: fills dataset.edges from EventGraph(dataset).edges().
void build_edges(Dataset& dataset);

} // namespace eventline
