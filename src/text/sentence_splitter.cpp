// Placeholder splitter: breaks on ". " and newlines. Replaced by the abbreviation-aware splitter.
#include "eventline/text.h"

namespace eventline {

std::vector<Sentence> split_sentences(std::string_view text) {
    std::vector<Sentence> out;
    std::size_t start = 0;
    auto emit = [&](std::size_t b, std::size_t e) {
        while (b < e && (text[b] == ' ' || text[b] == '\n')) ++b;
        if (b >= e) return;
        Sentence s;
        s.index = std::uint32_t(out.size());
        s.begin = std::uint32_t(b);
        s.end = std::uint32_t(e);
        s.norm = std::string(text.substr(b, e - b));
        for (std::size_t i = 0; i <= s.norm.size(); ++i) s.to_doc.push_back(std::uint32_t(b + i));
        out.push_back(std::move(s));
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '.' && i + 1 < text.size() && text[i + 1] == ' ')) {
            emit(start, text[i] == '.' ? i + 1 : i);
            start = i + 1;
        }
    }
    emit(start, text.size());
    return out;
}

} // namespace eventline
