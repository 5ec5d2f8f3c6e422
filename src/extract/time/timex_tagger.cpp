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
    // room for the most tokens there can be (one a byte) and their starts, written through plain pointers
    auto* token_room =
        static_cast<timex::Token*>(arena.allocate(text.size() * sizeof(timex::Token), alignof(timex::Token)));
    auto* start_room = static_cast<std::uint32_t*>(
        arena.allocate(text.size() * sizeof(std::uint32_t), alignof(std::uint32_t)));
    const timex::Tokenized tokenized =
        timex::tokenize(text, std::string_view(low, text.size()), impl_->lexicon, token_room, start_room);
    const auto& tokens = tokenized.tokens;
    std::pmr::vector<std::pair<std::pair<std::size_t, std::size_t>, timex::Tx>> found(&arena);
    timex::Parser parser(low, tokenized, anchor);
    parser.run(found);
    result.reserve(found.size());
    for (auto& [range, tx] : found) {
        Timex& t = result.emplace_back();
        timex::finish(std::move(tx), t);
        t.begin = tokens[range.first].begin;
        t.end = tokens[range.second - 1].end;
        t.text.assign(text.substr(t.begin, t.end - t.begin));
    }
    return result;
}

} // namespace eventline
