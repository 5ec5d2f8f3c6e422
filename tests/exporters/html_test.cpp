// The HTML page: self-contained (no external resource), data embedded safely, every event present.
#include "sample_dataset.h"
#include "test_util.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

using namespace eventline;
using namespace eventline::testing;

namespace {
nlohmann::json embedded(const std::string& html) {
    std::string open = "<script type=\"application/json\" id=\"eventline-data\">";
    auto b = html.find(open);
    REQUIRE(b != std::string::npos);
    b += open.size();
    auto e = html.find("</script>", b);
    REQUIRE(e != std::string::npos);
    return nlohmann::json::parse(html.substr(b, e - b));
}
} // namespace

TEST_CASE("html: one self-contained page with the whole timeline embedded") {
    Dataset ds = sample_dataset();
    std::string html = render(ds, Format::Html);
    CHECK(html.rfind("<!doctype html>", 0) == 0);
    // No external scripts, styles, fonts or images.
    CHECK_FALSE(std::regex_search(html, std::regex("<script[^>]+src=|<link[^>]+href=|@import|url\\((?!#)")));
    CHECK(html.find("https://news.example.org") !=
          std::string::npos); // only inside the data, as a source link
    auto data = embedded(html);
    CHECK(data["events"].size() + data["undated"].size() == ds.events.size());
    CHECK(data["undated"].size() == 2);
    // Hostile text cannot close the data block: the page has exactly the two scripts we wrote.
    CHECK(count_of(html, "<script") == 2);
    CHECK(html.find("<productive>") == std::string::npos);
    bool found = false;
    for (const auto& e : data["undated"])
        found |= e["label"] == "Okafor calls the talks <productive> & \"open\"";
    CHECK(found);
    // The page offers the filters and the details panel.
    CHECK(html.find("id=\"f-actor\"") != std::string::npos);
    CHECK(html.find("id=\"f-type\"") != std::string::npos);
    CHECK(html.find("id=\"details\"") != std::string::npos);
}

TEST_CASE("html: an empty dataset still gives a valid page") {
    std::string html = render(Dataset{}, Format::Html);
    auto data = embedded(html);
    CHECK(data["events"].empty());
    CHECK(data["range"].is_null());
}
