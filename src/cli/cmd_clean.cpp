#include "commands.h"
#include "eventline/error.h"
#include "eventline/ingest.h"

#include <iostream>
#include <memory>

namespace eventline::cli {

namespace {
int run_clean(const std::string& path, const std::string& date) {
    IngestOptions options;
    if (!date.empty()) {
        options.fallback_date = parse_iso_date(date);
        if (!options.fallback_date) throw UsageError("--date expects YYYY-MM-DD, got '" + date + "'");
    }
    std::vector<InputIssue> issues;
    auto docs = read_file(path, options, issues);
    bool skipped = report_issues(issues);
    for (const auto& d : docs) {
        std::cout << "== document " << d.id << " (" << d.source << ")\n";
        std::cout << "== published: " << (d.published ? format_date(*d.published) : "unknown")
                  << (d.date_source.empty() ? "" : " [" + d.date_source + "]") << '\n';
        if (!d.publisher.empty()) std::cout << "== publisher: " << d.publisher << '\n';
        for (const auto& r : d.reporters)
            std::cout << "== reporter: " << r << '\n';
        std::cout << "== title\n" << d.title << "\n== body\n" << d.text << '\n';
        if (!d.summary.empty()) std::cout << "== summary\n" << d.summary << '\n';
        std::cout << "== removed (" << d.removed_lines.size() << ")";
        for (const auto& [reason, n] : d.removed)
            std::cout << ' ' << reason << '=' << n;
        std::cout << '\n';
        for (const auto& w : d.warnings)
            std::cout << "== warning: " << w << '\n';
        for (const auto& r : d.removed_lines)
            std::cout << '[' << r.reason << "] " << r.text << '\n';
    }
    return skipped ? kSkipped : kOk;
}
} // namespace

Runner add_clean_command(CLI::App& root) {
    auto path = std::make_shared<std::string>();
    auto date = std::make_shared<std::string>();
    auto* cmd = root.add_subcommand("clean", "Print the cleaned text of one document, with its sections");
    cmd->add_option("FILE", *path, "An article file (.txt, .html, .jsonl ...), or - for standard input")
        ->required();
    cmd->add_option("--date", *date, "Publication date (YYYY-MM-DD) when the document names none");
    return [path, date] { return run_clean(*path, *date); };
}

} // namespace eventline::cli
