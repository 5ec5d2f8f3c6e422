// Public face of the temporal tagger: tokenize, run the grammar, render TIMEX3 values.
#include "eventline/timex.h"
#include "lexicon.h"
#include "parser.h"
#include "tokenizer.h"

#include <memory_resource>

namespace eventline {

std::string_view to_string(TimexType t) {
    switch (t) {
    case TimexType::Date:
        return "DATE";
    case TimexType::Time:
        return "TIME";
    case TimexType::Duration:
        return "DURATION";
    case TimexType::Set:
        return "SET";
    }
    return "DATE";
}

std::string_view to_string(Precision p) {
    static constexpr std::string_view names[] = {"minute",  "hour", "day",    "week",    "month",
                                                 "quarter", "year", "decade", "century", "unknown"};
    return names[static_cast<int>(p)];
}

struct TimexTagger::Impl {
    timex::Lexicon lexicon;
};

TimexTagger::TimexTagger() : impl_(std::make_unique<Impl>()) {}
TimexTagger::~TimexTagger() = default;

std::vector<Timex> TimexTagger::tag(std::string_view text, const std::optional<Date>& anchor) const {
    std::vector<Timex> result;
    if (text.empty()) return result;
    // The lowercased copy and the tokens come from a stack arena: no heap allocation for sentence-sized texts
    // (the arena falls back to the heap for long ones).
    std::byte stack[12 * 1024];
    std::pmr::monotonic_buffer_resource arena(stack, sizeof stack);
    char* low = static_cast<char*>(arena.allocate(text.size() + timex::Lexicon::kPadding, 1));
    timex::lowercase_ascii(text, low);
    // room for the most tokens there can be (one a byte), written through a plain pointer
    auto* token_room =
        static_cast<timex::Token*>(arena.allocate(text.size() * sizeof(timex::Token), alignof(timex::Token)));
    std::pmr::vector<std::uint32_t> starts(&arena);
    starts.reserve(text.size() / 16 + 4);
    const std::span<const timex::Token> tokens(
        token_room,
        timex::tokenize(text, std::string_view(low, text.size()), impl_->lexicon, token_room, starts));
    std::pmr::vector<std::pair<std::pair<std::size_t, std::size_t>, timex::Tx>> found(&arena);
    timex::Parser parser(low, tokens, starts, anchor);
    parser.run(found);
    result.reserve(found.size());
    for (auto& [range, tx] : found) {
        Timex t = timex::finish(std::move(tx));
        t.begin = tokens[range.first].begin;
        t.end = tokens[range.second - 1].end;
        t.text = std::string(text.substr(t.begin, t.end - t.begin));
        result.push_back(std::move(t));
    }
    return result;
}

} // namespace eventline
