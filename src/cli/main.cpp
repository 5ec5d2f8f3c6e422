// eventline: news articles in, event timeline and knowledge graph out.
#include "commands.h"
#include "eventline/error.h"

#include <iostream>
#include <vector>

int main(int argc, char** argv) {
    using namespace eventline::cli;
    CLI::App app{"eventline: turns news articles into an event timeline and knowledge graph"};
    app.set_version_flag("--version", std::string("eventline ") + EVENTLINE_VERSION);
    app.require_subcommand(1);
    std::vector<std::pair<CLI::App*, Runner>> commands;
    auto add = [&](Runner (*adder)(CLI::App&)) {
        auto before = app.get_subcommands({}).size();
        Runner run = adder(app);
        commands.emplace_back(app.get_subcommands({}).at(before), std::move(run));
    };
    add(add_build_command);
    add(add_clean_command);
    add(add_timex_command);
    add(add_query_command);
#ifdef EVENTLINE_HAVE_KB
    add(add_ingest_command);
    add(add_db_command);
    add(add_export_command);
#endif
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kUsage;
    }
    try {
        for (auto& [sub, run] : commands)
            if (sub->parsed()) return run();
    } catch (const eventline::UsageError& e) {
        std::cerr << "eventline: " << e.what() << '\n';
        return kUsage;
    } catch (const std::exception& e) {
        std::cerr << "eventline: " << e.what() << '\n';
        return kFailed;
    }
    return kUsage;
}
