// Content ids: equal bytes, equal id.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace eventline {

/// 64-bit hash of the bytes (8 bytes at a time; stable across runs and machines).
std::uint64_t content_hash(std::string_view bytes);
/// "d" + the low 48 bits of content_hash as 12 hex digits.
std::string content_id(std::string_view bytes);

} // namespace eventline
