// Reads one input (file or stdin) in its format and streams cleaned Documents; problems become issues.
#pragma once

#include "cleaner.h"
#include "input_format.h"

#include "eventline/ingest.h"

#include <functional>
#include <istream>
#include <string>
#include <vector>

namespace eventline {

class InputReader {
  public:
    using Sink = std::function<void(Document&&)>;

    InputReader(const IngestOptions& options, const Cleaner& cleaner) : options_(options), cleaner_(cleaner) {}

    /// A file path, or "-" for standard input. ensures: holds at most one document in memory at a time.
    void read(const std::string& path, std::vector<InputIssue>& issues, const Sink& sink) const;
    /// Reads from any stream (stdin, tests); `name` is the source named in issues.
    void read_stream(std::istream& in, const std::string& name, InputFormat format, std::vector<InputIssue>& issues,
                     const Sink& sink) const;

  private:
    void read_blob(std::string bytes, const std::string& name, InputFormat format, std::vector<InputIssue>& issues,
                   const Sink& sink) const;
    void read_jsonl(std::istream& in, const std::string& name, std::string prefix, std::vector<InputIssue>& issues,
                    const Sink& sink) const;
    bool read_json_line(std::string& line, const std::string& name, std::size_t lineno, std::vector<InputIssue>& issues,
                        const Sink& sink) const;
    const IngestOptions& options_;
    const Cleaner& cleaner_;
};

} // namespace eventline
