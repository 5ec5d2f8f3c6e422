// Throughput of the temporal tagger alone on generated news-like text.
// usage: timex_bench [MEGABYTES=50] [--sentences]   (--sentences tags sentence by sentence, as the pipeline
// does)
#include "eventline/timex.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

namespace {
// Sentences in the style of wire copy; roughly one in three has a temporal expression, as in news.
const char* const kSentences[] = {
    "The defense minister said on Wednesday that the troops had crossed the border in early to mid-October.",
    "About 2,500 soldiers were sent to the region, officials said, and more could follow in the coming days.",
    "The central bank raised its main rate by half a point, the third increase this year.",
    "Negotiators from both sides met in Geneva for talks that lasted nearly six hours.",
    "The company reported a loss of $1.2 billion in the third quarter of 2023, compared with a profit a year "
    "earlier.",
    "Residents described hearing explosions late Tuesday night as air defenses engaged incoming drones.",
    "Analysts said the decision could reshape the market for years, though many details remain unclear.",
    "The agreement, signed on March 3, 2021, expires at the end of next year unless both parties extend it.",
    "Prices have risen by 4.5 percent over the past year, the statistics office said in its monthly report.",
    "The president will travel to Brussels on Friday for a summit with European leaders.",
    "Witnesses said police fired tear gas at protesters who gathered outside the parliament building.",
    "The program began in the early 1980s and was expanded in the 1990s under a different government.",
    "Officials estimate that about 25,000 recruits a month join the army, a figure that could not be "
    "verified.",
    "Ms. Lee, 54, has led the organization since 2014 and previously worked at a regional newspaper.",
    "The court is expected to rule on the appeal by Dec. 15, according to people familiar with the case.",
    "Shares of the carmaker fell 3 percent on Monday after it cut its forecast for the fiscal year.",
    "The storm made landfall at 3 p.m. local time, bringing heavy rain and winds of up to 120 miles per "
    "hour.",
    "Trade between the two countries has grown sharply in recent years, according to customs data.",
    "The embassy urged its citizens to leave the country as soon as possible.",
    "He spent two weeks in the hospital and returned to work last month.",
    // sentences without a temporal expression, so that the mix matches wire copy
    "The ministry did not respond to a request for comment, and the spokesman declined to give details.",
    "Thousands of people lined the streets of the capital to watch the procession pass by the old cathedral.",
    "The opposition leader called the measure a betrayal of voters and vowed to challenge it in court.",
    "Aid groups warned that food and medicine were running short in the besieged city and its suburbs.",
    "The report, which runs to more than 300 pages, found serious flaws in the way the contracts were "
    "awarded.",
    "Officials in the province said the floods had destroyed roads, bridges and several thousand homes.",
    "The central bank's governor told lawmakers that inflation remained the main risk to the economy.",
    "Critics say the plan would do little to reduce emissions, while supporters argue it protects jobs.",
    "The two leaders shook hands in front of cameras but made no statement to the press afterward.",
    "Investigators are examining the wreckage to determine what caused the helicopter to crash.",
};
} // namespace

int main(int argc, char** argv) {
    double megabytes = 50;
    bool sentences = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--sentences") == 0)
            sentences = true;
        else
            megabytes = std::atof(argv[i]);
    }
    if (megabytes <= 0) megabytes = 50;
    const std::size_t target = static_cast<std::size_t>(megabytes * 1024 * 1024);
    std::vector<std::string> units;
    std::string text;
    text.reserve(target + 512);
    std::size_t k = 0, n = sizeof kSentences / sizeof kSentences[0];
    std::string para;
    while (text.size() < target) {
        const char* s = kSentences[(k * 7 + k / n) % n];
        ++k;
        if (sentences) units.emplace_back(s);
        text += s;
        text += (k % 5 == 0) ? "\n\n" : " ";
    }
    eventline::TimexTagger tagger;
    eventline::Date anchor{date::year{2024} / 10 / 23};
    std::size_t found = 0;
    auto cpu = [] {
        timespec ts;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
    };
    double c0 = cpu();
    auto t0 = std::chrono::steady_clock::now();
    if (sentences) {
        for (const auto& s : units)
            found += tagger.tag(s, anchor).size();
    } else {
        // one paragraph-sized call at a time keeps memory flat, like tagging article by article
        std::size_t pos = 0;
        while (pos < text.size()) {
            std::size_t end = text.find("\n\n", pos);
            if (end == std::string::npos) end = text.size();
            found += tagger.tag(std::string_view(text).substr(pos, end - pos), anchor).size();
            pos = end + 2;
        }
    }
    auto t1 = std::chrono::steady_clock::now();
    double cpu_secs = cpu() - c0;
    double secs = std::chrono::duration<double>(t1 - t0).count();
    double mb = double(text.size()) / (1024.0 * 1024.0);
    // CPU time is the figure to quote on a shared machine; wall time includes waiting for a core
    std::printf("timex_bench: %.1f MB (%s), %zu timexes; cpu %.3f s = %.1f MB/s; wall %.3f s = %.1f MB/s\n",
                mb, sentences ? "sentence by sentence" : "paragraph by paragraph", found, cpu_secs,
                mb / cpu_secs, secs, mb / secs);
    return 0;
}
