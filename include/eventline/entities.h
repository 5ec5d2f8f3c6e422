// Actors and places: recognition in one document, then resolution across documents.
#pragma once

#include "eventline/document.h"
#include "eventline/model.h"
#include "eventline/text.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace eventline {

/// An actor or place as one document knows it.
struct LocalEntity {
    bool is_place = false;
    std::string kind;    ///< actors: person | country | organization | group; places: city | region | ...
    std::string name;    ///< best full name in this document
    std::string key;     ///< knowledge-base key when known ("country:PRK", "org:NATO", "place:vladivostok")
    std::string country; ///< ISO alpha-3 or empty
    std::string code;    ///< CAMEO-style actor code or empty
    std::vector<std::string> roles;
    std::vector<std::string> aliases; ///< surface forms seen
    std::optional<double> lat;
    std::optional<double> lon;
    int mentions = 0;
};

/// A span of a sentence that refers to a LocalEntity; [begin, end) index Sentence::norm.
struct EntityMention {
    std::uint32_t sentence = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    int entity = -1;    ///< index in DocumentEntities::entities
    bool coref = false; ///< a pronoun or description ("he", "the North") resolved to the entity
    int alt = -1;       ///< the same span read the other way: a country named as a place ("troops in Russia")
                        ///< has entity = the place and alt = the country actor; a capital used as an actor
                        ///< ("Moscow said") has entity = its government and alt = the city; else -1
};

struct DocumentEntities {
    std::vector<LocalEntity> entities;
    std::vector<EntityMention> mentions; ///< sorted by (sentence, begin)
};

struct EntityOptions {
    std::string actors_file; ///< --actors TSV; overrides the built-in knowledge
};

/// Finds actors and places in one document. Build once (loads data/), use from any thread.
class EntityRecognizer {
  public:
    explicit EntityRecognizer(const EntityOptions& options);
    ~EntityRecognizer();
    EntityRecognizer(const EntityRecognizer&) = delete;
    EntityRecognizer& operator=(const EntityRecognizer&) = delete;

    DocumentEntities recognize(const Document& doc, const std::vector<Sentence>& sentences) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Corpus-wide actors and places, and for each document the global id of each local entity.
struct ResolvedEntities {
    std::vector<Actor> actors;
    std::vector<Place> places;
    std::vector<std::vector<std::string>> ids; ///< ids[doc][local entity] -> actor or place id
};

/// Merges aliases across documents ("Mr. Austin" / "Lloyd J. Austin III"); keeps namesakes apart.
/// requires: docs.size() == entities.size(). ensures: actors and places sorted by id.
ResolvedEntities resolve_entities(const std::vector<const Document*>& docs,
                                  const std::vector<const DocumentEntities*>& entities);

} // namespace eventline
