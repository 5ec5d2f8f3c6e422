// Placeholder graph: participation and location edges only.
#include "eventline/graph.h"

#include <algorithm>
#include <tuple>

namespace eventline {

struct EventGraph::Impl {
    std::vector<Edge> edges;
};

EventGraph::EventGraph(const Dataset& dataset) : impl_(std::make_unique<Impl>()) {
    for (const auto& e : dataset.events) {
        for (const auto& p : e.participants) impl_->edges.push_back({p.actor, e.id, "participant", p.role, 1.0});
        for (const auto& p : e.places) impl_->edges.push_back({e.id, p.place, "located_at", p.role, 1.0});
    }
    std::sort(impl_->edges.begin(), impl_->edges.end(), [](const Edge& a, const Edge& b) {
        return std::tie(a.source, a.target, a.kind, a.role) < std::tie(b.source, b.target, b.kind, b.role);
    });
}
EventGraph::~EventGraph() = default;
EventGraph::EventGraph(EventGraph&&) noexcept = default;
std::vector<Edge> EventGraph::edges() const { return impl_->edges; }
std::vector<ActorRelation> EventGraph::relations() const { return {}; }

void build_edges(Dataset& dataset) { dataset.edges = EventGraph(dataset).edges(); }

} // namespace eventline
