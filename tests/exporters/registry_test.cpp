// Format names, suffixes and the dispatch: every format writes the sample without error.
#include "sample_dataset.h"
#include "test_util.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>

using namespace eventline;
using namespace eventline::testing;

TEST_CASE("format names and suffixes round trip") {
    for (Format f : all_formats()) {
        auto name = format_name(f);
        REQUIRE(parse_format(name) == f);
        CHECK_FALSE(format_suffix(f).empty());
    }
    CHECK_FALSE(parse_format("pdf"));
    CHECK(format_suffix(Format::TimelineJs) == ".tl.json");
}

TEST_CASE("every format writes the sample dataset and is deterministic") {
    Dataset ds = sample_dataset();
    for (Format f : all_formats()) {
        INFO(format_name(f));
        std::string a = render(ds, f);
        CHECK(a.size() > 100);
        if (f != Format::Png && f != Format::Svg) CHECK(a == render(ds, f));
    }
}

// Writes every format of the sample dataset to $EVENTLINE_EXPORT_DIR for tests/frontends/run.sh.
TEST_CASE("write the sample exports for the browser checks", "[.export]") {
    const char* dir = std::getenv("EVENTLINE_EXPORT_DIR");
    REQUIRE(dir);
    Dataset ds = sample_dataset();
    for (Format f : all_formats()) {
        std::ofstream out(std::string(dir) + "/graph" + std::string(format_suffix(f)), std::ios::binary);
        write_export(ds, f, out);
        CHECK(out.good());
    }
}
