#include "line_reader.h"

#include <cstring>

namespace eventline {

bool LineReader::fill() {
    if (eof_) return false;
    in_.read(buf_.data(), std::streamsize(buf_.size()));
    end_ = std::size_t(in_.gcount());
    pos_ = 0;
    if (end_ == 0) eof_ = true;
    return end_ > 0;
}

bool LineReader::next(std::string& line, bool& overflow) {
    line.clear();
    overflow = false;
    bool any = false;
    for (;;) {
        if (pos_ == end_ && !fill()) break;
        any = true;
        const char* start = buf_.data() + pos_;
        const char* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
        std::size_t take = nl ? std::size_t(nl - start) : end_ - pos_;
        if (!overflow) {
            if (line.size() + take > max_) {
                overflow = true;
                line.clear();
                line.shrink_to_fit();
            } else {
                line.append(start, take);
            }
        }
        pos_ += take;
        if (nl) {
            ++pos_;
            break;
        }
    }
    if (!any) return false;
    ++lineno_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

} // namespace eventline
