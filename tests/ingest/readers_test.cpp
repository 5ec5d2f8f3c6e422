#include "test_util.h"

#include "../../src/ingest/cleaner.h"
#include "../../src/ingest/input_reader.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace eventline;
using test::TempDir;

TEST_CASE("plain text: headline title, body paragraphs, content id", "[ingest][text]") {
    TempDir dir;
    auto path = dir.write("a.txt", "Floods Close Schools in Three Districts\n\nHeavy rain closed 40 schools on Monday.\n\n"
                                   "The ministry said classes would resume on Thursday.\n");
    std::vector<InputIssue> issues;
    auto docs = read_file(path, {}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(issues.empty());
    CHECK(docs[0].title == "Floods Close Schools in Three Districts");
    CHECK(docs[0].text == "Heavy rain closed 40 schools on Monday.\n\nThe ministry said classes would resume on Thursday.");
    CHECK(docs[0].id.size() == 13);
    CHECK(docs[0].id[0] == 'd');
    CHECK(docs[0].source == path);
    CHECK_FALSE(docs[0].published);
    CHECK(docs[0].date_source.empty());
}

TEST_CASE("plain text: a first line that is a sentence stays in the body", "[ingest][text]") {
    TempDir dir;
    auto path = dir.write("b", "The council voted to close the bridge on Friday.\nRepairs will take a month.\n");
    std::vector<InputIssue> issues;
    auto docs = read_file(path, {}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].title.empty());
    CHECK(docs[0].text.rfind("The council voted", 0) == 0);
}

TEST_CASE("HTML: title, meta date, publisher, canonical url, article text without furniture", "[ingest][html]") {
    TempDir dir;
    std::string html = R"(<!doctype html><html><head>
<title>Port Strike Ends - The Harbour Times</title>
<meta property="og:title" content="Port Strike Ends After Nine Days">
<meta property="og:site_name" content="The Harbour Times">
<meta property="article:published_time" content="2025-03-14T08:30:00Z">
<link rel="canonical" href="https://harbour.example/strike-ends">
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Port Strike Ends After Nine Days</h1>
<figure><img src="x.jpg"><figcaption>Dockworkers on the picket line.</figcaption></figure>
<p>Dockworkers in Velsen returned to work on Friday after the union accepted a 6 percent raise.</p>
<div>SKIP ADVERTISEMENT</div>
<p>The strike had stranded <b>more than 200</b> containers&nbsp;ships, the port authority said.</p>
<aside>Related: Another story</aside>
</article>
<footer>Copyright 2025</footer>
</body></html>)";
    auto path = dir.write("strike.html", html);
    std::vector<InputIssue> issues;
    auto docs = read_file(path, {}, issues);
    REQUIRE(docs.size() == 1);
    const auto& d = docs[0];
    CHECK(d.title == "Port Strike Ends After Nine Days");
    CHECK(d.publisher == "The Harbour Times");
    CHECK(d.url == "https://harbour.example/strike-ends");
    REQUIRE(d.published);
    CHECK(format_date(*d.published) == "2025-03-14");
    CHECK(d.date_source == "html_meta");
    CHECK(d.text.find("Dockworkers in Velsen returned") != std::string::npos);
    CHECK(d.text.find("more than 200 containers") != std::string::npos);
    CHECK(d.text.find("not text") == std::string::npos);
    CHECK(d.text.find("picket line") == std::string::npos);
    CHECK(d.text.find("Home") == std::string::npos);
    CHECK(d.text.find("Related") == std::string::npos);
    CHECK(d.text.find("Copyright") == std::string::npos);
    CHECK(d.text.find("SKIP") == std::string::npos);
    CHECK(d.text.find("Port Strike Ends") == std::string::npos); // the h1 is the title, not body
    CHECK(d.removed.at("advertisement") == 1);
}

TEST_CASE("HTML: JSON-LD datePublished, authors and headline", "[ingest][html]") {
    TempDir dir;
    std::string html = R"(<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Bridge Reopens",
"datePublished":"2024-05-02T10:00:00+02:00","author":[{"@type":"Person","name":"Ana Ruiz"}],
"publisher":{"@type":"Organization","name":"Valley Post"}}]}</script></head>
<body><p>The bridge over the Orra river reopened on Thursday after two years of repairs.</p></body></html>)";
    std::vector<InputIssue> issues;
    auto docs = read_file(dir.write("b.htm", html), {}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].title == "Bridge Reopens");
    CHECK(docs[0].publisher == "Valley Post");
    CHECK(docs[0].reporters == std::vector<std::string>{"Ana Ruiz"});
    REQUIRE(docs[0].published);
    CHECK(format_date(*docs[0].published) == "2024-05-02");
}

TEST_CASE("HTML: broken markup still yields the text", "[ingest][html][bad]") {
    TempDir dir;
    auto path = dir.write("broken.html", "<html><body><p>Rescuers reached the village on <b>Sunday<p>Twelve people were"
                                         " evacuated.</div></span><p><<<>>unclosed <a href=\"x");
    std::vector<InputIssue> issues;
    auto docs = read_file(path, {}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].text.find("Rescuers reached the village on Sunday") != std::string::npos);
    CHECK(docs[0].text.find("Twelve people were evacuated.") != std::string::npos);
}

TEST_CASE("JSON Lines: fields, dates (ISO and epoch), url as source, HTML in text", "[ingest][jsonl]") {
    TempDir dir;
    std::string jsonl =
        R"({"id":"a1","title":"Ferry Service Resumes","text":"Ferries between the islands resumed on Monday.","url":"https://news.example/ferry","publishedAt":"2025-01-06T09:00:00Z"})"
        "\n"
        R"({"body":"The airport handled 2 million passengers last year.","timestamp":1700000000})"
        "\n\n"
        R"({"content":"<p>Markets rose on Tuesday.</p><p>Trading was light.</p>","date":"Tue, 07 Jan 2025 10:00:00 GMT"})"
        "\n";
    auto path = dir.write("feed.jsonl", jsonl);
    std::vector<InputIssue> issues;
    auto docs = read_file(path, {}, issues);
    CHECK(issues.empty());
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].title == "Ferry Service Resumes");
    CHECK(docs[0].source == "https://news.example/ferry");
    CHECK(docs[0].url == "https://news.example/ferry");
    CHECK(docs[0].date_source == "jsonl");
    CHECK(format_date(*docs[0].published) == "2025-01-06");
    CHECK(docs[1].source == path + ":2");
    CHECK(format_date(*docs[1].published) == "2023-11-14");
    CHECK(docs[2].source == path + ":4");
    CHECK(docs[2].text == "Markets rose on Tuesday.\n\nTrading was light.");
    CHECK(format_date(*docs[2].published) == "2025-01-07");
    CHECK(docs[0].id != docs[1].id);
}

TEST_CASE("JSON Lines: one broken line is one issue with its line number; the rest is read", "[ingest][jsonl][bad]") {
    TempDir dir;
    std::string jsonl = R"({"text":"First story about the harbour."})"
                        "\n"
                        R"({"text": "broken, "oops)"
                        "\n"
                        R"(["not an object"])"
                        "\n"
                        R"({"title":"no text field"})"
                        "\n"
                        R"({"text":"Fourth line, still read."})";
    auto path = dir.write("mixed.ndjson", jsonl);
    std::vector<InputIssue> issues;
    auto docs = read_file(path, {}, issues);
    REQUIRE(docs.size() == 2);
    CHECK(docs[1].text == "Fourth line, still read.");
    REQUIRE(issues.size() == 3);
    CHECK(issues[0].line == 2);
    CHECK(issues[0].reason.find("invalid JSON") == 0);
    CHECK(issues[0].source == path);
    CHECK(issues[1].line == 3);
    CHECK(issues[2].line == 4);
    for (const auto& i : issues) CHECK(i.skipped);
}

TEST_CASE("streams are sniffed: JSON Lines, HTML or text", "[ingest][stdin]") {
    IngestOptions options;
    Cleaner cleaner;
    InputReader reader(options, cleaner);
    std::vector<InputIssue> issues;
    std::vector<Document> docs;
    auto sink = [&](Document&& d) { docs.push_back(std::move(d)); };

    std::istringstream jsonl("  {\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
    reader.read_stream(jsonl, "-", InputFormat::unknown, issues, sink);
    REQUIRE(docs.size() == 2);
    CHECK(docs[1].source == "-:2");

    std::istringstream html("<html><body><p>Hello from HTML.</p></body></html>");
    reader.read_stream(html, "-", InputFormat::unknown, issues, sink);
    REQUIRE(docs.size() == 3);
    CHECK(docs[2].text == "Hello from HTML.");

    std::istringstream text("Just words here.");
    reader.read_stream(text, "-", InputFormat::unknown, issues, sink);
    REQUIRE(docs.size() == 4);
    CHECK(docs[3].text == "Just words here.");
    CHECK(issues.empty());
}

TEST_CASE("unknown extensions are sniffed too", "[ingest][sniff]") {
    TempDir dir;
    std::vector<InputIssue> issues;
    auto docs = read_file(dir.write("feed.dat", "{\"text\":\"From a .dat file.\"}\n"), {}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].source.find("feed.dat:1") != std::string::npos);
}

TEST_CASE("JSON Lines longer than the head chunk are joined across the chunk boundary", "[ingest][jsonl]") {
    TempDir dir;
    std::string filler(100000, 'x');
    std::string jsonl = "{\"text\":\"Alpha " + filler + ".\"}\n{\"text\":\"Beta.\"}\n";
    std::vector<InputIssue> issues;
    auto docs = read_file(dir.write("long.jsonl", jsonl), {}, issues);
    CHECK(issues.empty());
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].text.size() == filler.size() + 7);
    CHECK(docs[1].text == "Beta.");
}

TEST_CASE("HTML: a <title> loses its site suffix", "[ingest][html]") {
    TempDir dir;
    std::vector<InputIssue> issues;
    auto docs = read_file(dir.write("t.html", "<html><head><title>Dam Opens on Schedule | Valley Post</title></head>"
                                              "<body><p>The dam opened on Monday.</p></body></html>"),
                          {}, issues);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].title == "Dam Opens on Schedule");
}
