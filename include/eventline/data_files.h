// Locates eventline's knowledge files (data/).
#pragma once

#include <filesystem>
#include <string_view>

namespace eventline {

/// The data directory: $EVENTLINE_DATA if set, else the one configured at build time.
std::filesystem::path data_dir();
/// data_dir() / name; throws DataError naming the path when the file does not exist.
std::filesystem::path data_file(std::string_view name);

} // namespace eventline
