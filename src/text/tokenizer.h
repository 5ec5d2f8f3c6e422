// Splits a normalized sentence into word, number and punctuation tokens.
#pragma once

#include "abbreviations.h"

#include "eventline/text.h"

#include <string_view>
#include <vector>

namespace eventline {

/// Words keep internal hyphens and apostrophes (Jong-un, wouldn't), initialisms keep their periods
/// (U.S., D.P.R.K.), numbers keep separators (2,500, 1.5, 3:35); possessive 's is its own token,
/// every other punctuation character too ("..." is one token).
std::vector<Token> tokenize(std::string_view norm, const Abbreviations& abbreviations);

} // namespace eventline
