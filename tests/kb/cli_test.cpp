// The knowledge base through the eventline binary: commands, exit codes, crashes and concurrency.
#include "kb_test_util.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <thread>

extern char** environ;

using namespace kbtest;

namespace {

/// Writes `n` small distinct articles as name-prefix-i.txt; article i's content depends only on i.
void write_corpus(const std::string& dir, int from, int to, const std::string& prefix = "a") {
    fs::create_directories(dir);
    for (int i = from; i < to; ++i) {
        std::string body;
        for (int p = 0; p < 6; ++p)
            body += "Officials in district " + std::to_string(i) + " reported item " + std::to_string(p) +
                    " of the budget review on Monday, a spokesperson said.\n";
        write_file(dir + "/" + prefix + "-" + std::to_string(i) + ".txt",
                   "Council review number " + std::to_string(i) + "\n\n" + body);
    }
}

pid_t spawn(const std::vector<std::string>& args, const std::string& out_file) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    std::vector<char*> argv;
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(rc == 0);
    return pid;
}

int wait_exit(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

/// Documents committed so far (0 while the database does not exist yet or is being created).
std::int64_t stored_documents(const std::string& db) {
    if (!fs::exists(db)) return 0;
    sqlite3* h = nullptr;
    std::int64_t n = 0;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(h, 1000);
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(h, "SELECT count(*) FROM documents", -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW)
            n = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    return n;
}

} // namespace

TEST_CASE("ingest, re-ingest, build and export through the CLI", "[kb][cli]") {
    TempDir dir;
    std::string in = dir / "in", db = dir / "kb.sqlite";
    write_corpus(in, 0, 5);
    std::string out;
    REQUIRE(run(cli() + " ingest --db " + q(db) + " " + q(in), &out) == 0);
    CHECK_THAT(out, Catch::Contains("5 added, 0 unchanged, 0 updated, 0 skipped"));
    REQUIRE(run(cli() + " ingest --db " + q(db) + " " + q(in), &out) == 0);
    CHECK_THAT(out, Catch::Contains("0 added, 5 unchanged"));

    // A missing input is skipped and named; the rest is stored; exit 1 as for build.
    write_corpus(in, 5, 6);
    CHECK(run(cli() + " ingest --db " + q(db) + " " + q(in) + " " + q(dir / "absent.txt"), &out) == 1);
    CHECK_THAT(out, Catch::Contains("absent.txt") &&
                        Catch::Contains("1 added, 5 unchanged, 0 updated, 1 skipped"));

    REQUIRE(run(cli() + " build " + q(in) + " -o " + q(dir / "files.json")) == 0);
    REQUIRE(run(cli() + " build --db " + q(db) + " -o " + q(dir / "db.json")) == 0);
    REQUIRE(run(cli() + " export --db " + q(db) + " --format json -o " + q(dir / "export.json")) == 0);
    std::string files = read_file(dir / "files.json");
    CHECK(files.find("Council review number 5") != std::string::npos);
    CHECK(read_file(dir / "db.json") == files);
    CHECK(read_file(dir / "export.json") == files);

    // build --db with INPUTs ingests them first, then builds from everything stored.
    write_corpus(dir / "more", 6, 8);
    REQUIRE(run(cli() + " build --db " + q(db) + " " + q(dir / "more") + " -o " + q(dir / "grown.json")) ==
            0);
    CHECK(read_file(dir / "grown.json").find("Council review number 7") != std::string::npos);
    CHECK(read_file(dir / "grown.json").find("Council review number 0") != std::string::npos);

    REQUIRE(run(cli() + " db stats --db " + q(db), &out) == 0);
    CHECK_THAT(out, Catch::Matches("(.|\n)*documents +8\n(.|\n)*"));
    REQUIRE(run(cli() + " db stats --json --db " + q(db), &out) == 0);
    CHECK_THAT(out, Catch::Contains("\"documents\": 8") && Catch::Contains("\"runs\": 4"));
    REQUIRE(run(cli() + " db check --db " + q(db), &out) == 0);
    CHECK_THAT(out, Catch::Contains(": ok"));
}

TEST_CASE("ingesting a folder that holds the database never reads the database", "[kb][cli]") {
    TempDir dir;
    write_corpus(dir.path.string(), 0, 3);
    std::string out;
    REQUIRE(run(cli() + " ingest --db " + q(dir / "kb.sqlite") + " " + q(dir.path.string())) == 0);
    REQUIRE(run(cli() + " ingest --db " + q(dir / "kb.sqlite") + " " + q(dir.path.string()), &out) == 0);
    CHECK_THAT(out, Catch::Contains("0 added, 3 unchanged"));
}

TEST_CASE("bad databases give a clear error naming the file and exit 3, never a crash", "[kb][cli][safety]") {
    TempDir dir;
    write_corpus(dir / "in", 0, 2);
    std::string junk = dir / "junk.sqlite";
    std::string bytes;
    for (int i = 0; i < 9000; ++i)
        bytes += char((i * 31 + 7) % 256);
    write_file(junk, bytes);
    std::string out;
    for (std::string cmd :
         std::vector<std::string>{" db stats --db ", " db check --db ", " build --db ",
                                  " export -o /dev/null --db ", " ingest " + q(dir / "in") + " --db "}) {
        CHECK(run(cli() + cmd + q(junk), &out) == 3);
        CHECK_THAT(out, Catch::Contains(junk) && Catch::Contains("not a database"));
    }
    CHECK(run(cli() + " build --db " + q(dir / "none.sqlite"), &out) == 3);
    CHECK_THAT(out, Catch::Contains("none.sqlite: no such knowledge base"));
    CHECK(run(cli() + " ingest --db " + q(dir / "in") + " " + q(dir / "in"), &out) == 3);
    CHECK_THAT(out, Catch::Contains("is a folder"));
    CHECK(run(cli() + " ingest " + q(dir / "in"), &out) == 2); // --db is required
}

TEST_CASE("read-only knowledge bases: clear error for writes, reads still work", "[kb][cli][safety]") {
    TempDir dir;
    write_corpus(dir / "in", 0, 3);
    std::string db = dir / "ro/kb.sqlite";
    fs::create_directories(dir / "ro");
    REQUIRE(run(cli() + " ingest --db " + q(db) + " " + q(dir / "in")) == 0);
    const auto read_only = fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read;
    const auto exec_all = fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec;
    fs::permissions(db, read_only);
    fs::permissions(dir / "ro", read_only | exec_all);
    std::string cmd = cli();
    if (access(db.c_str(), W_OK) == 0) {
        // Root ignores file modes: run the CLI as nobody instead, when nobody can reach the binary.
        std::string as_nobody = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
        fs::permissions(dir.path, fs::perms::owner_all | read_only | exec_all);
        fs::create_directories(dir / "out");
        fs::permissions(dir / "out", fs::perms::all);
        if (run(as_nobody + cli() + " --version") != 0) {
            WARN("running as root and nobody cannot run the binary: read-only case not exercised here");
            fs::permissions(dir / "ro", fs::perms::owner_all);
            return;
        }
        cmd = as_nobody + cli();
    }
    std::string out;
    CHECK(run(cmd + " ingest --db " + q(db) + " " + q(dir / "in"), &out) == 3);
    CHECK_THAT(out, Catch::Contains(db) && Catch::Contains("read-only"));
    CHECK(run(cmd + " db check --db " + q(db), &out) == 0);
    fs::create_directories(dir / "out");
    fs::permissions(dir / "out", fs::perms::all);
    CHECK(run(cmd + " build --db " + q(db) + " -o " + q(dir / "out/out.json"), &out) == 0);
    INFO(out);
    CHECK(read_file(dir / "out/out.json").find("Council review number 2") != std::string::npos);
    fs::permissions(dir / "ro", fs::perms::owner_all);
}

TEST_CASE("kill -9 during a large ingest: consistent database, re-run completes without doubles",
          "[kb][cli][safety]") {
    TempDir dir;
    const int n = 4000;
    write_corpus(dir / "in", 0, n);
    write_corpus(dir / "in", 0, 200, "copy"); // same content again under other names: not distinct
    std::string db = dir / "kb.sqlite";
    pid_t pid = spawn({EVENTLINE_BINARY, "ingest", "--batch", "40", "--db", db, dir / "in"}, dir / "log1");
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (stored_documents(db) < 100 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    kill(pid, SIGKILL);
    int status = wait_exit(pid);
    std::int64_t before = stored_documents(db);
    INFO("first run: " << read_file(dir / "log1"));
    if (status != -SIGKILL) WARN("the first ingest finished before it could be killed");
    CHECK(before >= 100);

    std::string out;
    CHECK(run(cli() + " db check --db " + q(db), &out) == 0);
    CHECK_THAT(out, Catch::Contains(": ok"));
    REQUIRE(run(cli() + " ingest --db " + q(db) + " " + q(dir / "in"), &out) == 0);
    CHECK_THAT(out, Catch::Contains(std::to_string(n - before) + " added"));
    CHECK(stored_documents(db) == n);
    CHECK(run(cli() + " db check --db " + q(db)) == 0);
}

TEST_CASE("two ingests at once are serialized without corruption or doubles", "[kb][cli][safety]") {
    TempDir dir;
    write_corpus(dir / "one", 0, 1500);
    write_corpus(dir / "two", 1000, 2500); // 500 articles in both
    std::string db = dir / "kb.sqlite";
    pid_t a = spawn({EVENTLINE_BINARY, "ingest", "--batch", "25", "--db", db, dir / "one"}, dir / "log-a");
    pid_t b = spawn({EVENTLINE_BINARY, "ingest", "--batch", "25", "--db", db, dir / "two"}, dir / "log-b");
    CHECK(wait_exit(a) == 0);
    CHECK(wait_exit(b) == 0);
    std::string log_a = read_file(dir / "log-a"), log_b = read_file(dir / "log-b");
    INFO(log_a << log_b);
    CHECK(stored_documents(db) == 2500);
    auto added = [](const std::string& log) {
        auto colon = log.rfind(": ");
        return colon == std::string::npos ? -1 : std::stoi(log.substr(colon + 2));
    };
    CHECK(added(log_a) + added(log_b) == 2500);
    std::string out;
    CHECK(run(cli() + " db check --db " + q(db), &out) == 0);
    CHECK(run(cli() + " db stats --json --db " + q(db), &out) == 0);
    CHECK_THAT(out, Catch::Contains("\"runs\": 2"));
}

TEST_CASE("query --db reads the stored graph and refuses other sources with it", "[kb][cli]") {
    TempDir dir;
    write_corpus(dir / "in", 0, 3);
    std::string db = dir / "kb.sqlite", out;
    REQUIRE(run(cli() + " ingest --db " + q(db) + " " + q(dir / "in")) == 0);
    CHECK(run(cli() + " query --db " + q(db) + " " + q(dir / "in") + " --actor x", &out) == 2);
    CHECK_THAT(out, Catch::Contains("--db"));
    CHECK(run(cli() + " query --db " + q(dir / "none.sqlite") + " --actor x", &out) == 3);
    CHECK_THAT(out, Catch::Contains("none.sqlite: no such knowledge base"));
    // The same answer as from the files (whatever the upstream stages find in them).
    std::string from_files, from_db;
    int rc_files = run(cli() + " query " + q(dir / "in") + " --actor council --json", &from_files);
    int rc_db = run(cli() + " query --db " + q(db) + " --actor council --json", &from_db);
    CHECK(rc_db == rc_files);
    CHECK(from_db == from_files);
}
