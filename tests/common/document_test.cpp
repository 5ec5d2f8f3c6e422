#include "eventline/document.h"

#include <catch2/catch.hpp>

using namespace eventline;

TEST_CASE("ISO dates parse and format round trip") {
    auto d = parse_iso_date("2024-10-23");
    REQUIRE(d);
    CHECK(format_date(*d) == "2024-10-23");
    CHECK(parse_iso_date("2013-02-12T04:30:00"));
    CHECK_FALSE(parse_iso_date("2024-02-30"));
    CHECK_FALSE(parse_iso_date("Oct 23"));
    CHECK_FALSE(parse_iso_date("2024-10-23x"));
}
