// Counts in a sentence: "about 2,500 troops", "more than a million rounds", "25,000 to 30,000 soldiers a
// month".
#pragma once

#include "eventline/events.h"
#include "view.h"

#include <vector>

namespace eventline::events {

struct QuantitySpan {
    int tb = 0;   ///< first token (modifier included)
    int te = 0;   ///< one past the unit
    int head = 0; ///< the unit token, or the number when the unit is implied
    QuantityMention q;
};

/// Finds counted quantities (with a unit noun, or "killed"/"wounded" people) outside timexes.
std::vector<QuantitySpan> find_quantities(const SentenceView& v);

/// The number words parse_number() knows ("one" ... "trillion").
std::vector<std::string_view> number_words();

/// Parses a number token ("2,500", "1.5", "twelve"); nullopt when it is not one.
std::optional<double> parse_number(std::string_view lower);

} // namespace eventline::events
