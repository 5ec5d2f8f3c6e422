// Recognition speed of the actors stage: actors_bench [MEGABYTES] [dense|mixed] (default 10 mixed).
// Builds a synthetic news corpus (dense: every sentence names several actors; mixed: about one sentence
// in three does, like news prose), splits it into sentences once, then times EntityRecognizer::recognize
// over it in 4 KB documents; prints MB/s of CPU time, for the whole recognition and for the gazetteer scan
// alone (tokenize + multi-pattern match over the same sentences). The output fingerprint (mentions and
// entities) must not change with a pure speedup. Instruction count, independent of machine load:
// valgrind --tool=callgrind --toggle-collect='eventline::EntityRecognizer::recognize*'
// build/bench/actors_bench 1 then divide the collected Ir by the input bytes printed.
// actors_bench --dump FILE... prints every entity and mention found in the given articles (any format
// eventline reads), one per line: diff two builds' dumps to check that a speedup keeps the output.
#include "../src/extract/actors/knowledge_base.h"
#include "eventline/entities.h"
#include "eventline/ingest.h"
#include "eventline/text.h"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

using namespace eventline;

namespace {

int dump(int argc, char** argv) {
    EntityRecognizer rec(EntityOptions{});
    std::vector<InputIssue> issues;
    for (int i = 2; i < argc; ++i)
        for (const auto& d : read_file(argv[i], {}, issues)) {
            auto sentences = split_sentences(d.text);
            auto e = rec.recognize(d, sentences);
            std::printf("doc %s %s\n", argv[i], d.id.c_str());
            for (const auto& m : e.mentions)
                std::printf("m %u %u %u %d %d %d\n", m.sentence, m.begin, m.end, m.entity, int(m.coref),
                            m.alt);
            for (const auto& x : e.entities) {
                std::printf("e %s|%s|%s|%s|%s|%d|%d|", x.kind.c_str(), x.name.c_str(), x.key.c_str(),
                            x.country.c_str(), x.code.c_str(), x.mentions, int(x.is_place));
                if (x.lat) std::printf("%.6f,%.6f", *x.lat, *x.lon);
                for (const auto& r : x.roles)
                    std::printf("|r:%s", r.c_str());
                for (const auto& a : x.aliases)
                    std::printf("|a:%s", a.c_str());
                std::printf("\n");
            }
        }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::string_view(argv[1]) == "--dump") return dump(argc, argv);
    double mb = argc > 1 ? std::atof(argv[1]) : 10.0;
    const char* lines[] = {
        "Defense Secretary Lloyd J. Austin III said on Wednesday that North Korean troops had arrived in "
        "Russia.",
        "Mr. Austin told reporters at a base in Italy that the situation was very serious.",
        "American intelligence officials said ships carried troops from Wonsan to Vladivostok on Russia's "
        "east coast.",
        "Ukrainian officials insist the soldiers are headed to Kursk, and the Kremlin declined to comment.",
        "John Smith, the White House national security spokesman, said the United States was watching "
        "closely.",
        "The committee met for several hours and agreed to continue the discussion next week after a short "
        "break.",
        "Prices rose in most markets as traders weighed the outlook for interest rates and energy supplies.",
        "Kim Jong Un, the North Korean leader, has sought technology in return, experts say.",
        "President Emmanuel Macron of France and Chancellor Olaf Scholz met in Berlin with NATO officials.",
        "Farmers in the region said the harvest had been poor because of the long drought and high costs.",
        "The report, which runs to more than two hundred pages, describes a slow and uneven recovery.",
        "Many residents said they had waited for hours in the cold before the doors finally opened.",
        "It was not immediately clear how many people had been affected or when service would resume.",
        "The figures, released on Tuesday, showed that exports fell for the third month in a row.",
        "Officials did not say whether the decision would be reviewed, but critics vowed to appeal it.",
        "Negotiators worked late into the night, and a draft text was circulated early the next morning.",
        "The company said it would cut costs and focus on its core business over the next two years.",
        "Schools reopened after a week of closures, though attendance remained lower than usual.",
        "Analysts cautioned that the numbers could be revised as more complete data became available.",
        "The bridge, built more than a century ago, had been closed twice for repairs since the spring.",
    };
    bool dense = argc > 2 && std::string(argv[2]) == "dense";
    const std::size_t pool = dense ? 10 : 20;
    std::string text;
    std::size_t target = std::size_t(mb * 1024 * 1024);
    for (std::size_t i = 0; text.size() < target; ++i) {
        text += lines[(i * 7) % pool];
        text += (i % 5 == 4) ? "\n" : " ";
    }
    Document doc;
    doc.id = "bench";
    doc.text = text;
    // one "document" per ~4 KB, like real articles
    std::vector<std::vector<Sentence>> docs;
    std::vector<Sentence> all = split_sentences(text);
    std::vector<Sentence> cur;
    std::size_t bytes = 0, chunk = 0;
    for (auto& s : all) {
        bytes += s.norm.size();
        chunk += s.norm.size();
        cur.push_back(std::move(s));
        if (chunk > 4096) {
            docs.push_back(std::move(cur));
            cur.clear();
            chunk = 0;
        }
    }
    if (!cur.empty()) docs.push_back(std::move(cur));
    auto t0 = std::chrono::steady_clock::now();
    EntityRecognizer rec(EntityOptions{});
    auto t1 = std::chrono::steady_clock::now();
    std::clock_t ticks = 0;
    std::size_t mentions = 0, entities = 0;
    std::uint64_t sum = 1469598103934665603ull; // fingerprint of the output, to check that speedups keep it
    auto mix = [&](std::string_view s) {
        for (char ch : s)
            sum = (sum ^ (unsigned char)ch) * 1099511628211ull;
        sum = (sum ^ 0xFF) * 1099511628211ull;
    };
    for (const auto& d : docs) {
        std::clock_t c1 = std::clock();
        auto e = rec.recognize(doc, d);
        ticks += std::clock() - c1;
        mentions += e.mentions.size();
        entities += e.entities.size();
        for (const auto& m : e.mentions)
            mix(std::to_string(m.sentence) + " " + std::to_string(m.begin) + " " + std::to_string(m.end) +
                " " + std::to_string(m.entity) + " " + std::to_string(m.coref) + " " + std::to_string(m.alt));
        for (const auto& x : e.entities) {
            mix(x.kind + "|" + x.name + "|" + x.key + "|" + x.country + "|" + x.code + "|" +
                std::to_string(x.mentions) + "|" + std::to_string(x.is_place) + "|" +
                (x.lat ? std::to_string(*x.lat) + "," + std::to_string(*x.lon) : std::string("-")));
            for (const auto& r : x.roles)
                mix(r);
            mix("/");
            for (const auto& a : x.aliases)
                mix(a);
        }
    }
    auto t2 = std::chrono::steady_clock::now();
    double cpu = double(ticks) / CLOCKS_PER_SEC;
    double load = std::chrono::duration<double>(t1 - t0).count();
    double secs = std::chrono::duration<double>(t2 - t1).count();
    std::printf(
        "knowledge load: %.3f s\nrecognized %.1f MB in %zu documents: %.3f s wall, %.3f s CPU: %.1f MB/s "
        "(CPU time; the machine may be shared) (%zu mentions, %zu entities)\n"
        "input bytes: %zu, output fingerprint: %016llx\n",
        load, bytes / 1048576.0, docs.size(), secs, cpu, bytes / 1048576.0 / cpu, mentions, entities, bytes,
        (unsigned long long)sum);
    actors::KnowledgeBase kb(actors::KnowledgeOptions{});
    std::vector<actors::WordToken> toks;
    std::vector<actors::GazetteerMatch> matches;
    std::size_t found = 0;
    std::clock_t c3 = std::clock();
    for (const auto& d : docs)
        for (const auto& s : d) {
            actors::tokenize_words(s.norm, toks);
            matches.clear();
            kb.gazetteer().scan(s.norm, toks, matches);
            found += matches.size();
        }
    double scan = double(std::clock() - c3) / CLOCKS_PER_SEC;
    std::printf("gazetteer scan alone (%zu patterns): %.3f s CPU: %.1f MB/s (%zu matches)\n",
                kb.gazetteer().size(), scan, bytes / 1048576.0 / scan, found);
    return 0;
}
