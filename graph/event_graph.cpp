// EventGraph: vertices, participation/location edges, temporal edges and actor relations.
// The temporal rules (certain `before`, transitive reduction, caps) are explained in docs/graph.md.
#include "day_number.h"
#include "graph_model.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace eventline {

std::string_view edge_kind_name(EdgeKind k) {
    switch (k) {
    case EdgeKind::Participant:
        return "participant";
    case EdgeKind::LocatedAt:
        return "located_at";
    case EdgeKind::Before:
        return "before";
    case EdgeKind::SameTime:
        return "same_time";
    case EdgeKind::During:
        return "during";
    case EdgeKind::Includes:
        return "includes";
    case EdgeKind::Overlaps:
        return "overlaps";
    case EdgeKind::Related:
        return "related";
    case EdgeKind::Relation:
        return "relation";
    }
    return "related";
}

std::uint16_t GraphStore::role_id(const std::string& r) {
    auto [it, added] = role_ids.try_emplace(r, std::uint16_t(roles.size()));
    if (added) roles.push_back(r);
    return it->second;
}

namespace {

struct Timed {
    int start;
    int end;
    std::uint32_t event; ///< index into Dataset::events
};

/// Events sharing one interval: members are sorted[first, first + count); the first is the hub.
struct IntervalClass {
    int start;
    int end;
    std::uint32_t first;
    std::uint32_t count;
};

class TemporalBuilder {
  public:
    TemporalBuilder(const Dataset& ds, const GraphLimits& limits, GraphStore& g)
        : ds_(ds), limits_(limits), g_(g) {}

    void build() {
        collect();
        same_time_and_before();
        containment();
        document_order();
    }

  private:
    void add(std::uint32_t a, std::uint32_t b, EdgeKind kind, float weight = 1.0f, std::uint16_t role = 0) {
        boost::add_edge(g_.event_vertex[a], g_.event_vertex[b], EdgeProps{kind, role, weight}, g_.graph);
    }

    void collect() {
        for (std::uint32_t i = 0; i < ds_.events.size(); ++i) {
            const auto& t = ds_.events[i].time;
            if (!t) continue;
            auto s = day_number(t->start), e = day_number(t->end);
            if (!s && !e) continue;
            Timed x{s ? *s : kOpenStart, e ? *e : kOpenEnd, i};
            if (x.start > x.end) std::swap(x.start, x.end);
            sorted_.push_back(x);
        }
        std::sort(sorted_.begin(), sorted_.end(), [&](const Timed& a, const Timed& b) {
            return std::tie(a.start, a.end, ds_.events[a.event].id) <
                   std::tie(b.start, b.end, ds_.events[b.event].id);
        });
        for (std::uint32_t i = 0; i < sorted_.size();) {
            std::uint32_t j = i;
            while (j < sorted_.size() && sorted_[j].start == sorted_[i].start &&
                   sorted_[j].end == sorted_[i].end)
                ++j;
            classes_.push_back({sorted_[i].start, sorted_[i].end, i, j - i});
            i = j;
        }
        fan_in_.assign(classes_.size(), 0);
    }

    // `before` is the cover relation of the interval order on distinct intervals: Y covers X when
    // Y starts after X ends and no interval fits between them, i.e. start(Y) is in (end(X), m(X)]
    // where m(X) is the smallest end among intervals starting after end(X). Those Y form one
    // contiguous run of the start-sorted classes, found by binary search on a suffix minimum.
    void same_time_and_before() {
        const std::size_t n = classes_.size();
        std::vector<int> starts(n), suffix_min(n + 1, kOpenEnd);
        for (std::size_t k = 0; k < n; ++k)
            starts[k] = classes_[k].start;
        for (std::size_t k = n; k-- > 0;)
            suffix_min[k] = std::min(suffix_min[k + 1], classes_[k].end);
        for (const auto& c : classes_) {
            std::uint32_t hub = sorted_[c.first].event;
            for (std::uint32_t k = 1; k < c.count; ++k)
                add(sorted_[c.first + k].event, hub, EdgeKind::SameTime);
            if (c.end == kOpenEnd) continue;
            std::size_t lo = std::upper_bound(starts.begin(), starts.end(), c.end) - starts.begin();
            if (lo == n) continue;
            std::size_t hi = std::upper_bound(starts.begin(), starts.end(), suffix_min[lo]) - starts.begin();
            hi = std::min(hi, lo + limits_.covers_per_interval);
            for (std::size_t k = lo; k < hi; ++k)
                link_before(c, classes_[k]);
        }
    }

    void link_before(const IntervalClass& x, const IntervalClass& y) {
        if (std::size_t(x.count) * y.count <= limits_.full_pairs) {
            for (std::uint32_t a = 0; a < x.count; ++a)
                for (std::uint32_t b = 0; b < y.count; ++b)
                    add(sorted_[x.first + a].event, sorted_[y.first + b].event, EdgeKind::Before);
        } else { // crowds: |X| + |Y| - 1 edges instead of |X|·|Y|
            std::uint32_t hub_x = sorted_[x.first].event, hub_y = sorted_[y.first].event;
            for (std::uint32_t a = 0; a < x.count; ++a)
                add(sorted_[x.first + a].event, hub_y, EdgeKind::Before);
            // Fan-in to every member of a crowd from a bounded number of predecessors keeps the
            // total linear even when many intervals end just before one crowd.
            std::uint32_t& fan_in = fan_in_[&y - classes_.data()];
            if (fan_in < limits_.crowd_fan_in) {
                ++fan_in;
                for (std::uint32_t b = 1; b < y.count; ++b)
                    add(hub_x, sorted_[y.first + b].event, EdgeKind::Before);
            }
        }
    }

    // during / includes / overlaps only between events that share an actor or a story, each event
    // starting at most `containment_per_event` such edges towards later-starting events.
    void containment() {
        // (group, position in sorted_) for every shared actor (vertex) and story; sorted, each
        // group's run lists its events in interval order.
        std::unordered_map<std::string_view, std::uint32_t> story_id;
        std::unordered_map<std::string_view, std::uint32_t> doc_story;
        for (const auto& d : ds_.documents)
            if (!d.story.empty())
                doc_story.emplace(d.id,
                                  story_id.emplace(d.story, std::uint32_t(story_id.size())).first->second);
        std::vector<std::pair<std::uint64_t, std::uint32_t>> member;
        std::vector<std::uint64_t> keys;
        for (std::uint32_t p = 0; p < sorted_.size(); ++p) {
            const Event& e = ds_.events[sorted_[p].event];
            keys.clear();
            for (const auto& x : e.participants)
                if (auto it = g_.by_id.find(x.actor); it != g_.by_id.end()) keys.push_back(it->second);
            for (const auto& m : e.mentions)
                if (auto it = doc_story.find(m.document); it != doc_story.end())
                    keys.push_back(1ull << 62 | it->second);
            std::sort(keys.begin(), keys.end());
            keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
            for (auto k : keys)
                member.emplace_back(k, p);
        }
        std::sort(member.begin(), member.end());
        std::vector<std::vector<std::uint32_t>> groups;
        for (std::size_t i = 0; i < member.size();) {
            std::size_t j = i;
            while (j < member.size() && member[j].first == member[i].first)
                ++j;
            if (j - i > 1) {
                groups.emplace_back();
                for (std::size_t k = i; k < j; ++k)
                    groups.back().push_back(member[k].second);
            }
            i = j;
        }
        std::vector<std::uint64_t> pairs;
        const std::size_t scan = limits_.containment_per_event * 4;
        for (const auto& list : groups) {
            for (std::size_t i = 0; i < list.size(); ++i) {
                const Timed& a = sorted_[list[i]];
                std::size_t found = 0;
                for (std::size_t j = i + 1;
                     j < list.size() && j <= i + scan && found < limits_.containment_per_event; ++j) {
                    const Timed& b = sorted_[list[j]];
                    if (b.start > a.end) break;
                    if (b.start == a.start && b.end == a.end) continue; // same_time already
                    pairs.push_back(std::uint64_t(list[i]) << 32 | list[j]);
                    ++found;
                }
            }
        }
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        std::vector<std::uint8_t> started(sorted_.size(), 0);
        for (std::uint64_t p : pairs) {
            std::uint32_t i = std::uint32_t(p >> 32), j = std::uint32_t(p);
            if (started[i] >= limits_.containment_per_event) continue;
            ++started[i];
            const Timed &a = sorted_[i], &b = sorted_[j];
            EdgeKind kind = a.start == b.start ? EdgeKind::During // sorted: a.end < b.end, a within b
                            : b.end <= a.end   ? EdgeKind::Includes
                                               : EdgeKind::Overlaps;
            add(a.event, b.event, kind);
        }
    }

    // Undated events keep their place in the text: a weak `related` edge to the next event of the
    // same document (role next_in_document, weight 0.25).
    void document_order() {
        std::vector<bool> timed(ds_.events.size(), false);
        for (const auto& t : sorted_)
            timed[t.event] = true;
        std::vector<std::tuple<std::string_view, std::uint32_t, std::uint32_t>> marks; // doc, begin, event
        for (std::uint32_t i = 0; i < ds_.events.size(); ++i)
            for (const auto& m : ds_.events[i].mentions)
                marks.emplace_back(m.document, m.begin, i);
        std::sort(marks.begin(), marks.end());
        std::vector<std::uint64_t> pairs;
        for (std::size_t k = 1; k < marks.size(); ++k) {
            const auto& [d0, b0, e0] = marks[k - 1];
            const auto& [d1, b1, e1] = marks[k];
            if (d0 != d1 || e0 == e1 || (timed[e0] && timed[e1])) continue;
            pairs.push_back(std::uint64_t(e0) << 32 | e1);
        }
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        std::uint16_t role = g_.role_id("next_in_document");
        for (std::uint64_t p : pairs)
            add(std::uint32_t(p >> 32), std::uint32_t(p), EdgeKind::Related, 0.25f, role);
    }

    const Dataset& ds_;
    const GraphLimits& limits_;
    GraphStore& g_;
    std::vector<Timed> sorted_;
    std::vector<IntervalClass> classes_;
    std::vector<std::uint32_t> fan_in_; ///< per class: crowd pairs that linked to all its members
};

constexpr std::size_t kMaxActorsPerEvent = 12; // bounds the pairs one crowded event contributes

void build_relations(const Dataset& ds, GraphStore& g) {
    struct Acc {
        int count = 0;
        std::string_view first, last;
    };
    // key: actor vertex (24 bits) | other vertex (24 bits) | type (16 bits)
    std::unordered_map<std::uint64_t, Acc> acc;
    std::unordered_map<std::string_view, std::uint16_t> type_id;
    std::vector<std::string_view> types;
    std::vector<Vertex> actors;
    for (const auto& e : ds.events) {
        actors.clear();
        for (const auto& p : e.participants)
            if (auto it = g.by_id.find(p.actor);
                it != g.by_id.end() && g.graph[it->second].kind == VertexKind::Actor)
                actors.push_back(it->second);
        std::sort(actors.begin(), actors.end());
        actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
        if (actors.size() < 2) continue;
        if (actors.size() > kMaxActorsPerEvent) actors.resize(kMaxActorsPerEvent);
        auto [tit, added] = type_id.emplace(e.type, std::uint16_t(types.size()));
        if (added) types.push_back(e.type);
        std::string_view date = e.time ? std::string_view(e.time->start) : std::string_view();
        for (std::size_t i = 0; i < actors.size(); ++i)
            for (std::size_t j = i + 1; j < actors.size(); ++j) {
                Acc& a = acc[std::uint64_t(actors[i]) << 40 | std::uint64_t(actors[j]) << 16 | tit->second];
                ++a.count;
                if (!date.empty() && (a.first.empty() || date < a.first)) a.first = date;
                if (!date.empty() && date > a.last) a.last = date;
            }
    }
    g.relations.reserve(acc.size());
    for (const auto& [key, a] : acc) {
        Vertex x = key >> 40, y = (key >> 16) & 0xffffff;
        std::string_view type = types[key & 0xffff];
        const std::string &ix = g.ids[x], &iy = g.ids[y];
        bool swap = iy < ix; // relations are listed with actor < other
        g.relations.push_back({swap ? iy : ix, swap ? ix : iy, std::string(type), a.count,
                               std::string(a.first), std::string(a.last)});
        boost::add_edge(x, y, EdgeProps{EdgeKind::Relation, g.role_id(std::string(type)), float(a.count)},
                        g.graph);
    }
    std::sort(g.relations.begin(), g.relations.end(), [](const ActorRelation& a, const ActorRelation& b) {
        return std::tie(a.actor, a.other, a.kind) < std::tie(b.actor, b.other, b.kind);
    });
}

} // namespace

EventGraph::EventGraph(const Dataset& ds, const GraphLimits& limits) : impl_(std::make_unique<Impl>()) {
    GraphStore& g = *impl_;
    const std::size_t n = ds.events.size() + ds.actors.size() + ds.places.size();
    g.graph = BoostGraph(n);
    g.ids.reserve(n);
    g.by_id.reserve(n);
    auto vertex = [&](VertexKind kind, std::uint32_t index, const std::string& id) {
        Vertex v = g.ids.size();
        g.graph[v] = VertexProps{kind, index};
        g.ids.push_back(id);
        g.by_id.emplace(id, v); // a duplicate id keeps its first vertex
        return v;
    };
    g.event_vertex.reserve(ds.events.size());
    for (std::uint32_t i = 0; i < ds.events.size(); ++i)
        g.event_vertex.push_back(vertex(VertexKind::Event, i, ds.events[i].id));
    for (std::uint32_t i = 0; i < ds.actors.size(); ++i)
        vertex(VertexKind::Actor, i, ds.actors[i].id);
    for (std::uint32_t i = 0; i < ds.places.size(); ++i)
        vertex(VertexKind::Place, i, ds.places[i].id);

    auto find = [&](const std::string& id, VertexKind kind) -> const Vertex* {
        auto it = g.by_id.find(id);
        return it != g.by_id.end() && g.graph[it->second].kind == kind ? &it->second : nullptr;
    };
    for (std::uint32_t i = 0; i < ds.events.size(); ++i) {
        const Event& e = ds.events[i];
        Vertex ev = g.event_vertex[i];
        for (std::size_t k = 0; k < e.participants.size(); ++k) {
            const auto& p = e.participants[k];
            bool dup = false;
            for (std::size_t j = 0; j < k; ++j)
                dup |= e.participants[j].actor == p.actor && e.participants[j].role == p.role;
            if (const Vertex* a = find(p.actor, VertexKind::Actor); a && !dup)
                boost::add_edge(*a, ev, EdgeProps{EdgeKind::Participant, g.role_id(p.role), 1.0f}, g.graph);
        }
        for (std::size_t k = 0; k < e.places.size(); ++k) {
            const auto& p = e.places[k];
            bool dup = false;
            for (std::size_t j = 0; j < k; ++j)
                dup |= e.places[j].place == p.place && e.places[j].role == p.role;
            if (const Vertex* pl = find(p.place, VertexKind::Place); pl && !dup)
                boost::add_edge(ev, *pl, EdgeProps{EdgeKind::LocatedAt, g.role_id(p.role), 1.0f}, g.graph);
        }
    }
    TemporalBuilder(ds, limits, g).build();
    build_relations(ds, g);
}

EventGraph::~EventGraph() = default;
EventGraph::EventGraph(EventGraph&&) noexcept = default;

std::vector<Edge> EventGraph::edges() const {
    const GraphStore& g = *impl_;
    struct Compact {
        Vertex source, target;
        EdgeProps props;
    };
    std::vector<Compact> all;
    all.reserve(boost::num_edges(g.graph));
    for (auto [it, end] = boost::edges(g.graph); it != end; ++it)
        if (g.graph[*it].kind != EdgeKind::Relation)
            all.push_back({boost::source(*it, g.graph), boost::target(*it, g.graph), g.graph[*it]});
    // Sort on vertex ranks (the order of their ids) instead of moving strings around.
    std::vector<std::uint32_t> rank(g.ids.size());
    {
        std::vector<std::uint32_t> order(g.ids.size());
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&](auto a, auto b) { return g.ids[a] < g.ids[b]; });
        for (std::uint32_t r = 0; r < order.size(); ++r)
            rank[order[r]] = r;
    }
    std::sort(all.begin(), all.end(), [&](const Compact& a, const Compact& b) {
        if (a.source != b.source) return rank[a.source] < rank[b.source];
        if (a.target != b.target) return rank[a.target] < rank[b.target];
        std::string_view ka = edge_kind_name(a.props.kind), kb = edge_kind_name(b.props.kind);
        if (ka != kb) return ka < kb;
        return g.roles[a.props.role] < g.roles[b.props.role];
    });
    std::vector<Edge> out;
    out.reserve(all.size());
    for (const auto& c : all)
        out.push_back({g.ids[c.source], g.ids[c.target], std::string(edge_kind_name(c.props.kind)),
                       g.roles[c.props.role], double(c.props.weight)});
    return out;
}

std::vector<ActorRelation> EventGraph::relations() const {
    return impl_->relations;
}
std::size_t EventGraph::vertex_count() const {
    return boost::num_vertices(impl_->graph);
}
std::size_t EventGraph::edge_count() const {
    return boost::num_edges(impl_->graph);
}

void build_edges(Dataset& dataset) {
    dataset.edges = EventGraph(dataset).edges();
}

} // namespace eventline
