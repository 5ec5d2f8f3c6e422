// Events without a trigger of their own: troops present somewhere, training at training grounds.
#include "extractor.h"

namespace eventline::events {

using namespace std::literals;

// "North Korean troops are in Russia", "to see troops in Kursk": a deployment without a verb trigger.
void Extractor::presence_events(const SentenceView& v, const std::vector<Segment>& segs,
                                const DocumentEntities& ents, const std::vector<Frame>& frames,
                                std::vector<EventMention>& out) const {
    if (deploy_type < 0) return;
    const int n = v.size();
    for (int i = 0; i + 2 < n; ++i) {
        if (!(v.pos(i) == Pos::NNS || v.pos(i) == Pos::NN) || !v.toks[i].personnel_lemma()) continue;
        int k = i + 1;
        bool be = false;
        if (v.is(k, kBe)) {
            be = true;
            ++k;
            while (k < n && (v.pos(k) == Pos::RB || v.is(k, kNegation)))
                ++k;
        }
        if (!in(v.low(k), {"in", "inside"})) continue;
        int si = segment_of(segs, i);
        Span np = np_left(v, i, segs[si].b);
        bool seen = be || (np.b > 0 && pos_is_verb(v.pos(np.b - 1)) &&
                           in(v.toks[np.b - 1].lemma, {"see", "find", "spot", "observe", "station", "have"}));
        if (!seen) continue;
        Span place_np = np_right(v, k + 1, segs[si].e);
        int place = -1;
        for (int c : chunks_in(v, place_np)) {
            const auto& e = ents.entities[v.chunks[c].entity];
            if (e.is_place || e.kind == "country"sv) {
                place = c;
                break;
            }
        }
        if (place < 0) continue;
        EventMention m;
        const EventType& type = lex.types()[deploy_type];
        m.type = type.name;
        m.cameo = type.cameo;
        m.trigger = std::string(v.toks[i].text);
        m.rule = "presence";
        m.sentence = v.sentence->index;
        for (int c : chunks_in(v, np))
            if (!ents.entities[v.chunks[c].entity].is_place)
                m.participants.push_back({v.chunks[c].entity, "theme"});
        m.places.push_back({v.chunks[place].entity, "location"});
        if (m.participants.empty()) continue;
        for (int q = np.b; q <= k; ++q)
            if (v.is(q, kNegation) || v.low(q) == "no") m.negated = true;
        // attribution: nearest frame before; modality phrases before the NP ("expected to see")
        const Frame* frame = nullptr;
        for (const auto& f : frames)
            if (f.token < np.b && (!frame || f.token > frame->token)) frame = &f;
        m.modality = frame ? frame->modality : "asserted";
        m.source = frame ? frame->source : -1;
        if (frame && m.source < 0)
            for (const auto& f : frames)
                if (f.token < frame->token && f.source >= 0) m.source = f.source;
        for (const auto& [words, mod] : lex.attribution().phrases) {
            int len = int(words.size());
            for (int s = std::max(0, np.b - len - 2); s + len <= np.b; ++s) {
                bool ok = true;
                for (int q = 0; q < len && ok; ++q)
                    ok = v.low(s + q) == words[q];
                if (ok) m.modality = mod;
            }
        }
        if (m.modality == "expected"sv || m.modality == "planned"sv)
            for (const auto& tc : v.times)
                if (tc.tb > k && (*v.timexes)[tc.index].future) {
                    const Timex& x = (*v.timexes)[tc.index];
                    m.time = time_span(x);
                    break;
                }
        if (!m.time) {
            int si2 = segment_of(segs, i);
            for (const auto& tc : v.times)
                if (tc.tb >= segs[si2].b && tc.te <= segs[si2].e) {
                    const Timex& x = (*v.timexes)[tc.index];
                    if (x.interval_start.empty() || x.type == TimexType::Duration) continue;
                    m.time = time_span(x);
                    break;
                }
        }
        int eb = np.b, ee = std::max(place_np.e, np.b + 1);
        m.begin = doc_offset(*v.sentence, v.toks[eb].begin);
        m.end = doc_offset(*v.sentence, v.toks[ee - 1].end);
        int lb = np.b;
        while (lb < i && v.chunk_at(lb) < 0 && pos_is_noun(v.pos(lb)) && v.toks[lb].reporting_noun_lemma())
            ++lb;
        std::string subject =
            v.sentence->norm.substr(v.toks[lb].begin, v.toks[np.e - 1].end - v.toks[lb].begin);
        m.label = (m.negated ? "No " : "") + subject +
                  (m.modality == "expected"sv ? " expected in " : " in ") +
                  ents.entities[v.chunks[place].entity].name;
        if (!m.label.empty() && m.label[0] >= 'a' && m.label[0] <= 'z')
            m.label[0] = char(m.label[0] - 'a' + 'A');
        bool dup = same_sentence_any(out, m.sentence, [&](const EventMention& o) {
            return o.type == m.type && o.places.size() == 1 && o.places[0].entity == m.places[0].entity;
        });
        if (!dup) out.push_back(std::move(m));
    }
}

// A movement to training grounds implies training there (the event just pushed on `out`).
void Extractor::training_event(const SentenceView& v, const DocumentEntities& ents, const Draft& d,
                               std::vector<EventMention>& out) const {
    const Candidate& cand = d.cand;
    const EventType& type = d.type;
    const Segment& S = d.S;
    const Roles& r = d.r;
    if (type.cls == FrameClass::Motion && train_type >= 0 && cand.type != train_type) {
        for (int once = 0; once < 1 && !out.back().places.empty(); ++once) {
            int training = -1;
            for (int k = cand.last + 1; k < S.e && training < 0; ++k)
                if (v.low(k) == "training" &&
                    in(v.low(k + 1), {"grounds", "ground", "areas", "area", "camps", "camp", "centers",
                                      "center", "bases", "base", "sites", "facilities"}))
                    training = k;
            if (training < 0) continue;
            EventMention tr = out.back();
            const EventType& tt = lex.types()[train_type];
            tr.type = tt.name;
            tr.cameo = tt.cameo;
            tr.trigger = "training";
            tr.rule = "training_site";
            tr.places.clear(); // only the places named after "training grounds"
            for (auto& [role, np] : r.pps)
                if (is_place_role(role) && np.b > training)
                    for (auto& p : out.back().places)
                        for (int c : chunks_in(v, np))
                            if (v.chunks[c].entity == p.entity &&
                                std::none_of(tr.places.begin(), tr.places.end(),
                                             [&](auto& q) { return q.entity == p.entity; }))
                                tr.places.push_back({p.entity, "location"});
            if (tr.places.empty()) continue;
            tr.participants.clear();
            for (auto& p : out.back().participants)
                if (p.role != "agent"sv) tr.participants.push_back({p.entity, "agent"});
            std::string who = tr.participants.empty() ? std::string("Troops")
                                                      : ents.entities[tr.participants[0].entity].name;
            if (!tr.participants.empty() && who.find("troops") == std::string::npos &&
                ents.entities[tr.participants[0].entity].kind == "country"sv)
                who += " troops";
            tr.label = who + " train in " +
                       (tr.places.empty() ? std::string("?") : ents.entities[tr.places.back().entity].name);
            tr.quantities.clear();
            out.push_back(std::move(tr));
            break;
        }
    }
}

} // namespace eventline::events
