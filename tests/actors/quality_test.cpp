// Precision and recall of actor mentions and of alias merging on the annotated samples in data/.
#include "eventline/entities.h"
#include "sample_corpus.h"

#include <catch2/catch.hpp>
#include <iostream>
#include <map>

using namespace eventline;

namespace {

struct Scores {
    double mention_p = 0, mention_r = 0, merge_p = 0, merge_r = 0;
};

Scores score(const std::string& file) {
    auto articles =
        actors_test::read_articles(std::string(EVENTLINE_SOURCE_DIR) + "/tests/actors/data/" + file);
    REQUIRE(articles.size() >= 3);
    EntityRecognizer rec(EntityOptions{});
    std::vector<std::vector<Sentence>> sentences;
    std::vector<DocumentEntities> ents;
    for (auto& a : articles) {
        sentences.push_back(actors_test::simple_sentences(a.doc.text));
        ents.push_back(rec.recognize(a.doc, sentences.back()));
    }
    std::vector<const Document*> dp;
    std::vector<const DocumentEntities*> ep;
    for (std::size_t i = 0; i < articles.size(); ++i) {
        dp.push_back(&articles[i].doc);
        ep.push_back(&ents[i]);
    }
    auto res = resolve_entities(dp, ep);

    // span -> predicted actor id, for actor mentions (places are not annotated)
    int predicted = 0, correct = 0, gold = 0, found = 0;
    struct Pair {
        std::string gold, pred;
    };
    std::vector<Pair> matched;
    for (std::size_t d = 0; d < articles.size(); ++d) {
        std::map<std::pair<std::uint32_t, std::uint32_t>, std::string> pred;
        for (const auto& m : ents[d].mentions) {
            if (ents[d].entities[m.entity].is_place) continue;
            const auto& s = sentences[d][m.sentence];
            pred[{s.doc_offset(m.begin), s.doc_offset(m.end)}] = res.ids[d][m.entity];
        }
        std::map<std::pair<std::uint32_t, std::uint32_t>, std::string> gm;
        for (const auto& g : articles[d].gold)
            gm[{g.begin, g.end}] = g.cluster;
        predicted += int(pred.size());
        gold += int(gm.size());
        for (const auto& [span, id] : pred) {
            auto it = gm.find(span);
            if (it != gm.end()) {
                ++correct;
                matched.push_back({it->second, id});
            } else {
                WARN("extra: " << articles[d].doc.text.substr(span.first, span.second - span.first) << " -> "
                               << id);
            }
        }
        for (const auto& [span, c] : gm)
            if (pred.count(span))
                ++found;
            else
                WARN("missed: " << articles[d].doc.text.substr(span.first, span.second - span.first) << " {"
                                << c << "}");
    }
    // pairwise merging over correctly found mentions
    int same_pred = 0, same_gold = 0, same_both = 0;
    for (std::size_t i = 0; i < matched.size(); ++i)
        for (std::size_t j = i + 1; j < matched.size(); ++j) {
            bool g = matched[i].gold == matched[j].gold, p = matched[i].pred == matched[j].pred;
            same_gold += g;
            same_pred += p;
            same_both += g && p;
        }
    double mp = double(correct) / std::max(1, predicted), mr = double(found) / std::max(1, gold);
    double ap = double(same_both) / std::max(1, same_pred), ar = double(same_both) / std::max(1, same_gold);
    std::cout << file << ": actor mentions: precision " << mp << " (" << correct << "/" << predicted
              << "), recall " << mr << " (" << found << "/" << gold << ")\n"
              << "alias merging (pairwise): precision " << ap << " (" << same_both << "/" << same_pred
              << "), recall " << ar << " (" << same_both << "/" << same_gold << ")\n";
    return {mp, mr, ap, ar};
}

} // namespace

TEST_CASE("actor mentions and alias merging on annotated samples") {
    auto s = score("articles.txt");
    CHECK(s.mention_p >= 0.85);
    CHECK(s.mention_r >= 0.85);
    CHECK(s.merge_p >= 0.90);
    CHECK(s.merge_r >= 0.90);
}

TEST_CASE("actor mentions and alias merging on held-out samples") {
    auto s = score("heldout.txt");
    CHECK(s.mention_p >= 0.70);
    CHECK(s.mention_r >= 0.60);
    CHECK(s.merge_p >= 0.80);
    CHECK(s.merge_r >= 0.70);
}
