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
    add_output_options(*cmd, args->format, args->output);
    return [args] {
        write_dataset(load_dataset(args->db, PipelineOptions{}), args->format, args->output);
        return int(kOk);
    };
}

} // namespace eventline::cli
