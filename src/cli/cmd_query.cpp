#include "commands.h"

#include <iostream>

namespace eventline::cli {

Runner add_query_command(CLI::App& root) {
    root.add_subcommand("query", "Query actor relationships and timelines");
    return [] {
        std::cerr << "eventline: query is not implemented yet\n";
        return int(kFailed);
    };
}

} // namespace eventline::cli
