#include "input_format.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace eventline {

InputFormat format_from_path(std::string_view path) {
    std::filesystem::path p{std::string(path)};
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (ext.empty() || ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".text") return InputFormat::text;
    if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::html;
    if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::jsonl;
    return InputFormat::unknown;
}

InputFormat sniff_format(std::string_view head) {
    std::size_t i = 0;
    if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
    if (i == head.size()) return InputFormat::text;
    if (head[i] == '{') return InputFormat::jsonl;
    if (head[i] == '<') return InputFormat::html;
    return InputFormat::text;
}

std::string binary_reason(std::string_view head) {
    if (head.size() >= 2 && ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF')))
        return "UTF-16 text is not supported (convert it to UTF-8)";
    std::size_t control = 0;
    for (char ch : head) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == 0) return "binary file (contains NUL bytes)";
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B) ++control;
    }
    if (!head.empty() && control * 10 > head.size()) return "binary file (mostly control bytes)";
    return {};
}

} // namespace eventline
