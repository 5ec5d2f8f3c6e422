// Which reader handles an input: by extension, else by sniffing the first bytes.
#pragma once

#include <string>
#include <string_view>

namespace eventline {

enum class InputFormat { unknown, text, html, jsonl };

/// From the file name: .txt/.md/.markdown/.text/none -> text, .html/.htm/.xhtml -> html,
/// .jsonl/.ndjson -> jsonl; anything else -> unknown (sniff the content).
InputFormat format_from_path(std::string_view path);
/// From content: JSON Lines if the first non-space character is '{', HTML if it is '<', else text.
InputFormat sniff_format(std::string_view head);
/// Why `head` (the first bytes of an input) is not text, or "" when it looks like text.
std::string binary_reason(std::string_view head);

} // namespace eventline
