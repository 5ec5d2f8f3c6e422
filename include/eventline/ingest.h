// Ingest: files, folders and stdin in; cleaned Documents out, one at a time.
#pragma once

#include "eventline/document.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace eventline {

/// Something skipped or repaired while reading; the run goes on.
struct InputIssue {
    std::string source;
    std::size_t line = 0; ///< 1-based line for JSON Lines, else 0
    std::string reason;
    bool skipped = true; ///< false: repaired with a warning, the document was still read
};

struct IngestOptions {
    std::optional<Date> fallback_date; ///< --date: used when a document names no date of its own
    std::size_t max_document_bytes = std::size_t(50) << 20; ///< larger documents (or JSON lines) are skipped
};

/// Reads inputs in a stable order (sorted paths) and streams each cleaned Document to a sink.
/// ensures: never throws for bad input; each problem is recorded in issues() naming file and line.
class Ingestor {
  public:
    explicit Ingestor(IngestOptions options);
    ~Ingestor();
    Ingestor(const Ingestor&) = delete;
    Ingestor& operator=(const Ingestor&) = delete;

    /// inputs: files, folders (recursive) or "-" for stdin.
    void read(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& sink);
    const std::vector<InputIssue>& issues() const { return issues_; }

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::vector<InputIssue> issues_;
};

/// Reads and cleans one file (any supported format) into documents; problems go to `issues`.
std::vector<Document> read_file(const std::string& path, const IngestOptions& options,
                                std::vector<InputIssue>& issues);

/// Assigns Document::story so that versions of one article share a story id.
/// requires: documents have ids. ensures: sub-quadratic in the number of documents.
void group_stories(std::vector<Document>& documents);

/// Reads one input like read_file but hands each document to `sink` as soon as it is ready (JSON Lines
/// files are streamed line by line). "-" reads standard input.
void read_input(const std::string& path, const IngestOptions& options, std::vector<InputIssue>& issues,
                const std::function<void(Document&&)>& sink);

} // namespace eventline
