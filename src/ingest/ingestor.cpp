// Placeholder ingest: plain text files only. Replaced by the full readers (HTML, JSON Lines, cleaning).
#include "eventline/ingest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace eventline {

struct Ingestor::Impl {
    IngestOptions options;
};

Ingestor::Ingestor(IngestOptions options) : impl_(std::make_unique<Impl>(Impl{std::move(options)})) {}
Ingestor::~Ingestor() = default;

static std::string hex_id(const std::string& s) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    char buf[20];
    std::snprintf(buf, sizeof buf, "d%012llx", (unsigned long long)(h & 0xffffffffffffull));
    return buf;
}

std::vector<Document> read_file(const std::string& path, const IngestOptions& options,
                                std::vector<InputIssue>& issues) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        issues.push_back({path, 0, "cannot open file", true});
        return {};
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::string raw = ss.str();
    Document d;
    d.source = path;
    auto nl = raw.find('\n');
    d.title = raw.substr(0, nl);
    d.text = nl == std::string::npos ? std::string() : raw.substr(nl + 1);
    d.id = hex_id(raw);
    if (options.fallback_date) {
        d.published = options.fallback_date;
        d.date_source = "cli";
    }
    return {d};
}

void Ingestor::read(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& sink) {
    std::vector<std::string> files;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (std::filesystem::is_directory(input, ec)) {
            for (auto& e : std::filesystem::recursive_directory_iterator(input, ec))
                if (e.is_regular_file()) files.push_back(e.path().string());
        } else {
            files.push_back(input);
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files)
        for (auto& d : read_file(f, impl_->options, issues_)) sink(std::move(d));
}

void group_stories(std::vector<Document>& documents) {
    for (auto& d : documents) d.story = "s" + d.id.substr(1);
}

} // namespace eventline
