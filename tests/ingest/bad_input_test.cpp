#include "test_util.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace eventline;
using test::has_issue;
using test::TempDir;

TEST_CASE("binary files are skipped with a reason", "[ingest][bad]") {
    TempDir dir;
    std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    std::vector<InputIssue> issues;
    auto path = dir.write("image.txt", png);
    CHECK(read_file(path, {}, issues).empty());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].source == path);
    CHECK(issues[0].skipped);
    CHECK(issues[0].reason.find("binary") != std::string::npos);
}

TEST_CASE("UTF-16 input is named as such", "[ingest][bad]") {
    TempDir dir;
    std::vector<InputIssue> issues;
    CHECK(read_file(dir.write("u16.txt", std::string("\xFF\xFEH\0i\0", 6)), {}, issues).empty());
    CHECK(has_issue(issues, "UTF-16", true));
}

TEST_CASE("empty and blank files are skipped as empty", "[ingest][bad]") {
    TempDir dir;
    std::vector<InputIssue> issues;
    CHECK(read_file(dir.write("empty.txt", ""), {}, issues).empty());
    CHECK(read_file(dir.write("blank.md", "  \n\n\t\n"), {}, issues).empty());
    REQUIRE(issues.size() == 2);
    CHECK(issues[0].reason == "empty file");
    CHECK(issues[1].reason == "empty file");
}

TEST_CASE("invalid UTF-8 is repaired with a warning, not skipped", "[ingest][bad]") {
    TempDir dir;
    std::vector<InputIssue> issues;
    auto docs = read_file(dir.write("latin1.txt", "Caf\xE9 owners in Bras\xEDlia protested.\n"), {}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].text == "Caf\xEF\xBF\xBD owners in Bras\xEF\xBF\xBDlia protested.");
    REQUIRE(docs[0].warnings.size() == 1);
    CHECK(docs[0].warnings[0].find("invalid UTF-8 repaired (2") == 0);
    REQUIRE(issues.size() == 1);
    CHECK_FALSE(issues[0].skipped);
}

TEST_CASE("truncated and overlong UTF-8 sequences are repaired", "[ingest][bad]") {
    TempDir dir;
    std::vector<InputIssue> issues;
    // an overlong '/', a lone continuation byte, a surrogate, and a 3-byte sequence cut short at the end
    auto docs = read_file(dir.write("bad.txt", "a\xC0\xAF b\x80 c\xED\xA0\x80 d\xE2\x82"), {}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].text == "a\xEF\xBF\xBD b\xEF\xBF\xBD c\xEF\xBF\xBD d\xEF\xBF\xBD");
}

TEST_CASE("missing and unreadable paths are named", "[ingest][bad]") {
    TempDir dir;
    std::vector<InputIssue> issues;
    auto missing = (dir.path / "nope.txt").string();
    CHECK(read_file(missing, {}, issues).empty());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].source == missing);
    CHECK(issues[0].reason == "no such file or directory");

    auto locked = dir.write("locked.txt", "Secret text.");
    std::filesystem::permissions(locked, std::filesystem::perms::none);
    issues.clear();
    auto docs = read_file(locked, {}, issues);
    if (std::ifstream(locked).good()) {
        SUCCEED("running with privileges that can read any file");
    } else {
        CHECK(docs.empty());
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].reason.find("cannot open") == 0);
    }
}

TEST_CASE("documents over the size cap are skipped without being read whole", "[ingest][bad][size]") {
    TempDir dir;
    IngestOptions small;
    small.max_document_bytes = 1 << 20;
    std::string line(3 << 20, 'a'); // 3 MB, no newline
    std::vector<InputIssue> issues;
    CHECK(read_file(dir.write("big.txt", line), small, issues).empty());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].reason.find("document too large") == 0);
    // unknown extension: read as a stream, stopped at the cap
    issues.clear();
    CHECK(read_file(dir.write("big.bin", line), small, issues).empty());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].reason.find("document too large") == 0);
}

TEST_CASE("a 60 MB single JSON line is skipped; the next line is still read", "[ingest][bad][size]") {
    TempDir dir;
    auto path = (dir.path / "huge.jsonl").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << "{\"text\":\"";
        std::string chunk(1 << 20, 'z');
        for (int i = 0; i < 60; ++i) out << chunk;
        out << "\"}\n{\"text\":\"A normal line after the huge one.\"}\n";
    }
    std::vector<InputIssue> issues;
    auto docs = read_file(path, {}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].text == "A normal line after the huge one.");
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].line == 1);
    CHECK(issues[0].reason.find("line too large") == 0);
}

TEST_CASE("a 20 MB text document on one line is read and cleaned", "[ingest][size]") {
    TempDir dir;
    std::string text;
    text.reserve(20 << 20);
    while (text.size() < (20u << 20)) text += "Rain fell on the capital for a third day. ";
    std::vector<InputIssue> issues;
    auto docs = read_file(dir.write("long.txt", text), {}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].text.size() + 1 == text.size()); // only the final space trimmed
    CHECK(issues.empty());
}

TEST_CASE("folders: recursive, sorted, hidden files ignored, duplicates read once", "[ingest][folder]") {
    TempDir dir;
    dir.write("b/second.txt", "The second article is about ports.\n");
    dir.write("a/first.txt", "The first article is about rain.\n");
    dir.write("c/copy.txt", "The first article is about rain.\n");
    dir.write(".hidden/x.txt", "Hidden.\n");
    dir.write("empty.txt", "");
    Ingestor ingestor({});
    std::vector<Document> docs;
    ingestor.read({dir.path.string(), (dir.path / "missing.txt").string()}, [&](Document&& d) { docs.push_back(std::move(d)); });
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].source.find("first.txt") != std::string::npos);
    CHECK(docs[1].source.find("second.txt") != std::string::npos);
    const auto& issues = ingestor.issues();
    CHECK(has_issue(issues, "duplicate of", false));
    CHECK(has_issue(issues, "empty file", true));
    CHECK(has_issue(issues, "no such file", true));
    CHECK(issues.size() == 3);
}
