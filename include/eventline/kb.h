// The knowledge base: document extractions stored in SQLite, assembled into a Dataset on demand.
#pragma once

#include "eventline/ingest.h"
#include "eventline/model.h"
#include "eventline/pipeline.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace eventline {

/// A knowledge base that cannot be opened, read or written; `what()` reads "[kb] path: reason".
struct KbError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// One step of the schema; the database's PRAGMA user_version is the last step applied.
struct KbMigration {
    int version;
    const char* description;
    const char* sql;
};
/// All migrations, in order; the last one's version is the schema this build writes.
const std::vector<KbMigration>& kb_migrations();
int kb_schema_version();

struct IngestReport {
    std::size_t added = 0;     ///< new documents stored
    std::size_t unchanged = 0; ///< content already stored (or repeated in this run): nothing done
    std::size_t updated = 0;   ///< known document id with new content: its extraction replaced
    std::vector<InputIssue> issues;
    std::size_t skipped() const;
};

struct KbStats {
    int schema_version = 0;
    std::size_t documents = 0;
    std::size_t stories = 0;        ///< after story grouping over all stored documents
    std::size_t entities = 0;       ///< stored document-local actors and places
    std::size_t actors = 0;         ///< distinct actors (by key, else kind+name) across documents
    std::size_t places = 0;         ///< distinct places likewise
    std::size_t event_mentions = 0; ///< stored per-document event mentions (before merging)
    std::size_t runs = 0;           ///< ingest runs recorded
    std::uint64_t bytes = 0;        ///< database file size (pages in use x page size)
};

/// An open knowledge base. ReadWrite creates the file when missing and migrates an older schema.
class KnowledgeBase {
  public:
    enum class Mode { ReadOnly, ReadWrite };
    struct Options {
        std::size_t batch = 1000;     ///< documents per transaction; 0: the whole run in one transaction
        int busy_timeout_ms = 600000; ///< how long a writer waits for another one
        std::string producer = "eventline"; ///< recorded with each ingest run (name and version)
    };

    KnowledgeBase(const std::string& path, Mode mode);
    KnowledgeBase(const std::string& path, Mode mode, Options options);
    ~KnowledgeBase();
    KnowledgeBase(const KnowledgeBase&) = delete;
    KnowledgeBase& operator=(const KnowledgeBase&) = delete;

    const std::string& path() const;
    int schema_version() const;

    /// Reads inputs, skips content already stored before extracting it, extracts and stores the rest.
    IngestReport ingest(const std::vector<std::string>& inputs, const PipelineOptions& options);
    /// Stores ready extractions with the same deduplication (tests, other front ends).
    IngestReport store(std::vector<DocumentExtraction> extractions);

    /// Every stored extraction, in document id order.
    std::vector<DocumentExtraction> load() const;
    KbStats stats() const;
    /// Integrity, foreign keys and eventline's own consistency checks; empty when all is well.
    std::vector<std::string> check() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Opens `db_path` read-only, loads every stored extraction and assembles it: the same Dataset as
/// building from the original files.
Dataset load_dataset(const std::string& db_path, const PipelineOptions& options);

/// Deduplication key of a document's content (hex, 32 digits); ignores where it was read from.
std::string content_hash(const Document& document);

/// DocumentExtraction <-> JSON text (the stored form); from_json throws KbError on malformed input.
std::string extraction_to_json(const DocumentExtraction& extraction);
DocumentExtraction extraction_from_json(std::string_view json);

} // namespace eventline
