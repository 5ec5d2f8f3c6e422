// Helpers for the ingest tests: a scratch folder and file writing.
#pragma once

#include "eventline/ingest.h"

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace eventline::test {

/// A fresh temporary folder, removed when the object goes.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::random_device rd;
        path = std::filesystem::temp_directory_path() / ("eventline_ingest_" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string write(const std::string& name, const std::string& content) const {
        auto p = path / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
};

inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

inline std::string data_path(const std::string& name) {
    return std::string(EVENTLINE_SOURCE_DIR) + "/tests/ingest/data/" + name;
}

inline bool has_issue(const std::vector<InputIssue>& issues, const std::string& needle, bool skipped) {
    for (const auto& i : issues)
        if (i.reason.find(needle) != std::string::npos && i.skipped == skipped) return true;
    return false;
}

} // namespace eventline::test
