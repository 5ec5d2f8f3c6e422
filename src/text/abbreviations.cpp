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
    std::vector<std::pair<std::string_view, AbbrevClass>> classes;
    std::vector<std::string_view> starter_words;
    for_each_line(abbreviations_tsv, [&](std::string_view line) {
        auto tab = line.find('\t');
        if (tab == std::string_view::npos)
            throw DataError("[text] abbreviations: expected word<TAB>class: " + std::string(line));
        auto cls = parse_class(line.substr(tab + 1));
        if (cls == AbbrevClass::none)
            throw DataError("[text] abbreviations: unknown class in: " + std::string(line));
        classes.emplace_back(line.substr(0, tab), cls);
    });
    for_each_line(starters, [&](std::string_view line) { starter_words.push_back(line); });
    // the words are copied first, so the views the slots hold stay valid
    words_.reserve(classes.size() + starter_words.size());
    for (auto& [w, c] : classes)
        words_.emplace_back(w);
    for (auto w : starter_words)
        words_.emplace_back(w);
    std::size_t size = 16;
    while (size < 8 * words_.size()) // sparse: a miss (most lookups) usually ends at the first slot
        size <<= 1;
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    std::size_t k = 0;
    for (auto& [w, c] : classes) {
        std::string_view word = words_[k++];
        if (word.empty()) continue; // never looked up
        Slot& slot = add(word);
        if (slot.cls == AbbrevClass::none) slot.cls = c; // the first entry of a word wins
    }
    for (std::size_t i = 0; i < starter_words.size(); ++i)
        add(words_[k++]).starter = true; // starter lines are never empty
}

Abbreviations::Slot& Abbreviations::add(std::string_view word) {
    std::size_t h = hash(word) & mask_;
    while (!slots_[h].word.empty() && slots_[h].word != word)
        h = (h + 1) & mask_;
    slots_[h].word = word;
    return slots_[h];
}

const Abbreviations::Slot* Abbreviations::find(std::string_view word) const {
    if (word.empty()) return nullptr;
    for (std::size_t h = hash(word) & mask_;; h = (h + 1) & mask_) {
        const Slot& slot = slots_[h];
        if (slot.word.empty()) return nullptr;
        if (slot.word.size() == word.size() && slot.word[0] == word[0] && slot.word == word) return &slot;
    }
}

const Abbreviations& Abbreviations::shared() {
    static const Abbreviations instance(slurp(data_file("text/abbreviations.txt")),
                                        slurp(data_file("text/sentence_starters.txt")));
    return instance;
}

AbbrevClass Abbreviations::lookup(std::string_view word) const {
    const Slot* slot = find(word);
    return slot ? slot->cls : AbbrevClass::none;
}

bool Abbreviations::is_sentence_starter(std::string_view word) const {
    const Slot* slot = find(word);
    return slot && slot->starter;
}

} // namespace eventline
