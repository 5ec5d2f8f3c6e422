#include "kb_test_util.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace eventline;
using kbtest::sample_extraction;
using kbtest::TempDir;

namespace {

std::vector<DocumentExtraction> corpus() {
    return {sample_extraction("d0000000000a1", "First report of the port meeting.", 0),
            sample_extraction("d0000000000b2", "Second outlet on the same meeting.", 1),
            sample_extraction("d0000000000c3", "A third, unrelated article.", 2)};
}

std::int64_t count(const std::string& db, const std::string& sql) {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, sql.c_str(), -1, &s, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    std::int64_t n = sqlite3_column_int64(s, 0);
    sqlite3_finalize(s);
    sqlite3_close(h);
    return n;
}

void exec(const std::string& db, const std::string& sql) {
    sqlite3* h = nullptr;
    REQUIRE(sqlite3_open(db.c_str(), &h) == SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(h, sql.c_str(), nullptr, nullptr, &err);
    INFO((err ? err : ""));
    sqlite3_free(err);
    sqlite3_close(h);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("stored extractions assemble into the same dataset as the originals", "[kb]") {
    TempDir dir;
    std::string db = dir / "kb.sqlite";
    Pipeline pipeline(PipelineOptions{});
    std::string expected = kbtest::dataset_json(pipeline.assemble(corpus()));
    {
        KnowledgeBase kb(db, KnowledgeBase::Mode::ReadWrite);
        IngestReport r = kb.store(corpus());
        CHECK(r.added == 3);
        CHECK(r.unchanged == 0);
    }
    CHECK(kbtest::dataset_json(load_dataset(db, PipelineOptions{})) == expected);
    KnowledgeBase kb(db, KnowledgeBase::Mode::ReadOnly);
    auto loaded = kb.load();
    REQUIRE(loaded.size() == 3);
    CHECK(extraction_to_json(loaded[1]) == extraction_to_json(corpus()[1]));
}

TEST_CASE("storing the same content again changes nothing", "[kb]") {
    TempDir dir;
    std::string db = dir / "kb.sqlite";
    KnowledgeBase kb(db, KnowledgeBase::Mode::ReadWrite);
    kb.store(corpus());
    auto moved = corpus();
    for (auto& x : moved)
        x.document.source = "mirror/" + x.document.id; // same content, other place
    IngestReport r = kb.store(moved);
    CHECK(r.added == 0);
    CHECK(r.unchanged == 3);
    CHECK(kb.stats().documents == 3);
    CHECK(count(db, "SELECT count(*) FROM extractions") == 3);
    CHECK(count(db, "SELECT count(*) FROM entities") == 9);
    CHECK(count(db, "SELECT count(*) FROM event_mentions") == 6);
    // A run that repeats one document twice stores it once.
    auto twice = std::vector<DocumentExtraction>{sample_extraction("d0000000000d4", "New."),
                                                 sample_extraction("d0000000000d4", "New.")};
    r = kb.store(twice);
    CHECK(r.added == 1);
    CHECK(r.unchanged == 1);
    CHECK(kb.stats().documents == 4);
    CHECK(kb.check().empty());
}

TEST_CASE("a known document id with new content replaces the old extraction", "[kb]") {
    TempDir dir;
    KnowledgeBase kb(dir / "kb.sqlite", KnowledgeBase::Mode::ReadWrite);
    kb.store(corpus());
    auto changed = sample_extraction("d0000000000a1", "First report, corrected.", 5);
    IngestReport r = kb.store({changed});
    CHECK(r.updated == 1);
    CHECK(r.added == 0);
    auto loaded = kb.load();
    REQUIRE(loaded.size() == 3);
    CHECK(loaded[0].document.text == "First report, corrected.");
    CHECK(loaded[0].events[1].end == 95);
    CHECK(kb.stats().event_mentions == 6);
    CHECK(kb.check().empty());
}

TEST_CASE("a new version of a stored story joins it and its events merge on load", "[kb]") {
    TempDir dir;
    std::string db = dir / "kb.sqlite";
    auto all = corpus();
    auto later = sample_extraction("d0000000000e5", "Updated version of the port meeting report.", 3);
    all.push_back(later);
    std::string expected = kbtest::dataset_json(Pipeline(PipelineOptions{}).assemble(all));
    {
        KnowledgeBase kb(db, KnowledgeBase::Mode::ReadWrite);
        kb.store(corpus());
        CHECK(kb.store({later}).added == 1); // a later day's ingest
    }
    Dataset ds = load_dataset(db, PipelineOptions{});
    CHECK(ds.documents.size() == 4);
    // Whatever story grouping and merging decide, they decide it over everything stored.
    CHECK(kbtest::dataset_json(ds) == expected);
}

TEST_CASE("stats count documents, entities, actors, places and event mentions", "[kb]") {
    TempDir dir;
    KnowledgeBase kb(dir / "kb.sqlite", KnowledgeBase::Mode::ReadWrite);
    kb.store(corpus());
    KbStats s = kb.stats();
    CHECK(s.schema_version == kb_schema_version());
    CHECK(s.documents == 3);
    CHECK(s.stories >= 1);
    CHECK(s.stories <= 3);
    CHECK(s.entities == 9);
    CHECK(s.actors == 2); // Maria Sandoval (no key: kind+name) and country:PER, across three documents
    CHECK(s.places == 1);
    CHECK(s.event_mentions == 6);
    CHECK(s.runs == 1);
    CHECK(s.bytes > 0);
}

TEST_CASE("the whole-run transaction mode stores the same as batches", "[kb]") {
    TempDir dir;
    KnowledgeBase::Options one;
    one.batch = 0;
    KnowledgeBase::Options small;
    small.batch = 1;
    {
        KnowledgeBase a(dir / "a.sqlite", KnowledgeBase::Mode::ReadWrite, one);
        CHECK(a.store(corpus()).added == 3);
        KnowledgeBase b(dir / "b.sqlite", KnowledgeBase::Mode::ReadWrite, small);
        CHECK(b.store(corpus()).added == 3);
    }
    CHECK(kbtest::dataset_json(load_dataset(dir / "a.sqlite", {})) ==
          kbtest::dataset_json(load_dataset(dir / "b.sqlite", {})));
}

TEST_CASE("check finds tampered, orphaned and inconsistent rows", "[kb][check]") {
    TempDir dir;
    std::string db = dir / "kb.sqlite";
    {
        KnowledgeBase kb(db, KnowledgeBase::Mode::ReadWrite);
        kb.store(corpus());
        CHECK(kb.check().empty());
    }
    exec(db, "UPDATE extractions SET data = replace(data, 'third, unrelated', 'THIRD, unrelated')");
    exec(db, "DELETE FROM event_mentions WHERE idx = 1 AND document = (SELECT min(pk) FROM documents)");
    exec(db, "PRAGMA foreign_keys = OFF; INSERT INTO entities VALUES (999, 0, 0, 'person', 'X', '', '', 1)");
    auto problems = KnowledgeBase(db, KnowledgeBase::Mode::ReadOnly).check();
    auto has = [&](const std::string& text) {
        for (const auto& p : problems)
            if (p.find(text) != std::string::npos) return true;
        return false;
    };
    CHECK(has("d0000000000c3: content does not match its hash"));
    CHECK(has("d0000000000a1: event mention rows differ"));
    CHECK(has("foreign key: entities"));
    CHECK(problems.size() == 3);
}

TEST_CASE("an older schema is migrated in place, keeping its documents", "[kb][schema]") {
    TempDir dir;
    std::string db = dir / "old.sqlite";
    const auto& v1 = kb_migrations().at(0);
    REQUIRE(v1.version == 1);
    auto x = sample_extraction("d0000000000a1", "Stored by version one.");
    std::string json = extraction_to_json(x);
    std::string hash = content_hash(x.document);
    std::string escaped;
    for (char c : json)
        escaped += c == '\'' ? std::string("''") : std::string(1, c);
    exec(db, std::string(v1.sql) +
                 "PRAGMA user_version = 1; PRAGMA application_id = 1163283534;"
                 "INSERT INTO runs (id, started_at, eventline) VALUES (1, '2024-01-01T00:00:00Z', 'old');"
                 "INSERT INTO documents VALUES (1, 'd0000000000a1', '" +
                 hash +
                 "', 's', '', 't', '', NULL, '', 1, 1, 'now');"
                 "INSERT INTO extractions VALUES (1, '" +
                 hash + "', '" + escaped + "');");
    CHECK_THROWS_WITH(KnowledgeBase(db, KnowledgeBase::Mode::ReadOnly), Catch::Contains("db migrate"));
    {
        KnowledgeBase kb(db, KnowledgeBase::Mode::ReadWrite);
        CHECK(kb.schema_version() == kb_schema_version());
    }
    KnowledgeBase kb(db, KnowledgeBase::Mode::ReadOnly);
    KbStats s = kb.stats();
    CHECK(s.documents == 1);
    CHECK(s.entities == 3); // backfilled from the stored JSON by migration 2
    CHECK(s.event_mentions == 2);
    CHECK(s.places == 1);
    CHECK(kb.check().empty());
}

TEST_CASE("a database from a newer eventline is refused with a clear error", "[kb][schema]") {
    TempDir dir;
    std::string db = dir / "new.sqlite";
    { KnowledgeBase kb(db, KnowledgeBase::Mode::ReadWrite); }
    exec(db, "PRAGMA user_version = " + std::to_string(kb_schema_version() + 1));
    for (auto mode : {KnowledgeBase::Mode::ReadOnly, KnowledgeBase::Mode::ReadWrite})
        CHECK_THROWS_WITH(KnowledgeBase(db, mode), Catch::Contains(db) && Catch::Contains("newer"));
}

TEST_CASE("corrupt, foreign, missing and folder paths give clear errors", "[kb][safety]") {
    TempDir dir;
    std::string junk = dir / "junk.sqlite";
    std::string bytes;
    for (int i = 0; i < 20000; ++i)
        bytes += char((i * 7919 + 13) % 251);
    kbtest::write_file(junk, bytes);
    for (auto mode : {KnowledgeBase::Mode::ReadOnly, KnowledgeBase::Mode::ReadWrite})
        CHECK_THROWS_WITH(KnowledgeBase(junk, mode),
                          Catch::Contains(junk) && Catch::Contains("not a database"));
    CHECK(kbtest::read_file(junk) == bytes); // never touched

    std::string other = dir / "other.sqlite";
    exec(other, "CREATE TABLE t (x)");
    CHECK_THROWS_WITH(KnowledgeBase(other, KnowledgeBase::Mode::ReadWrite),
                      Catch::Contains("not an eventline knowledge base"));

    CHECK_THROWS_WITH(KnowledgeBase(dir / "missing.sqlite", KnowledgeBase::Mode::ReadOnly),
                      Catch::Contains("no such knowledge base"));
    CHECK_FALSE(std::filesystem::exists(dir / "missing.sqlite"));
    CHECK_THROWS_WITH(KnowledgeBase(dir.path.string(), KnowledgeBase::Mode::ReadWrite),
                      Catch::Contains("folder"));
    CHECK_THROWS_WITH(KnowledgeBase(dir / "no/such/dir/kb.sqlite", KnowledgeBase::Mode::ReadWrite),
                      Catch::Contains("cannot open"));

    // Corruption inside a valid header: found by check() or reported as an error when read.
    std::string db = dir / "kb.sqlite";
    {
        KnowledgeBase kb(db, KnowledgeBase::Mode::ReadWrite);
        std::vector<DocumentExtraction> many;
        for (int i = 0; i < 60; ++i)
            many.push_back(
                sample_extraction("d" + std::to_string(100000000000 + i), std::string(3000, 'a' + i % 26)));
        kb.store(many);
    }
    {
        std::fstream f(db, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096 * 3);
        std::string garbage(4096 * 4, '\x5a');
        f.write(garbage.data(), std::streamsize(garbage.size()));
    }
    bool reported = false;
    try {
        KnowledgeBase kb(db, KnowledgeBase::Mode::ReadOnly);
        reported = !kb.check().empty();
    } catch (const KbError& e) {
        reported = std::string(e.what()).find(db) != std::string::npos;
    }
    CHECK(reported);
}

TEST_CASE("a read-only file is refused for writing and still readable", "[kb][safety]") {
    TempDir dir;
    std::string db = dir / "kb.sqlite";
    {
        KnowledgeBase kb(db, KnowledgeBase::Mode::ReadWrite);
        kb.store(corpus());
    }
    std::filesystem::permissions(db, std::filesystem::perms::owner_read | std::filesystem::perms::group_read |
                                         std::filesystem::perms::others_read);
    if (access(db.c_str(), W_OK) == 0) {
        WARN("running with privileges that ignore file modes: read-only case not exercised here");
        return;
    }
    CHECK_THROWS_WITH(KnowledgeBase(db, KnowledgeBase::Mode::ReadWrite),
                      Catch::Contains(db) && Catch::Contains("read-only"));
    CHECK(load_dataset(db, {}).documents.size() == 3);
}
