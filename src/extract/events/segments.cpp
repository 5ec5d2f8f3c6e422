// Clause segmentation: main, relative, complement and coordinated clauses of a sentence.
#include "extractor.h"

namespace eventline::events {

using namespace std::literals;

void Extractor::segments(const SentenceView& v, std::vector<int>& kind, std::vector<Segment>& out) const {
    const int n = v.size();
    kind.assign(std::size_t(n + 1), -1); // segment kind starting at token i
    kind[0] = Segment::Main;
    for (int i = 0; i < n; ++i) {
        if (!v.toks[i].is(kFunctionWord)) continue;
        const auto& w = v.low(i);
        Pos p = v.pos(i);
        if (w == ";" || w == ":" || w == "-" || w == "--" || w == "(" || w == ")") {
            kind[i + 1] = Segment::Main;
            if (w == "-" || w == "--" || w == "(") kind[i] = Segment::Main;
        } else if (v.toks[i].is(kQuoteMark)) {
            kind[i] = Segment::Main;
            kind[i + 1] = Segment::Main;
        } else if (in(w, {"which", "who", "whom", "whose"}) || (w == "that" && p != Pos::DT) ||
                   ((w == "where" || w == "when") && p == Pos::WRB && i > 0)) {
            bool complement = w == "that" && i > 0 &&
                              (v.toks[i - 1].reporting_verb_lemma() || v.toks[i - 1].reporting_noun_lemma() ||
                               v.toks[i - 1].timex >= 0 || v.low(i - 1) == ",");
            kind[i] = complement ? Segment::Complement : Segment::Relative;
        } else if (in(w, {"but", "while", "whereas", "although", "though", "because", "unless", "if",
                          "whether"}) &&
                   i > 0) {
            kind[i] = Segment::Main;
        } else if (in(w, {"as", "since", "after", "before", "until", "once"}) && i > 0) {
            // a clause when a finite verb follows before a comma ("after the deal was cancelled", "after a
            // truce between the army and the RSF collapsed"), else a preposition; "as" only soon after
            const int reach = w == "as" ? i + 6 : n;
            for (int k = i + 1; k < n && k < reach && v.low(k) != ","; ++k)
                if (is_finite(v.pos(k))) {
                    kind[i] = Segment::Main;
                    break;
                }
        } else if (w == "," && in(v.low(i + 1), {"and", "but", "or", "while", "as", "although", "though",
                                                 "according", "yet"})) {
            kind[i + 1] = Segment::Main;
        } else if ((w == "and" || w == "or") && i > 0) {
            int k = i + 1;
            while (k < n && (v.pos(k) == Pos::RB || v.low(k) == "then"))
                ++k;
            if (v.pos(k) == Pos::VBD || v.pos(k) == Pos::VBN || v.pos(k) == Pos::VBZ) {
                if (!(v.pos(i - 1) == Pos::VBN || v.pos(i - 1) == Pos::VBD) || k > i + 1)
                    kind[i] = Segment::Coord;
            } else if (in(v.low(k), {"he", "she", "they", "we", "i", "it"})) {
                kind[i] = Segment::Main;
            } else if (v.chunk_at(k) >= 0) {
                int e = v.chunks[v.chunk_at(k)].te;
                while (e < n && (v.pos(e) == Pos::NNS || v.pos(e) == Pos::NN))
                    ++e;
                while (e < n && v.pos(e) == Pos::RB)
                    ++e;
                // "X said ..., and Y agreed" starts a clause; "X and Y agreed" is one subject: no verb
                // yet in the clause before "and"
                int start = i - 1;
                while (start > 0 && kind[start] < 0)
                    --start;
                bool verb_before = false;
                for (int q = start; q < i && !verb_before; ++q)
                    verb_before = pos_is_verb(v.pos(q)) || v.pos(q) == Pos::MD;
                // "between the army and the RSF collapsed" is one phrase
                Span before = np_left(v, i - 1, 0);
                bool between =
                    v.low(i - 1) == "between" || (!before.empty() && v.low(before.b - 1) == "between");
                if (is_finite(v.pos(e)) && !between && verb_before) kind[i] = Segment::Main;
            }
        }
    }
    // reporting verbs followed by a bare complement clause: "said on Monday there is ...", "said Russia
    // had ..."
    for (int i = 0; i < n; ++i) {
        if (!is_finite(v.pos(i)) && v.pos(i) != Pos::VBN) continue;
        if (!v.toks[i].reporting_verb_lemma()) continue;
        int k = i + 1;
        while (k < n && (v.toks[k].timex >= 0 || v.low(k) == "on" || v.pos(k) == Pos::RB))
            ++k;
        if (v.toks[i].lemma == "tell") // told reporters / told him
            while (k < n && (pos_is_noun(v.pos(k)) || v.pos(k) == Pos::PRP || v.chunk_at(k) >= 0))
                ++k;
        if (k >= n || kind[k] >= 0) continue;
        bool clause = false;
        for (int j = k; j < n && j < k + 8 && v.low(j) != ","; ++j)
            if (is_finite(v.pos(j))) {
                // (a quantity may open the clause: "said at least 330 people had been killed")
                bool amount = (v.low(k) == "at" && v.low(k + 1) == "least") ||
                              (in(v.low(k), {"about", "around", "over", "nearly", "almost", "roughly"}) &&
                               v.pos(k + 1) == Pos::CD);
                clause = j > k && ((v.pos(k) != Pos::IN && v.pos(k) != Pos::TO) || amount);
                break;
            }
        if (clause) kind[k] = Segment::Complement;
    }
    out.clear();
    for (int i = 0; i < n; ++i) {
        if (kind[i] >= 0 || out.empty()) {
            if (!out.empty()) out.back().e = i;
            out.push_back({i, n, Segment::Kind(std::max(0, kind[i]))});
        }
    }
    if (out.empty()) out.push_back({0, n, Segment::Main});
    std::erase_if(out, [](const Segment& s) { return s.e <= s.b; }); // drop empty segments
}

} // namespace eventline::events
