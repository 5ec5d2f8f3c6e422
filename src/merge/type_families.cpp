#include "type_families.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace eventline::merge {

namespace {

// Verb classes whose members report one real event in different words. Deliberately small and
// general (reporting verbs, movement of people or goods, violence, meetings); opposites such as
// confirm/deny, or attack/withdraw, are never in one family. Documented in docs/graph.md.
constexpr std::pair<std::string_view, std::string_view> kFamilies[] = {
    {"statement", "statement"}, {"say", "statement"},     {"said", "statement"},
    {"comment", "statement"},   {"confirm", "statement"}, {"announce", "statement"},
    {"claim", "statement"},     {"report", "statement"},  {"declare", "statement"},
    {"warn", "statement"},      {"accuse", "statement"},  {"speech", "statement"},
    {"deploy", "movement"},     {"send", "movement"},     {"transport", "movement"},
    {"move", "movement"},       {"transfer", "movement"}, {"dispatch", "movement"},
    {"arrive", "movement"},     {"travel", "movement"},   {"attack", "attack"},
    {"strike", "attack"},       {"bomb", "attack"},       {"shell", "attack"},
    {"assault", "attack"},      {"fight", "attack"},      {"meet", "meeting"},
    {"meeting", "meeting"},     {"visit", "meeting"},     {"talks", "meeting"},
    {"kill", "kill"},           {"casualties", "kill"},   {"train", "train"},
    {"training", "train"},      {"sanction", "sanction"}, {"sanctions", "sanction"},
    {"launch", "launch"},       {"fire", "launch"},       {"supply", "transfer"},
    {"aid", "transfer"},        {"negotiate", "meeting"},
};

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

} // namespace

std::string type_family(std::string_view type) {
    std::string t = lower(type);
    for (const auto& [name, family] : kFamilies)
        if (t == name) return std::string(family);
    return t;
}

bool compatible_types(std::string_view a, std::string_view b) {
    return type_family(a) == type_family(b);
}

} // namespace eventline::merge
