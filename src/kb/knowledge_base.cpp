// The knowledge base: open/migrate, ingest in batched transactions, load, statistics and checks.
#include "eventline/kb.h"
#include "serialize.h"
#include "sqlite.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace eventline {

namespace {

/// PRAGMA application_id of an eventline knowledge base ("EVLN"): tells it apart from other SQLite files.
constexpr std::int64_t kApplicationId = 0x45564c4e;

std::string kb_error(const std::string& path, const std::string& reason) {
    return "[kb] " + path + ": " + reason;
}

/// Rolls back unless committed: an exception never leaves a transaction open.
class Transaction {
  public:
    explicit Transaction(kb::Connection& c) : c_(c) { c_.exec("BEGIN IMMEDIATE"); }
    ~Transaction() {
        if (open_) sqlite3_exec(c_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit() {
        c_.exec("COMMIT");
        open_ = false;
    }

  private:
    kb::Connection& c_;
    bool open_ = true;
};

bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return false;
        i += n;
    }
    return true;
}

/// Stored JSON must be UTF-8: repair what ingest let through, before hashing, so that the stored
/// document is exactly the hashed one.
void repair_utf8(Document& d) {
    bool repaired = false;
    auto fix = [&](std::string& s) {
        if (valid_utf8(s)) return;
        s = nlohmann::json::parse(
                nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
                .get<std::string>();
        repaired = true;
    };
    for (std::string* s :
         {&d.id, &d.source, &d.url, &d.title, &d.text, &d.summary, &d.publisher, &d.date_source})
        fix(*s);
    for (auto& r : d.reporters)
        fix(r);
    for (auto& r : d.removed_lines) {
        fix(r.text);
        fix(r.reason);
    }
    if (repaired) d.warnings.push_back("invalid UTF-8 replaced with U+FFFD when stored");
}

/// The knowledge base's own files (database, WAL, shared memory, journal), so that ingesting a folder
/// that holds the database never reads the database as an article.
class OwnFiles {
  public:
    explicit OwnFiles(const std::string& db) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            std::filesystem::path p(db + suffix);
            names_.push_back(p.filename().string());
            paths_.push_back(p);
        }
    }
    bool contains(const std::string& source) const {
        std::filesystem::path s(source);
        std::string name = s.filename().string();
        for (std::size_t i = 0; i < names_.size(); ++i) {
            std::error_code ec;
            if (name == names_[i] && std::filesystem::equivalent(s, paths_[i], ec)) return true;
        }
        return false;
    }

  private:
    std::vector<std::string> names_;
    std::vector<std::filesystem::path> paths_;
};

} // namespace

std::size_t IngestReport::skipped() const {
    std::size_t n = 0;
    for (const auto& i : issues)
        n += i.skipped;
    return n;
}

struct KnowledgeBase::Impl {
    std::string path;
    Mode mode;
    Options options;
    kb::Connection db;
    int version = 0;

    Impl(const std::string& p, Mode m, Options o) : path(p), mode(m), options(std::move(o)), db(open(p, m)) {
        sqlite3_busy_timeout(db.handle(), options.busy_timeout_ms);
        prepare_schema();
        db.exec("PRAGMA foreign_keys = ON");
        if (mode == Mode::ReadWrite) db.exec("PRAGMA synchronous = NORMAL");
    }

    static kb::Connection open(const std::string& p, Mode m) {
        std::error_code ec;
        if (m == Mode::ReadOnly && !std::filesystem::exists(p, ec))
            throw KbError(kb_error(p, "no such knowledge base (create one with `eventline ingest --db`)"));
        if (std::filesystem::is_directory(p, ec))
            throw KbError(kb_error(p, "is a folder, not a knowledge base file"));
        kb::Connection c(p, m == Mode::ReadOnly);
        if (m == Mode::ReadOnly) {
            // A WAL database in a folder we cannot write has no -shm to share: read it as immutable.
            int rc = c.try_exec("PRAGMA application_id") & 0xff;
            if (rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN) return kb::Connection(p, true, true);
        }
        return c;
    }

    // Identifies the file, refuses foreign or newer ones, and (read-write) sets WAL and migrates.
    void prepare_schema() {
        std::int64_t app = db.scalar("PRAGMA application_id"); // first read: fails here on a non-database
        version = int(db.scalar("PRAGMA user_version"));
        std::int64_t objects = db.scalar("SELECT count(*) FROM sqlite_schema");
        if (app != kApplicationId && (app != 0 || objects != 0))
            throw KbError(kb_error(path, "not an eventline knowledge base (an SQLite file of another kind)"));
        if (version > kb_schema_version())
            throw KbError(kb_error(path, "schema version " + std::to_string(version) +
                                             " is newer than this eventline supports (" +
                                             std::to_string(kb_schema_version()) + "): upgrade eventline"));
        if (mode == Mode::ReadOnly) {
            if (app != kApplicationId)
                throw KbError(kb_error(path, "empty file, not an eventline knowledge base"));
            if (version < kb_schema_version())
                throw KbError(kb_error(path, "schema version " + std::to_string(version) + " is older than " +
                                                 std::to_string(kb_schema_version()) +
                                                 ": run `eventline db migrate --db " + path + "`"));
            return;
        }
        if (sqlite3_db_readonly(db.handle(), "main") == 1)
            throw KbError(
                kb_error(path, "the database is read-only (check the file's and its folder's permissions)"));
        db.exec("PRAGMA journal_mode = WAL");
        if (version == kb_schema_version()) return;
        Transaction tx(db);
        version = int(db.scalar("PRAGMA user_version")); // another process may have migrated meanwhile
        for (const auto& m : kb_migrations()) {
            if (m.version <= version) continue;
            db.exec(m.sql);
            version = m.version;
        }
        db.exec(("PRAGMA user_version = " + std::to_string(version)).c_str());
        db.exec(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
        tx.commit();
    }

    void require_writable() const {
        if (mode != Mode::ReadWrite) throw KbError(kb_error(path, "opened read-only"));
    }
};

KnowledgeBase::KnowledgeBase(const std::string& path, Mode mode) : KnowledgeBase(path, mode, Options{}) {}
KnowledgeBase::KnowledgeBase(const std::string& path, Mode mode, Options options)
    : impl_(std::make_unique<Impl>(path, mode, std::move(options))) {}
KnowledgeBase::~KnowledgeBase() = default;

const std::string& KnowledgeBase::path() const {
    return impl_->path;
}
int KnowledgeBase::schema_version() const {
    return impl_->version;
}

namespace {

/// Writes extractions with prepared statements; one instance per ingest run.
class Writer {
  public:
    Writer(kb::Connection& db, std::int64_t run)
        : db_(db), run_(run), by_id_(db.prepare("SELECT pk, hash FROM documents WHERE id = ?1")),
          remove_(db.prepare("DELETE FROM documents WHERE pk = ?1")),
          doc_(db.prepare(
              "INSERT INTO documents (id, hash, source, url, title, publisher, published, date_source, "
              "text_bytes, run, ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
              "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) ON CONFLICT (hash) DO NOTHING")),
          extraction_(db.prepare("INSERT INTO extractions (document, hash, data) VALUES (?1, ?2, ?3)")),
          entity_(
              db.prepare("INSERT INTO entities (document, idx, is_place, kind, name, key, country, mentions) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")),
          event_(db.prepare(
              "INSERT INTO event_mentions (document, idx, type, cameo, label, time_start, time_end, "
              "modality, negated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")),
          counts_(db.prepare(
              "UPDATE runs SET added = ?2, unchanged = ?3, updated = ?4, skipped = ?5 WHERE id = ?1")) {}

    void write(const DocumentExtraction& x, const std::string& hash, IngestReport& report) {
        const Document& d = x.document;
        bool replaced = false;
        by_id_.bind(1, d.id);
        if (by_id_.step()) {
            std::int64_t pk = by_id_.int_at(0);
            bool same = by_id_.text_at(1) == hash;
            by_id_.reset();
            if (same) { // stored meanwhile by a concurrent ingest
                ++report.unchanged;
                return;
            }
            remove_.bind(1, pk).run();
            replaced = true;
        } else {
            by_id_.reset();
        }
        doc_.bind(1, d.id)
            .bind(2, hash)
            .bind(3, d.source)
            .bind(4, d.url)
            .bind(5, d.title)
            .bind(6, d.publisher);
        if (d.published) doc_.bind(7, format_date(*d.published));
        doc_.bind(8, d.date_source).bind(9, std::int64_t(d.text.size())).bind(10, run_);
        doc_.run();
        if (sqlite3_changes(db_.handle()) == 0) {
            ++report.unchanged;
            return;
        }
        std::int64_t pk = sqlite3_last_insert_rowid(db_.handle());
        extraction_.bind(1, pk).bind(2, hash).bind(3, extraction_to_json(x)).run();
        for (std::size_t i = 0; i < x.entities.entities.size(); ++i) {
            const auto& e = x.entities.entities[i];
            entity_.bind(1, pk).bind(2, std::int64_t(i)).bind(3, std::int64_t(e.is_place)).bind(4, e.kind);
            entity_.bind(5, e.name).bind(6, e.key).bind(7, e.country).bind(8, std::int64_t(e.mentions)).run();
        }
        for (std::size_t i = 0; i < x.events.size(); ++i) {
            const auto& m = x.events[i];
            event_.bind(1, pk).bind(2, std::int64_t(i)).bind(3, m.type).bind(4, m.cameo).bind(5, m.label);
            if (m.time && !m.time->start.empty()) event_.bind(6, m.time->start);
            if (m.time && !m.time->end.empty()) event_.bind(7, m.time->end);
            event_.bind(8, m.modality).bind(9, std::int64_t(m.negated)).run();
        }
        ++(replaced ? report.updated : report.added);
    }

    void record(const IngestReport& r) {
        counts_.bind(1, run_).bind(2, std::int64_t(r.added)).bind(3, std::int64_t(r.unchanged));
        counts_.bind(4, std::int64_t(r.updated)).bind(5, std::int64_t(r.skipped())).run();
    }

  private:
    kb::Connection& db_;
    std::int64_t run_;
    kb::Statement by_id_, remove_, doc_, extraction_, entity_, event_, counts_;
};

struct Pending {
    DocumentExtraction extraction;
    std::string hash;
};

/// Drives one ingest run: dedupe before extraction, batches of documents per transaction.
class IngestRun {
  public:
    IngestRun(kb::Connection& db, const KnowledgeBase::Options& options, const std::string& producer)
        : db_(db), batch_(options.batch), known_(db.prepare("SELECT 1 FROM documents WHERE hash = ?1")) {
        auto start = db.prepare("INSERT INTO runs (started_at, eventline) VALUES "
                                "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1)");
        start.bind(1, producer).run();
        run_ = sqlite3_last_insert_rowid(db.handle());
        writer_ = std::make_unique<Writer>(db, run_);
        if (batch_ == 0) whole_ = std::make_unique<Transaction>(db);
    }

    /// true when the content must be extracted and stored.
    bool wanted(const std::string& hash) {
        if (seen_.count(hash)) return false;
        known_.bind(1, hash);
        bool known = known_.step();
        known_.reset();
        if (known) return false;
        seen_.insert(hash);
        return true;
    }

    void add(DocumentExtraction x, std::string hash) {
        pending_.push_back({std::move(x), std::move(hash)});
        if (pending_.size() >= (batch_ ? batch_ : 1000)) flush();
    }

    void flush() {
        if (pending_.empty() && !finishing_) return;
        std::unique_ptr<Transaction> tx;
        if (!whole_) tx = std::make_unique<Transaction>(db_);
        for (const auto& p : pending_)
            writer_->write(p.extraction, p.hash, report);
        writer_->record(report);
        if (tx) tx->commit();
        pending_.clear();
    }

    IngestReport finish() {
        finishing_ = true;
        flush();
        auto done =
            db_.prepare("UPDATE runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?1");
        done.bind(1, run_).run();
        if (whole_) whole_->commit();
        return std::move(report);
    }

    IngestReport report;

  private:
    kb::Connection& db_;
    std::size_t batch_;
    kb::Statement known_;
    std::int64_t run_ = 0;
    std::unique_ptr<Writer> writer_;
    std::unique_ptr<Transaction> whole_;
    std::unordered_set<std::string> seen_;
    std::vector<Pending> pending_;
    bool finishing_ = false;
};

} // namespace

IngestReport KnowledgeBase::ingest(const std::vector<std::string>& inputs, const PipelineOptions& options) {
    impl_->require_writable();
    Pipeline pipeline(options);
    Ingestor ingestor(IngestOptions{options.date});
    IngestRun run(impl_->db, impl_->options, impl_->options.producer);
    OwnFiles own(impl_->path);
    ingestor.read(inputs, [&](Document&& d) {
        if (own.contains(d.source)) return;
        repair_utf8(d);
        std::string hash = content_hash(d);
        if (!run.wanted(hash)) {
            ++run.report.unchanged;
            return;
        }
        run.add(pipeline.extract(std::move(d)), std::move(hash));
    });
    for (const auto& issue : ingestor.issues())
        if (!own.contains(issue.source)) run.report.issues.push_back(issue);
    return run.finish();
}

IngestReport KnowledgeBase::store(std::vector<DocumentExtraction> extractions) {
    impl_->require_writable();
    IngestRun run(impl_->db, impl_->options, impl_->options.producer);
    for (auto& x : extractions) {
        repair_utf8(x.document);
        std::string hash = content_hash(x.document);
        if (!run.wanted(hash)) {
            ++run.report.unchanged;
            continue;
        }
        run.add(std::move(x), std::move(hash));
    }
    return run.finish();
}

std::vector<DocumentExtraction> KnowledgeBase::load() const {
    auto s = impl_->db.prepare("SELECT d.id, x.data FROM documents d JOIN extractions x ON x.document = d.pk "
                               "ORDER BY d.id");
    std::vector<DocumentExtraction> out;
    out.reserve(std::size_t(impl_->db.scalar("SELECT count(*) FROM documents")));
    while (s.step()) {
        try {
            out.push_back(extraction_from_json(s.blob_at(1)));
        } catch (const KbError& e) {
            throw KbError(kb_error(impl_->path, "document " + s.text_at(0) + ": " + e.what() +
                                                    " (run `eventline db check`)"));
        }
    }
    return out;
}

KbStats KnowledgeBase::stats() const {
    auto& db = impl_->db;
    KbStats st;
    st.schema_version = impl_->version;
    st.documents = std::size_t(db.scalar("SELECT count(*) FROM documents"));
    st.entities = std::size_t(db.scalar("SELECT count(*) FROM entities"));
    st.actors =
        std::size_t(db.scalar("SELECT count(DISTINCT CASE WHEN key <> '' THEN key ELSE kind || ':' || "
                              "lower(name) END) FROM entities WHERE NOT is_place"));
    st.places =
        std::size_t(db.scalar("SELECT count(DISTINCT CASE WHEN key <> '' THEN key ELSE kind || ':' || "
                              "lower(name) END) FROM entities WHERE is_place"));
    st.event_mentions = std::size_t(db.scalar("SELECT count(*) FROM event_mentions"));
    st.runs = std::size_t(db.scalar("SELECT count(*) FROM runs"));
    st.bytes = std::uint64_t(
        db.scalar("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"));
    std::vector<Document> docs;
    docs.reserve(st.documents);
    auto s = db.prepare("SELECT d.id, json_extract(x.data, '$.document') FROM documents d "
                        "JOIN extractions x ON x.document = d.pk");
    while (s.step()) {
        try {
            docs.push_back(kb::document_from_json(s.blob_at(1)));
        } catch (const KbError& e) {
            throw KbError(kb_error(impl_->path, "document " + s.text_at(0) + ": " + e.what()));
        }
    }
    group_stories(docs);
    std::unordered_set<std::string> stories;
    for (const auto& d : docs)
        stories.insert(d.story);
    st.stories = stories.size();
    return st;
}

std::vector<std::string> KnowledgeBase::check() const {
    auto& db = impl_->db;
    std::vector<std::string> problems;
    constexpr std::size_t kMax = 100;
    auto add = [&](std::string p) {
        if (problems.size() < kMax) problems.push_back(std::move(p));
    };
    {
        auto s = db.prepare("PRAGMA integrity_check");
        while (s.step())
            if (auto r = s.text_at(0); r != "ok") add("integrity: " + r);
    }
    {
        auto s = db.prepare("PRAGMA foreign_key_check");
        while (s.step())
            add("foreign key: " + s.text_at(0) + " row " + s.text_at(1) + " has no " + s.text_at(2) + " row");
    }
    if (db.scalar("PRAGMA application_id") != kApplicationId) add("application_id is not eventline's");
    {
        auto s = db.prepare("SELECT d.id FROM documents d LEFT JOIN extractions x ON x.document = d.pk "
                            "WHERE x.document IS NULL");
        while (s.step())
            add("document " + s.text_at(0) + " has no extraction");
    }
    // Every extraction must parse, carry its document, and hash to what the documents table says.
    auto s = db.prepare("SELECT d.pk, d.id, d.hash, x.hash, x.data, "
                        "(SELECT count(*) FROM entities e WHERE e.document = d.pk), "
                        "(SELECT count(*) FROM event_mentions m WHERE m.document = d.pk) "
                        "FROM documents d JOIN extractions x ON x.document = d.pk");
    while (s.step()) {
        std::string id = s.text_at(1), hash = s.text_at(2);
        if (s.text_at(3) != hash) add("document " + id + ": extraction hash differs from the document's");
        DocumentExtraction x;
        try {
            x = extraction_from_json(s.blob_at(4));
        } catch (const KbError& e) {
            add("document " + id + ": " + e.what());
            continue;
        }
        if (x.document.id != id) add("document " + id + ": extraction holds document " + x.document.id);
        if (content_hash(x.document) != hash) add("document " + id + ": content does not match its hash");
        if (std::size_t(s.int_at(5)) != x.entities.entities.size())
            add("document " + id + ": entity rows differ from the extraction");
        if (std::size_t(s.int_at(6)) != x.events.size())
            add("document " + id + ": event mention rows differ from the extraction");
        auto bad_entity = [&](int e) { return e < -1 || e >= int(x.entities.entities.size()); };
        for (const auto& m : x.entities.mentions)
            if (m.sentence >= x.sentences.size() || bad_entity(m.entity) || bad_entity(m.alt)) {
                add("document " + id +
                    ": an entity mention points outside the document's sentences or entities");
                break;
            }
        for (const auto& m : x.events) {
            bool bad = m.sentence >= x.sentences.size() || bad_entity(m.source);
            for (const auto& r : m.participants)
                bad |= r.entity < 0 || bad_entity(r.entity);
            for (const auto& r : m.places)
                bad |= r.entity < 0 || bad_entity(r.entity);
            for (const auto& q : m.quantities)
                bad |= bad_entity(q.claimed_by);
            if (bad) {
                add("document " + id +
                    ": an event mention points outside the document's sentences or entities");
                break;
            }
        }
    }
    return problems;
}

Dataset load_dataset(const std::string& db_path, const PipelineOptions& options) {
    std::vector<DocumentExtraction> extractions;
    {
        KnowledgeBase kb(db_path, KnowledgeBase::Mode::ReadOnly);
        extractions = kb.load();
    }
    return Pipeline(options).assemble(std::move(extractions));
}

} // namespace eventline
