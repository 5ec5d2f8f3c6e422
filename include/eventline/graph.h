// The event graph: events, actors and places as vertices; participation, location, temporal and
// actor-to-actor relations as edges. Boost.Graph stays behind this header.
#pragma once

#include "eventline/model.h"

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

class EventGraph {
  public:
    /// requires: dataset events merged. Builds vertices and all edges.
    explicit EventGraph(const Dataset& dataset);
    ~EventGraph();
    EventGraph(EventGraph&&) noexcept;

    /// Participation, location and temporal edges (transitively reduced), sorted.
    std::vector<Edge> edges() const;
    std::vector<ActorRelation> relations() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Convenience: fills dataset.edges from EventGraph(dataset).edges().
void build_edges(Dataset& dataset);

} // namespace eventline
