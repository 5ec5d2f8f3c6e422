// Errors by stage, with the file (and line) they concern.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace eventline {

/// A command line the user must fix; the CLI exits 2.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// An input that cannot be read; `what()` reads "[ingest] path:line: reason".
struct InputError : std::runtime_error {
    InputError(std::string path, std::size_t line, std::string reason)
        : std::runtime_error("[ingest] " + path + (line ? ":" + std::to_string(line) : std::string()) + ": " +
                             reason),
          path(std::move(path)), line(line), reason(std::move(reason)) {}
    std::string path;
    std::size_t line;
    std::string reason;
};

/// A problem found in a data file of eventline's own knowledge.
struct DataError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

} // namespace eventline
