// Merge + graph building at scale on generated event mentions.
// Usage: graph_bench [MENTIONS] [MAX_VERSIONS] [SEED]   (defaults 20000 5 1)
// MAX_VERSIONS 1 gives about one graph event per mention (no story has several versions).
// Reports wall time per stage and peak resident memory (getrusage ru_maxrss) per event.
#include "eventline/graph.h"
#include "eventline/merge.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <date/date.h>
#include <random>
#include <string>
#include <sys/resource.h>

using namespace eventline;

namespace {

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

/// Process CPU seconds: on a shared machine wall time mostly measures the neighbours.
double cpu_now() {
    return double(std::clock()) / CLOCKS_PER_SEC;
}

long peak_kb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss; // kilobytes on Linux
}

std::string iso(int day) { // day 0 = 2020-01-01
    return date::format("%F",
                        date::year_month_day{date::sys_days(date::year{2020} / 1 / 1) + date::days{day}});
}

/// A corpus of stories: each story reports ~10 events, each story appears in 1..5 versions
/// (documents) that repeat its events with slightly different wording; actors and places follow a
/// skewed (Zipf-like) popularity, dates spread over five years with mixed precision.
Dataset generate(std::size_t mentions, int max_versions, unsigned seed, std::vector<Event>& out) {
    std::mt19937_64 rng(seed);
    const char* types[] = {"statement", "confirm", "meet",     "visit",     "deploy",
                           "transport", "attack",  "fight",    "kill",      "sanction",
                           "agree",     "sign",    "arrest",   "protest",   "warn",
                           "supply",    "train",   "withdraw", "negotiate", "test"};
    const std::size_t n_actors = std::max<std::size_t>(50, mentions / 40);
    const std::size_t n_places = std::max<std::size_t>(20, mentions / 200);
    std::uniform_real_distribution<double> unit(0, 1);
    auto zipf = [&](std::size_t n) { return std::size_t(std::pow(double(n), unit(rng))) - 1; }; // log-uniform
    Dataset ds;
    for (std::size_t a = 0; a < n_actors; ++a)
        ds.actors.push_back({"a-" + std::to_string(a), "Actor " + std::to_string(a), "person"});
    for (std::size_t p = 0; p < n_places; ++p)
        ds.places.push_back({"p-" + std::to_string(p), "Place " + std::to_string(p), ""});
    std::size_t story = 0;
    while (out.size() < mentions) {
        ++story;
        int versions = 1 + int(rng() % unsigned(max_versions));
        int events = 5 + int(rng() % 10);
        int base_day = int(rng() % (5 * 365));
        for (int k = 0; k < events && out.size() < mentions; ++k) {
            Event proto;
            proto.type = types[rng() % std::size(types)];
            proto.label = proto.type;
            proto.trigger = proto.type;
            int roll = int(rng() % 100);
            int day = base_day - int(rng() % 20);
            if (roll < 70)
                proto.time = TimeSpan{"", "", iso(day), iso(day), "day", ""};
            else if (roll < 85)
                proto.time = TimeSpan{"", "", iso(day - day % 30), iso(day - day % 30 + 29), "month", ""};
            else if (roll < 90)
                proto.time = TimeSpan{"", "", iso(day - day % 365), iso(day - day % 365 + 364), "year", ""};
            proto.participants.push_back({"a-" + std::to_string(zipf(n_actors)), "agent"});
            if (rng() % 2) proto.participants.push_back({"a-" + std::to_string(zipf(n_actors)), "patient"});
            if (rng() % 2) proto.places.push_back({"p-" + std::to_string(zipf(n_places)), "location"});
            std::string sentence =
                "Story " + std::to_string(story) + " reports event " + std::to_string(k) + " in detail.";
            for (int v = 0; v < versions && out.size() < mentions; ++v) {
                Event e = proto;
                std::string doc = "d" + std::to_string(story) + "v" + std::to_string(v);
                std::uint32_t begin = std::uint32_t(k * 200 + v * 3);
                e.mentions.push_back(
                    {doc, v == 4 ? sentence + " (translated)" : sentence, begin, begin + 80});
                e.order = begin;
                if (v == 3 && e.time && rng() % 2) e.time.reset(); // a version that lost the date
                out.push_back(std::move(e));
            }
        }
    }
    for (std::size_t s = 1; s <= story; ++s)
        for (int v = 0; v < max_versions; ++v) {
            Document d;
            d.id = "d" + std::to_string(s) + "v" + std::to_string(v);
            d.story = "s" + std::to_string(s);
            ds.documents.push_back(std::move(d));
        }
    return ds;
}

} // namespace

int main(int argc, char** argv) {
    std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 20000;
    int max_versions = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    unsigned seed = argc > 3 ? unsigned(std::strtoul(argv[3], nullptr, 10)) : 1;
    auto t0 = std::chrono::steady_clock::now();
    std::vector<Event> mentions;
    Dataset ds = generate(n, max_versions, seed, mentions);
    double t_gen = seconds_since(t0);
    long kb_input = peak_kb();

    auto t1 = std::chrono::steady_clock::now();
    double c1 = cpu_now();
    ds.events = merge_events(std::move(mentions), ds.documents);
    double t_merge = seconds_since(t1), c_merge = cpu_now() - c1;
    long kb_merge = peak_kb();

    auto t2 = std::chrono::steady_clock::now();
    double c2 = cpu_now(), c_graph = 0, c_edges = 0;
    std::size_t vertices = 0, held = 0, written = 0;
    std::size_t relations = 0;
    double t_graph = 0, t_edges = 0;
    {
        EventGraph g(ds);
        t_graph = seconds_since(t2);
        c_graph = cpu_now() - c2;
        vertices = g.vertex_count();
        held = g.edge_count();
        relations = g.relations().size();
        auto t3 = std::chrono::steady_clock::now();
        double c3 = cpu_now();
        written = g.edges().size();
        t_edges = seconds_since(t3);
        c_edges = cpu_now() - c3;
    }
    long kb_peak = peak_kb();
    const double events = double(ds.events.size());
    std::printf("mentions            %zu\n", n);
    std::printf("merged events       %zu (%.2f mentions/event)\n", ds.events.size(), double(n) / events);
    std::printf("graph               %zu vertices, %zu edges held, %zu edges written, %zu actor relations\n",
                vertices, held, written, relations);
    std::printf("time                generate %.2fs, merge %.2fs, graph %.2fs, edges() %.2fs\n", t_gen,
                t_merge, t_graph, t_edges);
    std::printf("cpu                 merge %.2fs, graph %.2fs, edges() %.2fs\n", c_merge, c_graph, c_edges);
    std::printf("merge+graph per event    %.2f us wall, %.2f us cpu\n", 1e6 * (t_merge + t_graph) / events,
                1e6 * (c_merge + c_graph) / events);
    std::printf("peak RSS            %.1f MB after input, %.1f MB after merge, %.1f MB after graph\n",
                kb_input / 1024.0, kb_merge / 1024.0, kb_peak / 1024.0);
    std::printf("peak RSS per event  %.0f bytes (per input mention %.0f bytes)\n", kb_peak * 1024.0 / events,
                kb_peak * 1024.0 / double(n));
    return 0;
}
