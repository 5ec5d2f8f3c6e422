// Each subcommand registers its options on the root app and returns the function that runs it.
#pragma once

#include "eventline/ingest.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace eventline {
struct Dataset;
}

namespace eventline::cli {

/// Exit codes (docs/cli.md): 0 ok, 1 some inputs were skipped (output still written), 2 usage error,
/// 3 failure (nothing useful written).
enum Exit : int { kOk = 0, kSkipped = 1, kUsage = 2, kFailed = 3 };

using Runner = std::function<int()>;

Runner add_build_command(CLI::App& root);
Runner add_clean_command(CLI::App& root);
Runner add_timex_command(CLI::App& root);
Runner add_query_command(CLI::App& root);
Runner add_ingest_command(CLI::App& root);
Runner add_db_command(CLI::App& root);
Runner add_export_command(CLI::App& root);

/// Prints each input problem on stderr ("eventline: skipped FILE:LINE: reason"); returns whether any
/// input was skipped (exit code 1), as opposed to only repaired with a warning.
bool report_issues(const std::vector<InputIssue>& issues);

/// Declares --format/-f (validated at parse time: a format name or "all") and -o/--output.
void add_output_options(CLI::App& cmd, std::string& format, std::string& output);

/// Writes `dataset` as --format (a format name or "all") to --output (file, folder for "all", or stdout).
void write_dataset(const Dataset& dataset, const std::string& format, const std::string& output);

} // namespace eventline::cli
