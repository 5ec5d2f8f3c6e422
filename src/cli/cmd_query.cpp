// `eventline query`: builds (or reads) a dataset, then answers one query (docs/graph.md, "Queries").
#include "commands.h"
#include "eventline/dataset_json.h"
#include "eventline/error.h"
#ifdef EVENTLINE_HAVE_KB
#include "eventline/kb.h"
#endif
#include "eventline/pipeline.h"
#include "eventline/query.h"

#include <iostream>
#include <memory>

namespace eventline::cli {

namespace {

struct QueryArgs {
    std::vector<std::string> inputs;
    std::string graph;
    std::string db;
    std::string date;
    std::string actors;
    std::vector<std::string> between;
    bool json = false;
    Query query;
};

int run_query(QueryArgs& a) {
    if (!a.graph.empty() && !a.inputs.empty())
        throw UsageError("query: give either INPUT files or --graph FILE, not both");
    if (!a.db.empty() && (!a.graph.empty() || !a.inputs.empty()))
        throw UsageError("query: give either INPUT files, --graph FILE or --db FILE");
    if (a.graph.empty() && a.inputs.empty() && a.db.empty())
        throw UsageError("query: no INPUT given (or --graph FILE, --db FILE)");
    if (!a.between.empty()) a.query.between = std::make_pair(a.between.at(0), a.between.at(1));

    Dataset dataset;
    bool skipped = false;
    if (!a.graph.empty()) {
        dataset = read_dataset_json_file(a.graph);
#ifdef EVENTLINE_HAVE_KB
    } else if (!a.db.empty()) {
        dataset = load_dataset(a.db, PipelineOptions{});
#endif
    } else {
        PipelineOptions options;
        if (!a.date.empty()) {
            options.date = parse_iso_date(a.date);
            if (!options.date) throw UsageError("--date expects YYYY-MM-DD, got '" + a.date + "'");
        }
        options.actors_file = a.actors;
        auto built = build_dataset(a.inputs, options);
        skipped = report_issues(built.issues);
        dataset = std::move(built.dataset);
    }
    QueryEngine engine(std::move(dataset));
    try {
        auto result = engine.run(a.query);
        std::cout << (a.json ? engine.to_json(a.query, result) : engine.to_text(a.query, result));
    } catch (const QueryError& e) {
        std::cerr << "eventline: query: " << e.what() << '\n';
        return kUsage;
    }
    return skipped ? kSkipped : kOk;
}

} // namespace

Runner add_query_command(CLI::App& root) {
    auto args = std::make_shared<QueryArgs>();
    auto* cmd = root.add_subcommand("query", "Query actor relationships and timelines");
    cmd->footer(
        "Exit status: 0 answered (possibly with no events), 1 some inputs were skipped, 2 usage error or\n"
        "an unknown/ambiguous name, 3 failure. See docs/graph.md.");
    cmd->add_option("inputs", args->inputs, "Articles: files, directories, JSON Lines, '-' for stdin");
    cmd->add_option("--graph", args->graph,
                    "Read a graph written by `eventline build --format json` instead");
#ifdef EVENTLINE_HAVE_KB
    cmd->add_option("--db", args->db, "Query the graph stored in this knowledge base (eventline ingest)");
#endif
    cmd->add_option("--date", args->date, "Publication date (YYYY-MM-DD) for documents without one");
    cmd->add_option("--actors", args->actors, "Actors TSV overriding the built-in knowledge");
    cmd->add_option("--actor", args->query.actor, "Timeline of this actor (name, alias or id)");
    cmd->add_option("--between", args->between, "Events linking two actors (or the shortest connection)")
        ->expected(2);
    cmd->add_option("--neighbors", args->query.neighbors, "Who interacts with this actor, how and how often");
    cmd->add_option("--from", args->query.from, "Events ending on or after this date (YYYY[-MM[-DD]])");
    cmd->add_option("--to", args->query.to, "Events starting on or before this date (YYYY[-MM[-DD]])");
    cmd->add_option("--type", args->query.type, "Only events of this type (or CAMEO code)");
    cmd->add_option("--place", args->query.place, "Only events at this place (name or id)");
    cmd->add_flag("--json", args->json, "JSON output (default: text)");
    return [args] { return run_query(*args); };
}

} // namespace eventline::cli
