// Placeholder extractor: finds nothing yet.
#include "eventline/events.h"

namespace eventline {

struct EventExtractor::Impl {};
EventExtractor::EventExtractor() : impl_(std::make_unique<Impl>()) {}
EventExtractor::~EventExtractor() = default;
std::vector<EventMention> EventExtractor::extract(const Document&, const std::vector<Sentence>&,
                                                  const SentenceTimexes&, const DocumentEntities&) const {
    return {};
}

} // namespace eventline
