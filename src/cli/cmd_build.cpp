#include "commands.h"
#include "eventline/error.h"
#include "eventline/exporters.h"
#include "eventline/pipeline.h"
#ifdef EVENTLINE_HAVE_KB
#include "eventline/kb.h"
#endif

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace eventline::cli {

namespace {
struct BuildArgs {
    std::vector<std::string> inputs;
    std::string date;
    std::string format = "json";
    std::string output;
    std::string actors;
    std::string db;
};

void write_one(const Dataset& ds, Format format, const std::string& path) {
    if (path.empty() || path == "-") {
        write_export(ds, format, std::cout);
        return;
    }
    std::filesystem::path p(path);
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    if (!out) throw std::runtime_error("[export] cannot write " + path);
    write_export(ds, format, out);
    if (!out) throw std::runtime_error("[export] write failed for " + path);
}

#ifdef EVENTLINE_HAVE_KB
// --db: INPUTs (if any) are ingested into the knowledge base first; the graph is built from all it stores.
int build_from_db(const BuildArgs& a, const PipelineOptions& options) {
    bool skipped = false;
    if (!a.inputs.empty()) {
        KnowledgeBase::Options kb_options;
        kb_options.producer = std::string("eventline ") + EVENTLINE_VERSION;
        KnowledgeBase kb(a.db, KnowledgeBase::Mode::ReadWrite, kb_options);
        auto report = kb.ingest(a.inputs, options);
        report_issues(report.issues);
        skipped = report.skipped() > 0;
    }
    write_dataset(load_dataset(a.db, options), a.format, a.output);
    return skipped ? kSkipped : kOk;
}
#endif

int run_build(const BuildArgs& a) {
    PipelineOptions options;
    if (!a.date.empty()) {
        options.date = parse_iso_date(a.date);
        if (!options.date) throw UsageError("--date expects YYYY-MM-DD, got '" + a.date + "'");
    }
    options.actors_file = a.actors;
    std::vector<std::string> inputs = a.inputs;
    if (inputs.empty() && a.db.empty()) {
        if (isatty(STDIN_FILENO)) throw UsageError("build: no INPUT given (use '-' to read standard input)");
        inputs.push_back("-");
    }
#ifdef EVENTLINE_HAVE_KB
    if (!a.db.empty()) return build_from_db(a, options);
#endif
    auto result = build_dataset(inputs, options);
    bool skipped = report_issues(result.issues);
    write_dataset(result.dataset, a.format, a.output);
    return skipped ? kSkipped : kOk;
}
} // namespace

bool report_issues(const std::vector<InputIssue>& issues) {
    bool skipped = false;
    for (const auto& i : issues) {
        std::cerr << "eventline: " << (i.skipped ? "skipped " : "warning: ") << i.source
                  << (i.line ? ":" + std::to_string(i.line) : std::string()) << ": " << i.reason << '\n';
        skipped |= i.skipped;
    }
    return skipped;
}

void add_output_options(CLI::App& cmd, std::string& format, std::string& output) {
    std::vector<std::string> names;
    for (Format f : all_formats())
        names.emplace_back(format_name(f));
    names.emplace_back("all");
    cmd.add_option("--format,-f", format, "Output format (all: every format into the -o folder)")
        ->capture_default_str()
        ->check(CLI::IsMember(names));
    cmd.add_option("-o,--output", output, "Output file (a folder with --format all); default stdout");
}

void write_dataset(const Dataset& dataset, const std::string& format_name, const std::string& output) {
    if (format_name == "all") {
        if (output.empty()) throw UsageError("--format all needs -o DIR");
        std::filesystem::create_directories(output);
        for (Format f : all_formats()) {
            auto path = std::filesystem::path(output) / ("graph" + std::string(format_suffix(f)));
            try {
                write_one(dataset, f, path.string());
            } catch (const ExportError& e) {
                std::cerr << "eventline: " << e.what() << '\n';
                std::error_code ec;
                std::filesystem::remove(path, ec); // no empty file that looks like an export
            }
        }
    } else {
        auto format = parse_format(format_name);
        if (!format) throw UsageError("unknown --format '" + format_name + "'");
        write_one(dataset, *format, output);
    }
}

Runner add_build_command(CLI::App& root) {
    auto args = std::make_shared<BuildArgs>();
    auto* cmd = root.add_subcommand("build", "Read articles and write the event graph");
    cmd->add_option("INPUT", args->inputs, "Files, folders (recursive) or - for standard input");
    cmd->add_option("--date", args->date, "Publication date (YYYY-MM-DD) for documents that name none");
    add_output_options(*cmd, args->format, args->output);
    cmd->add_option("--actors", args->actors, "TSV of extra actors and aliases (docs/actors.md)");
#ifdef EVENTLINE_HAVE_KB
    cmd->add_option("--db", args->db,
                    "Knowledge base: ingest INPUTs (if any) into it, build from all it stores");
#endif
    return [args] { return run_build(*args); };
}

} // namespace eventline::cli
