#include "test_util.h"

#include "../../src/ingest/story_grouper.h"

#include <catch2/catch.hpp>

#include <set>

using namespace eventline;

namespace {
std::map<std::string, Document> story_docs() {
    std::map<std::string, Document> docs;
    for (std::string name : {"story_full.txt", "story_clipped.txt", "story_rewrite.txt", "story_other.txt"}) {
        std::vector<InputIssue> issues;
        auto d = read_file(test::data_path(name), {}, issues);
        REQUIRE(d.size() == 1);
        docs[name] = std::move(d[0]);
    }
    return docs;
}
} // namespace

TEST_CASE("clipped, full, rewritten and clipper versions form one story; a same-topic article does not",
          "[ingest][stories]") {
    auto by_name = story_docs();
    // a web-clipper export of the full version: title, "Content" header, body, "Summary"
    Document clipper = by_name["story_full.txt"];
    clipper.id = "dffffffffffff";
    clipper.text = clipper.text.substr(0, clipper.text.size() * 2 / 3);
    std::vector<Document> docs;
    for (auto& [name, d] : by_name) docs.push_back(d);
    docs.push_back(clipper);
    group_stories(docs);
    std::map<std::string, std::string> story;
    for (const auto& d : docs) story[d.id] = d.story;
    const auto& full = by_name["story_full.txt"];
    CHECK(story[by_name["story_clipped.txt"].id] == story[full.id]);
    CHECK(story[by_name["story_rewrite.txt"].id] == story[full.id]);
    CHECK(story["dffffffffffff"] == story[full.id]);
    CHECK(story[by_name["story_other.txt"].id] != story[full.id]);
    // the story id is "s" + the smallest document id of the group
    std::string smallest = "dzzzzzzzzzzzz";
    for (const auto& d : docs)
        if (d.story == story[full.id]) smallest = std::min(smallest, d.id);
    CHECK(story[full.id] == "s" + smallest.substr(1));
}

TEST_CASE("story ids do not depend on input order", "[ingest][stories]") {
    auto by_name = story_docs();
    std::vector<Document> a, b;
    for (auto& [name, d] : by_name) a.push_back(d);
    b.assign(a.rbegin(), a.rend());
    group_stories(a);
    group_stories(b);
    std::map<std::string, std::string> sa, sb;
    for (const auto& d : a) sa[d.id] = d.story;
    for (const auto& d : b) sb[d.id] = d.story;
    CHECK(sa == sb);
}

TEST_CASE("unrelated documents stay apart; empty texts are harmless", "[ingest][stories]") {
    StoryGrouper grouper;
    std::vector<std::string_view> texts = {
        "The central bank raised interest rates by half a point on Tuesday, citing persistent inflation.",
        "A new species of frog was found in the cloud forests of the northern highlands.",
        "",
        "The central bank raised interest rates by half a point on Tuesday, citing persistent inflation.",
    };
    auto rep = grouper.group(texts);
    CHECK(rep == std::vector<std::size_t>{0, 1, 2, 0});
}

TEST_CASE("many distinct documents form many stories (no giant component)", "[ingest][stories]") {
    // 2,000 generated documents over a shared vocabulary; pairs share words but not passages.
    std::vector<std::string> words;
    for (int i = 0; i < 3000; ++i) words.push_back("w" + std::to_string(i * 7919 % 100003));
    std::vector<std::string> texts;
    std::uint64_t x = 88172645463325252ull;
    auto rnd = [&] {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    };
    for (int d = 0; d < 2000; ++d) {
        std::string t;
        for (int k = 0; k < 150; ++k) t += words[rnd() % words.size()] + (k % 15 == 14 ? ". " : " ");
        texts.push_back(t);
    }
    texts.push_back(texts[5].substr(0, texts[5].size() / 2)); // a clipped copy of document 5
    std::vector<std::string_view> views(texts.begin(), texts.end());
    auto rep = StoryGrouper().group(views);
    std::set<std::size_t> groups(rep.begin(), rep.end());
    CHECK(groups.size() == 2000);
    CHECK(rep.back() == 5);
}
