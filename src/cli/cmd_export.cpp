// eventline export --db FILE --format F -o OUT: the stored graph, exactly as build would write it.
#include "commands.h"
#include "eventline/kb.h"

#include <memory>

namespace eventline::cli {

namespace {
struct ExportArgs {
    std::string db;
    std::string format = "json";
    std::string output;
};
} // namespace

Runner add_export_command(CLI::App& root) {
    auto args = std::make_shared<ExportArgs>();
    auto* cmd = root.add_subcommand("export", "Write the graph stored in a knowledge base");
    cmd->add_option("--db", args->db, "Knowledge base file")->required();
    std::string formats = "json|dot|svg|png|timeline|timelinejs|vis|cytoscape|graphml|gexf|geojson|html|all";
    cmd->add_option("--format,-f", args->format, "Output format: " + formats)->capture_default_str();
    cmd->add_option("-o,--output", args->output, "Output file (a folder with --format all); default stdout");
    return [args] {
        write_dataset(load_dataset(args->db, PipelineOptions{}), args->format, args->output);
        return int(kOk);
    };
}

} // namespace eventline::cli
