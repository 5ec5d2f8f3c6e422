// The `eventline timex` command: single text, JSON Lines batches, errors and exit codes.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {
struct Run {
    int code;
    std::string out;
};

Run run(const std::string& args, const std::string& input) {
    auto dir = std::filesystem::temp_directory_path() / ("eventline_timex_cli_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    auto in = dir / "in.txt";
    std::ofstream(in, std::ios::binary) << input;
    std::string cmd = std::string(EVENTLINE_BINARY) + " timex " + args + " < " + in.string() + " 2>/dev/null";
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

TEST_CASE("timex prints the expressions of one text", "[time][cli]") {
    auto r = run("--date 2024-10-23 -", "The talks began in the early 1980s and resumed on Monday.");
    REQUIRE(r.code == 0);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["timexes"].size() == 2);
    auto& t = j["timexes"][0];
    CHECK(t["text"] == "the early 1980s");
    CHECK(t["type"] == "DATE");
    CHECK(t["value"] == "198");
    CHECK(t["mod"] == "START");
    CHECK(t["interval"]["start"] == "1980-01-01");
    CHECK(t["interval"]["end"] == "1983-12-31");
    CHECK(t["precision"] == "decade");
    CHECK(t["begin"] == 19);
    CHECK(j["timexes"][1]["value"] == "2024-10-21");
    CHECK(j["timexes"][1]["mod"].is_null());
}

TEST_CASE("timex --jsonl streams one line per input and reports broken lines", "[time][cli]") {
    std::string input =
        "{\"id\": \"a\", \"text\": \"He left on Tuesday.\", \"date\": \"2013-02-12T04:30:00\"}\n"
        "this is not json\n"
        "\n"
        "{\"id\": 7, \"text\": \"Talks lasted two weeks.\"}\n"
        "{\"id\": \"c\", \"text\": \"x\", \"date\": \"2013-02-30\"}\n"
        "{\"id\": \"d\", \"body\": \"Rain fell on Monday.\", \"publishedAt\": \"2023-02-07T14:20:00Z\"}\n";
    auto r = run("--jsonl", input);
    CHECK(r.code == 1);
    std::istringstream lines(r.out);
    std::string line;
    std::vector<nlohmann::json> out;
    while (std::getline(lines, line))
        out.push_back(nlohmann::json::parse(line));
    REQUIRE(out.size() == 5);
    CHECK(out[4]["timexes"][0]["value"] == "2023-02-06");
    CHECK(out[0]["id"] == "a");
    CHECK(out[0]["timexes"][0]["value"] == "2013-02-12");
    CHECK(out[1].contains("error"));
    CHECK(out[1]["error"].get<std::string>().find(":2:") != std::string::npos);
    CHECK(out[2]["id"] == 7);
    CHECK(out[2]["timexes"][0]["value"] == "P2W");
    CHECK(out[3]["error"].get<std::string>().find("invalid date") != std::string::npos);
}

TEST_CASE("timex usage errors exit 2", "[time][cli]") {
    CHECK(run("--date 2024-13-45 -", "today").code == 2);
    CHECK(run("/nonexistent/file.txt", "").code == 2);
    CHECK(run("--bogus", "").code == 2);
}
