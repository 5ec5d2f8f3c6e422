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
    template <class Pred>
    std::string wanted_lemma(std::string_view lower, WordClass cls, Pred&& wanted) const;
    /// True when WordNet lists `lemma` in the given class.
    bool known(std::string_view lemma, WordClass cls) const;
    /// Calls f(word) for the lemma itself and the inverse of each suffix rule of either class: with
    /// exception_forms(), every word whose lemma could be `lemma` (a superset: the index is not checked).
    template <class F> void surface_forms(std::string_view lemma, F&& f) const;
    /// Calls f(form, base) for every exception-list entry of both classes ("sent" -> "send").
    template <class F> void exception_forms(F&& f) const;

  private:
    static constexpr std::string_view kNounRules[8][2] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},
                                                          {"zes", "z"},   {"ches", "ch"}, {"shes", "sh"},
                                                          {"men", "man"}, {"ies", "y"}};
    static constexpr std::string_view kVerbRules[8][2] = {
        {"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}};
    struct Table {
        std::string text; // owns the views below
        std::unordered_set<std::string_view> index;
        std::string exc_text;
        std::unordered_map<std::string_view, std::string_view> exceptions;
    };
    static void load(const std::filesystem::path& index, const std::filesystem::path& exc, Table& t);
    /// WordNet lists the base form, or, for a hyphenated compound it lacks ("test-fire"), its last part.
    static bool listed(const Table& t, std::string_view base) {
        if (t.index.count(base)) return true;
        auto h = base.rfind('-');
        return h != std::string_view::npos && h > 0 && t.index.count(base.substr(h + 1)) > 0;
    }
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
        if (wanted(std::string_view(cand)) && listed(t, cand)) return cand;
    }
    return wanted(w) ? std::string(w) : std::string();
}

} // namespace eventline::events

namespace eventline::events {

template <class F> void Lemmatizer::surface_forms(std::string_view lemma, F&& f) const {
    f(lemma);
    std::string w;
    for (const auto* rules : {&kNounRules, &kVerbRules})
        for (const auto& r : *rules) {
            if (!lemma.ends_with(r[1])) continue;
            w.assign(lemma.substr(0, lemma.size() - r[1].size()));
            w += r[0];
            f(std::string_view(w));
        }
}

template <class F> void Lemmatizer::exception_forms(F&& f) const {
    for (const Table* t : {&noun_, &verb_})
        for (const auto& [form, base] : t->exceptions)
            f(form, base);
}

} // namespace eventline::events
