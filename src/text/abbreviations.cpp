#include "abbreviations.h"

#include "eventline/data_files.h"
#include "eventline/error.h"

#include <fstream>
#include <sstream>

namespace eventline {

namespace {
std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw DataError("[text] cannot read " + p.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

template <class F> void for_each_line(std::string_view text, F f) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        auto line = text.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty() && line[0] != '#') f(line);
        pos = nl + 1;
    }
}

AbbrevClass parse_class(std::string_view s) {
    if (s == "title") return AbbrevClass::title;
    if (s == "month") return AbbrevClass::month;
    if (s == "number") return AbbrevClass::number;
    if (s == "suffix") return AbbrevClass::suffix;
    if (s == "other") return AbbrevClass::other;
    return AbbrevClass::none;
}
} // namespace

Abbreviations::Abbreviations(std::string_view abbreviations_tsv, std::string_view starters) {
    for_each_line(abbreviations_tsv, [&](std::string_view line) {
        auto tab = line.find('\t');
        if (tab == std::string_view::npos)
            throw DataError("[text] abbreviations: expected word<TAB>class: " + std::string(line));
        auto cls = parse_class(line.substr(tab + 1));
        if (cls == AbbrevClass::none)
            throw DataError("[text] abbreviations: unknown class in: " + std::string(line));
        classes_.emplace(std::string(line.substr(0, tab)), cls); // the first entry of a word wins
    });
    for_each_line(starters, [&](std::string_view line) { starters_.emplace(line); });
}

const Abbreviations& Abbreviations::shared() {
    static const Abbreviations instance(slurp(data_file("text/abbreviations.txt")),
                                        slurp(data_file("text/sentence_starters.txt")));
    return instance;
}

AbbrevClass Abbreviations::lookup(std::string_view word) const {
    auto it = classes_.find(word);
    return it == classes_.end() ? AbbrevClass::none : it->second;
}

bool Abbreviations::is_sentence_starter(std::string_view word) const {
    return starters_.find(word) != starters_.end();
}

} // namespace eventline
