// Placeholder merge: keeps every event apart.
#include "eventline/merge.h"

#include <algorithm>

namespace eventline {

std::vector<Event> merge_events(std::vector<Event> events) {
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
    return events;
}

} // namespace eventline
