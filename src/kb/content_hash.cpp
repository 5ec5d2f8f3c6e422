// The content hash that deduplicates documents: 128 bits over every field ingest derives from the input,
// except where it was read from (source) and what assemble() recomputes (story).
#include "eventline/kb.h"

#include <cstring>

namespace eventline {

namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int r) {
    return (x << r) | (x >> (64 - r));
}
constexpr std::uint64_t fmix(std::uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ull;
    return k ^ (k >> 33);
}

/// Two-lane multiply-rotate hash over 8-byte words; fields are length-prefixed so that boundaries count.
class Hasher {
  public:
    void add(std::string_view s) {
        word(s.size());
        std::size_t i = 0;
        for (; i + 8 <= s.size(); i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            word(w);
        }
        std::uint64_t tail = 0;
        std::memcpy(&tail, s.data() + i, s.size() - i);
        word(tail);
    }
    void add(std::int64_t v) { word(std::uint64_t(v)); }
    std::string hex() const {
        std::uint64_t x = fmix(a_ + b_ * 3), y = fmix(b_ ^ rotl(a_, 17));
        char buf[33];
        std::snprintf(buf, sizeof buf, "%016llx%016llx", (unsigned long long)x, (unsigned long long)y);
        return buf;
    }

  private:
    void word(std::uint64_t w) {
        a_ = rotl(a_ ^ (w * 0x87c37b91114253d5ull), 31) * 0x4cf5ad432745937full;
        b_ = (rotl(b_ + w, 27) ^ a_) * 0x9e3779b97f4a7c15ull + 0x52dce729;
    }
    std::uint64_t a_ = 0x243f6a8885a308d3ull;
    std::uint64_t b_ = 0x13198a2e03707344ull;
};

} // namespace

std::string content_hash(const Document& d) {
    Hasher h;
    h.add(std::string_view("eventline-doc/1"));
    for (const std::string* s : {&d.id, &d.url, &d.title, &d.text, &d.summary, &d.publisher, &d.date_source})
        h.add(*s);
    h.add(std::int64_t(d.reporters.size()));
    for (const auto& r : d.reporters)
        h.add(r);
    h.add(d.published ? format_date(*d.published) : std::string());
    h.add(std::int64_t(d.removed_lines.size()));
    for (const auto& r : d.removed_lines) {
        h.add(r.text);
        h.add(r.reason);
    }
    h.add(std::int64_t(d.warnings.size()));
    for (const auto& w : d.warnings)
        h.add(w);
    return h.hex();
}

} // namespace eventline
