// Thin RAII over the SQLite C API: a connection and prepared statements that throw KbError.
#pragma once

#include "eventline/kb.h"

#include <cstdint>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace eventline::kb {

/// A prepared statement; bind by 1-based index, step, read columns by 0-based index.
class Statement {
  public:
    Statement(sqlite3* db, std::string_view sql, const std::string& path);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int i, std::int64_t v);
    Statement& bind(int i, std::string_view v);
    Statement& bind_blob(int i, std::string_view v);
    Statement& bind_null(int i);
    /// true: a row is available; false: done.
    bool step();
    /// Runs to completion and resets, keeping bindings cleared for reuse.
    void run();
    void reset();

    std::int64_t int_at(int col) const;
    std::string text_at(int col) const;
    std::string_view blob_at(int col) const;
    bool null_at(int col) const;

  private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
    std::string path_; ///< for error messages
};

/// One connection; closes on destruction.
class Connection {
  public:
    /// immutable: read-only without locks or a -shm file (a WAL database in a folder we cannot write).
    Connection(const std::string& path, bool read_only, bool immutable = false);
    ~Connection();
    Connection(Connection&& other) noexcept : db_(other.db_), path_(std::move(other.path_)) {
        other.db_ = nullptr;
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// Runs `sql`, returning SQLite's result code instead of throwing.
    int try_exec(const char* sql);

    void exec(const char* sql);
    std::int64_t scalar(const char* sql);
    Statement prepare(std::string_view sql) { return Statement(db_, sql, path_); }
    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }
    /// Throws KbError naming the file for an SQLite result code that is not OK/ROW/DONE.
    [[noreturn]] void fail(int rc, const std::string& what) const;

  private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

/// Error text for an SQLite failure on `path`, with a hint for the common causes.
std::string describe_sqlite_error(sqlite3* db, int rc, const std::string& path, const std::string& what);

} // namespace eventline::kb
