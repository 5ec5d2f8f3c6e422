// Helpers for exporter tests: render a format to a string or a temp file, run an external checker.
#pragma once

#include "eventline/exporters.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace eventline::testing {

inline std::string render(const Dataset& ds, Format f) {
    std::ostringstream out;
    write_export(ds, f, out);
    return out.str();
}

/// A fresh folder under the temp directory, removed at scope exit.
struct ScratchDir {
    std::filesystem::path path;
    ScratchDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "eventline-test-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
        path = tmpl;
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string write(const std::string& name, const std::string& content) const {
        auto p = path / name;
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
    std::string read(const std::string& name) const {
        std::ifstream in(path / name, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
};

struct RunResult {
    int status = -1;
    std::string out;
    std::string err;
};

/// Runs a shell command with stdout and stderr captured into files of `dir`.
inline RunResult run(const ScratchDir& dir, const std::string& command) {
    auto o = (dir.path / "cmd.out").string(), e = (dir.path / "cmd.err").string();
    RunResult r;
    int rc = std::system((command + " >" + o + " 2>" + e).c_str());
    r.status = rc == -1 ? -1 : WEXITSTATUS(rc);
    r.out = dir.read("cmd.out");
    r.err = dir.read("cmd.err");
    return r;
}

} // namespace eventline::testing

namespace eventline::testing {
inline std::size_t count_of(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + needle.size()))
        ++n;
    return n;
}
} // namespace eventline::testing
