// Noun phrases, verb groups and subjects over the sentence view.
#include "extractor.h"

namespace eventline::events {

using namespace std::literals;

// ---------------------------------------------------------------- noun phrases
// NP ending at token j (inclusive), extended left over modifiers and quantity words.
Span Extractor::np_left(const SentenceView& v, int j, int lo) {
    if (j < lo || !np_token(v, j)) {
        if (j >= lo && (v.pos(j) == Pos::PRP) && v.chunk_at(j) >= 0) return {j, j + 1};
        return {};
    }
    int b = j;
    while (b - 1 >= lo) {
        if (np_token(v, b - 1) && v.pos(b - 1) != Pos::POS) {
            --b;
        } else if (v.pos(b - 1) == Pos::POS && b - 2 >= lo && np_token(v, b - 2)) {
            b -= 2;
        } else if (v.low(b - 1) == "at" && v.low(b) == "least") {
            --b; // "at least 330 people" ("least" is an adjective to the tagger)
        } else if (v.low(b - 1) == "of" && b - 2 >= lo && v.pos(b - 2) == Pos::CD &&
                   (v.pos(b) == Pos::PRPS || v.pos(b) == Pos::DT)) {
            b -= 2; // a part of a group: "one of its soldiers", "three of the fighters"
        } else if ((v.low(b - 1) == "and") && b - 2 >= lo &&
                   (v.chunk_at(b - 2) >= 0 || pos_is_adj(v.pos(b - 2))) &&
                   (v.chunk_at(b) >= 0 || pos_is_adj(v.pos(b)) || the_name(v, b))) {
            b -= 2;
        } else {
            break;
        }
    }
    // quantity modifiers: "upward of 12,000", "more than 500", "about 300"
    if (v.pos(b) == Pos::CD || v.low(b) == "a") {
        if (b - 2 >= lo && ((v.low(b - 1) == "of" && in(v.low(b - 2), {"upward", "upwards"})) ||
                            (v.low(b - 1) == "than" && in(v.low(b - 2), {"more", "less", "fewer"})) ||
                            (v.low(b - 1) == "least" && v.low(b - 2) == "at")))
            b -= 2;
        else if (b - 1 >= lo && in(v.low(b - 1), {"about", "around", "approximately", "roughly", "nearly",
                                                  "almost", "some", "over"}))
            b -= 1;
    }
    return {b, j + 1};
}

// NP starting at token i, through "of" complements and possessives ("the port city of X", "Russia's Far
// East").
Span Extractor::np_right(const SentenceView& v, int i, int hi) {
    if (i >= hi) return {};
    if (v.pos(i) == Pos::PRP) return {i, i + 1};
    int e = i;
    // quantity modifiers
    if (v.pos(e + 1) == Pos::CD &&
        in(v.low(e), {"about", "around", "approximately", "roughly", "nearly", "almost", "some", "over"}))
        ++e;
    else if (v.low(e) == "between" && is_number(v, e + 1) && v.low(e + 2) == "and" && is_number(v, e + 3))
        e += 4; // "between 14,200 and 14,400 people"
    else if ((v.low(e + 1) == "than" && in(v.low(e), {"more", "less", "fewer"})) ||
             (in(v.low(e), {"upward", "upwards"}) && v.low(e + 1) == "of") ||
             (v.low(e) == "at" && v.low(e + 1) == "least"))
        e += 2;
    if (e >= hi || !np_token(v, e)) return {};
    while (e < hi) {
        if (is_number(v, e) && (v.low(e + 1) == "to" || v.low(e + 1) == "-") && is_number(v, e + 2)) {
            e += 3; // "25,000 to 30,000"
        } else if (e > i && (v.low(e) == "a" || v.low(e) == "per") &&
                   in(v.low(e + 1), {"day", "week", "month", "year"}) && pos_is_noun(v.pos(e - 1))) {
            e += 2; // "soldiers a month"
        } else if (e > i && v.low(e + 1) == "than" && in(v.low(e), {"more", "less", "fewer"})) {
            break; // "sold Varnia | more than a million rounds"
        } else if (np_token(v, e)) {
            ++e;
        } else if (v.low(e) == "and" && e + 1 < hi &&
                   (v.chunk_at(e + 1) >= 0 || pos_is_adj(v.pos(e + 1)) || the_name(v, e + 1)) &&
                   (v.chunk_at(e - 1) >= 0 || pos_is_adj(v.pos(e - 1)))) {
            e += 1;
        } else if (v.low(e) == "of" && e + 1 < hi && np_token(v, e + 1) && v.toks[e + 1].timex < 0) {
            e += 1;
        } else if ((v.pos(e) == Pos::VBG || v.pos(e) == Pos::VBN) && e + 1 < hi &&
                   pos_is_noun(v.pos(e + 1)) && e > i && !pos_is_noun(v.pos(e - 1))) {
            // "training areas", "guided missiles"; after a noun it starts a clause ("a law banning protests")
            e += 1;
        } else {
            break;
        }
    }
    while (e > i && (v.low(e - 1) == "of" || v.low(e - 1) == "and"))
        --e;
    return {i, e};
}

bool Extractor::the_name(const SentenceView& v, int i) {
    return v.pos(i) == Pos::DT && v.chunk_at(i) < 0 && v.chunk_at(i + 1) >= 0;
}

bool Extractor::partitive_of(const SentenceView& v, int q) {
    return q > 0 && v.low(q) == "of" &&
           in(v.low(q - 1),
              {"dozens", "hundreds", "thousands", "tens", "millions", "scores", "barrage", "salvo", "volley",
               "wave", "series", "number", "pair", "couple", "handful", "batch"});
}

// Last common noun of an NP before any "of" complement.
int Extractor::np_head(const SentenceView& v, Span np) {
    int head = -1;
    for (int k = np.b; k < np.e; ++k) {
        if (v.low(k) == "of" && head >= 0) break;
        if (pos_is_noun(v.pos(k)) || v.pos(k) == Pos::PRP || v.chunk_at(k) >= 0) head = k;
    }
    return head;
}

ChunkList Extractor::chunks_in(const SentenceView& v, Span np) const {
    ChunkList out;
    for (int k = np.b; k < np.e && k >= 0 && out.n < 8; ++k)
        if (int c = v.chunk_at(k); c >= 0 && (out.n == 0 || out.c[std::size_t(out.n - 1)] != c))
            out.c[std::size_t(out.n++)] = c;
    return out;
}

// ---------------------------------------------------------------- verb group
bool Extractor::passive_at(const SentenceView& v, int t, int lo) const {
    Pos p = v.pos(t);
    if (p != Pos::VBN && p != Pos::VBD) return false;
    if (t > 0 && v.pos(t - 1) == Pos::CD && v.toks[t - 1].timex < 0) return true; // "600,000 killed"

    for (int k = t - 1; k >= lo && k >= t - 4; --k) {
        const auto& w = v.low(k);
        if (v.toks[k].is(kBe) || w == "got" || w == "get" || w == "gets") return true;
        if (!(v.pos(k) == Pos::RB || v.toks[k].is(kNegation))) break;
    }
    // reduced relative: "forces, supplied by X", "troops sent by X"
    if (t == 0 || !(v.low(t - 1) == "," || pos_is_noun(v.pos(t - 1)))) return false;
    return v.low(t + 1) == "by" || described_by_participle(v, t);
}

bool Extractor::described_by_participle(const SentenceView& v, int t) {
    if (t == 0 || !(v.low(t - 1) == "," || pos_is_noun(v.pos(t - 1)))) return false;
    // verbs whose active form puts its object before this preposition
    static constexpr std::pair<std::string_view, std::string_view> kObjectFirst[] = {
        {"accuse", "of"}, {"suspect", "of"}, {"convict", "of"}, {"charge", "with"}, {"blame", "for"}};
    for (auto [lemma, prep] : kObjectFirst)
        if (v.toks[t].lemma == lemma && v.low(t + 1) == prep) return true;
    return false;
}

// Start of the auxiliary chain before t ("have been", "will not", "may also").
int Extractor::verb_group_begin(const SentenceView& v, int t, int lo) {
    int b = t;
    while (b - 1 >= lo) {
        const auto& w = v.low(b - 1);
        Pos p = v.pos(b - 1);
        if (p == Pos::MD || p == Pos::RB || v.toks[b - 1].is(kBe | kHave | kDo | kNegation) || w == "to" ||
            w == "got")
            --b;
        else
            break;
    }
    return b;
}

// ---------------------------------------------------------------- subject
Span Extractor::find_subject(const SentenceView& v, const std::vector<Segment>& segs, int si, int t,
                             const std::vector<Span>& seg_subject, int depth, bool speaker) const {
    const Segment& S = segs[si];
    if (v.pos(t) == Pos::VBG && t > S.b && v.low(t - 1) == "," && depth < 2) {
        // ", killing 12 soldiers": the participle shares the main verb's subject
        for (int k = t - 2; k >= S.b; --k)
            if (is_finite(v.pos(k)) && v.pos(k) != Pos::MD)
                return find_subject(v, segs, si, k, seg_subject, depth + 1);
        return {};
    }
    if (v.pos(t) == Pos::VBG && t - 2 >= S.b && in(v.low(t - 1), {"for", "of"})) {
        // "sanctions on three companies for supplying X", "accused X of attacking": the NP before does it
        Span np = np_left(v, t - 2, S.b);
        if (!chunks_in(v, np).empty()) return np; // not "in return for providing troops"
    }
    int j = verb_group_begin(v, t, S.b) - 1;
    Span appositive; // a skipped ", Kim Jong-un,": it names the subject when the head does not
    // skip an infinitive's governing verb group: "sought to portray" -> subject of "sought"
    while (j >= S.b) {
        const auto& w = v.low(j);
        if (w == ",") {
            // appositive ", the North's leader," or parenthetical ", officials say,"
            int k = j - 1;
            bool verb = false;
            while (k >= S.b && v.low(k) != ",") {
                if (is_finite(v.pos(k))) verb = true;
                --k;
            }
            if (k >= S.b && !verb && k + 1 < j && (np_token(v, k + 1) || v.pos(k + 1) == Pos::DT)) {
                appositive = {k + 1, j};
                j = k - 1;
                continue;
            }
            if (k >= S.b && verb && v.toks[j - 1].reporting_verb_lemma()) {
                j = k - 1; // ", American intelligence officials suggest,"
                continue;
            }
            break;
        }
        if (v.toks[j].timex >= 0) {
            j = v.times[0].tb <= j ? j - 1 : j - 1;
            continue;
        }
        if (pos_is_verb(v.pos(j)) || v.pos(j) == Pos::MD || v.pos(j) == Pos::RB || v.pos(j) == Pos::TO ||
            v.toks[j].is(kNegation)) {
            // a finite verb between: the nearest NP belongs to it, which is fine for
            // infinitives/coordination
            --j;
            continue;
        }
        if (np_token(v, j) || (v.pos(j) == Pos::PRP && v.chunk_at(j) >= 0)) {
            Span np = np_left(v, j, S.b);
            if (np.empty()) break;
            bool in_pp = np.b - 1 >= S.b && v.is(np.b - 1, kRealPrep);
            // "thousands of Israelis protested": the amount and its people are one subject
            if (in_pp && np.b - 2 >= S.b && partitive_of(v, np.b - 1)) {
                np.b -= 2; // ... unless the amount is in a phrase itself ("teams from dozens of countries")
                in_pp = np.b - 1 >= S.b && v.is(np.b - 1, kRealPrep);
            }
            // the second conjunct of a phrase in a PP: "a truce between the army and the RSF collapsed"
            if (!in_pp && np.b - 2 >= S.b && v.low(np.b - 1) == "and") {
                Span first = np_left(v, np.b - 2, S.b);
                if (!first.empty() && first.b - 1 >= S.b && v.is(first.b - 1, kRealPrep)) {
                    in_pp = true;
                    np.b = first.b;
                }
            }
            // "Secretary of Defense Lloyd J. Austin III": "of" inside a title is part of the name
            if (in_pp && v.low(np.b - 1) == "of" && np.b - 2 >= S.b && v.pos(np.b - 2) == Pos::NNP &&
                v.chunk_at(np.b - 2) < 0 && v.pos(np.b) == Pos::NNP) {
                Span title = np_left(v, np.b - 2, S.b);
                if (!title.empty() && !(title.b - 1 >= S.b && v.is(title.b - 1, kRealPrep))) {
                    np.b = title.b;
                    in_pp = false;
                }
            }
            bool possessor = v.pos(j + 1) == Pos::POS;
            bool timex_np = v.toks[np.e - 1].timex >= 0;
            if (in_pp || timex_np) {
                j = np.b - 2;
                continue;
            }
            if (possessor) {
                j = np.b - 1;
                continue;
            }
            if (!appositive.empty() && chunks_in(v, np).empty() && !chunks_in(v, appositive).empty())
                return appositive; // "Its leader, Kim Jong-un, has ..."
            // an infinitive of purpose after a verb whose object does not act: the verb's subject does
            if (v.low(t - 1) == "to" && np.b - 1 >= S.b && pos_is_verb(v.pos(np.b - 1)) &&
                std::find(std::begin(kPurposeVerbs), std::end(kPurposeVerbs), v.toks[np.b - 1].lemma) !=
                    std::end(kPurposeVerbs)) {
                j = np.b - 1;
                continue;
            }
            return np;
        }
        if (v.pos(j) == Pos::PRP) return {j, j + 1}; // unresolved pronoun: a subject without an entity
        if (v.pos(j) == Pos::EX) return {};          // "there is"
        if (is_prep(v.pos(j)) || v.pos(j) == Pos::CC) {
            --j;
            continue;
        }
        break;
    }
    if (depth > 2) return {};
    // relative clause: the antecedent before "who/which/that"
    if (S.kind == Segment::Relative && si > 0) {
        int k = S.b - 1;
        if (v.low(k) == ",") --k;
        if (k >= 0 && np_token(v, k)) {
            Span np = np_left(v, k, segs[si - 1].b);
            // "X, a group that works there, said": the verb after the closing comma belongs to X
            int vg = verb_group_begin(v, t, S.b);
            bool closed = vg - 1 > S.b + 2 && v.low(vg - 1) == ",";
            if (speaker && closed && !np.empty() && chunks_in(v, np).empty() && np.b - 2 >= segs[si - 1].b &&
                v.low(np.b - 1) == "," && np_token(v, np.b - 2)) {
                Span outer = np_left(v, np.b - 2, segs[si - 1].b);
                if (!chunks_in(v, outer).empty()) return outer;
            }
            return np;
        }
    }
    if (S.kind == Segment::Coord && si > 0 && !seg_subject[si - 1].empty()) return seg_subject[si - 1];
    // "X said Kyiv was watching ... and called on its partners": a communication verb coordinated after a
    // reported clause is the reporter's
    if (S.kind == Segment::Coord && si >= 2 && segs[si - 1].kind == Segment::Complement &&
        !seg_subject[si - 2].empty() && v.toks[t].senses) {
        for (const auto& sense : *v.toks[t].senses)
            if (lex.types()[std::size_t(sense.type)].cls == FrameClass::Communication)
                return seg_subject[si - 2];
    }
    return {};
}
} // namespace eventline::events
