// Internal: a minimal streaming JSON writer for the stored extractions (hot path of ingest: no tree,
// fast escaping of long texts). Output is always valid JSON: invalid UTF-8 becomes U+FFFD.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eventline::kb {

class JsonWriter {
  public:
    explicit JsonWriter(std::size_t reserve = 0) { out_.reserve(reserve); }

    JsonWriter& begin_object() { return open('{'); }
    JsonWriter& end_object() { return close('}'); }
    JsonWriter& begin_array() { return open('['); }
    JsonWriter& end_array() { return close(']'); }
    JsonWriter& key(std::string_view k) {
        comma();
        string_body(k);
        out_ += ':';
        after_key_ = true;
        return *this;
    }
    JsonWriter& value(std::string_view s) {
        comma();
        string_body(s);
        return *this;
    }
    JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(bool b) {
        comma();
        out_ += b ? "true" : "false";
        return *this;
    }
    JsonWriter& value(std::int64_t v) {
        comma();
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, r.ptr);
        return *this;
    }
    JsonWriter& value(int v) { return value(std::int64_t(v)); }
    JsonWriter& value(std::uint32_t v) { return value(std::int64_t(v)); }
    /// Shortest text that reads back as the same double; non-finite values are null.
    JsonWriter& value(double v) {
        comma();
        if (!std::isfinite(v)) {
            out_ += "null";
            return *this;
        }
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, r.ptr);
        return *this;
    }
    JsonWriter& value(const std::optional<double>& v) { return v ? value(*v) : null(); }
    JsonWriter& null() {
        comma();
        out_ += "null";
        return *this;
    }
    JsonWriter& value(const std::vector<std::string>& v) {
        begin_array();
        for (const auto& s : v)
            value(s);
        return end_array();
    }
    template <class T> JsonWriter& field(std::string_view k, const T& v) {
        key(k);
        return value(v);
    }

    std::string take() { return std::move(out_); }

  private:
    JsonWriter& open(char c) {
        comma();
        out_ += c;
        first_ = true;
        return *this;
    }
    JsonWriter& close(char c) {
        out_ += c;
        first_ = false;
        return *this;
    }
    void comma() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (!first_) out_ += ',';
        first_ = false;
    }

    void string_body(std::string_view s) {
        out_ += '"';
        std::size_t run = 0; // start of the pending run of bytes copied as they are
        for (std::size_t i = 0; i < s.size();) {
            auto c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
                ++i;
                continue;
            }
            if (c >= 0x80) {
                std::size_t n = utf8_length(s, i);
                if (n) {
                    i += n;
                    continue;
                }
                out_.append(s.data() + run, i - run);
                out_ += "\xEF\xBF\xBD";
                run = ++i;
                continue;
            }
            out_.append(s.data() + run, i - run);
            switch (c) {
            case '"':
                out_ += "\\\"";
                break;
            case '\\':
                out_ += "\\\\";
                break;
            case '\n':
                out_ += "\\n";
                break;
            case '\t':
                out_ += "\\t";
                break;
            case '\r':
                out_ += "\\r";
                break;
            default: {
                static const char* hex = "0123456789abcdef";
                out_ += "\\u00";
                out_ += hex[c >> 4];
                out_ += hex[c & 15];
            }
            }
            run = ++i;
        }
        out_.append(s.data() + run, s.size() - run);
        out_ += '"';
    }

    /// Length of the valid UTF-8 sequence starting at i (a non-ASCII lead byte), or 0.
    static std::size_t utf8_length(std::string_view s, std::size_t i) {
        auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
        unsigned char c = b(i);
        std::size_t n = (c >= 0xc2 && c <= 0xdf)   ? 2
                        : (c >= 0xe0 && c <= 0xef) ? 3
                        : (c >= 0xf0 && c <= 0xf4) ? 4
                                                   : 0;
        if (n == 0 || i + n > s.size()) return 0;
        for (std::size_t k = 1; k < n; ++k)
            if ((b(i + k) & 0xc0) != 0x80) return 0;
        if (n == 3) { // no overlongs, no surrogates
            if (c == 0xe0 && b(i + 1) < 0xa0) return 0;
            if (c == 0xed && b(i + 1) > 0x9f) return 0;
        }
        if (n == 4) {
            if (c == 0xf0 && b(i + 1) < 0x90) return 0;
            if (c == 0xf4 && b(i + 1) > 0x8f) return 0;
        }
        return n;
    }

    std::string out_;
    bool first_ = true;
    bool after_key_ = false;
};

} // namespace eventline::kb
