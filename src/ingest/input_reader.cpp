#include "input_reader.h"

#include "../text/utf8.h"
#include "document_id.h"
#include "html_reader.h"
#include "line_reader.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace eventline {

namespace {

std::string mb(std::size_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / (1024.0 * 1024.0));
    return buf;
}

bool blank(std::string_view s) {
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) return false;
    return true;
}

std::string repair_note(std::size_t n) {
    return "invalid UTF-8 repaired (" + std::to_string(n) + (n == 1 ? " sequence" : " sequences") +
           " replaced by U+FFFD)";
}

bool looks_like_html(std::string_view s) {
    auto i = s.find_first_not_of(" \t\r\n");
    return i != std::string_view::npos && s[i] == '<' && s.find('>') != std::string_view::npos;
}

// JSON value -> string (strings as is, numbers as text), "" otherwise.
std::string as_text(const nlohmann::json& j) {
    if (j.is_string()) return j.get<std::string>();
    if (j.is_number_integer()) return std::to_string(j.get<long long>());
    if (j.is_number_float()) return std::to_string(static_cast<long long>(j.get<double>()));
    if (j.is_object() && j.contains("name")) return as_text(j["name"]);
    return {};
}

const nlohmann::json* field(const nlohmann::json& obj, std::initializer_list<const char*> names) {
    for (const char* n : names)
        if (auto it = obj.find(n); it != obj.end() && !it->is_null()) return &*it;
    return nullptr;
}

} // namespace

void InputReader::read(const std::string& path, std::vector<InputIssue>& issues, const Sink& sink) const {
    if (path == "-") {
        read_stream(std::cin, "-", InputFormat::unknown, issues, sink);
        return;
    }
    namespace fs = std::filesystem;
    std::error_code ec;
    auto st = fs::status(path, ec);
    if (ec || !fs::exists(st)) {
        issues.push_back({path, 0, "no such file or directory", true});
        return;
    }
    if (fs::is_directory(st)) {
        issues.push_back({path, 0, "is a directory (read it as a folder input)", true});
        return;
    }
    if (!fs::is_regular_file(st)) {
        issues.push_back({path, 0, "not a regular file", true});
        return;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        issues.push_back({path, 0, std::string("cannot open: ") + std::strerror(errno), true});
        return;
    }
    InputFormat format = format_from_path(path);
    if (format == InputFormat::text || format == InputFormat::html) {
        auto size = fs::file_size(path, ec);
        if (!ec && size > options_.max_document_bytes) {
            issues.push_back(
                {path, 0,
                 "document too large (" + mb(size) + ", limit " + mb(options_.max_document_bytes) + ")",
                 true});
            return;
        }
    }
    read_stream(in, path, format, issues, sink);
}

void InputReader::read_stream(std::istream& in, const std::string& name, InputFormat format,
                              std::vector<InputIssue>& issues, const Sink& sink) const {
    // The first chunk decides the format (when unknown) and whether the input is binary.
    const std::size_t head_size = 64 * 1024;
    std::string head(head_size, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(in.gcount()));
    if (in.bad()) {
        issues.push_back({name, 0, std::string("read error: ") + std::strerror(errno), true});
        return;
    }
    if (head.empty()) {
        issues.push_back({name, 0, "empty file", true});
        return;
    }
    if (auto why = binary_reason(head); !why.empty()) {
        issues.push_back({name, 0, why, true});
        return;
    }
    if (format == InputFormat::unknown) format = sniff_format(head);
    if (format == InputFormat::jsonl) {
        read_jsonl(in, name, std::move(head), issues, sink);
        return;
    }
    // Text and HTML: one document, bounded by max_document_bytes.
    std::string bytes = std::move(head);
    while (bytes.size() >= head_size && in) { // a short head means the input has ended
        // Grow in place: read straight into the string's tail.
        std::size_t old = bytes.size();
        std::size_t chunk = std::max<std::size_t>(old, 64 * 1024);
        if (old + chunk > options_.max_document_bytes + 1) chunk = options_.max_document_bytes + 1 - old;
        bytes.resize(old + chunk);
        in.read(bytes.data() + old, std::streamsize(chunk));
        auto got = std::size_t(in.gcount());
        bytes.resize(old + got);
        if (bytes.size() > options_.max_document_bytes) {
            issues.push_back(
                {name, 0, "document too large (over " + mb(options_.max_document_bytes) + ")", true});
            return;
        }
        if (got < chunk) break;
    }
    if (bytes.find('\0') != std::string::npos) {
        issues.push_back({name, 0, "binary file (contains NUL bytes)", true});
        return;
    }
    read_blob(std::move(bytes), name, format, issues, sink);
}

void InputReader::read_blob(std::string bytes, const std::string& name, InputFormat format,
                            std::vector<InputIssue>& issues, const Sink& sink) const {
    if (blank(bytes)) {
        issues.push_back({name, 0, "empty file", true});
        return;
    }
    RawDocument raw;
    raw.id = content_id(bytes);
    raw.source = name;
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.erase(0, 3);
    if (auto n = utf8::repair(bytes)) {
        raw.warnings.push_back(repair_note(n));
        issues.push_back({name, 0, repair_note(n), false});
    }
    if (format == InputFormat::html) {
        // gumbo's tree takes many times the input's size: parse at most a quarter of the document cap.
        if (bytes.size() > options_.max_document_bytes / 4) {
            issues.push_back({name, 0,
                              "HTML document too large to parse (" + mb(bytes.size()) + ", limit " +
                                  mb(options_.max_document_bytes / 4) + ")",
                              true});
            return;
        }
        if (estimate_html_depth(bytes) > kMaxHtmlDepth) {
            issues.push_back(
                {name, 0,
                 "HTML nested too deeply to parse (over " + std::to_string(kMaxHtmlDepth) + " levels)",
                 true});
            return;
        }
        read_html(bytes, raw);
    } else {
        raw.body = std::move(bytes);
    }
    Document doc = cleaner_.clean(std::move(raw), options_);
    if (doc.text.empty()) {
        issues.push_back({name, 0, "no article text left after cleaning", true});
        return;
    }
    sink(std::move(doc));
}

void InputReader::read_jsonl(std::istream& in, const std::string& name, std::string prefix,
                             std::vector<InputIssue>& issues, const Sink& sink) const {
    // (read before the move: a view of first.str() would point into a temporary copy)
    const bool head_ends_with_newline = !prefix.empty() && prefix.back() == '\n';
    std::istringstream first(std::move(prefix));
    // The sniffed head comes first, then the rest of the stream: two readers chained by hand.
    LineReader head_reader(first, options_.max_document_bytes);
    LineReader rest_reader(in, options_.max_document_bytes);
    std::string line, tail;
    bool overflow = false;
    std::size_t lineno = 0;
    // The last head line may continue in the stream: join it with the stream's first line.
    std::vector<std::pair<std::string, bool>> pending;
    while (head_reader.next(line, overflow))
        pending.emplace_back(std::move(line), overflow);
    if (!pending.empty() && !head_ends_with_newline && rest_reader.next(tail, overflow)) {
        auto& last = pending.back();
        if (overflow || last.second || last.first.size() + tail.size() > options_.max_document_bytes) {
            last.first.clear();
            last.second = true;
        } else {
            last.first += tail;
        }
    }
    // Past kMaxLineIssues skipped lines in one file, the rest are counted in one closing note.
    constexpr std::size_t kMaxLineIssues = 20;
    std::size_t line_issues = 0, suppressed = 0;
    auto handle = [&](std::string& l, bool over) {
        ++lineno;
        std::size_t before = issues.size();
        if (over) {
            issues.push_back({name, lineno,
                              "line too large (over " + mb(options_.max_document_bytes) + "), skipped",
                              true});
        } else if (!blank(l)) {
            read_json_line(l, name, lineno, issues, sink);
        }
        for (std::size_t k = before; k < issues.size();) {
            if (!issues[k].skipped || ++line_issues <= kMaxLineIssues) {
                ++k;
                continue;
            }
            issues.erase(issues.begin() + std::ptrdiff_t(k));
            ++suppressed;
        }
    };
    for (auto& [l, over] : pending)
        handle(l, over);
    pending.clear();
    while (rest_reader.next(line, overflow))
        handle(line, overflow);
    if (rest_reader.failed())
        issues.push_back({name, lineno, std::string("read error: ") + std::strerror(errno), true});
    if (suppressed)
        issues.push_back(
            {name, 0, std::to_string(suppressed) + " more lines skipped (not listed one by one)", true});
}

bool InputReader::read_json_line(std::string& line, const std::string& name, std::size_t lineno,
                                 std::vector<InputIssue>& issues, const Sink& sink) const {
    if (line.find('\0') != std::string::npos) {
        issues.push_back({name, lineno, "binary data (NUL bytes), skipped", true});
        return false;
    }
    RawDocument raw;
    raw.id = content_id(line);
    if (auto n = utf8::repair(line)) {
        raw.warnings.push_back(repair_note(n));
        issues.push_back({name, lineno, repair_note(n), false});
    }
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
        std::string what = e.what();
        if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
        if (what.size() > 160) what = what.substr(0, 160) + "...";
        issues.push_back({name, lineno, "invalid JSON: " + what, true});
        return false;
    }
    if (!j.is_object()) {
        issues.push_back({name, lineno, "expected a JSON object", true});
        return false;
    }
    const auto* text = field(j, {"text", "body", "content", "article", "html"});
    if (!text || !text->is_string()) {
        issues.push_back({name, lineno, "no \"text\", \"body\" or \"content\" string field", true});
        return false;
    }
    std::string body = text->get<std::string>();
    if (looks_like_html(body) && estimate_html_depth(body) > kMaxHtmlDepth) {
        issues.push_back({name, lineno, "HTML nested too deeply to parse", true});
        return false;
    }
    if (looks_like_html(body))
        read_html(body, raw);
    else
        raw.body = std::move(body);
    if (const auto* t = field(j, {"title", "headline"}); t && t->is_string())
        raw.title = t->get<std::string>();
    if (const auto* u = field(j, {"url", "link", "canonical_url"}); u && u->is_string())
        raw.url = u->get<std::string>();
    if (const auto* p = field(j, {"publisher", "site", "site_name", "source_name", "source"})) {
        auto s = as_text(*p);
        if (!s.empty()) raw.publisher = s;
    }
    if (const auto* a = field(j, {"author", "authors", "byline"})) {
        if (a->is_array()) {
            for (const auto& x : *a)
                if (auto s = as_text(x); !s.empty()) raw.reporters.push_back(s);
        } else if (auto s = as_text(*a); !s.empty()) {
            raw.reporters.push_back(s);
        }
    }
    if (const auto* d = field(j, {"date", "published", "publishedAt", "published_at", "datePublished",
                                  "pubDate", "timestamp", "time"})) {
        if (auto date = DateFinder::shared().parse(as_text(*d))) {
            raw.published = date;
            raw.date_source = "jsonl";
        }
    }
    raw.source = !raw.url.empty() ? raw.url : name + ":" + std::to_string(lineno);
    Document doc = cleaner_.clean(std::move(raw), options_);
    if (doc.text.empty()) {
        issues.push_back({name, lineno, "no article text left after cleaning", true});
        return false;
    }
    sink(std::move(doc));
    return true;
}

} // namespace eventline
