// Builds Sentence::norm and Sentence::to_doc from a span of the document's text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace eventline {

/// Curly quotes -> ' or ", dashes -> '-', Unicode spaces -> ' ' (runs folded), zero-width characters and
/// soft hyphens dropped, an ellipsis kept. to_doc[i] is the document byte of norm byte i; its last entry
/// (index norm.size()) is `end`.
void normalize_span(std::string_view text, std::uint32_t begin, std::uint32_t end, std::string& norm,
                    std::vector<std::uint32_t>& to_doc);

} // namespace eventline
