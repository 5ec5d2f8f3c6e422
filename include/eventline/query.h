// Queries over one dataset's event graph: timelines, links between actors, neighbours, filters.
// The CLI (`eventline query`) is a thin layer over this; semantics in docs/graph.md ("Queries").
#pragma once

#include "eventline/graph.h"
#include "eventline/model.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eventline {

/// An unknown or ambiguous name, or a malformed date, in a query. The CLI exits 2 on it.
struct QueryError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Every field is optional; the ones given combine (all must hold).
struct Query {
    std::string actor;                                          ///< that actor's timeline
    std::optional<std::pair<std::string, std::string>> between; ///< events linking two actors
    std::string neighbors;                                      ///< who interacts with this actor
    std::string from;  ///< YYYY, YYYY-MM or YYYY-MM-DD: events ending on or after its first day
    std::string to;    ///< same forms: events starting on or before its last day
    std::string type;  ///< event type (case-insensitive) or CAMEO code
    std::string place; ///< place name or id
};

/// One actor NAME interacts with, over the events that pass the query's filters.
struct Neighbor {
    std::string actor; ///< id
    std::string name;
    int count = 0;                                  ///< shared events
    std::vector<std::pair<std::string, int>> kinds; ///< event type -> shared events, most frequent first
    std::string first;                              ///< earliest start date, or empty
    std::string last;                               ///< latest start date, or empty
};

struct QueryResult {
    std::vector<std::size_t> events; ///< indices into QueryEngine::dataset().events, timeline order
    std::vector<Neighbor> neighbors; ///< for Query::neighbors, most interactions first
    /// For Query::between: true when events link both actors directly. Otherwise `path` holds the
    /// shortest chain actor, event, actor, ..., actor (ids) and `events` its events; both empty
    /// when the two actors are not connected at all.
    bool direct = false;
    std::vector<std::string> path;
};

class QueryEngine {
  public:
    explicit QueryEngine(Dataset dataset);
    ~QueryEngine();
    QueryEngine(QueryEngine&&) noexcept;

    const Dataset& dataset() const { return *dataset_; }
    const EventGraph& graph() const { return *graph_; }

    /// Actor id for an id, a name or an alias, case-insensitively, ignoring dots and a leading
    /// "the" ("the Kremlin", "D.P.R.K."); a unique whole-word match ("Austin") or acronym
    /// ("DPRK" for "Democratic People's Republic of Korea") also resolves.
    /// throws QueryError when no actor or more than one matches.
    std::string resolve_actor(std::string_view name) const;
    /// Place id for an id or a name (same normalisation). throws QueryError.
    std::string resolve_place(std::string_view name) const;

    /// throws QueryError for unknown names or malformed dates.
    QueryResult run(const Query& query) const;

    std::string to_text(const Query& query, const QueryResult& result) const;
    std::string to_json(const Query& query, const QueryResult& result) const;

  private:
    struct Index;
    std::unique_ptr<Dataset> dataset_;
    std::unique_ptr<EventGraph> graph_;
    std::unique_ptr<Index> index_;
};

} // namespace eventline
