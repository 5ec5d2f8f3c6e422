// Ingest benchmark: generates a mixed corpus (txt, html, jsonl) of N MB, then measures
// ingestion + cleaning + sentence splitting throughput; then story grouping on M generated documents.
// Usage: ingest_bench [MB=200] [DOCS=100000]   (a smoke run: ingest_bench 5 2000)
#include "eventline/ingest.h"
#include "eventline/text.h"

#include <chrono>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace eventline;
using Clock = std::chrono::steady_clock;

namespace {

struct Rng {
    std::uint64_t x = 0x9E3779B97F4A7C15ull;
    std::uint64_t next() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    }
    std::size_t below(std::size_t n) { return std::size_t(next() % n); }
};

const char* kNames[] = {"Mr. Halvorsen", "Gen. Okafor", "Sen. Marchetti", "Dr. Lindqvist", "Lloyd J. Marsh",
                        "the U.S. Navy", "the U.N. envoy", "Ms. Castellanos", "President Oduya", "the D.P.R.K."};
const char* kVerbs[] = {"said", "announced", "denied", "confirmed", "warned", "reported", "argued", "claimed"};
const char* kWords[] = {"troops", "border", "ministry", "officials", "talks", "ceasefire", "vessel", "harbor",
                        "election", "budget", "missiles", "convoy", "summit", "sanctions", "refinery", "village",
                        "court", "protest", "agreement", "spokesman", "analysts", "prices", "region", "capital"};
const char* kBoiler[] = {"Share full article", "SKIP ADVERTISEMENT", "Already a subscriber? Log in.",
                         "Please enable JavaScript in your browser settings.", "Credit...Jane Roe/Reuters",
                         "Listen to this article \xC2\xB7 3:12 min"};

std::string sentence(Rng& r) {
    std::string s = kNames[r.below(10)];
    s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    s += std::string(" ") + kVerbs[r.below(8)] + " on Oct. 23 that ";
    std::size_t n = 8 + r.below(14);
    for (std::size_t i = 0; i < n; ++i) {
        s += kWords[r.below(24)];
        s += i == n / 2 ? ", " : " ";
    }
    s += std::to_string(100 + r.below(9900)) + " \xE2\x80\x9C" + kWords[r.below(24)] + "\xE2\x80\x9D.";
    return s;
}

std::string article(Rng& r, std::size_t paragraphs) {
    std::string a = "Officials Meet Over " + std::string(kWords[r.below(24)]) + " Dispute\n\n";
    for (std::size_t p = 0; p < paragraphs; ++p) {
        if (r.below(6) == 0) a += std::string(kBoiler[r.below(6)]) + "\n";
        for (int k = 0; k < 3; ++k) a += sentence(r) + " ";
        a += "\n\n";
    }
    return a;
}

std::string json_escape(const std::string& s) {
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\') o += '\\', o += c;
        else if (c == '\n') o += "\\n";
        else o += c;
    }
    return o;
}

// User and system CPU seconds of this process so far.
std::pair<double, double> cpu_times() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return {double(u.ru_utime.tv_sec) + double(u.ru_utime.tv_usec) / 1e6,
            double(u.ru_stime.tv_sec) + double(u.ru_stime.tv_usec) / 1e6};
}

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

} // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::size_t mb = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 200;
    std::size_t ndocs = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 100000;
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("eventline_ingest_bench_" + std::to_string(::getpid()));
    fs::create_directories(dir);

    // 1. Corpus: a third each of txt, html and jsonl bytes.
    Rng r;
    std::size_t total = 0, files = 0;
    auto t0 = Clock::now();
    std::ofstream jsonl(dir / "feed.jsonl", std::ios::binary);
    while (total < mb << 20) {
        std::string a = article(r, 6 + r.below(10));
        switch (files % 3) {
        case 0: {
            std::ofstream(dir / ("a" + std::to_string(files) + ".txt"), std::ios::binary) << a;
            total += a.size();
            break;
        }
        case 1: {
            std::string h = "<html><head><title>Story</title><meta property=\"article:published_time\" "
                            "content=\"2024-10-23\"></head><body><nav>Home World</nav><article>";
            std::size_t pos = 0;
            while (pos < a.size()) {
                auto nl = a.find('\n', pos);
                if (nl == std::string::npos) nl = a.size();
                if (nl > pos) h += "<p>" + a.substr(pos, nl - pos) + "</p>\n";
                pos = nl + 1;
            }
            h += "</article><footer>Copyright</footer></body></html>";
            std::ofstream(dir / ("h" + std::to_string(files) + ".html"), std::ios::binary) << h;
            total += h.size();
            break;
        }
        default: {
            std::string line = "{\"title\":\"Story " + std::to_string(files) + "\",\"date\":\"2024-10-23\",\"text\":\"" +
                               json_escape(a) + "\"}\n";
            jsonl << line;
            total += line.size();
        }
        }
        ++files;
    }
    jsonl.close();
    std::printf("corpus: %.1f MB in %zu articles (%.1f s to generate)\n", double(total) / 1048576.0, files,
                seconds_since(t0));

    // 2. Ingest + clean + split.
    auto t1 = Clock::now();
    std::clock_t c1 = std::clock();
    auto [u1, k1] = cpu_times();
    Ingestor ingestor({});
    std::size_t docs = 0, sentences = 0, tokens = 0;
    double split_s = 0;
    ingestor.read({dir.string()}, [&](Document&& d) {
        ++docs;
        auto ts = Clock::now();
        auto ss = split_sentences(d.text);
        split_s += seconds_since(ts);
        sentences += ss.size();
        for (const auto& s : ss) tokens += s.tokens.size();
    });
    double s = seconds_since(t1);
    double cpu = double(std::clock() - c1) / CLOCKS_PER_SEC;
    auto [u2, k2] = cpu_times();
    std::printf("  CPU split: user %.2f s (%.1f MB/s), system (file I/O) %.2f s\n", u2 - u1,
                double(total) / 1048576.0 / (u2 - u1), k2 - k1);
    std::printf("ingest+clean+split: %zu documents, %zu sentences, %zu tokens in %.2f s wall = %.1f MB/s; "
                "%.2f s CPU = %.1f MB/s (splitting alone %.2f s wall); %zu issues\n",
                docs, sentences, tokens, s, double(total) / 1048576.0 / s, cpu, double(total) / 1048576.0 / cpu,
                split_s, ingestor.issues().size());
    fs::remove_all(dir);

    // 3. Story grouping: ndocs documents, every 4th one a clipped copy of the one before.
    std::vector<Document> corpus;
    corpus.reserve(ndocs);
    for (std::size_t i = 0; i < ndocs; ++i) {
        Document d;
        char id[20];
        std::snprintf(id, sizeof id, "d%012zx", i);
        d.id = id;
        if (i % 4 == 3) d.text = corpus.back().text.substr(0, corpus.back().text.size() * 2 / 3);
        else d.text = article(r, 3);
        corpus.push_back(std::move(d));
    }
    auto t2 = Clock::now();
    std::clock_t c2 = std::clock();
    group_stories(corpus);
    double g = seconds_since(t2);
    double gcpu = double(std::clock() - c2) / CLOCKS_PER_SEC;
    std::size_t joined = 0;
    for (std::size_t i = 3; i < ndocs; i += 4) joined += corpus[i].story == corpus[i - 1].story;
    std::size_t stories = 0;
    for (const auto& d : corpus) stories += d.story == "s" + d.id.substr(1);
    std::printf("story grouping: %zu documents in %.2f s wall, %.2f s CPU; %zu stories; clipped copies joined %zu/%zu\n",
                ndocs, g, gcpu, stories, joined, ndocs / 4);
    return 0;
}
