// Helpers for the end-to-end tests: run the eventline CLI on samples/ and read the gold corpus.
#pragma once

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace e2e {

inline std::string source_dir() {
    return EVENTLINE_SOURCE_DIR;
}
inline std::string samples_dir() {
    return source_dir() + "/samples";
}
inline std::string gold_dir() {
    return source_dir() + "/tests/gold";
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A fresh temporary file path (ctest runs test cases in parallel processes, so names must be unique).
inline std::string temp_file(const std::string& stem) {
    std::string path =
        (std::filesystem::temp_directory_path() / ("eventline_e2e_" + stem + "_XXXXXX")).string();
    int fd = mkstemp(path.data());
    REQUIRE(fd >= 0);
    close(fd);
    return path;
}

inline std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

struct RunResult {
    int status = -1;
    std::string out;
    std::string err;
};

/// Runs a shell command line, capturing stdout and stderr; status is the exit code (-1 if killed).
inline RunResult run_shell(const std::string& command) {
    std::string out = temp_file("out"), err = temp_file("err");
    int rc = std::system((command + " </dev/null >" + quote(out) + " 2>" + quote(err)).c_str());
    RunResult r;
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    r.out = read_file(out);
    r.err = read_file(err);
    std::filesystem::remove(out);
    std::filesystem::remove(err);
    return r;
}

inline RunResult run_eventline(const std::string& args) {
    return run_shell(quote(EVENTLINE_BINARY) + " " + args);
}

/// `eventline build samples/ --format json`, parsed; the raw text is kept for byte comparisons.
struct Build {
    RunResult run;
    std::string text;
    nlohmann::json json;
};

inline Build build_samples(const std::string& extra = "") {
    Build b;
    std::string out = temp_file("build");
    b.run = run_eventline("build " + quote(samples_dir()) + " --format json -o " + quote(out) + " " + extra);
    b.text = read_file(out);
    std::filesystem::remove(out);
    b.json = nlohmann::json::parse(b.text, nullptr, false);
    return b;
}

inline nlohmann::json load_json(const std::string& path) {
    return nlohmann::json::parse(read_file(path), nullptr, false);
}

inline nlohmann::json gold_corpus() {
    return load_json(gold_dir() + "/corpus.json");
}

/// The gold key of a document: "file" or "file:line" for JSON Lines.
inline std::string gold_key(const nlohmann::json& d) {
    return d.at("file").get<std::string>() +
           (d.contains("line") ? ":" + std::to_string(d.at("line").get<int>()) : "");
}

inline bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// The output document for a gold document (matched by URL, "file:line" or path suffix), or null.
inline const nlohmann::json* find_document(const nlohmann::json& out, const nlohmann::json& gold_doc) {
    for (const auto& d : out.at("documents")) {
        std::string src = d.value("source", "");
        std::string url = d.contains("url") && d["url"].is_string() ? d["url"].get<std::string>() : "";
        if (gold_doc.contains("url") && (src == gold_doc["url"] || url == gold_doc["url"])) return &d;
        if (gold_doc.contains("line")) {
            if (ends_with(src, gold_key(gold_doc))) return &d;
        } else if (ends_with(src, "/" + gold_doc.at("file").get<std::string>())) {
            return &d;
        }
    }
    return nullptr;
}

/// Every regular file under samples/, relative to it, except README.md.
inline std::vector<std::string> sample_files() {
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(samples_dir()))
        if (e.is_regular_file()) {
            auto rel = std::filesystem::relative(e.path(), samples_dir()).generic_string();
            if (rel != "README.md") files.push_back(rel);
        }
    std::sort(files.begin(), files.end());
    return files;
}

/// Lowercase, without dots and a leading "the ": how actor names are compared in these tests.
inline std::string fold(std::string s) {
    std::string out;
    for (char c : s)
        if (c != '.') out += char(std::tolower(static_cast<unsigned char>(c)));
    if (out.rfind("the ", 0) == 0) out = out.substr(4);
    return out;
}

/// Ids of the actors whose name or an alias is `form` (case-, dot- and "the "-insensitive).
inline std::set<std::string> actors_named(const nlohmann::json& g, const std::string& form) {
    std::set<std::string> ids;
    for (const auto& a : g.at("actors")) {
        bool hit = fold(a.value("name", "")) == fold(form);
        for (const auto& al : a.value("aliases", nlohmann::json::array()))
            hit |= al.is_string() && fold(al) == fold(form);
        if (hit) ids.insert(a.at("id").get<std::string>());
    }
    return ids;
}

/// The "== body" sections printed by `eventline clean FILE` (one per document in the file).
inline std::vector<std::string> clean_bodies(const std::string& file) {
    auto r = run_eventline("clean " + quote(file));
    REQUIRE(r.status == 0);
    std::vector<std::string> bodies;
    std::istringstream in(r.out);
    std::string line;
    bool in_body = false;
    while (std::getline(in, line)) {
        if (line.rfind("== ", 0) == 0) {
            in_body = line == "== body";
            if (in_body) bodies.emplace_back();
            continue;
        }
        if (in_body) bodies.back() += line + "\n";
    }
    return bodies;
}

} // namespace e2e
