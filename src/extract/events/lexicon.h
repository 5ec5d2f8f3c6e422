// The event ontology and the attribution lexicon, loaded from data/events/.
#pragma once

#include "../../text/word_index.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eventline::events {

/// Transparent string hashing: lookups by string_view copy nothing (they run for every verb and noun).
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::size_t(text::word_hash(s)); }
};
template <class T> using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

enum class FrameClass { Communication, Motion, Transfer, Contact, Conflict, General, Natural };

struct EventType {
    std::string name;
    std::string cameo;
    FrameClass cls = FrameClass::General;
    std::string object_role; ///< role of the direct object (and of a passive subject)
};

/// One reading of a trigger lemma: the type it signals and when it applies.
struct TriggerSense {
    int type = -1;
    std::string object_class;          ///< "[obj=personnel]": the object's head noun must be of this class
    std::string excluded_object_class; ///< "[obj!=message]": the object's head noun must not be of this class
    bool passive_only = false;
    bool quote_only = false;
    bool undergoer = false; ///< "[undergoer]": the subject undergoes the event ("three fighters died")
    std::string particle;   ///< second word of a multi-word verb ("down" in step_down)
};

/// Reporting verbs, report nouns, modal words and phrases with the modality they give.
struct Attribution {
    StringMap<std::string> verbs;
    StringMap<std::string> nouns;
    StringMap<std::string> adverbs;
    StringMap<std::string> modals;
    std::vector<std::pair<std::vector<std::string>, std::string>> phrases; ///< word sequence -> modality
    StringMap<std::vector<int>> phrases_by_first; ///< first word -> phrases, longest first
};

class Lexicon {
  public:
    /// Loads ontology.tsv, nouns.tsv and attribution.tsv from `dir`; throws DataError (file:line: reason).
    explicit Lexicon(const std::filesystem::path& dir);

    const std::vector<EventType>& types() const { return types_; }
    const std::vector<TriggerSense>* verb(std::string_view lemma) const { return find(verbs_, lemma); }
    const std::vector<TriggerSense>* noun(std::string_view lemma) const { return find(nouns_, lemma); }
    /// True when `lemma` belongs to the noun class ("personnel", "weapon", "activity", "person", "place").
    bool noun_in_class(std::string_view lemma, std::string_view cls) const;
    const Attribution& attribution() const { return attribution_; }
    int type_index(std::string_view name) const;
    /// Every lemma some rule looks up (triggers, noun classes, reporting words): the lemmatizer skips the
    /// rest.
    std::vector<std::string> all_lemmas() const;

  private:
    using SenseMap = StringMap<std::vector<TriggerSense>>;
    static const std::vector<TriggerSense>* find(const SenseMap& m, std::string_view k) {
        auto it = m.find(k);
        return it == m.end() ? nullptr : &it->second;
    }
    std::vector<EventType> types_;
    SenseMap verbs_;
    SenseMap nouns_;
    StringMap<std::vector<std::string>> noun_classes_; // lemma -> classes
    Attribution attribution_;
};

} // namespace eventline::events
