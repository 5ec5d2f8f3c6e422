// The knowledge base schema as an ordered list of migrations; PRAGMA user_version = last one applied.
// Never edit a released step: add a new one (docs/kb.md explains the rules).
#include "eventline/kb.h"

namespace eventline {

const std::vector<KbMigration>& kb_migrations() {
    static const std::vector<KbMigration> steps = {
        {1, "documents, their extractions (JSON) and ingest runs", R"sql(
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,            -- NULL: the run was interrupted (its committed batches are kept)
    eventline   TEXT NOT NULL,   -- version that extracted the documents
    added       INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE documents (
    pk          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,  -- Document::id
    hash        TEXT NOT NULL UNIQUE,  -- content_hash(): the deduplication key
    source      TEXT NOT NULL,
    url         TEXT NOT NULL,
    title       TEXT NOT NULL,
    publisher   TEXT NOT NULL,
    published   TEXT,                  -- YYYY-MM-DD or NULL
    date_source TEXT NOT NULL,
    text_bytes  INTEGER NOT NULL,
    run         INTEGER NOT NULL REFERENCES runs(id),
    ingested_at TEXT NOT NULL
);
CREATE TABLE extractions (
    document INTEGER PRIMARY KEY REFERENCES documents(pk) ON DELETE CASCADE,
    hash     TEXT NOT NULL,            -- copy of documents.hash, checked by `db check`
    data     TEXT NOT NULL             -- extraction_to_json(): document, entities, event mentions, sentences
);
)sql"},
        {2, "normalized entities and event mentions for statistics and queries", R"sql(
CREATE TABLE entities (
    document INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,         -- index in the document's DocumentEntities::entities
    is_place INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    name     TEXT NOT NULL,
    key      TEXT NOT NULL,
    country  TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (document, idx)
) WITHOUT ROWID;
CREATE TABLE event_mentions (
    document   INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,       -- index in the document's event mentions
    type       TEXT NOT NULL,
    cameo      TEXT NOT NULL,
    label      TEXT NOT NULL,
    time_start TEXT,
    time_end   TEXT,
    modality   TEXT NOT NULL,
    negated    INTEGER NOT NULL,
    PRIMARY KEY (document, idx)
) WITHOUT ROWID;
INSERT INTO entities
SELECT x.document, e.key, json_extract(e.value, '$.is_place'), ifnull(json_extract(e.value, '$.kind'), ''),
       ifnull(json_extract(e.value, '$.name'), ''), ifnull(json_extract(e.value, '$.key'), ''),
       ifnull(json_extract(e.value, '$.country'), ''), ifnull(json_extract(e.value, '$.mentions'), 0)
FROM extractions x, json_each(x.data, '$.entities') e;
INSERT INTO event_mentions
SELECT x.document, e.key, ifnull(json_extract(e.value, '$.type'), ''), ifnull(json_extract(e.value, '$.cameo'), ''),
       ifnull(json_extract(e.value, '$.label'), ''), nullif(json_extract(e.value, '$.time.start'), ''),
       nullif(json_extract(e.value, '$.time.end'), ''), ifnull(json_extract(e.value, '$.modality'), ''),
       json_extract(e.value, '$.negated')
FROM extractions x, json_each(x.data, '$.events') e;
)sql"},
    };
    return steps;
}

int kb_schema_version() {
    return kb_migrations().back().version;
}

} // namespace eventline
