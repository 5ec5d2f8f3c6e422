// The pipeline: ingest -> text -> extract (time, entities, events) -> merge -> graph, as one call.
#pragma once

#include "eventline/document.h"
#include "eventline/entities.h"
#include "eventline/events.h"
#include "eventline/ingest.h"
#include "eventline/model.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace eventline {

struct PipelineOptions {
    std::optional<Date> date; ///< --date, for documents without their own
    std::string actors_file;  ///< --actors TSV
};

/// What one document yields before corpus-wide resolution; this is what the knowledge base stores.
struct DocumentExtraction {
    Document document;
    DocumentEntities entities;
    std::vector<EventMention> events;
    std::vector<std::string> sentences; ///< sentence texts (norm), for mention evidence
};

class Pipeline {
  public:
    explicit Pipeline(const PipelineOptions& options);
    ~Pipeline();

    /// Runs text and extraction stages on one cleaned document.
    DocumentExtraction extract(Document document) const;
    /// Groups stories, resolves entities across documents, merges events, builds edges.
    Dataset assemble(std::vector<DocumentExtraction> extractions) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

struct BuildResult {
    Dataset dataset;
    std::vector<InputIssue> issues;
};

/// ingest(inputs) then extract and assemble.
BuildResult build_dataset(const std::vector<std::string>& inputs, const PipelineOptions& options);

} // namespace eventline
