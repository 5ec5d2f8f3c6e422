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
    /// True when WordNet lists `lemma` in the given class.
    bool known(std::string_view lemma, WordClass cls) const;

  private:
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

} // namespace eventline::events
