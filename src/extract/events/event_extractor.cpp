// Rule-based event extraction: triggers from the ontology, roles from clause structure, then attribution,
// modality, negation, time, quantities and a label. Precision over recall: an event needs a trigger that
// passes its conditions and at least one entity in a role. The rules live in the files extractor.h lists;
// this file is the driver.
#include "eventline/data_files.h"
#include "extractor.h"
#include "tokenize.h"

namespace eventline {

using namespace events;
using namespace std::literals;

struct EventExtractor::Impl : Extractor {};

namespace {

// A third-person pronoun anywhere in the text (the pronoun fallback may still find an entity).
bool has_pronoun(std::string_view s) {
    // ASCII letters, as isalpha() and tolower() in the C locale, inline (called per byte of such sentences)
    auto letter = [](char c) { return static_cast<unsigned char>((c | 32) - 'a') < 26u; };
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !letter(s[i]))
            ++i;
        std::size_t b = i;
        while (i < s.size() && letter(s[i]))
            ++i;
        std::size_t len = i - b;
        if (len < 2 || len > 5) continue;
        char w[6] = {};
        for (std::size_t k = 0; k < len; ++k)
            w[k] = char(s[b + k] | 32);
        if (in(w, {"he", "she", "they", "it", "its", "his", "her", "him", "them", "their"})) return true;
    }
    return false;
}

// Lemmas some rule looks at beyond the lexicon's own: light verbs and verbs of seeing and saying.
std::vector<std::string> wanted_lemmas(const Lexicon& lex) {
    std::vector<std::string> out = lex.all_lemmas();
    out.insert(out.end(), std::begin(kLightVerbs), std::end(kLightVerbs));
    out.insert(out.end(), std::begin(kPurposeVerbs), std::end(kPurposeVerbs));
    for (const char* w : {"see", "find", "spot", "observe", "station", "have", "tell", "quote", "be", "do"})
        out.emplace_back(w);
    return out;
}

// Lemmas that can make an event (as a verb or noun trigger) or a presence event (personnel nouns).
std::vector<std::string> event_lemmas(const Lexicon& lex, const std::vector<std::string>& wanted) {
    std::vector<std::string> out;
    for (const auto& w : wanted)
        if (lex.verb(w) || lex.noun(w) || lex.noun_in_class(w, "personnel")) out.push_back(w);
    return out;
}

WordTable make_words(const Lemmatizer& lemmatizer, const Lexicon& lex) {
    const auto wanted = wanted_lemmas(lex);
    return WordTable(lemmatizer, lex, wanted, event_lemmas(lex, wanted));
}

} // namespace

namespace events {

Extractor::Extractor() : lex(data_dir() / "events"), words(make_words(lemmatizer, lex)) {
    data_file("events/ontology.tsv"); // a clear error when data/ is missing
    statement_type = lex.type_index("statement");
    train_type = lex.type_index("train");
    test_type = lex.type_index("test");
    attack_type = lex.type_index("attack");
    deploy_type = lex.type_index("deploy");
}

void Extractor::extract_sentence(const SentenceView& v, const DocumentEntities& ents, Memory& mem,
                                 Scratch& scratch, std::vector<EventMention>& out) const {
    const int n = v.size();
    if (n < 4) return;
    // Only a token with trigger senses makes a candidate, and only a personnel noun a presence event: a
    // sentence with neither yields nothing, and the clause analysis below is skipped.
    bool trigger = false, personnel = false;
    for (const Tok& t : v.toks) {
        trigger |= t.senses != nullptr;
        personnel |= (t.pos == Pos::NN || t.pos == Pos::NNS) && t.personnel_lemma();
    }
    if (!trigger && !personnel) return;
    if (word_salad(v)) return;
    std::vector<Segment>& segs = scratch.segs;
    segments(v, scratch.segment_kind, segs);
    std::vector<Candidate>& cands = scratch.cands;
    find_candidates(v, ents, segs, cands);
    // weapons fired at someone or somewhere are an attack, not a test: "launched 40 missiles at Ukrainian
    // cities", "fired rockets toward Israel"
    aim_weapons(v, segs, cands);
    // the longest modality phrase starting at each token ("expected to", "plans to"), -1 for none
    std::vector<int>& phrase_at = scratch.phrase_at;
    phrase_at.assign(std::size_t(n), -1);
    if (!cands.empty()) find_modality_phrases(v, phrase_at);

    // the subject found in each segment, for coordinated clauses
    std::vector<Span>& seg_subject = scratch.seg_subject;
    seg_subject.assign(segs.size(), Span{});
    // Frames (who says so, and how sure) and quantities are only read for a candidate that passed its gates
    // or a presence event: found on first use. The frames are found as before any candidate, with no
    // segment subject known yet.
    bool frames_found = false;
    auto frames = [&]() -> const std::vector<Frame>& {
        if (!frames_found) {
            scratch.no_subjects.assign(segs.size(), Span{});
            find_frames(v, segs, scratch.no_subjects, scratch.frames);
            frames_found = true;
        }
        return scratch.frames;
    };
    std::optional<std::vector<QuantitySpan>> quantities_found;
    auto quantities = [&]() -> const std::vector<QuantitySpan>& {
        if (!quantities_found) quantities_found = find_quantities(v);
        return *quantities_found;
    };

    for (const auto& cand : cands) {
        const EventType& type = lex.types()[cand.type];
        const int t = cand.trigger;
        const int si = segment_of(segs, t);
        Draft d{cand, type, t, si, segs[si]};
        d.communication = type.cls == FrameClass::Communication;
        d.subj_role = d.communication && cand.type == statement_type ? "speaker"
                      : cand.undergoer                               ? "patient"
                                                                     : "agent";
        if (d.communication &&
            (type.name == "statement"sv || type.name == "confirm"sv || type.name == "deny"sv))
            d.subj_role = "speaker";
        d.np_end = cand.last + 1;
        d.rule = cand.rule;

        find_roles(v, ents, segs, seg_subject, d);
        if (!passes_gates(v, out, d)) continue;
        const Roles& r = d.r;

        // built in place (an event is a big struct to move): taken out again when dropped below
        EventMention& m = out.emplace_back();
        m.type = type.name;
        m.cameo = type.cameo;
        m.trigger =
            std::string(v.sentence->norm.substr(v.toks[t].begin, v.toks[cand.last].end - v.toks[t].begin));
        m.sentence = v.sentence->index;
        m.participants = std::move(d.r.participants); // the later steps read the roles' spans only
        m.places = std::move(d.r.places);
        m.negated = d.negated;

        attribute(v, segs, frames(), phrase_at, d);
        m.time = event_time(v, segs, mem, d);
        m.modality = d.modality;
        m.source = d.source;
        attach_quantities(v, quantities(), d, m);
        if (!keeps_without_entities(v, m, d)) {
            out.pop_back();
            continue;
        }
        if (d.communication && v.has_quote) m.quote = quote_text(v, t);

        // evidence span: the clause and the roles found outside it
        const Segment& S = d.S;
        int eb = S.b, ee = S.e;
        if (!r.subject.empty()) eb = std::min(eb, r.subject.b), ee = std::max(ee, r.subject.e);
        while (ee > eb + 1 && (v.pos(ee - 1) == Pos::Period || v.low(ee - 1) == ","))
            --ee;
        if (ee <= eb) ee = eb + 1;
        m.begin = doc_offset(*v.sentence, v.toks[eb].begin);
        m.end = doc_offset(*v.sentence, v.toks[ee - 1].end);
        m.rule = d.rule;
        m.label = label(v, ents, m, r, cand);
        if (d.communication) {
            const std::span<const EventMention> before(out.data(), out.size() - 1); // the events before m
            bool dup = same_sentence_any(before, m.sentence, [&](const EventMention& o) {
                return o.type == m.type && o.source == m.source && o.source >= 0;
            });
            if (dup) { // '"...," he said, "..."': one statement
                out.pop_back();
                continue;
            }
        }
        training_event(v, ents, d, out);
    }
    if (personnel) presence_events(v, segs, ents, frames(), out);
}

} // namespace events

EventExtractor::EventExtractor() : impl_(std::make_unique<Impl>()) {}
EventExtractor::~EventExtractor() = default;

std::vector<EventMention> EventExtractor::extract([[maybe_unused]] const Document& doc,
                                                  const std::vector<Sentence>& sentences,
                                                  const SentenceTimexes& timexes,
                                                  const DocumentEntities& entities) const {
    std::vector<EventMention> out;
    // about one event per sentence in news, a few more in some: few moves of these big structs
    out.reserve(sentences.size() + sentences.size() / 4);
    Memory mem;
    static const std::vector<Timex> none;
    std::vector<Token> toks; // the sentence's tokens, tagged in place
    std::string lower;       // the current sentence, lower-cased
    SentenceView v;          // the current sentence; its vectors keep their storage from sentence to sentence
    Scratch scratch;
    std::size_t m = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const Sentence& s = sentences[i];
        while (m < entities.mentions.size() && entities.mentions[m].sentence < s.index)
            ++m;
        std::size_t me = m;
        while (me < entities.mentions.size() && entities.mentions[me].sentence == s.index)
            ++me;
        if (me == m && !has_pronoun(s.norm)) continue; // no entity can fill a role: nothing to extract
        const auto& tx = i < timexes.size() ? timexes[i] : none;
        if (s.tokens.empty())
            toks = tokenize(s.norm);
        else
            toks.assign(s.tokens.begin(), s.tokens.end());
        // Most sentences hold no trigger: skip tagging and clause analysis, keep the memory update.
        if (toks.size() < 4 || !impl_->prepare_tokens(s, toks, lower, v.toks)) {
            impl_->remember(s, toks, entities, m, me, mem);
            m = me;
            continue;
        }
        impl_->view(s, tx, entities, m, me, mem, toks, scratch.chunk_of, v);
        impl_->extract_sentence(v, entities, mem, scratch, out);
        m = me;
    }
    return out;
}

} // namespace eventline
