// Event type families for coreference: types that may name one real event ("said" / "confirmed").
#pragma once

#include <string>
#include <string_view>

namespace eventline::merge {

/// The family a type belongs to: the family name for a type listed in the compatibility table,
/// else the type itself (lower-cased), so that unknown types only merge with themselves.
std::string type_family(std::string_view type);

/// True when events of types `a` and `b` may be one event.
bool compatible_types(std::string_view a, std::string_view b);

} // namespace eventline::merge
