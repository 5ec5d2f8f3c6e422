// eventline ingest --db FILE INPUT...: adds documents to a knowledge base (docs/kb.md).
#include "commands.h"
#include "eventline/error.h"
#include "eventline/kb.h"

#include <iostream>
#include <memory>

namespace eventline::cli {

namespace {
struct IngestArgs {
    std::string db;
    std::vector<std::string> inputs;
    std::string date;
    std::string actors;
    std::size_t batch = KnowledgeBase::Options{}.batch;
};

int run_ingest(const IngestArgs& a) {
    PipelineOptions options;
    if (!a.date.empty()) {
        options.date = parse_iso_date(a.date);
        if (!options.date) throw UsageError("--date expects YYYY-MM-DD, got '" + a.date + "'");
    }
    options.actors_file = a.actors;
    KnowledgeBase::Options kb_options;
    kb_options.batch = a.batch;
    kb_options.producer = std::string("eventline ") + EVENTLINE_VERSION;
    KnowledgeBase kb(a.db, KnowledgeBase::Mode::ReadWrite, kb_options);
    IngestReport report = kb.ingest(a.inputs, options);
    report_issues(report.issues);
    std::cout << a.db << ": " << report.added << " added, " << report.unchanged << " unchanged, "
              << report.updated << " updated, " << report.skipped() << " skipped\n";
    return report.skipped() ? kSkipped : kOk;
}
} // namespace

Runner add_ingest_command(CLI::App& root) {
    auto args = std::make_shared<IngestArgs>();
    auto* cmd =
        root.add_subcommand("ingest", "Add articles to a knowledge base (same content: nothing changes)");
    cmd->add_option("--db", args->db, "Knowledge base file (created when missing)")->required();
    cmd->add_option("INPUT", args->inputs, "Files, folders (recursive) or - for standard input")->required();
    cmd->add_option("--date", args->date, "Publication date (YYYY-MM-DD) for documents that name none");
    cmd->add_option("--actors", args->actors, "TSV of extra actors and aliases (docs/actors-tsv.md)");
    cmd->add_option("--batch", args->batch, "Documents per transaction; 0: the whole run in one transaction")
        ->capture_default_str();
    return [args] { return run_ingest(*args); };
}

} // namespace eventline::cli
