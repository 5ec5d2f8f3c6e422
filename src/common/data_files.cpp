#include "eventline/data_files.h"

#include "eventline/error.h"

#include <cstdlib>

namespace eventline {

std::filesystem::path data_dir() {
    if (const char* env = std::getenv("EVENTLINE_DATA"); env && *env) return env;
    return EVENTLINE_DATA_DIR;
}

std::filesystem::path data_file(std::string_view name) {
    auto path = data_dir() / std::string(name);
    if (!std::filesystem::exists(path))
        throw DataError("[data] missing data file " + path.string() +
                        " (set EVENTLINE_DATA to the data/ folder)");
    return path;
}

} // namespace eventline
