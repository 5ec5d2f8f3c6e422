// Person-name normalization shared by recognition and cross-document resolution.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eventline::actors {

/// Lowercase ASCII slug: accents stripped, runs of other characters become one '-'.
std::string slug(std::string_view s);
/// The tokens that identify a name: lowercase, split at spaces and hyphens, without initials,
/// honorifics and generational suffixes ("Lloyd J. Austin III" -> lloyd austin).
std::vector<std::string> core_tokens(std::string_view name);
/// core_tokens into `out`, reusing its strings' storage.
void core_tokens(std::string_view name, std::vector<std::string>& out);
/// core_tokens joined with spaces.
std::string core_key(std::string_view name);
/// Core tokens joined with spaces.
std::string join_core(const std::vector<std::string>& core);
/// Full names that may denote one person: same core tokens, or same first and last core token.
bool full_names_compatible(const std::vector<std::string>& a, const std::vector<std::string>& b);
/// A one-token name ("Austin", "Kim") that may be a short form of a full name.
bool short_name_of(const std::string& token, const std::vector<std::string>& full);
/// Splits a TSV line.
std::vector<std::string_view> split_tabs(std::string_view line);
/// Splits an alias list on '|' (or ',' when there is no '|'), trimming spaces.
std::vector<std::string> split_aliases(std::string_view s);
std::string trim(std::string_view s);
std::string lower_ascii(std::string_view s);
/// Lowercases the ASCII letters of s in place.
void lower_ascii_in_place(std::string& s);
/// ASCII case-insensitive equality with an already lowercase word.
inline bool equals_lower(std::string_view s, std::string_view lower) {
    if (s.size() != lower.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = char(c + 32);
        if (c != lower[i]) return false;
    }
    return true;
}

} // namespace eventline::actors
