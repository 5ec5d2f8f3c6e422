// The CLI's contract: help, version, usage errors (exit 2) caught before any work is done.
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace {
struct Run {
    int code;
    std::string out;
};

Run run(const std::string& args) {
    std::string cmd = std::string(EVENTLINE_BINARY) + " " + args + " 2>&1 </dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p);
    std::string out;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p))
        out.append(buf, n);
    int status = pclose(p);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}
} // namespace

TEST_CASE("version and help flags answer with exit 0") {
    auto v = run("--version");
    CHECK(v.code == 0);
    CHECK_THAT(v.out, Catch::StartsWith("eventline "));
    auto h = run("--help");
    CHECK(h.code == 0);
    for (const char* cmd : {"build", "clean", "timex", "query"})
        CHECK_THAT(h.out, Catch::Contains(cmd));
    auto bh = run("build --help");
    CHECK(bh.code == 0);
    CHECK_THAT(bh.out, Catch::Contains("--date") && Catch::Contains("--format"));
}

TEST_CASE("usage errors exit 2 and name the problem before reading any input") {
    auto bad_format = run("build --format nope /nonexistent-input");
    CHECK(bad_format.code == 2);
    CHECK_THAT(bad_format.out, Catch::Contains("nope"));
    CHECK_THAT(bad_format.out, !Catch::Contains("/nonexistent-input: no such file"));
    auto bad_date = run("build --date 2024-13-45 /nonexistent-input");
    CHECK(bad_date.code == 2);
    CHECK_THAT(bad_date.out, Catch::Contains("--date"));
    CHECK(run("").code == 2);
    CHECK(run("frobnicate").code == 2);
}
