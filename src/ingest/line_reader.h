// Bounded line reading over a stream: a line longer than the limit is skipped, never held whole.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace eventline {

class LineReader {
  public:
    LineReader(std::istream& in, std::size_t max_line_bytes) : in_(in), max_(max_line_bytes), buf_(256 << 10) {}

    /// Reads the next line (without '\n' or a trailing '\r') into `line`. Returns false at the end.
    /// A line over the limit comes back empty with `overflow` set; its bytes were read and dropped.
    bool next(std::string& line, bool& overflow);
    std::size_t line_number() const { return lineno_; }
    bool failed() const { return in_.bad(); }

  private:
    bool fill();
    std::istream& in_;
    std::size_t max_;
    std::vector<char> buf_;
    std::size_t pos_ = 0, end_ = 0;
    std::size_t lineno_ = 0;
    bool eof_ = false;
};

} // namespace eventline
