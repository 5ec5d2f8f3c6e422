// Placeholder tagger: finds nothing yet.
#include "eventline/timex.h"

namespace eventline {

std::string_view to_string(TimexType t) {
    switch (t) {
    case TimexType::Date: return "DATE";
    case TimexType::Time: return "TIME";
    case TimexType::Duration: return "DURATION";
    case TimexType::Set: return "SET";
    }
    return "DATE";
}

std::string_view to_string(Precision p) {
    static constexpr std::string_view names[] = {"minute", "hour",   "day",     "week",   "month",
                                                 "quarter", "year", "decade", "century", "unknown"};
    return names[static_cast<int>(p)];
}

struct TimexTagger::Impl {};
TimexTagger::TimexTagger() : impl_(std::make_unique<Impl>()) {}
TimexTagger::~TimexTagger() = default;
std::vector<Timex> TimexTagger::tag(std::string_view, const std::optional<Date>&) const { return {}; }

} // namespace eventline
