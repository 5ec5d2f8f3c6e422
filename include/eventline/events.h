// Events: who did what to whom, where, when, how many, and who says so, from one document's sentences.
#pragma once

#include "eventline/document.h"
#include "eventline/entities.h"
#include "eventline/model.h"
#include "eventline/text.h"
#include "eventline/timex.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace eventline {

/// A role filled by a document-local entity (index into DocumentEntities::entities).
struct EntityRole {
    int entity = -1;
    std::string role;
};

struct QuantityMention {
    double value = 0;
    std::optional<double> low;
    std::optional<double> high;
    bool approximate = false;
    std::string unit;
    std::string per;
    std::string text;
    int claimed_by = -1; ///< local entity or -1
};

/// One event as one sentence of one document reports it.
struct EventMention {
    std::string type;
    std::string cameo;
    std::string label;
    std::string trigger;
    std::string rule;
    std::uint32_t sentence = 0;
    std::uint32_t begin = 0; ///< evidence span, byte offsets in Document::text
    std::uint32_t end = 0;
    std::vector<EntityRole> participants;
    std::vector<EntityRole> places; ///< role: location | origin | destination
    std::optional<TimeSpan> time;
    std::vector<QuantityMention> quantities;
    int source = -1; ///< local entity who claims it, or -1
    std::string modality = "asserted";
    bool negated = false;
    std::string quote;
};

/// Timexes found in each sentence (index = sentence index), offsets into Sentence::norm.
using SentenceTimexes = std::vector<std::vector<Timex>>;

/// Rule-based extractor; build once (loads the ontology and lexicons from data/), use from any thread.
class EventExtractor {
  public:
    EventExtractor();
    ~EventExtractor();
    EventExtractor(const EventExtractor&) = delete;
    EventExtractor& operator=(const EventExtractor&) = delete;

    std::vector<EventMention> extract(const Document& doc, const std::vector<Sentence>& sentences,
                                      const SentenceTimexes& timexes, const DocumentEntities& entities) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace eventline
