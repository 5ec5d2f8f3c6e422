#include "lemmatizer.h"

#include "eventline/error.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>

namespace eventline::events {

namespace {

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw DataError("[events] cannot read WordNet file " + p.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace

void Lemmatizer::load(const std::filesystem::path& index, const std::filesystem::path& exc, Table& t) {
    t.text = read_file(index);
    t.index.reserve(std::size_t(std::count(t.text.begin(), t.text.end(), '\n')) + 1);
    std::string_view all(t.text);
    std::size_t pos = 0, line = 0;
    while (pos < all.size()) {
        std::size_t eol = all.find('\n', pos);
        if (eol == std::string_view::npos) eol = all.size();
        std::string_view l = all.substr(pos, eol - pos);
        pos = eol + 1;
        ++line;
        if (l.empty() || l[0] == ' ') continue; // licence header
        std::size_t sp = l.find(' ');
        if (sp == std::string_view::npos)
            throw DataError("[events] " + index.string() + ":" + std::to_string(line) +
                            ": expected 'lemma pos ...'");
        t.index.insert(l.substr(0, sp));
    }
    t.exc_text = read_file(exc);
    std::string_view ex(t.exc_text);
    pos = 0;
    while (pos < ex.size()) {
        std::size_t eol = ex.find('\n', pos);
        if (eol == std::string_view::npos) eol = ex.size();
        std::string_view l = ex.substr(pos, eol - pos);
        pos = eol + 1;
        std::size_t sp = l.find(' ');
        if (sp == std::string_view::npos) continue;
        std::string_view base = l.substr(sp + 1);
        base = base.substr(0, base.find(' '));
        t.exceptions.emplace(l.substr(0, sp), base); // first base wins (morphy order)
    }
}

Lemmatizer::Lemmatizer(const std::filesystem::path& dir) {
    load(dir / "index.noun", dir / "noun.exc", noun_);
    load(dir / "index.verb", dir / "verb.exc", verb_);
}

bool Lemmatizer::known(std::string_view lemma, WordClass cls) const {
    const Table& t = cls == WordClass::Noun ? noun_ : verb_;
    return t.index.count(lemma) > 0;
}

std::string Lemmatizer::lemma(std::string_view w, WordClass cls) const {
    const Table& t = cls == WordClass::Noun ? noun_ : verb_;
    if (auto it = t.exceptions.find(w); it != t.exceptions.end()) return std::string(it->second);
    if (cls == WordClass::Noun && w.ends_with("ss")) return std::string(w); // "press", "chess"
    std::string cand;
    const auto& rules = cls == WordClass::Noun ? kNounRules : kVerbRules;
    for (const auto& r : rules) {
        if (w.size() <= r[0].size() || !w.ends_with(r[0])) continue;
        cand.assign(w.substr(0, w.size() - r[0].size()));
        cand += r[1];
        if (listed(t, cand)) return cand;
    }
    return std::string(w);
}

} // namespace eventline::events
