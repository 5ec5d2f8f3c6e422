#include "commands.h"

#include <iostream>

namespace eventline::cli {

Runner add_timex_command(CLI::App& root) {
    root.add_subcommand("timex", "Tag and normalize temporal expressions in a text");
    return [] {
        std::cerr << "eventline: timex is not implemented yet\n";
        return int(kFailed);
    };
}

} // namespace eventline::cli
