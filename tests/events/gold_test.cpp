// Precision and recall of events, roles and times on the annotated sample (tests/events/data/gold.txt).
#include "harness.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string cur;
    std::istringstream in(s);
    while (std::getline(in, cur, sep))
        out.push_back(cur);
    if (!s.empty() && s.back() == sep) out.emplace_back();
    return out;
}

struct GoldEvent {
    std::string type;
    std::vector<std::pair<std::string, std::string>> roles;
    std::string time; // "start..end" or "-"
    std::string modality;
    std::vector<std::string> quantities; // "value@claimant"
    bool negated = false;
};

struct GoldDoc {
    std::string date;
    std::vector<evtest::EntitySpec> entities;
    std::vector<evtest::TimexSpec> timexes;
    std::vector<std::string> sentences;
    std::vector<std::vector<GoldEvent>> events;
};

std::vector<GoldDoc> load(const std::string& path) {
    std::ifstream in(path);
    REQUIRE(in);
    std::vector<GoldDoc> docs;
    std::string line;
    int no = 0;
    while (std::getline(in, line)) {
        ++no;
        if (line.empty() || line[0] == '#') continue;
        auto f = split(line, '\t');
        INFO(path << ":" << no);
        if (f[0] == "doc") {
            docs.push_back({});
            docs.back().date = f.at(1);
        } else if (f[0] == "entity") {
            docs.back().entities.push_back({f.at(1), f.at(2), split(f.at(3), '|')});
        } else if (f[0] == "timex") {
            evtest::TimexSpec t{f.at(1), f.at(2), f.at(3)};
            std::string p = f.at(4);
            t.precision = p == "day"     ? eventline::Precision::Day
                          : p == "week"  ? eventline::Precision::Week
                          : p == "month" ? eventline::Precision::Month
                                         : eventline::Precision::Year;
            t.future = f.size() > 5 && f[5] == "future";
            docs.back().timexes.push_back(t);
        } else if (f[0] == "s") {
            docs.back().sentences.push_back(f.at(1));
            docs.back().events.emplace_back();
        } else if (f[0] == "e") {
            GoldEvent e;
            e.type = f.at(1);
            for (auto& r : split(f.at(2), ','))
                if (auto eq = r.find('='); eq != std::string::npos)
                    e.roles.push_back({r.substr(0, eq), r.substr(eq + 1)});
            e.time = f.at(3);
            e.modality = f.at(4);
            if (f.at(5) != "-") e.quantities = split(f[5], ',');
            e.negated = f.size() > 6 && f[6] == "neg";
            docs.back().events.back().push_back(e);
        } else {
            FAIL("unknown line kind " << f[0]);
        }
    }
    return docs;
}

struct Counts {
    int tp = 0, fp = 0, fn = 0;
    double p() const { return tp + fp ? double(tp) / (tp + fp) : 1; }
    double r() const { return tp + fn ? double(tp) / (tp + fn) : 1; }
    void add(const std::multiset<std::string>& gold, const std::multiset<std::string>& pred) {
        std::multiset<std::string> g = gold;
        for (auto& x : pred) {
            if (auto it = g.find(x); it != g.end()) {
                ++tp;
                g.erase(it);
            } else {
                ++fp;
            }
        }
        fn += int(g.size());
    }
};

} // namespace

TEST_CASE("event extraction quality on the annotated sample") {
    auto docs = load(std::string(EVENTLINE_SOURCE_DIR) + "/tests/events/data/gold.txt");
    REQUIRE(docs.size() >= 4);
    eventline::EventExtractor x;
    Counts events, roles, times, modality, quantities;
    std::string report;
    for (const auto& d : docs) {
        evtest::DocBuilder b(d.sentences, d.entities, d.timexes, d.date);
        auto pred = b.run(x);
        report += b.dump(pred);
        std::multiset<std::string> ge, pe, gr, pr, gt, pt, gm, pm, gq, pq;
        for (std::size_t s = 0; s < d.events.size(); ++s)
            for (auto& e : d.events[s]) {
                std::string key = std::to_string(s) + ":" + e.type;
                ge.insert(key);
                for (auto& [role, who] : e.roles)
                    gr.insert(key + ":" + role + "=" + who);
                if (e.time != "-") gt.insert(key + ":" + e.time);
                gm.insert(key + ":" + e.modality + (e.negated ? ":neg" : ""));
                for (auto& q : e.quantities)
                    gq.insert(key + ":" + q);
            }
        for (auto& m : pred) {
            std::string key = std::to_string(m.sentence) + ":" + m.type;
            pe.insert(key);
            for (auto& p : m.participants)
                pr.insert(key + ":" + p.role + "=" + b.name(p.entity));
            for (auto& p : m.places)
                pr.insert(key + ":" + p.role + "=" + b.name(p.entity));
            if (m.time) pt.insert(key + ":" + m.time->start + ".." + m.time->end);
            pm.insert(key + ":" + m.modality + (m.negated ? ":neg" : ""));
            for (auto& q : m.quantities) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "%g", q.value);
                pq.insert(key + ":" + buf + "@" + (q.claimed_by >= 0 ? b.name(q.claimed_by) : "-"));
            }
        }
        events.add(ge, pe);
        roles.add(gr, pr);
        times.add(gt, pt);
        modality.add(gm, pm);
        quantities.add(gq, pq);
    }
    if (std::getenv("EVENTLINE_GOLD_DUMP")) std::cout << report; // the events found, for error analysis
    auto line = [](const char* what, const Counts& c) {
        std::printf("%-10s P=%.2f R=%.2f (tp=%d fp=%d fn=%d)\n", what, c.p(), c.r(), c.tp, c.fp, c.fn);
    };
    line("events", events);
    line("roles", roles);
    line("times", times);
    line("modality", modality);
    line("quantities", quantities);
    CHECK(events.p() >= 0.8);
    CHECK(events.r() >= 0.7);
    CHECK(roles.p() >= 0.75);
    CHECK(roles.r() >= 0.6);
    CHECK(times.p() >= 0.8);
    CHECK(times.r() >= 0.6);
    CHECK(quantities.p() >= 0.6);
}
