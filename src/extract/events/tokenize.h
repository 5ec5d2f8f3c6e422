// Penn-style tokenization of a normalized sentence, used when the text stage left Sentence::tokens empty.
#pragma once

#include "eventline/text.h"

#include <string_view>
#include <vector>

namespace eventline::events {

/// Splits on spaces, then peels quotes, brackets and trailing punctuation, "'s" and "n't" off words.
/// Keeps dotted abbreviations ("U.S.", "Mr.", "J.") and numbers ("2,500", "1.5") whole.
std::vector<Token> tokenize(std::string_view text);

} // namespace eventline::events
