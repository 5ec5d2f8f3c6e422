#include "eventline/text.h"

#include <catch2/catch.hpp>

using namespace eventline;

TEST_CASE("norm unifies quotes, dashes and spaces and maps back to document bytes", "[text][norm]") {
    // “Kyiv’s” – 5 NBSP items…
    std::string text = "\xE2\x80\x9CKyiv\xE2\x80\x99s\xE2\x80\x9D \xE2\x80\x93 5\xC2\xA0items\xE2\x80\xA6";
    auto s = split_sentences(text);
    REQUIRE(s.size() == 1);
    const auto& x = s[0];
    CHECK(x.norm == "\"Kyiv's\" - 5 items\xE2\x80\xA6");
    REQUIRE(x.to_doc.size() == x.norm.size() + 1);
    CHECK(x.to_doc[1] == 3);                       // 'K' after the 3-byte opening quote
    CHECK(x.doc_offset(5) == 7);                   // the apostrophe maps to the start of U+2019
    CHECK(x.to_doc.back() == text.size());
    auto k = x.norm.find("items");
    CHECK(text.substr(x.doc_offset(std::uint32_t(k)), 5) == "items");
    for (std::size_t i = 1; i < x.to_doc.size(); ++i) CHECK(x.to_doc[i] >= x.to_doc[i - 1]);
}

TEST_CASE("zero-width characters and soft hyphens disappear from norm", "[text][norm]") {
    auto s = split_sentences("Zelen\xC2\xADsky\xE2\x80\x8B spoke.");
    REQUIRE(s.size() == 1);
    CHECK(s[0].norm == "Zelensky spoke.");
}
