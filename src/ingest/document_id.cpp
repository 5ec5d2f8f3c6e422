#include "document_id.h"

#include <cstdio>
#include <cstring>

namespace eventline {

namespace {
constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}
} // namespace

std::uint64_t content_hash(std::string_view bytes) {
    std::uint64_t h = 0x2545F4914F6CDD1Dull ^ (bytes.size() * kMul);
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, bytes.data() + i, 8);
        h = (h ^ mix(w)) * kMul + 0x632BE59BD9B4E019ull;
        h = (h << 27) | (h >> 37);
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    h = (h ^ mix(tail ^ 0xA0761D6478BD642Full)) * kMul;
    return mix(h);
}

std::string content_id(std::string_view bytes) {
    char buf[20];
    std::snprintf(buf, sizeof buf, "d%012llx", static_cast<unsigned long long>(content_hash(bytes) & 0xFFFFFFFFFFFFull));
    return buf;
}

} // namespace eventline
