#include "test_util.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <sys/wait.h>

using namespace eventline;

namespace {
struct Run {
    int status;
    std::string out;
};

Run run(const std::string& args) {
    std::string cmd = std::string(EVENTLINE_BINARY) + " " + args + " 2>&1";
    Run r{-1, {}};
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p);
    std::array<char, 4096> buf;
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    int st = pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    return r;
}
} // namespace

TEST_CASE("eventline clean prints sections and exits 0", "[ingest][cli]") {
    auto r = run("clean '" + test::data_path("story_clipped.txt") + "'");
    CHECK(r.status == 0);
    CHECK(r.out.find("== publisher: dailycourier.example") != std::string::npos);
    CHECK(r.out.find("[paywall] Already a subscriber? Log in.") != std::string::npos);
    CHECK(r.out.find("== body\nThe coast guard of Estavia") != std::string::npos);
}

TEST_CASE("eventline clean reads stdin", "[ingest][cli]") {
    auto r = run("clean - < '" + test::data_path("story_full.txt") + "'");
    CHECK(r.status == 0);
    CHECK(r.out.find("== reporter: Lena Vogt") != std::string::npos);
}

TEST_CASE("build: a skipped input exits 1 but the output is written", "[ingest][cli]") {
    test::TempDir dir;
    dir.write("in/good.txt", test::slurp(test::data_path("story_full.txt")));
    dir.write("in/empty.txt", "");
    dir.write("in/binary.txt", std::string("\0\1\2\3", 4));
    dir.write("in/feed.jsonl", "{\"text\":\"Fine line.\"}\n{broken\n");
    auto out = (dir.path / "g.json").string();
    auto r = run("build '" + (dir.path / "in").string() + "' --format json -o '" + out + "'");
    CHECK(r.status == 1);
    CHECK(r.out.find("empty.txt: empty file") != std::string::npos);
    CHECK(r.out.find("binary.txt: binary file") != std::string::npos);
    CHECK(r.out.find("feed.jsonl:2: invalid JSON") != std::string::npos);
    auto json = test::slurp(out);
    CHECK(json.find("\"eventline/1\"") != std::string::npos);
    CHECK(json.find("Fine line") == std::string::npos); // text itself is not exported, documents are
}

TEST_CASE("usage errors exit 2", "[ingest][cli]") {
    CHECK(run("clean").status == 2);
    CHECK(run("clean x.txt --date notadate").status == 2);
    CHECK(run("build --nonsense-flag").status == 2);
}

TEST_CASE("a missing file given to clean exits 1 with its name", "[ingest][cli]") {
    auto r = run("clean /nonexistent/dir/article.txt");
    CHECK(r.status == 1);
    CHECK(r.out.find("/nonexistent/dir/article.txt: no such file or directory") != std::string::npos);
}
