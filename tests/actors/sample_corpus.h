// Reads tests/actors/data/articles.txt: articles with [surface]{cluster} gold actor mentions.
#pragma once

#include "eventline/document.h"
#include "eventline/text.h"

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace actors_test {

struct GoldMention {
    std::uint32_t begin = 0, end = 0; ///< offsets in Document::text
    std::string cluster;
};

struct Article {
    eventline::Document doc;
    std::vector<GoldMention> gold;
};

/// Sentences split at . ? ! before a capital or quote (not after initials or Mr./Dr.), and at newlines;
/// norm is the text itself (the samples are ASCII). Keeps these tests independent of the text stage.
inline std::vector<eventline::Sentence> simple_sentences(const std::string& text) {
    std::vector<eventline::Sentence> out;
    auto emit = [&](std::size_t b, std::size_t e) {
        while (b < e && (text[b] == ' ' || text[b] == '\n'))
            ++b;
        while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n'))
            --e;
        if (b >= e) return;
        eventline::Sentence s;
        s.index = std::uint32_t(out.size());
        s.begin = std::uint32_t(b);
        s.end = std::uint32_t(e);
        s.norm = text.substr(b, e - b);
        for (std::size_t i = 0; i <= s.norm.size(); ++i)
            s.to_doc.push_back(std::uint32_t(b + i));
        out.push_back(std::move(s));
    };
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') {
            emit(start, i);
            start = i + 1;
            continue;
        }
        if (c == '.' || c == '?' || c == '!') {
            std::size_t e = i + 1;
            if (e < text.size() && text[e] == '"') ++e;
            if (e + 1 >= text.size() || text[e] != ' ') continue;
            char n = text[e + 1];
            if (!((n >= 'A' && n <= 'Z') || n == '"')) continue;
            std::size_t w = i;
            while (w > start && text[w - 1] != ' ')
                --w;
            std::string word = text.substr(w, i - w);
            if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') continue; // initial
            if (word == "Mr" || word == "Mrs" || word == "Ms" || word == "Dr" || word == "Gen" ||
                word == "St")
                continue;
            if (word.find('.') != std::string::npos) continue; // U.S.
            emit(start, e);
            start = e;
        }
    }
    emit(start, text.size());
    return out;
}

inline std::vector<Article> read_articles(const std::string& path) {
    std::ifstream in(path);
    std::vector<Article> out;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (line.rfind("== ", 0) == 0) {
            out.emplace_back();
            auto bar = line.find('|');
            out.back().doc.id = line.substr(3, bar == std::string::npos ? std::string::npos : bar - 4);
            if (bar != std::string::npos) out.back().doc.reporters.push_back(line.substr(bar + 2));
            continue;
        }
        if (out.empty()) continue;
        Article& a = out.back();
        std::string& t = a.doc.text;
        if (!t.empty()) t += '\n';
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '[') {
                auto close = line.find("]{", i);
                auto end = line.find('}', close);
                GoldMention g;
                g.begin = std::uint32_t(t.size());
                t += line.substr(i + 1, close - i - 1);
                g.end = std::uint32_t(t.size());
                g.cluster = line.substr(close + 2, end - close - 2);
                if (!g.cluster.empty()) a.gold.push_back(g);
                i = end;
            } else {
                t += line[i];
            }
        }
    }
    return out;
}

} // namespace actors_test
