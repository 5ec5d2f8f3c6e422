// The sentence view: tokens lower-cased and looked up in the word table, POS tags (with the rules' own
// corrections), entity and timex chunks, and the pronoun fallback's memory.
#include "extractor.h"

namespace eventline::events {

using namespace std::literals;

/// Chunks of the sentence's entity mentions over `toks` (first mention wins a token); chunk_of[token] ->
/// chunk.
void Extractor::mention_chunks(const std::vector<Token>& toks, const DocumentEntities& ents,
                               std::size_t mention_begin, std::size_t mention_end,
                               std::vector<EntChunk>& chunks, std::vector<int>& chunk_of) {
    const int n = int(toks.size());
    chunk_of.assign(toks.size(), -1);
    for (std::size_t m = mention_begin; m < mention_end; ++m) {
        const auto& em = ents.mentions[m];
        if (em.entity < 0 || std::size_t(em.entity) >= ents.entities.size()) continue;
        auto it = std::lower_bound(toks.begin(), toks.end(), em.begin,
                                   [](const Token& t, std::uint32_t o) { return t.end <= o; });
        int tb = int(it - toks.begin()), te = tb;
        while (te < n && toks[std::size_t(te)].begin < em.end)
            ++te;
        if (te <= tb) continue;
        bool taken = false;
        for (int k = tb; k < te; ++k)
            taken |= chunk_of[std::size_t(k)] >= 0;
        if (taken) continue;
        int c = int(chunks.size());
        chunks.push_back({tb, te, em.entity, false});
        for (int k = tb; k < te; ++k)
            chunk_of[std::size_t(k)] = c;
    }
}

/// Lower-cases the sentence's tokens and looks each up in the word table. Returns true when some token
/// could be an event trigger (as a verb or a noun) or a personnel noun (presence events): exactly the
/// lemmas extract_sentence() needs, so a sentence without one yields no event.
/// `lower` receives the lower-cased sentence the tokens' `lower` views point into.
bool Extractor::prepare_tokens(const Sentence& s, const std::vector<Token>& toks, std::string& lower,
                               std::vector<Tok>& out) const {
    lower.assign(s.norm);
    for (char& c : lower) // branch-free, so the compiler vectorizes it
        c = char(c + (static_cast<unsigned char>(c - 'A') < 26u ? 32 : 0));
    out.resize(toks.size()); // every field is set below: one pass over the tokens, not a fill and a pass
    bool event_form = false;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        Tok& t = out[i];
        t.begin = toks[i].begin;
        t.end = toks[i].end;
        t.text = std::string_view(s.norm).substr(t.begin, t.end - t.begin);
        t.lower = std::string_view(lower).substr(t.begin, t.end - t.begin);
        t.pos = Pos::None;
        t.chunk = -1;
        t.timex = -1;
        t.lemma = {};
        t.info = words.find(t.lower);
        t.flags = t.info ? t.info->flags : 0;
        t.lemma_flags = 0;
        t.senses = nullptr;
        event_form |= (t.flags & kEventForm) != 0;
    }
    return event_form;
}

/// The per-document memory update view() makes, for a sentence that is skipped.
void Extractor::remember(const Sentence& s, const std::vector<Token>& toks, const DocumentEntities& ents,
                         std::size_t mention_begin, std::size_t mention_end, Memory& mem) const {
    std::vector<EntChunk> chunks;
    std::vector<int> chunk_of;
    mention_chunks(toks, ents, mention_begin, mention_end, chunks, chunk_of);
    std::sort(chunks.begin(), chunks.end(), [](const EntChunk& a, const EntChunk& b) { return a.tb < b.tb; });
    const int si = int(s.index);
    for (const auto& c : chunks) {
        const auto& e = ents.entities[std::size_t(c.entity)];
        if (e.kind == "person"sv)
            mem.person = c.entity, mem.person_sentence = si;
        else if (e.kind == "group"sv)
            mem.group = c.entity, mem.group_sentence = si;
        else if (!e.is_place)
            mem.actor = c.entity, mem.actor_sentence = si;
    }
}

void Extractor::view(const Sentence& s, const std::vector<Timex>& timexes, const DocumentEntities& ents,
                     std::size_t mention_begin, std::size_t mention_end, Memory& mem,
                     std::vector<Token>& toks, std::vector<int>& chunk_of, SentenceView& v) const {
    v.sentence = &s;
    v.timexes = &timexes;
    v.chunks.clear();
    v.times.clear();
    v.has_quote = false;
    tagger.tag(s.norm, toks);
    mention_chunks(toks, ents, mention_begin, mention_end, v.chunks, chunk_of);
    bool modal = false; // the corrections below never make or unmake a modal: known from the tagger
    for (std::size_t i = 0; i < toks.size(); ++i) {
        Tok& t = v.toks[i];
        t.pos = Pos(toks[i].pos);
        t.chunk = chunk_of[i];
        modal |= t.pos == Pos::MD;
        if (t.is(kQuoteMark) || t.lower == "“"sv || t.lower == "”"sv) v.has_quote = true;
    }
    auto first_tok = [&](std::uint32_t off) {
        auto it = std::lower_bound(v.toks.begin(), v.toks.end(), off,
                                   [](const Tok& t, std::uint32_t o) { return t.end <= o; });
        return int(it - v.toks.begin());
    };
    for (std::size_t x = 0; x < timexes.size(); ++x) {
        int tb = first_tok(timexes[x].begin), te = tb;
        while (te < v.size() && v.toks[te].begin < timexes[x].end)
            ++te;
        if (te <= tb) continue;
        v.times.push_back({tb, te, int(x)});
        for (int k = tb; k < te; ++k)
            if (v.toks[k].timex < 0) v.toks[k].timex = int(x);
    }
    // pronoun fallback and memory update, in reading order
    const int si = int(s.index);
    int first_human = -1;
    bool plural_since_group = false; // a plural common noun after the last group named: "their" may be its
    for (int i = 0; i < v.size(); ++i) {
        Tok& t = v.toks[i];
        if (t.chunk >= 0) {
            const auto& e = ents.entities[v.chunks[t.chunk].entity];
            if (i == v.chunks[t.chunk].tb && !v.chunks[t.chunk].resolved_pronoun) {
                int id = v.chunks[t.chunk].entity;
                if (e.kind == "person"sv)
                    mem.person = id, mem.person_sentence = si;
                else if (e.kind == "group"sv)
                    mem.group = id, mem.group_sentence = si, plural_since_group = false;
                else if (!e.is_place)
                    mem.actor = id, mem.actor_sentence = si;
            }
            continue;
        }
        if (t.pos == Pos::NNS && t.chunk < 0) plural_since_group = true;
        if (t.pos != Pos::PRP && t.pos != Pos::PRPS) continue;
        int ref = -1;
        if (first_human < 0) { // "the defense minister said he ...": not our last named person
            first_human = v.size();
            for (int k = 0; k < v.size(); ++k)
                if ((v.toks[k].pos == Pos::NN || v.toks[k].pos == Pos::NNS) && v.toks[k].chunk < 0 &&
                    v.toks[k].info && (v.toks[k].info->noun_lemma_flags & kHuman)) {
                    first_human = k;
                    break;
                }
        }
        bool other_human = first_human < i;
        if (in(t.lower, {"he", "him", "his", "she", "her"}) && mem.person >= 0 &&
            si - mem.person_sentence <= 1 && !other_human)
            ref = mem.person;
        // (not past a plural noun of its own: "residents said, as foreign governments evacuated their
        // citizens")
        else if (in(t.lower, {"they", "them", "their"}) && mem.group >= 0 && si - mem.group_sentence <= 1 &&
                 !plural_since_group)
            ref = mem.group;
        else if (t.lower == "its"sv && mem.actor >= 0 && mem.actor_sentence == si)
            ref = mem.actor;
        else if (t.lower == "its"sv && mem.group >= 0 && mem.group_sentence == si)
            ref = mem.group; // "the military said one of its soldiers ..."
        else if (t.lower == "it"sv &&
                 ((mem.actor >= 0 && mem.actor_sentence == si) ||
                  (mem.group >= 0 && mem.group_sentence == si && i > 0 && v.toks[i - 1].info &&
                   (v.toks[i - 1].info->verb_lemma_flags & kReportVerb)))) {
            // "Russia said it had ...", and a collective "the military said it had killed ..."
            int k = i + 1;
            while (k < v.size() && v.pos(k) == Pos::RB)
                ++k;
            bool group = !(mem.actor >= 0 && mem.actor_sentence == si);
            if (is_finite(v.pos(k)) && v.low(k) != "is" && v.low(k) != "was")
                ref = group ? mem.group : mem.actor;
        }
        if (ref < 0) continue;
        t.chunk = int(v.chunks.size());
        v.chunks.push_back({i, i + 1, ref, true});
    }
    // one pass of local tag repairs, left to right (each reads the repaired tag before it):
    // - articles are determiners whatever the tagger's bigram said ("test-fired a/IN missile");
    // - a participle between a verb (not an auxiliary) and the noun it modifies is an adjective ("blamed
    //   armed gangs", "sent guided missiles": the tagger reads a second verb);
    // - a bare verb form right after a finite verb and before a noun modifies the noun ("fired tear gas")
    for (int i = 0; i < v.size(); ++i) {
        Tok& t = v.toks[i];
        if (t.pos == Pos::IN && (t.lower == "a"sv || t.lower == "an"sv)) t.pos = Pos::DT;
        // an -ing word between "at"/"on"/"against" and a plural noun describes it: "fired at protesting
        // students" (after "of" or "for" it is a gerund with its object: "accused X of sending weapons")
        if (t.pos == Pos::VBG && i > 0 &&
            (v.low(i - 1) == "at" || v.low(i - 1) == "on" || v.low(i - 1) == "against") &&
            v.pos(i + 1) == Pos::NNS && t.chunk < 0)
            t.pos = Pos::JJ;
        // a numeral is a number whatever its neighbours suggested ("abducted 20/NN students")
        if ((t.pos == Pos::NN || t.pos == Pos::NNP) && !t.text.empty() && t.text[0] >= '0' &&
            t.text[0] <= '9')
            t.pos = Pos::CD;
        if (i == 0 || t.chunk >= 0 || !pos_is_noun(v.pos(i + 1))) continue;
        const Tok& prev = v.toks[i - 1];
        const bool after_verb = is_finite(prev.pos) && !prev.is(kBe | kHave | kDo) && prev.pos != Pos::MD;
        if ((t.pos == Pos::VBN || t.pos == Pos::VBD) &&
            (after_verb || prev.pos == Pos::DT || prev.pos == Pos::CD))
            t.pos = Pos::JJ;
        else if (t.pos == Pos::VB && is_finite(prev.pos) && !prev.is(kDo) && prev.pos != Pos::MD &&
                 v.chunk_at(i + 1) < 0)
            t.pos = Pos::NN;
    }
    // the tagger often reads "were training" as a noun: an -ing word after a form of be is a verb
    for (int i = 1; i < v.size(); ++i) {
        Tok& t = v.toks[i];
        if (t.pos != Pos::NN || !t.lower.ends_with("ing") || t.chunk >= 0) continue;
        int k = i - 1;
        while (k > 0 && v.toks[k].pos == Pos::RB)
            --k;
        if (v.toks[k].is(kBe) && !pos_is_noun(v.pos(i + 1)) && !pos_is_adj(v.pos(i - 1))) t.pos = Pos::VBG;
        // and one after a preposition with an object of its own: "accused X of attacking a plant"
        Pos next = v.pos(i + 1);
        // (not before a name: "what kind of training North Korean troops receive")
        if (v.toks[i - 1].pos == Pos::IN && (next == Pos::DT || next == Pos::PRPS || next == Pos::CD))
            t.pos = Pos::VBG;
    }
    // and an -ing word after a determiner, a possessive or an adjective is a noun ("the shelling"), as is
    // one after an actor's name without an object of its own ("Indian shelling in Kashmir", not "Russia
    // sending troops"): the tagger reads some as gerunds, which made "X complained about Indian shelling"
    // an attack by X
    for (int i = 1; i < v.size(); ++i) {
        Tok& t = v.toks[i];
        if (t.pos != Pos::VBG || t.chunk >= 0) continue;
        const Tok& prev = v.toks[i - 1];
        Pos p = prev.pos;
        if (p == Pos::DT || p == Pos::PRPS || p == Pos::POS || pos_is_adj(p)) {
            t.pos = Pos::NN;
        } else if (p == Pos::NNP || p == Pos::NNPS) {
            Pos next = v.pos(i + 1);
            bool object = next == Pos::DT || next == Pos::CD || next == Pos::PRP || next == Pos::PRPS ||
                          pos_is_adj(next) || pos_is_noun(next) || v.chunk_at(i + 1) >= 0;
            if (!object) t.pos = Pos::NN;
        }
    }
    // a noun reading between a subject and an object start is the clause's verb: "police shot two
    // protesters", when the clause has no finite verb yet and the word can be a trigger verb
    bool finite_seen = false;
    for (int i = 1; i + 1 < v.size(); ++i) {
        Tok& t = v.toks[i];
        finite_seen |= is_finite(t.pos);
        if (finite_seen || t.pos != Pos::NN || t.chunk >= 0 || !t.info || !t.info->verb_senses) continue;
        const Tok& prev = v.toks[i - 1];
        const Tok& next = v.toks[i + 1];
        bool subject =
            prev.chunk >= 0 || prev.pos == Pos::NNS || prev.pos == Pos::NNP || prev.pos == Pos::NNPS;
        auto object_start = [](const Tok& o) {
            return o.chunk >= 0 || o.pos == Pos::DT || o.pos == Pos::CD || o.pos == Pos::PRP ||
                   o.pos == Pos::PRPS;
        };
        // (or a particle before one: "the air force shot down 15 drones")
        bool object = object_start(next) ||
                      ((next.lower == "down"sv || next.lower == "up"sv || next.lower == "off"sv) &&
                       i + 2 < v.size() && object_start(v.toks[i + 2]));
        if (subject && object) {
            t.pos = Pos::VBD;
            finite_seen = true;
        }
    }
    // a coordinated past tense the tagger read as a noun: "killed 18 people and abducted dozens more"
    bool past_seen = false;
    for (int i = 1; i < v.size(); ++i) {
        Tok& t = v.toks[i];
        past_seen |= t.pos == Pos::VBD;
        if (past_seen && t.pos == Pos::NN && t.chunk < 0 && t.lower.ends_with("ed") && t.info &&
            t.info->verb_senses && (v.low(i - 1) == "and" || v.low(i - 1) == "or"))
            t.pos = Pos::VBD;
    }
    // after a modal, a word the tagger read as a noun is a verb when WordNet knows it as one ("may
    // deploy")
    for (int i = 1; modal && i < v.size(); ++i) {
        Tok& t = v.toks[i];
        if ((t.pos != Pos::NN && t.pos != Pos::JJ) || t.chunk >= 0) continue;
        int k = i - 1;
        while (k > 0 && (v.toks[k].pos == Pos::RB || v.toks[k].is(kNegation)))
            --k;
        if (v.toks[k].pos == Pos::MD && lemmatizer.known(t.lower, WordClass::Verb)) t.pos = Pos::VB;
    }
    for (auto& t : v.toks) {
        if (!t.info) continue;
        if (pos_is_verb(t.pos)) {
            t.lemma = t.info->verb_lemma;
            t.lemma_flags = t.info->verb_lemma_flags;
            t.senses = t.info->verb_senses;
        } else if (t.pos == Pos::NN || t.pos == Pos::NNS) {
            t.lemma = t.info->noun_lemma;
            t.lemma_flags = t.info->noun_lemma_flags;
            t.senses = t.info->noun_senses;
        }
    }
}

} // namespace eventline::events
