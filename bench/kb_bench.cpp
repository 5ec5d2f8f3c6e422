// kb_bench [N] [DIR]: in-memory `build` vs `ingest` into a fresh knowledge base, on N generated articles.
// Also times a re-ingest (everything unchanged) and `build --db` (load + assemble). Default N = 2000.
// The target: ingest within 2x of the in-memory build. Run by hand; see docs/kb.md for figures.
#include "eventline/exporters.h"
#include "eventline/kb.h"
#include "eventline/pipeline.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <streambuf>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace eventline;

namespace {

/// Discards output but counts it, so that the export is really produced.
class CountingBuf : public std::streambuf {
  public:
    std::size_t bytes = 0;

  protected:
    int overflow(int c) override {
        ++bytes;
        return c;
    }
    std::streamsize xsputn(const char*, std::streamsize n) override {
        bytes += std::size_t(n);
        return n;
    }
};

double seconds_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

/// Process CPU seconds (user + system): the fair figure on a machine shared with other jobs.
double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

/// Article i: a title, a dateline-like first line and ~2 KB of varied news-like sentences.
std::string article(std::size_t i) {
    static const char* actors[] = {"the council",  "the ministry",   "local police",     "the union",
                                   "the governor", "a spokesperson", "the central bank", "residents",
                                   "the court",    "investors"};
    static const char* verbs[] = {"announced", "rejected",  "approved", "criticized", "postponed",
                                  "reviewed",  "confirmed", "denied",   "proposed",   "welcomed"};
    static const char* things[] = {"the budget",          "a new plan", "the agreement", "the proposal",
                                   "the report",          "the tariff", "a ceasefire",   "the merger",
                                   "the election result", "the bill"};
    std::string s = "Story " + std::to_string(i % 9973) + " update " + std::to_string(i) + "\n\n";
    std::uint64_t x = i * 2654435761u + 12345;
    for (int k = 0; k < 16; ++k) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        s += std::string("On Tuesday, ") + actors[(x >> 33) % 10] + " " + verbs[(x >> 40) % 10] + " " +
             things[(x >> 47) % 10] + " after " + std::to_string((x >> 20) % 5000) +
             " people gathered in district " + std::to_string(i % 500) + ", officials said.\n";
    }
    return s;
}

} // namespace

int main(int argc, char** argv) {
    std::size_t n = argc > 1 ? std::stoul(argv[1]) : 2000;
    fs::path dir =
        argc > 2 ? fs::path(argv[2]) : fs::temp_directory_path() / ("kb_bench-" + std::to_string(getpid()));
    fs::create_directories(dir / "in");
    auto t = std::chrono::steady_clock::now();
    std::size_t input_bytes = 0;
    for (std::size_t i = 0; i < n; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "%03zu/a%07zu.txt", i / 1000, i);
        fs::path p = dir / "in" / name;
        if (i % 1000 == 0) fs::create_directories(p.parent_path());
        std::string text = article(i);
        input_bytes += text.size();
        std::ofstream(p, std::ios::binary) << text;
    }
    std::printf("articles      %zu (%.1f MB) generated in %.2f s under %s\n", n, input_bytes / 1e6,
                seconds_since(t), dir.c_str());
    std::vector<std::string> inputs{(dir / "in").string()};

    t = std::chrono::steady_clock::now();
    double c = cpu_seconds();
    CountingBuf sink;
    std::size_t docs = 0;
    {
        auto result = build_dataset(inputs, PipelineOptions{});
        std::ostream out(&sink);
        write_export(result.dataset, Format::Json, out);
        docs = result.dataset.documents.size();
    }
    double build = seconds_since(t), build_cpu = cpu_seconds() - c;
    std::printf(
        "build         %.2f s wall, %.2f s CPU  (in memory: read, extract, assemble, JSON export; %zu "
        "documents)\n",
        build, build_cpu, docs);

    fs::path db = dir / "kb.sqlite";
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(db.string() + suffix);
    t = std::chrono::steady_clock::now();
    c = cpu_seconds();
    IngestReport r;
    {
        KnowledgeBase kb(db.string(), KnowledgeBase::Mode::ReadWrite);
        r = kb.ingest(inputs, PipelineOptions{});
    }
    double ingest = seconds_since(t), ingest_cpu = cpu_seconds() - c;
    std::printf(
        "ingest        %.2f s wall, %.2f s CPU  (fresh database: %zu added)  ingest/build: wall %.2f, "
        "CPU %.2f\n",
        ingest, ingest_cpu, r.added, ingest / build, ingest_cpu / build_cpu);

    t = std::chrono::steady_clock::now();
    c = cpu_seconds();
    {
        KnowledgeBase kb(db.string(), KnowledgeBase::Mode::ReadWrite);
        r = kb.ingest(inputs, PipelineOptions{});
    }
    std::printf("re-ingest     %.2f s wall, %.2f s CPU  (%zu unchanged, %zu added)\n", seconds_since(t),
                cpu_seconds() - c, r.unchanged, r.added);

    t = std::chrono::steady_clock::now();
    c = cpu_seconds();
    {
        Dataset ds = load_dataset(db.string(), PipelineOptions{});
        std::ostream out(&sink);
        write_export(ds, Format::Json, out);
    }
    std::printf("build --db    %.2f s wall, %.2f s CPU  (load, assemble, JSON export)\n", seconds_since(t),
                cpu_seconds() - c);
    std::printf("database      %.1f MB\n", double(fs::file_size(db)) / 1e6);
    if (argc <= 2) fs::remove_all(dir);
    return 0;
}
