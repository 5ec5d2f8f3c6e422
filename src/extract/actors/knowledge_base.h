// The actors stage's knowledge: countries, demonyms, institutions, organizations, known people, titles,
// group nouns, cities and regions, loaded from data/ (and an optional --actors TSV), indexed by a Gazetteer.
#pragma once

#include "gazetteer.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eventline::actors {

enum class EntryType : std::uint8_t {
    Country,       ///< a country's name or alias
    CountryCoref,  ///< "the North": refers to the country only when it is in play in the document
    Demonym,       ///< "North Korean" (adjective)
    DemonymPlural, ///< "North Koreans"
    Institution,   ///< "the White House", "the Kremlin"
    Organization,  ///< "NATO", "the U.N."
    Person,        ///< a known person's name or alias
    Group,         ///< a user-defined group actor
    Title,         ///< "defense secretary", "President"
    Honorific,     ///< "Mr."
    GroupNoun,     ///< "officials", "troops"
    City,
    Region,
    QualifiedRegion, ///< "Far East" in "Russia's Far East"
};

struct KbEntry {
    EntryType type = EntryType::Country;
    std::string key; ///< "country:PRK", "gov:USA", "org:NATO", "person:vladimir-putin", "place:kursk"
    std::uint64_t key_hash = 0; ///< key_hash(key), computed once at load
    std::string name;           ///< display name
    std::string kind;           ///< person | country | organization | group | city | region | ...
    std::string country;        ///< ISO alpha-3
    std::string code;           ///< CAMEO-style code
    std::string sector;         ///< titles and group nouns: GOV, MIL, SPY, ...
    std::string role;           ///< known people: their title
    bool head = false;          ///< titles: head of state or government
    bool capital = false;
    bool needs_country = false; ///< group nouns that only count after a country word
    std::optional<double> lat, lon;
    long population = 0;
};

/// The hash of entity keys (std::hash of the string): the per-document entity table's.
inline std::uint64_t key_hash(std::string_view key) {
    return std::hash<std::string_view>{}(key);
}

/// A set of 64-bit word hashes (fold_hash) in one flat open-addressing table: a lookup is a few
/// instructions, where std::unordered_set walks a bucket's node list.
class HashSet64 {
  public:
    void insert(std::uint64_t h) {
        if (h == 0) {
            has_zero_ = true; // 0 marks empty slots
            return;
        }
        if ((used_ + 1) * 2 > slots_.size()) grow();
        std::size_t i = slot(h);
        while (slots_[i] != 0 && slots_[i] != h)
            i = (i + 1) & (slots_.size() - 1);
        if (slots_[i] == 0) ++used_;
        slots_[i] = h;
    }
    /// 1 if h is in the set, else 0 (std::unordered_set's interface, so callers read alike).
    std::size_t count(std::uint64_t h) const {
        if (h == 0) return has_zero_ ? 1 : 0;
        if (slots_.empty()) return 0;
        for (std::size_t i = slot(h);; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i] == h) return 1;
            if (slots_[i] == 0) return 0;
        }
    }

  private:
    std::size_t slot(std::uint64_t h) const {
        return std::size_t((h * 0x9E3779B97F4A7C15ull) >> 32) & (slots_.size() - 1);
    }
    void grow() {
        std::vector<std::uint64_t> old(slots_.empty() ? 64 : slots_.size() * 2);
        old.swap(slots_);
        used_ = 0;
        for (std::uint64_t h : old)
            if (h != 0) insert(h);
    }
    std::vector<std::uint64_t> slots_;
    std::size_t used_ = 0;
    bool has_zero_ = false;
};

struct KnowledgeOptions {
    std::string actors_file;                        ///< optional user TSV, loaded last, overriding
    std::string wordnet_dir = "/usr/share/wordnet"; ///< verb.exc: irregular verb forms ("withdrew", "said")
};

class KnowledgeBase {
  public:
    /// Loads data_file("actors/...") and data_file("places/..."); throws DataError naming file:line.
    explicit KnowledgeBase(const KnowledgeOptions& options);

    const Gazetteer& gazetteer() const { return gazetteer_; }
    const KbEntry& entry(int i) const { return entries_[i]; }
    std::size_t entry_count() const { return entries_.size(); }

    /// The country entry (type Country) for an alpha-3 code, or -1.
    int country(std::string_view alpha3) const;
    /// The country's display name ("North Korea"), or the code itself.
    std::string country_name(std::string_view alpha3) const;
    /// A capital's government: an Institution entry "gov:XXX" (created for every country with a capital).
    int government(std::string_view alpha3) const;
    /// core_tokens of a Person entry's name, computed at load (empty for other entries).
    const std::vector<std::string>& name_core(int entry) const { return name_cores_[entry]; }
    /// Known person by normalized core name ("vladimir putin"), or -1.
    int person_by_core(const std::string& core) const;

    bool is_first_name(std::string_view w) const;
    bool is_not_name(std::string_view w) const; ///< lowercase comparison
    bool is_not_name_hash(std::uint64_t folded) const { return not_names_.count(folded) > 0; }
    bool is_honorific(std::string_view w) const;
    /// The same tests by fold_hash of the word (WordToken::hash).
    bool is_org_word_hash(std::uint64_t folded) const { return org_words_.count(folded) > 0; }
    bool is_first_name_hash(std::uint64_t folded) const { return first_names_.count(folded) > 0; }
    bool is_org_word(std::string_view w) const;
    /// An irregular past tense or participle ("withdrew", "shot", "said"): after "Russian army" it is the
    /// verb, so the phrase names a group, not a modifier of a noun ("Russian army base").
    bool is_irregular_past(std::string_view w) const;

  private:
    void load_countries();
    void load_country_names();
    void load_institutions(const std::string& file, EntryType type);
    void load_people();
    void load_titles();
    void load_groups();
    void load_irregular_verbs(const std::string& wordnet_dir);
    void load_word_list(const std::string& file, HashSet64& out, std::vector<std::string>* words);
    void load_cities();
    void load_regions();
    void load_user(const std::string& path);
    int add_entry(KbEntry e);
    void add_surface(std::string_view surface, int entry, bool replace = false);

    Gazetteer gazetteer_;
    std::vector<KbEntry> entries_;
    std::vector<std::vector<std::string>> name_cores_; ///< entry -> core_tokens(name) for Person entries
    std::unordered_map<std::string, int> countries_;   ///< alpha3 -> entry
    std::unordered_map<std::string, int> governments_; ///< alpha3 -> entry
    std::unordered_map<std::string, int> people_;      ///< core name -> entry
    HashSet64 first_names_, not_names_, honorifics_, org_words_, irregular_past_; ///< fold_hash of words
};

} // namespace eventline::actors
