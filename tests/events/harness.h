// Test helpers: hand-built sentences, timexes and entities, so event tests do not depend on the other stages.
#pragma once

#include "eventline/document.h"
#include "eventline/entities.h"
#include "eventline/events.h"
#include "eventline/text.h"
#include "eventline/timex.h"

#include <algorithm>
#include <string>
#include <vector>

namespace evtest {

struct EntitySpec {
    std::string name;
    std::string kind; ///< person | country | organization | group | city | region
    std::vector<std::string> aliases;
};

struct TimexSpec {
    std::string text;
    std::string start, end;
    eventline::Precision precision = eventline::Precision::Day;
    bool future = false;
};

inline bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
}

/// A document of one sentence per string; entity aliases and timex texts are found by exact word match.
struct DocBuilder {
    eventline::Document doc;
    std::vector<eventline::Sentence> sentences;
    eventline::SentenceTimexes timexes;
    eventline::DocumentEntities entities;

    DocBuilder(const std::vector<std::string>& texts, const std::vector<EntitySpec>& ents,
               const std::vector<TimexSpec>& times, std::string date = "2024-10-23") {
        doc.id = "dtest";
        doc.published = eventline::parse_iso_date(date);
        for (const auto& e : ents) {
            eventline::LocalEntity le;
            le.name = e.name;
            le.kind = e.kind;
            le.is_place = e.kind == "city" || e.kind == "region" || e.kind == "place";
            le.aliases = e.aliases;
            entities.entities.push_back(le);
        }
        for (const auto& t : texts) {
            if (!doc.text.empty()) doc.text += ' ';
            eventline::Sentence s;
            s.index = std::uint32_t(sentences.size());
            s.begin = std::uint32_t(doc.text.size());
            doc.text += t;
            s.end = std::uint32_t(doc.text.size());
            s.norm = t;
            for (std::size_t i = 0; i <= t.size(); ++i)
                s.to_doc.push_back(std::uint32_t(s.begin + i));
            // entity mentions: longest alias first, no overlaps
            std::vector<std::pair<std::string, int>> aliases;
            for (std::size_t e = 0; e < ents.size(); ++e)
                for (const auto& a : ents[e].aliases)
                    aliases.push_back({a, int(e)});
            std::stable_sort(aliases.begin(), aliases.end(),
                             [](auto& a, auto& b) { return a.first.size() > b.first.size(); });
            std::vector<bool> used(t.size(), false);
            std::vector<eventline::EntityMention> ms;
            for (const auto& [a, e] : aliases) {
                for (std::size_t p = t.find(a); p != std::string::npos; p = t.find(a, p + 1)) {
                    std::size_t q = p + a.size();
                    if ((p > 0 && word_char(t[p - 1])) || (q < t.size() && word_char(t[q]) && t[q] != '-'))
                        continue;
                    if (std::any_of(used.begin() + long(p), used.begin() + long(q), [](bool b) { return b; }))
                        continue;
                    std::fill(used.begin() + long(p), used.begin() + long(q), true);
                    bool pron = a == "he" || a == "He" || a == "they" || a == "They" || a == "it";
                    ms.push_back({s.index, std::uint32_t(p), std::uint32_t(q), e, pron});
                }
            }
            std::sort(ms.begin(), ms.end(), [](auto& a, auto& b) { return a.begin < b.begin; });
            for (auto& m : ms)
                entities.mentions.push_back(m);
            std::vector<eventline::Timex> tx;
            for (const auto& ts : times) {
                for (std::size_t p = t.find(ts.text); p != std::string::npos; p = t.find(ts.text, p + 1)) {
                    eventline::Timex x;
                    x.begin = std::uint32_t(p);
                    x.end = std::uint32_t(p + ts.text.size());
                    x.text = ts.text;
                    x.value = ts.start;
                    x.interval_start = ts.start;
                    x.interval_end = ts.end;
                    x.precision = ts.precision;
                    x.future = ts.future;
                    tx.push_back(x);
                }
            }
            std::sort(tx.begin(), tx.end(), [](auto& a, auto& b) { return a.begin < b.begin; });
            timexes.push_back(tx);
            sentences.push_back(std::move(s));
        }
    }

    std::vector<eventline::EventMention> run(const eventline::EventExtractor& x) const {
        return x.extract(doc, sentences, timexes, entities);
    }
    std::string name(int e) const { return e >= 0 ? entities.entities[std::size_t(e)].name : std::string(); }

    bool has_role(const eventline::EventMention& m, const std::string& role, const std::string& who) const {
        for (auto& p : m.participants)
            if (p.role == role && name(p.entity) == who) return true;
        for (auto& p : m.places)
            if (p.role == role && name(p.entity) == who) return true;
        return false;
    }

    std::string dump(const std::vector<eventline::EventMention>& evs) const {
        std::string out;
        for (auto& m : evs) {
            out += std::to_string(m.sentence) + " " + m.type + " [" + m.trigger + "/" + m.rule + "] '" +
                   m.label + "'";
            for (auto& p : m.participants)
                out += " " + p.role + "=" + name(p.entity);
            for (auto& p : m.places)
                out += " " + p.role + "=" + name(p.entity);
            if (m.time) out += " time=" + m.time->start + ".." + m.time->end + "(" + m.time->precision + ")";
            out += " mod=" + m.modality + (m.source >= 0 ? "@" + name(m.source) : "");
            if (m.negated) out += " NEG";
            for (auto& q : m.quantities)
                out += " q=" + std::to_string(q.value) + "/" + q.unit + (q.per.empty() ? "" : "/" + q.per) +
                       (q.approximate ? "~" : "") + (q.low ? ">" : "") + "@" + name(q.claimed_by);
            if (!m.quote.empty()) out += " quote='" + m.quote + "'";
            out += "\n";
        }
        return out;
    }
};

} // namespace evtest
