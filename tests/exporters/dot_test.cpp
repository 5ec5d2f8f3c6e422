// DOT: Graphviz parses and lays it out with an empty stderr; the timeline conventions are there.
#include "sample_dataset.h"
#include "test_util.h"

#include <catch2/catch.hpp>

using namespace eventline;
using namespace eventline::testing;

TEST_CASE("dot: dot -Tcanon and -Tsvg accept it with empty stderr") {
    for (const Dataset& ds : {sample_dataset(), Dataset{}}) {
        ScratchDir dir;
        std::string f = dir.write("g.dot", render(ds, Format::Dot));
        for (const char* fmt : {"canon", "svg"}) {
            auto r = run(dir, std::string("dot -T") + fmt + " " + f);
            INFO(fmt << ": " << r.err);
            CHECK(r.status == 0);
            CHECK(r.err.empty());
        }
    }
}

TEST_CASE("dot: time axis, one rank per date, lanes, unconstrained actor edges, escaped labels") {
    std::string dot = render(sample_dataset(), Format::Dot);
    CHECK(dot.find("rankdir=LR") != std::string::npos);
    CHECK(dot.find("newrank=true") != std::string::npos);
    CHECK(dot.find("{ rank=same; \"d:2024-03-01\"; \"e-order\"; \"e-storm\"; \"e-shipment\"; }") !=
          std::string::npos);
    CHECK(dot.find("\"d:1990-01-01\" -> \"d:2023-01-01\"") != std::string::npos); // chained axis
    CHECK(dot.find("d:undated") == std::string::npos); // undated events are counted, not drawn
    CHECK(dot.find("(2 undated, not drawn)") != std::string::npos);
    CHECK(dot.find("\"e-statement\"") == std::string::npos);
    // One per main actor with dated events: ministry, Acme, union, France.
    CHECK(count_of(dot, "subgraph cluster_") == 4);
    CHECK(dot.find("label=\"Dockworkers' Union \\\"Local 7\\\"\"") != std::string::npos);
    CHECK(dot.find("label=\"Acme & Sons <Shipping>\"") != std::string::npos);    // a quoted label
    CHECK(dot.find("<B>Union &amp; ministry meet in</B>") != std::string::npos); // an HTML label
    // A participant that is not the lane actor is an unconstrained dashed edge.
    CHECK(dot.find("\"a-person-lena-okafor\" -> \"e-talks\" [style=dashed, constraint=false") !=
          std::string::npos);
    // A "before" that contradicts the dates must not constrain the layout.
    CHECK(dot.find("\"e-reopen\" -> \"e-storm\" [style=dotted, constraint=false, xlabel=\"before\"]") !=
          std::string::npos);
    // Graphviz 2.43 aborts ranking on labelled unconstrained edges: none may have a plain label.
    for (auto p = dot.find("constraint=false"); p != std::string::npos;
         p = dot.find("constraint=false", p + 1)) {
        auto line_end = dot.find('\n', p);
        CHECK(dot.substr(p, line_end - p).find(" label=") == std::string::npos);
    }
    CHECK(dot.find("e-missing") == std::string::npos);
    CHECK(dot.find('\x0b') == std::string::npos);
    // Long labels are wrapped (~28 characters a line) and cut (3 lines).
    std::size_t lines = 0;
    for (auto p = dot.find("<B>"); p != std::string::npos; p = dot.find("<B>", p + 3)) {
        auto e = dot.find("</B>", p);
        std::string line = dot.substr(p + 3, e - p - 3);
        if (line.find("events, ") != std::string::npos) continue; // the legend's title
        CHECK(line.size() <= (line.find('&') == std::string::npos ? 34u : 60u));
        ++lines;
    }
    CHECK(lines >= 9);
    CHECK(dot.find("<B>and detailed plan to rebuild</B><BR/><B>every crane, berth, quay\xE2\x80\xA6</B>") !=
          std::string::npos);
}

TEST_CASE("svg and png go through dot; a missing dot is a clear ExportError") {
    Dataset ds = sample_dataset();
    std::string svg = render(ds, Format::Svg);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find("class=\"cluster\"") != std::string::npos);
    std::string png = render(ds, Format::Png);
    REQUIRE(png.size() > 8);
    CHECK(png.substr(1, 3) == "PNG");

    std::string old_path = std::getenv("PATH") ? std::getenv("PATH") : "";
    setenv("PATH", "/nonexistent", 1);
    unsetenv("EVENTLINE_DOT");
    std::string message;
    try {
        render(ds, Format::Svg);
    } catch (const ExportError& e) {
        message = e.what();
    }
    setenv("PATH", old_path.c_str(), 1);
    CHECK(message.find("Graphviz 'dot'") != std::string::npos);
    CHECK(message.find("apt-get install graphviz") != std::string::npos);
}

// Real builds have many actors joining events on many dates and temporal relations in every
// direction; Graphviz 2.43 fails on some DOT shapes only at that size ("trouble in init_rank",
// "lost edge"). A deterministic generated graph of that shape must render with an empty stderr.
TEST_CASE("dot: a large tangled dataset still renders with empty stderr") {
    Dataset ds;
    for (int i = 0; i < 30; ++i) {
        Actor a;
        a.id = "a" + std::to_string(i);
        a.name = "Actor number " + std::to_string(i);
        ds.actors.push_back(a);
    }
    unsigned seed = 7;
    auto next = [&](unsigned n) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 16) % n;
    };
    for (int i = 0; i < 70; ++i) {
        Event e = event("e" + std::to_string(i), i % 3 ? "meet" : "attack", "",
                        "Event number " + std::to_string(i), i);
        if (i % 5) {
            int day = 1 + static_cast<int>(next(25));
            e.time = span("2023-0" + std::to_string(1 + next(9)) + "-" + (day < 10 ? "0" : "") +
                              std::to_string(day),
                          "", i % 7 ? "day" : "month");
        }
        for (unsigned k = 0, n = 1 + next(4); k < n; ++k)
            e.participants.push_back({"a" + std::to_string(next(30)), k == 0 ? "agent" : "patient"});
        ds.events.push_back(e);
    }
    for (int i = 0; i < 120; ++i) {
        static const char* kinds[] = {"before", "overlaps", "same_time", "during"};
        ds.edges.push_back(
            Edge{"e" + std::to_string(next(70)), "e" + std::to_string(next(70)), kinds[next(4)], "", 1});
    }
    ScratchDir dir;
    std::string f = dir.write("big.dot", render(ds, Format::Dot));
    auto r = run(dir, "dot -Tsvg " + f);
    INFO(r.err.substr(0, 400));
    CHECK(r.status == 0);
    CHECK(r.err.empty());
}
