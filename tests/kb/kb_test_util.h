// Shared helpers of the knowledge base tests: sample extractions, temporary folders, running the CLI.
#pragma once

#include "eventline/exporters.h"
#include "eventline/kb.h"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

namespace kbtest {

namespace fs = std::filesystem;
using namespace eventline;

/// A fresh folder under the system temp dir, removed at scope exit.
struct TempDir {
    fs::path path;
    TempDir() {
        static std::atomic<int> n{0};
        path = fs::temp_directory_path() /
               ("eventline-kb-test-" + std::to_string(getpid()) + "-" + std::to_string(n++));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

inline void write_file(const std::string& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A hand-built extraction exercising every stored field: entities, mentions, events with roles,
/// quantities (ranges, claimants), times, attribution.
inline DocumentExtraction sample_extraction(const std::string& id, const std::string& text, int variant = 0) {
    DocumentExtraction x;
    Document& d = x.document;
    d.id = id;
    d.source = "news/" + id + ".html";
    d.url = "https://example.org/" + id;
    d.title = "Ministers meet over port dispute";
    d.text = text;
    d.summary = "A short summary";
    d.publisher = "example.org";
    d.reporters = {"A. Writer", "B. Editor"};
    d.published = Date{date::year{2023}, date::month{3}, date::day{14}};
    d.date_source = "html_meta";
    d.removed_lines = {{"Subscribe now", "paywall"}, {"Share this", "share_widget"}};
    d.removed = {{"paywall", 1}, {"share_widget", 1}};
    d.warnings = {"invalid UTF-8 repaired (2 bytes)"};

    LocalEntity minister;
    minister.kind = "person";
    minister.name = "Maria Sandoval";
    minister.roles = {"foreign minister"};
    minister.aliases = {"Sandoval", "Ms. Sandoval"};
    minister.country = "CHL";
    minister.mentions = 3;
    LocalEntity country;
    country.kind = "country";
    country.name = "Peru";
    country.key = "country:PER";
    country.country = "PER";
    country.code = "PER";
    country.mentions = 2;
    LocalEntity port;
    port.is_place = true;
    port.kind = "city";
    port.name = "Valparaiso";
    port.key = "place:valparaiso";
    port.country = "CHL";
    port.lat = -33.0472;
    port.lon = -71.612627;
    port.mentions = 1;
    x.entities.entities = {minister, country, port};
    x.entities.mentions = {{0, 0, 14, 0, false}, {0, 30, 34, 2, false, 1}, {1, 0, 3, 0, true}};

    EventMention meet;
    meet.type = "meet";
    meet.cameo = "036";
    meet.label = "Maria Sandoval met Peru officials in Valparaiso";
    meet.trigger = "met";
    meet.rule = "svo.meet";
    meet.sentence = 0;
    meet.begin = 0;
    meet.end = 40;
    meet.participants = {{0, "agent"}, {1, "patient"}};
    meet.places = {{2, "location"}};
    meet.time = TimeSpan{"on Tuesday", "2023-03-14", "2023-03-14", "2023-03-14", "day", ""};
    EventMention deploy;
    deploy.type = "deploy";
    deploy.label = "about 1,500 to 2,000 troops a month";
    deploy.sentence = 1;
    deploy.begin = 41;
    deploy.end = 90 + variant;
    deploy.participants = {{1, "agent"}};
    deploy.quantities = {{1750.5, 1500.0, 2000.0, true, "troops", "month", "about 1,500 to 2,000", 0},
                         {3, std::nullopt, std::nullopt, false, "ships", "", "three ships", -1}};
    deploy.source = 0;
    deploy.modality = "reported";
    deploy.negated = variant % 2 == 1;
    deploy.quote = "We will send them \"soon\"";
    x.events = {meet, deploy};
    x.sentences = {"Maria Sandoval met officials from Peru in Valparaiso.",
                   "She said about 1,500 to 2,000 troops"};
    return x;
}

/// Serialized JSON of a dataset: the strongest equality we have for assembled results.
inline std::string dataset_json(const Dataset& ds) {
    std::ostringstream out;
    write_export(ds, Format::Json, out);
    return out.str();
}

/// Runs a shell command line, returns its exit code; stdout+stderr go to `output` when given.
inline int run(const std::string& command, std::string* output = nullptr) {
    static std::atomic<int> n{0};
    std::string out_file = (fs::temp_directory_path() /
                            ("eventline-kb-out-" + std::to_string(getpid()) + "-" + std::to_string(n++)))
                               .string();
    int status = std::system((command + " >" + out_file + " 2>&1").c_str());
    if (output) *output = read_file(out_file);
    fs::remove(out_file);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline std::string cli() {
    return std::string("'") + EVENTLINE_BINARY + "'";
}
inline std::string q(const std::string& s) {
    return "'" + s + "'";
}

} // namespace kbtest
