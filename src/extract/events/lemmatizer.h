// WordNet morphy: exception lists, then suffix rules checked against the WordNet index.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace eventline::events {

enum class WordClass { Noun, Verb };

/// Lemmatizes lower-case words the way WordNet's morphy does (verb.exc: sent -> send, fought -> fight;
/// rules: troops -> troop, attacked -> attack). Reads /usr/share/wordnet in place; build once.
class Lemmatizer {
  public:
    explicit Lemmatizer(const std::filesystem::path& dir = "/usr/share/wordnet");

    /// The base form of `lower` (a lower-case word) as a noun or verb; the word itself when WordNet
    /// knows no other form.
    std::string lemma(std::string_view lower, WordClass cls) const;
    /// Like lemma(), but only returns base forms for which `wanted(base)` holds (else ""): the hot path,
    /// which skips the WordNet index for the many words no rule cares about.
    template <class Pred> std::string wanted_lemma(std::string_view lower, WordClass cls, Pred&& wanted) const;
    /// True when WordNet lists `lemma` in the given class.
    bool known(std::string_view lemma, WordClass cls) const;

  private:
    static constexpr std::string_view kNounRules[8][2] = {{"s", ""},     {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                                                          {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
    static constexpr std::string_view kVerbRules[8][2] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                                          {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
    struct Table {
        std::string text; // owns the views below
        std::unordered_set<std::string_view> index;
        std::string exc_text;
        std::unordered_map<std::string_view, std::string_view> exceptions;
    };
    static void load(const std::filesystem::path& index, const std::filesystem::path& exc, Table& t);
    Table noun_;
    Table verb_;
};

template <class Pred>
std::string Lemmatizer::wanted_lemma(std::string_view w, WordClass cls, Pred&& wanted) const {
    const Table& t = cls == WordClass::Noun ? noun_ : verb_;
    if (auto it = t.exceptions.find(w); it != t.exceptions.end())
        return wanted(it->second) ? std::string(it->second) : std::string();
    std::string cand;
    const auto& rules = cls == WordClass::Noun ? kNounRules : kVerbRules;
    for (const auto& r : rules) {
        if (w.size() <= r[0].size() || !w.ends_with(r[0])) continue;
        if (cls == WordClass::Noun && w.ends_with("ss")) break;
        cand.assign(w.substr(0, w.size() - r[0].size()));
        cand += r[1];
        if (wanted(std::string_view(cand)) && t.index.count(cand)) return cand;
    }
    return wanted(w) ? std::string(w) : std::string();
}

} // namespace eventline::events
