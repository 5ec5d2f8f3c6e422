#include "sqlite.h"

#include <cstdio>

namespace eventline::kb {

std::string describe_sqlite_error(sqlite3* db, int rc, const std::string& path, const std::string& what) {
    int primary = rc & 0xff;
    std::string reason;
    switch (primary) {
    case SQLITE_NOTADB:
        reason = "not a database (the file is corrupt or of another kind)";
        break;
    case SQLITE_CORRUPT:
        reason = "the database is corrupt (" + std::string(sqlite3_errstr(rc)) + ")";
        break;
    case SQLITE_READONLY:
        reason = "the database is read-only (check the file's and its folder's permissions)";
        break;
    case SQLITE_CANTOPEN:
        reason = "cannot open the database file (missing folder or no permission)";
        break;
    case SQLITE_PERM:
        reason = "permission denied";
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        reason = "the database stayed locked by another process (try again later)";
        break;
    case SQLITE_FULL:
        reason = "the disk is full";
        break;
    case SQLITE_IOERR:
        reason = "I/O error (" + std::string(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)) + ")";
        break;
    default:
        reason = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    }
    return "[kb] " + path + ": " + (what.empty() ? "" : what + ": ") + reason;
}

Statement::Statement(sqlite3* db, std::string_view sql, const std::string& path) : db_(db), path_(path) {
    int rc = sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) throw KbError(describe_sqlite_error(db, rc, path, "prepare"));
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

static void check_bind(sqlite3* db, int rc, const std::string& path) {
    if (rc != SQLITE_OK) throw KbError(describe_sqlite_error(db, rc, path, "bind"));
}

Statement& Statement::bind(int i, std::int64_t v) {
    check_bind(db_, sqlite3_bind_int64(stmt_, i, v), path_);
    return *this;
}
Statement& Statement::bind(int i, std::string_view v) {
    check_bind(db_, sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8), path_);
    return *this;
}
Statement& Statement::bind_blob(int i, std::string_view v) {
    check_bind(db_, sqlite3_bind_blob64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT), path_);
    return *this;
}
Statement& Statement::bind_null(int i) {
    check_bind(db_, sqlite3_bind_null(stmt_, i), path_);
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string msg = describe_sqlite_error(db_, rc, path_, "");
    sqlite3_reset(stmt_);
    throw KbError(msg);
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::int_at(int col) const {
    return sqlite3_column_int64(stmt_, col);
}
std::string Statement::text_at(int col) const {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p ? std::string(p, std::size_t(sqlite3_column_bytes(stmt_, col))) : std::string();
}
std::string_view Statement::blob_at(int col) const {
    auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
    return p ? std::string_view(p, std::size_t(sqlite3_column_bytes(stmt_, col))) : std::string_view();
}
bool Statement::null_at(int col) const {
    return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}

static std::string immutable_uri(const std::string& path) {
    std::string uri = "file:";
    for (char c : path) {
        if (c == '?' || c == '#' || c == '%') {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
            uri += buf;
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

Connection::Connection(const std::string& path, bool read_only, bool immutable) : path_(path) {
    int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE | (immutable ? SQLITE_OPEN_URI : 0);
    std::string name = immutable ? immutable_uri(path) : path;
    int rc = sqlite3_open_v2(name.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = describe_sqlite_error(db_, rc, path, "open");
        sqlite3_close(db_);
        db_ = nullptr;
        throw KbError(msg);
    }
    sqlite3_extended_result_codes(db_, 1);
}

Connection::~Connection() {
    sqlite3_close(db_);
}

void Connection::fail(int rc, const std::string& what) const {
    throw KbError(describe_sqlite_error(db_, rc, path_, what));
}

int Connection::try_exec(const char* sql) {
    return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
}

void Connection::exec(const char* sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK) fail(rc, "");
}

std::int64_t Connection::scalar(const char* sql) {
    Statement s = prepare(sql);
    return s.step() ? s.int_at(0) : 0;
}

} // namespace eventline::kb
