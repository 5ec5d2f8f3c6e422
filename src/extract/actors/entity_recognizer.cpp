// Placeholder recognizer: finds nothing yet.
#include "eventline/entities.h"

namespace eventline {

struct EntityRecognizer::Impl {};
EntityRecognizer::EntityRecognizer(const EntityOptions&) : impl_(std::make_unique<Impl>()) {}
EntityRecognizer::~EntityRecognizer() = default;
DocumentEntities EntityRecognizer::recognize(const Document&, const std::vector<Sentence>&) const { return {}; }

ResolvedEntities resolve_entities(const std::vector<const Document*>& docs,
                                  const std::vector<const DocumentEntities*>&) {
    ResolvedEntities r;
    r.ids.resize(docs.size());
    return r;
}

} // namespace eventline
