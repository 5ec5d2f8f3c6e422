// Placeholder until the MinHash grouper lands: every document its own story.
#include "eventline/ingest.h"

namespace eventline {

void group_stories(std::vector<Document>& documents) {
    for (auto& d : documents) d.story = "s" + d.id.substr(1);
}

} // namespace eventline
