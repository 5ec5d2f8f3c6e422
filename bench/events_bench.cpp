// Full extraction speed (split + timex + entities + events) on generated news text.
// Usage: events_bench [MB=2] [FILE...]   Prints MB/s for the whole extraction and for the event stage alone.
// With FILEs (articles in any format eventline reads), their cleaned texts are repeated up to MB instead of
// generated text: a figure for real news, whose sentences hold far fewer events than the templates.
#include "eventline/entities.h"
#include "eventline/events.h"
#include "eventline/ingest.h"
#include "eventline/text.h"
#include "eventline/timex.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

namespace {

// Sentence templates in the style of wire news: {A} actor, {P} place, {N} number, {D} day word.
const std::vector<std::string> kTemplates = {
    "{A} said on {D} that {A2} had sent about {N} troops to {P}.",
    "The soldiers were transported by train from {P} to {P2} last week, officials said.",
    "{A} denied reports that its forces attacked {P} on {D}.",
    "\"We will respond,\" the foreign minister of {A} told reporters in {P}.",
    "American officials estimate that {A} is recruiting {N} to {N2} new soldiers a month.",
    "No troops have yet reached {P}, the ministry said.",
    "{A} is expected to sign a trade agreement with {A2} in the coming weeks.",
    "More than {N} people were killed in the fighting, according to the United Nations.",
    "The weather in {P} was mild on {D} and markets were calm.",
    "Police arrested three protesters in {P} after a rally against the government.",
    "{A} and {A2} agreed to cooperate on energy and trade, the statement said.",
    "Analysts believe the economy of {A} will grow slowly this year.",
};
const std::vector<std::string> kActors = {"Russia", "Ukraine", "China",  "France", "Germany",
                                          "Japan",  "India",   "Brazil", "Turkey", "Iran",
                                          "Israel", "Egypt",   "Poland", "Canada"};
const std::vector<std::string> kPlaces = {"Kyiv",  "Moscow",  "Paris",  "Berlin", "Tokyo",
                                          "Cairo", "Warsaw",  "Ankara", "Tehran", "Vladivostok",
                                          "Odesa", "Kharkiv", "Lyon"};
const std::vector<std::string> kDays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

std::string generate(std::size_t bytes, std::mt19937& rng) {
    std::string out;
    auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
    while (out.size() < bytes) {
        std::string para;
        for (int s = 0; s < 5; ++s) {
            std::string t = pick(kTemplates);
            auto fill = [&](const std::string& key, const std::string& val) {
                for (auto p = t.find(key); p != std::string::npos; p = t.find(key))
                    t.replace(p, key.size(), val);
            };
            fill("{A2}", pick(kActors));
            fill("{A}", pick(kActors));
            fill("{P2}", pick(kPlaces));
            fill("{P}", pick(kPlaces));
            fill("{N2}", std::to_string(5000 + rng() % 5000));
            fill("{N}", std::to_string(100 + rng() % 4000));
            fill("{D}", pick(kDays));
            para += t + " ";
        }
        out += para + "\n\n";
    }
    return out;
}

// Mentions of the generator's own names, so the event stage has roles to fill when the recognizer finds none.
void stand_in_entities(const std::vector<eventline::Sentence>& sentences, eventline::DocumentEntities& ents) {
    auto add = [&](const std::vector<std::string>& names, bool place) {
        for (const auto& n : names) {
            eventline::LocalEntity e;
            e.name = n;
            e.kind = place ? "city" : "country";
            e.is_place = place;
            ents.entities.push_back(e);
        }
    };
    add(kActors, false);
    add(kPlaces, true);
    for (const auto& s : sentences) {
        std::vector<eventline::EntityMention> ms;
        for (std::size_t e = 0; e < ents.entities.size(); ++e) {
            const auto& n = ents.entities[e].name;
            for (auto p = s.norm.find(n); p != std::string::npos; p = s.norm.find(n, p + 1))
                ms.push_back({s.index, std::uint32_t(p), std::uint32_t(p + n.size()), int(e), false});
        }
        std::sort(ms.begin(), ms.end(), [](auto& a, auto& b) { return a.begin < b.begin; });
        ents.mentions.insert(ents.mentions.end(), ms.begin(), ms.end());
    }
}

} // namespace

int main(int argc, char** argv) {
    double mb = argc > 1 ? std::atof(argv[1]) : 2.0;
    std::mt19937 rng(42);
    // documents of about 4 KB, like news articles
    std::vector<eventline::Document> docs;
    std::size_t total = 0;
    std::vector<eventline::Document> articles;
    std::vector<eventline::InputIssue> issues;
    for (int i = 2; i < argc; ++i)
        for (auto& d : eventline::read_file(argv[i], {}, issues))
            articles.push_back(std::move(d));
    while (total < std::size_t(mb * 1e6)) {
        eventline::Document d;
        d.id = "d" + std::to_string(docs.size());
        d.text = articles.empty() ? generate(4000, rng) : articles[docs.size() % articles.size()].text;
        d.published = eventline::Date{date::year{2024}, date::month{10}, date::day{23}};
        total += d.text.size();
        docs.push_back(std::move(d));
    }
    using clock = std::chrono::steady_clock;
    auto t0 = clock::now();
    eventline::TimexTagger timex;
    eventline::EntityRecognizer entities(eventline::EntityOptions{});
    eventline::EventExtractor events;
    double load = std::chrono::duration<double>(clock::now() - t0).count();
    // The machine is shared and its speed drifts: run the whole extraction several times and report the best
    // and the median pass (CPU time per core).
    const int passes =
        std::getenv("EVENTS_BENCH_PASSES") ? std::max(1, std::atoi(std::getenv("EVENTS_BENCH_PASSES"))) : 5;
    std::vector<double> full_cpu, events_cpu_all;
    std::size_t n_events = 0, n_sentences = 0;
    for (int pass = 0; pass < passes; ++pass) {
        n_events = n_sentences = 0;
        double events_cpu = 0;
        std::clock_t c1 = std::clock();
        for (const auto& d : docs) {
            auto sentences = eventline::split_sentences(d.text);
            eventline::SentenceTimexes tx;
            for (const auto& s : sentences)
                tx.push_back(timex.tag(s.norm, d.published));
            auto ents = entities.recognize(d, sentences);
            if (ents.mentions.empty())
                stand_in_entities(sentences, ents); // the generated names, if unrecognized
            std::clock_t ec = std::clock();
            auto evs = events.extract(d, sentences, tx, ents);
            events_cpu += double(std::clock() - ec) / CLOCKS_PER_SEC;
            n_events += evs.size();
            n_sentences += sentences.size();
        }
        full_cpu.push_back(double(std::clock() - c1) / CLOCKS_PER_SEC);
        events_cpu_all.push_back(events_cpu);
    }
    auto best = [](std::vector<double> v) { return *std::min_element(v.begin(), v.end()); };
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double input_mb = total / 1e6;
    std::printf("input %.2f MB, %zu docs, %zu sentences, %zu events\n", input_mb, docs.size(), n_sentences,
                n_events);
    std::printf("load (timex + entities + events models): %.3f s\n", load);
    std::printf("full extraction, CPU per core over %d passes: best %.1f MB/s, median %.1f MB/s\n", passes,
                input_mb / best(full_cpu), input_mb / median(full_cpu));
    std::printf("event stage alone: best %.1f MB/s, median %.1f MB/s\n", input_mb / best(events_cpu_all),
                input_mb / median(events_cpu_all));
    return 0;
}
