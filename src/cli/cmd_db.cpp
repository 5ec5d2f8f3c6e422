// eventline db stats|check|migrate --db FILE: look after a knowledge base (docs/kb.md).
#include "commands.h"
#include "eventline/kb.h"

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

namespace eventline::cli {

namespace {
struct DbArgs {
    std::string db;
    bool json = false;
};

int run_stats(const DbArgs& a) {
    KbStats s = KnowledgeBase(a.db, KnowledgeBase::Mode::ReadOnly).stats();
    if (a.json) {
        nlohmann::ordered_json j = {{"file", a.db},
                                    {"schema_version", s.schema_version},
                                    {"documents", s.documents},
                                    {"stories", s.stories},
                                    {"entities", s.entities},
                                    {"actors", s.actors},
                                    {"places", s.places},
                                    {"event_mentions", s.event_mentions},
                                    {"runs", s.runs},
                                    {"bytes", s.bytes}};
        std::cout << j.dump(2) << '\n';
        return kOk;
    }
    std::cout << "file            " << a.db << "\nschema version  " << s.schema_version
              << "\ndocuments       " << s.documents << "\nstories         " << s.stories
              << "\nactors          " << s.actors << "\nplaces          " << s.places << "\nentities        "
              << s.entities << " (per document)\nevent mentions  " << s.event_mentions
              << " (before merging)\ningest runs     " << s.runs << "\nsize            " << s.bytes
              << " bytes\n";
    return kOk;
}

int run_check(const DbArgs& a) {
    auto problems = KnowledgeBase(a.db, KnowledgeBase::Mode::ReadOnly).check();
    for (const auto& p : problems)
        std::cout << a.db << ": " << p << '\n';
    if (problems.empty()) {
        std::cout << a.db << ": ok\n";
        return kOk;
    }
    std::cerr << "eventline: " << a.db << ": " << problems.size() << (problems.size() >= 100 ? "+" : "")
              << " problem(s) found\n";
    return kFailed;
}

int run_migrate(const DbArgs& a) {
    KnowledgeBase kb(a.db, KnowledgeBase::Mode::ReadWrite);
    std::cout << a.db << ": schema version " << kb.schema_version() << '\n';
    return kOk;
}
} // namespace

Runner add_db_command(CLI::App& root) {
    auto* cmd = root.add_subcommand("db", "Look after a knowledge base: stats, check, migrate");
    cmd->require_subcommand(1);
    auto args = std::make_shared<DbArgs>();
    auto* stats =
        cmd->add_subcommand("stats", "Print counts: documents, stories, actors, places, events, size");
    stats->add_option("--db", args->db, "Knowledge base file")->required();
    stats->add_flag("--json", args->json, "Print JSON");
    auto* check = cmd->add_subcommand("check", "Verify integrity and consistency; exit 3 on a problem");
    check->add_option("--db", args->db, "Knowledge base file")->required();
    auto* migrate =
        cmd->add_subcommand("migrate", "Upgrade an older knowledge base to this version's schema");
    migrate->add_option("--db", args->db, "Knowledge base file")->required();
    return [args, stats, check] {
        if (stats->parsed()) return run_stats(*args);
        if (check->parsed()) return run_check(*args);
        return run_migrate(*args);
    };
}

} // namespace eventline::cli
