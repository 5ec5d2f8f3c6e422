#include "cleaner.h"
#include "input_reader.h"

#include "eventline/ingest.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

namespace eventline {

struct Ingestor::Impl {
    IngestOptions options;
    Cleaner cleaner;
    std::unordered_map<std::string, std::string> seen; ///< document id -> source of its first copy
};

Ingestor::Ingestor(IngestOptions options) : impl_(std::make_unique<Impl>(Impl{std::move(options), Cleaner(), {}})) {}
Ingestor::~Ingestor() = default;

namespace {
bool hidden(const std::filesystem::path& p) {
    auto name = p.filename().string();
    return name.size() > 1 && name[0] == '.';
}
} // namespace

void Ingestor::read(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& sink) {
    namespace fs = std::filesystem;
    // Expand folders; stdin keeps its place first, files follow in sorted order.
    std::vector<std::string> files;
    bool use_stdin = false;
    for (const auto& input : inputs) {
        if (input == "-") {
            use_stdin = true;
            continue;
        }
        std::error_code ec;
        if (!fs::is_directory(input, ec)) {
            files.push_back(input);
            continue;
        }
        fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
        if (ec) {
            issues_.push_back({input, 0, "cannot read folder: " + ec.message(), true});
            continue;
        }
        for (; it != end; it.increment(ec)) {
            if (ec) {
                issues_.push_back({input, 0, "cannot read folder: " + ec.message(), true});
                break;
            }
            if (hidden(it->path())) {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (!it->is_directory(ec)) files.push_back(it->path().string());
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    if (use_stdin) files.insert(files.begin(), "-");

    InputReader reader(impl_->options, impl_->cleaner);
    auto dedupe = [&](Document&& d) {
        auto [it, fresh] = impl_->seen.emplace(d.id, d.source);
        if (!fresh) {
            issues_.push_back({d.source, 0, "duplicate of " + it->second + " (same content), read once", false});
            return;
        }
        sink(std::move(d));
    };
    for (const auto& f : files) reader.read(f, issues_, dedupe);
}

void read_input(const std::string& path, const IngestOptions& options, std::vector<InputIssue>& issues,
                const std::function<void(Document&&)>& sink) {
    Cleaner cleaner;
    InputReader reader(options, cleaner);
    reader.read(path, issues, sink);
}

std::vector<Document> read_file(const std::string& path, const IngestOptions& options,
                                std::vector<InputIssue>& issues) {
    std::vector<Document> out;
    read_input(path, options, issues, [&](Document&& d) { out.push_back(std::move(d)); });
    return out;
}

} // namespace eventline
