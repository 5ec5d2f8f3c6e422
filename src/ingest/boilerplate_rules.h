// The boilerplate line rules of data/ingest/boilerplate.tsv, matched in one pass with an RE2::Set.
#pragma once

#include <re2/re2.h>
#include <re2/set.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>


namespace eventline {

class BoilerplateRules {
  public:
    /// Longer lines are never boilerplate; they are not tested.
    static constexpr std::size_t kMaxLineBytes = 400;

    struct Match {
        std::string reason;  ///< without the '~' prefix
        bool needs_neighbour = false; ///< '~' rules: only next to another removed line
        std::string capture; ///< group 1, when the pattern has one
    };

    /// Parses the TSV text; `origin` names it in errors. throws: DataError naming the line.
    BoilerplateRules(std::string_view tsv, const std::string& origin);
    ~BoilerplateRules();
    /// Loads data/ingest/boilerplate.tsv once per process.
    static const BoilerplateRules& shared();

    /// line: already normalized for matching (see normalize_for_matching). The first matching rule wins.
    std::optional<Match> match(std::string_view line) const;
    /// True when `name` matches an @organization pattern.
    bool is_organization(std::string_view name) const;

  private:
    struct Rule {
        std::string reason;
        bool needs_neighbour;
        std::unique_ptr<re2::RE2> re;
    };
    std::vector<Rule> rules_;
    std::vector<std::unique_ptr<re2::RE2>> organizations_;
    std::unique_ptr<RE2::Set> set_;
};

/// Folds a line for matching: curly quotes -> straight, dashes -> '-', Unicode spaces -> ' ', runs of
/// spaces folded, trimmed.
std::string normalize_for_matching(std::string_view line);

} // namespace eventline
