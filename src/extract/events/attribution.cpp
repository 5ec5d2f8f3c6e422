// Attribution: reporting frames (who says so, and how sure), the frame governing an event, its source,
// modality and negation words, and quotes.
#include "extractor.h"

namespace eventline::events {

using namespace std::literals;

void Extractor::find_modality_phrases(const SentenceView& v, std::vector<int>& phrase_at) const {
    const int n = v.size();
    // the longest modality phrase starting at each token ("expected to", "plans to"), -1 for none
    for (int i = 0; i < n; ++i) {
        if (!v.toks[i].is(kPhraseStart)) continue;
        auto it = lex.attribution().phrases_by_first.find(v.toks[i].lower);
        if (it == lex.attribution().phrases_by_first.end()) continue;
        for (int ph : it->second) {
            const auto& words = lex.attribution().phrases[std::size_t(ph)].first;
            bool ok = i + int(words.size()) <= n;
            for (std::size_t q = 0; q < words.size() && ok; ++q)
                ok = v.low(i + int(q)) == words[q];
            if (ok) {
                phrase_at[std::size_t(i)] = ph;
                break;
            }
        }
    }
}

void Extractor::find_frames(const SentenceView& v, const std::vector<Segment>& segs,
                            const std::vector<Span>& seg_subject, std::vector<Frame>& frames) const {
    const int n = v.size();
    frames.clear();
    for (int i = 0; i < n; ++i) {
        const Tok& t = v.toks[i];
        // (a quick skip of most tokens: each branch below needs one of these)
        if (!t.reporting_verb_lemma() && !t.reporting_noun_lemma() && t.lower != "according"sv) continue;
        if (t.chunk >= 0) continue;
        if (pos_is_verb(t.pos) && t.reporting_verb_lemma() &&
            !(t.pos == Pos::VBG && i > 0 && pos_is_noun(v.pos(i + 1)))) {
            const int si = segment_of(segs, i);
            if (t.pos == Pos::VBN && passive_at(v, i, segs[si].b) && t.lemma != "quote") continue;
            Frame f;
            f.token = i;
            f.modality = lex.attribution().verbs.find(t.lemma)->second;
            f.past = t.pos == Pos::VBD || t.pos == Pos::VBN;
            // speaker=true: a reporting verb after an appositive's relative clause still finds its
            // speaker
            Span subj = find_subject(v, segs, si, i, seg_subject, 0, true);
            int src = -1;
            for (int c : chunks_in(v, subj)) {
                src = v.chunks[c].entity;
                break;
            }
            // "Spain's health agency, NAME, said": the named appositive speaks, not the possessor
            int first_end = subj.b;
            while (first_end < subj.e && v.chunk_at(first_end) >= 0 &&
                   v.chunk_at(first_end) == v.chunk_at(subj.b))
                ++first_end;
            if (src >= 0 && !subj.empty() && subj.e < i && v.low(subj.e) == "," && first_end > subj.b &&
                v.pos(first_end) == Pos::POS) {
                int k = subj.e + 1;
                if (int c = v.chunk_at(k); c >= 0 && v.chunks[c].entity >= 0) {
                    int e = k;
                    while (e < i && v.chunk_at(e) == c)
                        ++e;
                    if (e < i && v.low(e) == "," && e + 1 == i) src = v.chunks[c].entity;
                }
            }
            if (src < 0 && (i == segs[si].b || (i > 0 && v.is(i - 1, kQuoteMark)) || v.low(i - 1) == ",")) {
                Span after = np_right(v, i + 1, segs[si].e); // "said Victor Cha"
                for (int c : chunks_in(v, after)) {
                    src = v.chunks[c].entity;
                    break;
                }
            }
            f.source = src;
            // the frame's own timex: between its subject and the complement
            for (int k = std::max(subj.empty() ? i : subj.b, segs[si].b); k < segs[si].e; ++k)
                if (v.toks[k].timex >= 0) {
                    f.timex = v.toks[k].timex;
                    break;
                }
            // trailing: ", X said." closes the sentence or a dash/quote segment
            int after = i + 1;
            while (after < n &&
                   (v.toks[after].chunk >= 0 || v.pos(after) == Pos::RB || v.low(after) == "of" ||
                    v.toks[after].timex >= 0 || pos_is_noun(v.pos(after))))
                ++after;
            f.trailing = after >= n || v.pos(after) == Pos::Period || v.low(after) == "-" ||
                         v.low(after) == "--" || v.low(after) == "," || v.is(after, kQuoteMark);
            bool lead = subj.empty()
                            ? false
                            : (subj.b > 0 && (v.low(subj.b - 1) == "," || v.is(subj.b - 1, kQuoteMark) ||
                                              v.low(subj.b - 1) == "-"));
            f.trailing =
                f.trailing && (lead || i == segs[si].b || v.is(i - 1, kQuoteMark) || v.low(i - 1) == ",");
            frames.push_back(f);
        } else if ((t.pos == Pos::NN || t.pos == Pos::NNS) && t.reporting_noun_lemma()) {
            const int si = segment_of(segs, i);
            // "reports ..., fueled by X, that ...", "X fueled reports that ..."
            bool clause = false;
            for (int k = i + 1; k < n && k < i + 20; ++k)
                if (v.low(k) == "that" && v.pos(k) != Pos::DT) {
                    clause = true;
                    break;
                } else if (v.low(k) == ";" || v.pos(k) == Pos::Period)
                    break;
            if (!clause && !(v.low(i + 1) == "on" || v.low(i + 1) == "of")) continue;
            Frame f;
            f.token = i;
            f.modality = lex.attribution().nouns.find(t.lemma)->second;
            for (int k = i + 1; k < n && k < i + 20; ++k) {
                if (v.low(k) == "that") break;
                if ((v.low(k) == "by" || v.low(k) == "from") && k > 0) {
                    for (int c : chunks_in(v, np_right(v, k + 1, n))) {
                        f.source = v.chunks[c].entity;
                        break;
                    }
                    break;
                }
            }
            if (f.source < 0 && v.low(i + 1) == "that" && t.pos == Pos::NNS && i > segs[si].b &&
                np_token(v, i - 1)) {
                // "The agency estimates that ...": a verb the tagger read as a plural noun
                bool finite = false;
                for (int k = segs[si].b; k < i; ++k)
                    finite |= is_finite(v.pos(k));
                Span subj = finite ? Span{} : np_left(v, i - 1, segs[si].b);
                if (!subj.empty() && (subj.b == segs[si].b || v.low(subj.b - 1) == ","))
                    for (int c : chunks_in(v, subj)) {
                        f.source = v.chunks[c].entity;
                        break;
                    }
            }
            if (f.source < 0) {
                int vb = i - 1;
                while (vb >= segs[si].b && !pos_is_verb(v.pos(vb)))
                    --vb;
                if (vb >= segs[si].b && !v.is(vb, kBe)) {
                    Span subj = find_subject(v, segs, si, vb, seg_subject);
                    for (int c : chunks_in(v, subj)) {
                        f.source = v.chunks[c].entity;
                        break;
                    }
                }
            }
            frames.push_back(f);
        } else if (t.lower == "according"sv && v.low(i + 1) == "to") {
            Frame f;
            f.token = i;
            f.modality = "reported";
            f.whole_sentence = true;
            for (int c : chunks_in(v, np_right(v, i + 2, n))) {
                f.source = v.chunks[c].entity;
                break;
            }
            frames.push_back(f);
        }
    }
}

// The frame that governs the trigger, its source, and the event's modality.
void Extractor::attribute(const SentenceView& v, const std::vector<Segment>& segs,
                          const std::vector<Frame>& frames, const std::vector<int>& phrase_at,
                          Draft& d) const {
    const Candidate& cand = d.cand;
    const EventType& type = d.type;
    const int t = d.t;
    const int si = d.si;
    const Segment& S = d.S;
    const Roles& r = d.r;
    const bool communication = d.communication;
    const Frame*& frame = d.frame;
    bool& own_frame = d.own_frame;
    std::string& modality = d.modality;
    int& source = d.source;
    const int n = v.size();
    // attribution and modality
    frame = nullptr;
    own_frame = v.toks[t].reporting_verb_lemma() && !cand.noun;
    if (!own_frame) {
        for (const auto& f : frames) {
            if (f.token == t) continue;
            bool governs = f.token < t || f.whole_sentence || (f.trailing && f.token > t);
            if (f.token < t) {
                for (int k = f.token; k < t; ++k)
                    if (v.low(k) == ";") governs = false;
                // a frame inside a relative clause before the trigger does not govern it
                int fs = segment_of(segs, f.token);
                if (segs[fs].kind == Segment::Relative && fs != si && segs[fs].e <= t &&
                    segs[si].kind != Segment::Complement && segs[si].kind != Segment::Relative)
                    governs = false;
            }
            if (!governs) continue;
            if (!frame || (f.token < t && (frame->token > t || f.token > frame->token))) frame = &f;
        }
    }
    modality = own_frame ? "asserted" : frame ? frame->modality : "asserted";
    if (frame && frame->modality != "denied"sv)
        for (const auto& f : frames)
            if (f.token < frame->token && f.modality == "denied"sv && pos_is_verb(v.pos(f.token))) {
                modality = "denied";
                frame = &f;
            }
    source = own_frame ? r.subject_entity : -1;
    if (frame) {
        source = frame->source;
        if (source < 0) // "they estimate": fall back to an outer frame's speaker
            for (auto it = frames.rbegin(); it != frames.rend(); ++it)
                if (it->token < frame->token && it->source >= 0) {
                    source = it->source;
                    break;
                }
    }
    if (type.name == "deny"sv) modality = "asserted";
    // modality words on the trigger itself win over the frame's
    {
        int vg = cand.noun ? t : verb_group_begin(v, t, S.b);
        for (int k = std::max(S.b, vg - 1); k < t; ++k)
            if (v.pos(k) == Pos::MD && lex.attribution().modals.count(v.toks[k].lower))
                modality = lex.attribution().modals.find(v.toks[k].lower)->second;
        // a phrase ending right before (or in) the verb group: "is expected to", "preparing to"
        for (int start = std::max({0, S.b - 1, vg - 6}); start <= vg && start < n; ++start)
            if (int ph = phrase_at[std::size_t(start)]; ph >= 0) {
                const auto& [words, mod] = lex.attribution().phrases[std::size_t(ph)];
                if (start + int(words.size()) <= vg + 1 && start + int(words.size()) >= vg - 3)
                    modality = mod;
            }
        for (int k = S.b; k < S.e; ++k)
            if (v.pos(k) == Pos::RB && lex.attribution().adverbs.count(v.toks[k].lower) &&
                modality == "asserted"sv)
                modality = lex.attribution().adverbs.find(v.toks[k].lower)->second;
        if (S.kind == Segment::Main && S.b < n && in(v.low(S.b), {"if", "whether", "unless"}) &&
            modality == "asserted"sv)
            modality = "possible";
        if (!cand.noun && !communication && v.low(verb_group_begin(v, t, S.b)) == "to" &&
            modality == "asserted"sv && !frame) // purpose infinitive: "sent troops to join the fight"
            modality = "planned";
    }
    if (communication) source = r.subject_entity;
}

// The quoted parts of the sentence, for statements outside the quotes.
std::string Extractor::quote_text(const SentenceView& v, int t) {
    const int n = v.size();
    std::string quote;
    bool open = false;
    int qb = -1;
    for (int k = 0; k < n; ++k) {
        if (v.is(k, kQuoteMark) && (v.low(k) != "'" || open || k == 0 || v.low(k - 1) == "," ||
                                    v.low(k - 1) == "." || v.low(k - 1) == "?")) {
            if (!open) {
                open = true;
                qb = k + 1;
            } else {
                open = false;
                if (t >= qb && t < k) {
                    quote.clear();
                    break;
                }
                int qe = k;
                while (qe > qb && (v.low(qe - 1) == ","))
                    --qe;
                if (qe > qb) {
                    if (!quote.empty()) quote += " ... ";
                    quote += v.sentence->norm.substr(v.toks[qb].begin, v.toks[qe - 1].end - v.toks[qb].begin);
                }
            }
        }
    }
    return quote;
}

} // namespace eventline::events
