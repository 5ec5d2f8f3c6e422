// Rule-based event extraction: triggers from the ontology, roles from clause structure, then attribution,
// modality, negation, time, quantities and a label. Precision over recall: an event needs a trigger that
// passes its conditions and at least one entity in a role.
#include "eventline/data_files.h"
#include "eventline/events.h"
#include "eventline/pos.h"
#include "lemmatizer.h"
#include "lexicon.h"
#include "quantity.h"
#include "tokenize.h"
#include "view.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <unordered_set>

namespace eventline {

using namespace events;
using namespace std::literals;

namespace {

// Called for most tokens: compare length and first byte before the bytes.
[[gnu::always_inline]] inline bool in(std::string_view w, std::initializer_list<std::string_view> set) {
    for (std::string_view x : set)
        if (x.size() == w.size() && (w.empty() || (x[0] == w[0] && x == w))) return true;
    return false;
}

bool is_prep(Pos p) {
    return p == Pos::IN || p == Pos::TO;
}
bool is_finite(Pos p) {
    return p == Pos::VBD || p == Pos::VBZ || p == Pos::VBP || p == Pos::MD;
}
// Verbs whose object noun names the event ("conducted a test", "imposed sanctions").
constexpr std::string_view kLightVerbs[] = {
    "conduct", "carry",    "hold",     "stage",   "launch", "mount",     "make",    "wage",
    "begin",   "start",    "continue", "resume",  "give",   "undertake", "perform", "impose",
    "levy",    "announce", "push",     "oversee", "order",  "draw",      "face"};
bool is_light_verb(std::string_view lemma) {
    return std::find(std::begin(kLightVerbs), std::end(kLightVerbs), lemma) != std::end(kLightVerbs);
}
// A third-person pronoun anywhere in the text (the pronoun fallback may still find an entity).
bool has_pronoun(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !std::isalpha(static_cast<unsigned char>(s[i])))
            ++i;
        std::size_t b = i;
        while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])))
            ++i;
        std::size_t len = i - b;
        if (len < 2 || len > 5) continue;
        char w[6] = {};
        for (std::size_t k = 0; k < len; ++k)
            w[k] = char(std::tolower(static_cast<unsigned char>(s[b + k])));
        if (in(w, {"he", "she", "they", "it", "its", "his", "her", "him", "them", "their"})) return true;
    }
    return false;
}

// True when `pred` holds for an event of sentence `si`; they are the last ones of `out` (sentences are read
// in order), so the scan stops at the first event of an earlier sentence.
template <class Pred>
bool same_sentence_any(const std::vector<EventMention>& out, std::uint32_t si, Pred&& pred) {
    for (auto it = out.rbegin(); it != out.rend() && it->sentence == si; ++it)
        if (pred(*it)) return true;
    return false;
}

// Document offset of a norm offset; tolerates a sentence without its byte map.
std::uint32_t doc_offset(const Sentence& s, std::uint32_t off) {
    return off < s.to_doc.size() ? s.to_doc[off] : s.begin + off;
}

bool is_place_role(std::string_view r) {
    return r == "location" || r == "origin" || r == "destination";
}

// Per-document memory for the pronoun fallback (only used when the actors stage left a pronoun unresolved).
struct Memory {
    int person = -1, person_sentence = -1;
    int actor = -1, actor_sentence = -1; // country / organization
    int group = -1, group_sentence = -1;
    struct Dated {
        int sentence = -1;
        TimeSpan time;
    };
    std::vector<std::pair<int, Dated>> speaker_time; // speaker -> last dated statement
};

struct Span {
    int b = -1, e = -1; // tokens [b, e)
    bool empty() const { return b < 0 || e <= b; }
};

struct Segment {
    int b = 0, e = 0;
    enum Kind { Main, Relative, Complement, Coord } kind = Main;
};

struct Roles {
    std::vector<EntityRole> participants;
    std::vector<EntityRole> places;
    Span subject, object, recipient_np;
    std::vector<std::pair<std::string, Span>> pps; // role -> NP span, for the label
    int subject_entity = -1;
};

struct Frame {
    int token = -1;
    int source = -1;
    std::string modality;
    int timex = -1; // governing timex index
    bool trailing = false;
    bool whole_sentence = false; // "according to X"
    bool past = true;
};

struct Candidate {
    int trigger = -1;
    int type = -1;
    bool noun = false;
    bool passive = false;
    std::string rule;
    int last = -1;          // last token of the trigger (multi-word)
    bool undergoer = false; // the subject undergoes the event: it is the patient, not the agent
};

// Lemmas some rule looks at beyond the lexicon's own: light verbs and verbs of seeing and saying.
std::vector<std::string> wanted_lemmas(const Lexicon& lex) {
    std::vector<std::string> out = lex.all_lemmas();
    out.insert(out.end(), std::begin(kLightVerbs), std::end(kLightVerbs));
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

// The lexicon's noun class of a token: its lemma, or the word itself when no rule wanted a lemma for it.
bool token_in_class(const Lexicon& lex, const Tok& t, std::string_view cls) {
    return lex.noun_in_class(t.lemma.empty() ? t.lower : t.lemma, cls);
}

} // namespace

struct EventExtractor::Impl {
    PosTagger tagger;
    Lemmatizer lemmatizer;
    Lexicon lex;
    WordTable words;
    int statement_type = -1, train_type = -1, deploy_type = -1, test_type = -1, attack_type = -1;

    Impl() : lex(data_dir() / "events"), words(make_words(lemmatizer, lex)) {
        data_file("events/ontology.tsv"); // a clear error when data/ is missing
        statement_type = lex.type_index("statement");
        train_type = lex.type_index("train");
        test_type = lex.type_index("test");
        attack_type = lex.type_index("attack");
        deploy_type = lex.type_index("deploy");
    }

    // ---------------------------------------------------------------- sentence view
    /// Chunks of the sentence's entity mentions over `toks` (first mention wins a token); chunk_of[token] ->
    /// chunk.
    static void mention_chunks(const std::vector<Token>& toks, const DocumentEntities& ents,
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
    bool prepare_tokens(const Sentence& s, const std::vector<Token>& toks, std::string& lower,
                        std::vector<Tok>& out) const {
        lower.assign(s.norm);
        for (char& c : lower) // branch-free, so the compiler vectorizes it
            c = char(c + (static_cast<unsigned char>(c - 'A') < 26u ? 32 : 0));
        out.assign(toks.size(), Tok{});
        bool event_form = false;
        for (std::size_t i = 0; i < toks.size(); ++i) {
            Tok& t = out[i];
            t.begin = toks[i].begin;
            t.end = toks[i].end;
            t.text = std::string_view(s.norm).substr(t.begin, t.end - t.begin);
            t.lower = std::string_view(lower).substr(t.begin, t.end - t.begin);
            t.info = words.find(t.lower);
            t.flags = t.info ? t.info->flags : 0;
            event_form |= (t.flags & kEventForm) != 0;
        }
        return event_form;
    }

    /// The per-document memory update view() makes, for a sentence that is skipped.
    void remember(const Sentence& s, const std::vector<Token>& toks, const DocumentEntities& ents,
                  std::size_t mention_begin, std::size_t mention_end, Memory& mem) const {
        std::vector<EntChunk> chunks;
        std::vector<int> chunk_of;
        mention_chunks(toks, ents, mention_begin, mention_end, chunks, chunk_of);
        std::sort(chunks.begin(), chunks.end(),
                  [](const EntChunk& a, const EntChunk& b) { return a.tb < b.tb; });
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

    SentenceView view(const Sentence& s, const std::vector<Timex>& timexes, const DocumentEntities& ents,
                      std::size_t mention_begin, std::size_t mention_end, Memory& mem,
                      std::vector<Token>& toks, std::vector<Tok>&& prepared) const {
        SentenceView v;
        v.sentence = &s;
        v.timexes = &timexes;
        tagger.tag(s.norm, toks);
        v.toks = std::move(prepared);
        for (std::size_t i = 0; i < toks.size(); ++i) {
            Tok& t = v.toks[i];
            t.pos = Pos(toks[i].pos);
            if (t.is(kQuoteMark) || t.lower == "“"sv || t.lower == "”"sv) v.has_quote = true;
        }
        auto first_tok = [&](std::uint32_t off) {
            auto it = std::lower_bound(v.toks.begin(), v.toks.end(), off,
                                       [](const Tok& t, std::uint32_t o) { return t.end <= o; });
            return int(it - v.toks.begin());
        };
        {
            std::vector<int> chunk_of;
            mention_chunks(toks, ents, mention_begin, mention_end, v.chunks, chunk_of);
            for (int k = 0; k < v.size(); ++k)
                v.toks[k].chunk = chunk_of[std::size_t(k)];
        }
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
        for (int i = 0; i < v.size(); ++i) {
            Tok& t = v.toks[i];
            if (t.chunk >= 0) {
                const auto& e = ents.entities[v.chunks[t.chunk].entity];
                if (i == v.chunks[t.chunk].tb && !v.chunks[t.chunk].resolved_pronoun) {
                    int id = v.chunks[t.chunk].entity;
                    if (e.kind == "person"sv)
                        mem.person = id, mem.person_sentence = si;
                    else if (e.kind == "group"sv)
                        mem.group = id, mem.group_sentence = si;
                    else if (!e.is_place)
                        mem.actor = id, mem.actor_sentence = si;
                }
                continue;
            }
            if (t.pos != Pos::PRP && t.pos != Pos::PRPS) continue;
            int ref = -1;
            if (first_human < 0) { // "the defense minister said he ...": not our last named person
                first_human = v.size();
                for (int k = 0; k < v.size(); ++k)
                    if ((v.toks[k].pos == Pos::NN || v.toks[k].pos == Pos::NNS) && v.toks[k].chunk < 0 &&
                        v.toks[k].info && lex.noun_in_class(v.toks[k].info->noun_lemma, "human")) {
                        first_human = k;
                        break;
                    }
            }
            bool other_human = first_human < i;
            if (in(t.lower, {"he", "him", "his", "she", "her"}) && mem.person >= 0 &&
                si - mem.person_sentence <= 1 && !other_human)
                ref = mem.person;
            else if (in(t.lower, {"they", "them", "their"}) && mem.group >= 0 && si - mem.group_sentence <= 1)
                ref = mem.group;
            else if (t.lower == "its"sv && mem.actor >= 0 && mem.actor_sentence == si)
                ref = mem.actor;
            else if (t.lower == "its"sv && mem.group >= 0 && mem.group_sentence == si)
                ref = mem.group; // "the military said one of its soldiers ..."
            else if (t.lower == "it"sv && mem.actor >= 0 && mem.actor_sentence == si) {
                int k = i + 1;
                while (k < v.size() && v.pos(k) == Pos::RB)
                    ++k;
                if (is_finite(v.pos(k)) && v.low(k) != "is" && v.low(k) != "was") ref = mem.actor;
            }
            if (ref < 0) continue;
            t.chunk = int(v.chunks.size());
            v.chunks.push_back({i, i + 1, ref, true});
        }
        // the tagger often reads "were training" as a noun: an -ing word after a form of be is a verb
        for (int i = 1; i < v.size(); ++i) {
            Tok& t = v.toks[i];
            if (t.pos != Pos::NN || !t.lower.ends_with("ing") || t.chunk >= 0) continue;
            int k = i - 1;
            while (k > 0 && v.toks[k].pos == Pos::RB)
                --k;
            if (v.toks[k].is(kBe) && !pos_is_noun(v.pos(i + 1)) && !pos_is_adj(v.pos(i - 1)))
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
            bool object = next.chunk >= 0 || next.pos == Pos::DT || next.pos == Pos::CD ||
                          next.pos == Pos::PRP || next.pos == Pos::PRPS;
            if (subject && object) {
                t.pos = Pos::VBD;
                finite_seen = true;
            }
        }
        // after a modal, a word the tagger read as a noun is a verb when WordNet knows it as one ("may
        // deploy")
        for (int i = 1; i < v.size(); ++i) {
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
        return v;
    }

    // ---------------------------------------------------------------- clauses
    std::vector<Segment> segments(const SentenceView& v) const {
        const int n = v.size();
        std::vector<int> kind(n + 1, -1); // segment kind starting at token i
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
                bool complement =
                    w == "that" && i > 0 &&
                    (v.toks[i - 1].reporting_verb_lemma() || v.toks[i - 1].reporting_noun_lemma() ||
                     v.toks[i - 1].timex >= 0 || v.low(i - 1) == ",");
                kind[i] = complement ? Segment::Complement : Segment::Relative;
            } else if (in(w, {"but", "while", "whereas", "although", "though", "because", "unless", "if",
                              "whether"}) &&
                       i > 0) {
                kind[i] = Segment::Main;
            } else if ((w == "as" || w == "since") && i > 0) {
                for (int k = i + 1; k < n && k < i + 6 && v.low(k) != ","; ++k)
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
                    if (is_finite(v.pos(e)) && v.low(i - 1) != "between" && verb_before)
                        kind[i] = Segment::Main;
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
                    clause = j > k && (v.pos(k) != Pos::IN && v.pos(k) != Pos::TO);
                    break;
                }
            if (clause) kind[k] = Segment::Complement;
        }
        std::vector<Segment> out;
        for (int i = 0; i < n; ++i) {
            if (kind[i] >= 0 || out.empty()) {
                if (!out.empty()) out.back().e = i;
                out.push_back({i, n, Segment::Kind(std::max(0, kind[i]))});
            }
        }
        if (out.empty()) out.push_back({0, n, Segment::Main});
        std::vector<Segment> merged; // drop empty segments
        for (auto& s : out)
            if (s.e > s.b) merged.push_back(s);
        return merged;
    }

    static int segment_of(const std::vector<Segment>& segs, int t) {
        for (std::size_t i = 0; i < segs.size(); ++i)
            if (t >= segs[i].b && t < segs[i].e) return int(i);
        return segs.empty() ? -1 : int(segs.size()) - 1;
    }

    // ---------------------------------------------------------------- noun phrases
    // A numeral, whatever the tagger said ("1,400" is sometimes read as a noun).
    static bool is_number(const SentenceView& v, int i) {
        const auto& w = v.low(i);
        return v.pos(i) == Pos::CD || (!w.empty() && w[0] >= '0' && w[0] <= '9');
    }

    static bool np_token(const SentenceView& v, int i) {
        if (i < 0 || i >= v.size()) return false;
        if (v.toks[i].chunk >= 0) return true;
        Pos p = v.pos(i);
        return p == Pos::DT || p == Pos::PDT || p == Pos::PRPS || pos_is_adj(p) || p == Pos::CD ||
               pos_is_noun(p) || p == Pos::POS;
    }

    // NP ending at token j (inclusive), extended left over modifiers and quantity words.
    static Span np_left(const SentenceView& v, int j, int lo) {
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
            } else if (v.low(b - 1) == "of" && b - 2 >= lo && v.pos(b - 2) == Pos::CD &&
                       (v.pos(b) == Pos::PRPS || v.pos(b) == Pos::DT)) {
                b -= 2; // a part of a group: "one of its soldiers", "three of the fighters"
            } else if ((v.low(b - 1) == "and") && b - 2 >= lo &&
                       (v.chunk_at(b - 2) >= 0 || pos_is_adj(v.pos(b - 2))) &&
                       (v.chunk_at(b) >= 0 || pos_is_adj(v.pos(b)))) {
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
    static Span np_right(const SentenceView& v, int i, int hi) {
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
                       (v.chunk_at(e + 1) >= 0 || pos_is_adj(v.pos(e + 1))) &&
                       (v.chunk_at(e - 1) >= 0 || pos_is_adj(v.pos(e - 1)))) {
                e += 1;
            } else if (v.low(e) == "of" && e + 1 < hi && np_token(v, e + 1) && v.toks[e + 1].timex < 0) {
                e += 1;
            } else if ((v.pos(e) == Pos::VBG || v.pos(e) == Pos::VBN) && e + 1 < hi &&
                       pos_is_noun(v.pos(e + 1)) && e > i) {
                e += 1; // "training areas", "guided missiles"
            } else {
                break;
            }
        }
        while (e > i && (v.low(e - 1) == "of" || v.low(e - 1) == "and"))
            --e;
        return {i, e};
    }

    // Last common noun of an NP before any "of" complement.
    static int np_head(const SentenceView& v, Span np) {
        int head = -1;
        for (int k = np.b; k < np.e; ++k) {
            if (v.low(k) == "of" && head >= 0) break;
            if (pos_is_noun(v.pos(k)) || v.pos(k) == Pos::PRP || v.chunk_at(k) >= 0) head = k;
        }
        return head;
    }

    // The entity chunks inside a span, in order (at most 8: a phrase rarely names more; no allocation).
    struct ChunkList {
        std::array<int, 8> c{};
        int n = 0;
        const int* begin() const { return c.data(); }
        const int* end() const { return c.data() + n; }
        bool empty() const { return n == 0; }
        std::size_t size() const { return std::size_t(n); }
        int operator[](std::size_t i) const { return c[i]; }
    };
    ChunkList chunks_in(const SentenceView& v, Span np) const {
        ChunkList out;
        for (int k = np.b; k < np.e && k >= 0 && out.n < 8; ++k)
            if (int c = v.chunk_at(k); c >= 0 && (out.n == 0 || out.c[std::size_t(out.n - 1)] != c))
                out.c[std::size_t(out.n++)] = c;
        return out;
    }

    // ---------------------------------------------------------------- verb group
    bool passive_at(const SentenceView& v, int t, int lo) const {
        Pos p = v.pos(t);
        if (p != Pos::VBN && p != Pos::VBD) return false;
        if (t > 0 && v.pos(t - 1) == Pos::CD && v.toks[t - 1].timex < 0) return true; // "600,000 killed"

        for (int k = t - 1; k >= lo && k >= t - 4; --k) {
            const auto& w = v.low(k);
            if (v.toks[k].is(kBe) || w == "got" || w == "get" || w == "gets") return true;
            if (!(v.pos(k) == Pos::RB || v.toks[k].is(kNegation))) break;
        }
        // reduced relative: "forces, supplied by X", "troops sent by X"
        return v.low(t + 1) == "by" && t > 0 && (v.low(t - 1) == "," || pos_is_noun(v.pos(t - 1)));
    }

    // Start of the auxiliary chain before t ("have been", "will not", "may also").
    static int verb_group_begin(const SentenceView& v, int t, int lo) {
        int b = t;
        while (b - 1 >= lo) {
            const auto& w = v.low(b - 1);
            Pos p = v.pos(b - 1);
            if (p == Pos::MD || p == Pos::RB || v.toks[b - 1].is(kBe | kHave | kDo | kNegation) ||
                w == "to" || w == "got")
                --b;
            else
                break;
        }
        return b;
    }

    // ---------------------------------------------------------------- subject
    Span find_subject(const SentenceView& v, const std::vector<Segment>& segs, int si, int t,
                      const std::vector<Span>& seg_subject, int depth = 0, bool speaker = false) const {
        const Segment& S = segs[si];
        if (v.pos(t) == Pos::VBG && t > S.b && v.low(t - 1) == "," && depth < 2) {
            // ", killing 12 soldiers": the participle shares the main verb's subject
            for (int k = t - 2; k >= S.b; --k)
                if (is_finite(v.pos(k)) && v.pos(k) != Pos::MD)
                    return find_subject(v, segs, si, k, seg_subject, depth + 1);
            return {};
        }
        int j = verb_group_begin(v, t, S.b) - 1;
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
                if (speaker && closed && !np.empty() && chunks_in(v, np).empty() &&
                    np.b - 2 >= segs[si - 1].b && v.low(np.b - 1) == "," && np_token(v, np.b - 2)) {
                    Span outer = np_left(v, np.b - 2, segs[si - 1].b);
                    if (!chunks_in(v, outer).empty()) return outer;
                }
                return np;
            }
        }
        if (S.kind == Segment::Coord && si > 0 && !seg_subject[si - 1].empty()) return seg_subject[si - 1];
        return {};
    }

    // ---------------------------------------------------------------- roles after the trigger
    void assign_pp(const SentenceView& v, const DocumentEntities& ents, const EventType& type,
                   std::string_view prep, Span np, bool passive, bool noun, Roles& r) const {
        auto cs = chunks_in(v, np);
        if (cs.empty()) return;
        auto ent = [&](int c) -> const LocalEntity& { return ents.entities[v.chunks[c].entity]; };
        auto placeish = [&](int c) { return ent(c).is_place || ent(c).kind == "country"sv; };
        // the place the phrase names: the last place chunk, else the last country not used as a modifier
        int place = -1;
        for (int c : cs)
            if (ent(c).is_place) place = c;
        if (place < 0)
            for (int c : cs)
                if (ent(c).kind == "country"sv && !pos_is_noun(v.pos(v.chunks[c].te))) place = c;
        auto add_place = [&](std::string role) {
            if (place >= 0) {
                r.places.push_back({v.chunks[place].entity, role});
                r.pps.push_back({role, np});
            }
        };
        // a country named where a place can stand ("to Ukraine") is mentioned as the place: its actor twin
        auto country_actor = [&](int c) {
            const LocalEntity& p = ent(c);
            if (!p.is_place || p.country.empty()) return -1;
            for (std::size_t e = 0; e < ents.entities.size(); ++e) {
                const LocalEntity& a = ents.entities[e];
                if (!a.is_place && a.kind == "country"sv && a.country == p.country && a.name == p.name)
                    return int(e);
            }
            return -1;
        };
        auto add_actors = [&](std::string role) {
            bool any = false;
            for (int c : cs) {
                if (v.pos(v.chunks[c].te) == Pos::NN && (ent(c).kind == "country"sv || ent(c).is_place))
                    continue;
                // only for transfers: elsewhere a country in a trailing phrase is too often another clause's
                int actor = !ent(c).is_place ? v.chunks[c].entity
                            : (type.cls == FrameClass::Transfer && role == "recipient") ||
                                    (type.cls == FrameClass::Conflict && role == "target")
                                ? country_actor(c)
                                : -1;
                if (actor < 0) continue;
                r.participants.push_back({actor, role});
                any = true;
            }
            if (any) r.pps.push_back({role, np});
        };
        FrameClass cls = type.cls;
        if (in(prep, {"to", "into", "toward", "towards"})) {
            if (cls == FrameClass::Motion)
                add_place("destination");
            else if (cls == FrameClass::Transfer || cls == FrameClass::Communication)
                add_actors("recipient");
            else if (cls == FrameClass::Conflict && (noun || prep == "toward" || prep == "towards"))
                add_actors("target"); // "rockets fired toward Israel"
        } else if (prep == "from") {
            if (cls == FrameClass::Motion || cls == FrameClass::Transfer)
                add_place("origin");
            else if (cls == FrameClass::Communication && noun)
                add_actors("speaker");
            else if (noun)
                add_actors("agent"); // "condemnation from Tokyo"
        } else if (in(prep, {"in", "at", "inside", "near", "within", "outside", "across", "throughout"})) {
            if (cls == FrameClass::Conflict && prep == "at") add_actors("target"); // "fired at protesters"
            if (place >= 0 && placeish(place)) add_place("location");
        } else if (cls == FrameClass::Natural && in(prep, {"near", "off", "in", "at", "across"})) {
            if (place >= 0) add_place("location");
        } else if (prep == "on" && cls == FrameClass::Conflict) {
            add_actors("target");
        } else if (prep == "against") {
            add_actors("target");
        } else if (prep == "with" || prep == "between") {
            if (cls == FrameClass::Contact || cls == FrameClass::Conflict) add_actors("patient");
        } else if (prep == "by") {
            if (passive || noun) add_actors("agent");
        } else if (prep == "of" && noun) {
            add_actors(type.object_role == "destination" ? "agent" : type.object_role);
        }
    }

    // PPs after position k up to the clause end (stops at commas, other verbs and infinitives).
    void scan_pps(const SentenceView& v, const DocumentEntities& ents, const EventType& type, int k, int end,
                  bool passive, bool noun, Roles& r) const {
        const int start = k;
        while (k < end) {
            const auto& w = v.low(k);
            Pos p = v.pos(k);
            if (noun && type.cls == FrameClass::Natural && k == start && pos_is_verb(p)) {
                ++k; // "the quake struck near X": the verb the event noun is subject of
                continue;
            }
            if (w == ",") {
                if (k + 1 < end && is_prep(v.pos(k + 1)) && v.low(k + 1) != "as") {
                    ++k;
                    continue;
                }
                break;
            }
            if (p == Pos::TO && (v.pos(k + 1) == Pos::VB || v.pos(k + 1) == Pos::RB)) break; // infinitive
            if ((is_finite(p) || p == Pos::VBG || (p == Pos::VBN && !noun)) && v.chunk_at(k) < 0 &&
                !(p == Pos::VBG && pos_is_noun(v.pos(k + 1))))
                break;
            if (noun && (w == "as" || (w == "by" && k != start))) break; // "presence as an attempt by X"

            if (is_prep(p) && v.toks[k].timex < 0) {
                Span np = np_right(v, k + 1, end);
                if (!np.empty() && v.toks[np.b].timex < 0) {
                    assign_pp(v, ents, type, w, np, passive, noun, r);
                    // inner PPs of the NP ("port city of X") were covered; continue after it
                    k = np.e;
                    continue;
                }
            }
            ++k;
        }
    }

    // ---------------------------------------------------------------- extraction of one sentence
    void extract_sentence(const Document& doc, const SentenceView& v, const DocumentEntities& ents,
                          Memory& mem, std::vector<EventMention>& out) const {
        const int n = v.size();
        if (n < 4) return;
        auto segs = segments(v);
        auto ent = [&](int c) -> const LocalEntity& { return ents.entities[v.chunks[c].entity]; };

        // triggers
        std::vector<Candidate> cands;
        for (int i = 0; i < n; ++i) {
            const Tok& t = v.toks[i];
            if (t.chunk >= 0 || t.timex >= 0) continue;
            if (pos_is_verb(t.pos)) {
                if (t.is(kBe | kHave | kDo)) continue;
                if (t.pos == Pos::VBG && (v.pos(i - 1) == Pos::POS || v.pos(i - 1) == Pos::PRPS))
                    continue; // "X's sending"
                const auto* senses = t.senses;
                if (!senses) continue;
                int si = segment_of(segs, i);
                bool passive = passive_at(v, i, segs[si].b);
                for (const auto& s : *senses) {
                    int last = i;
                    if (!s.particle.empty()) {
                        if (v.low(i + 1) != s.particle) continue;
                        last = i + 1;
                    }
                    if (s.passive_only && !passive) continue;
                    if (s.quote_only && !v.has_quote) continue;
                    if (!s.object_class.empty()) {
                        int head = -1;
                        if (passive) {
                            auto seg_subj = std::vector<Span>(segs.size());
                            Span subj = find_subject(v, segs, si, i, seg_subj);
                            if (!subj.empty()) head = np_head(v, subj);
                        } else {
                            int k = last + 1;
                            while (k < n && (v.pos(k) == Pos::RB || v.pos(k) == Pos::RP))
                                ++k;
                            if (v.pos(k) == Pos::VBG) ++k; // "began pursuing its program"
                            Span obj = np_right(v, k, segs[si].e);
                            if (!obj.empty()) head = np_head(v, obj);
                            for (int q = obj.b; q >= 0 && q < obj.e && v.low(q) != "of"; ++q)
                                if ((v.pos(q) == Pos::NN || v.pos(q) == Pos::NNS) &&
                                    lex.noun_in_class(v.toks[q].lemma, s.object_class))
                                    head = q; // "troops and heavy weapons"
                            if (obj.empty() && s.object_class == "personnel") {
                                // intransitive motion: "troop ships moving from X" checks the mover instead
                                auto seg_subj = std::vector<Span>(segs.size());
                                Span subj = find_subject(v, segs, si, i, seg_subj);
                                for (int q = subj.b; q >= 0 && q < subj.e; ++q)
                                    if (pos_is_noun(v.pos(q)) && v.toks[q].personnel_lemma()) head = q;
                            }
                            if (head >= 0 && v.chunk_at(head) >= 0 && s.object_class == "place" &&
                                (ent(v.chunk_at(head)).is_place || ent(v.chunk_at(head)).kind == "country"sv))
                                head = -2;
                        }
                        if (head == -2) {
                        } else if (head < 0 || !token_in_class(lex, v.toks[head], s.object_class))
                            continue;
                    }
                    if (!s.excluded_object_class.empty() && !passive) {
                        // "sent a letter" is no shipment
                        int k = last + 1;
                        while (k < n && (v.pos(k) == Pos::RB || v.pos(k) == Pos::RP))
                            ++k;
                        Span obj = np_right(v, k, segs[si].e);
                        int head = obj.empty() ? -1 : np_head(v, obj);
                        if (head >= 0 && token_in_class(lex, v.toks[head], s.excluded_object_class)) continue;
                    }
                    cands.push_back({i, s.type, false, passive, "verb", last, s.undergoer});
                    break;
                }
            } else if (t.pos == Pos::NN || t.pos == Pos::NNS) {
                if (pos_is_noun(v.pos(i + 1)) && v.chunk_at(i + 1) < 0)
                    continue; // a modifier: "attack helicopters"
                const auto* senses = t.senses;
                if (!senses) continue;
                for (const auto& s : *senses) {
                    if (!s.particle.empty() || s.passive_only) continue;
                    cands.push_back({i, s.type, true, false, "noun", i});
                    break;
                }
            }
        }
        // weapons fired at someone or somewhere are an attack, not a test: "launched 40 missiles at Ukrainian
        // cities", "fired rockets toward Israel"
        for (auto& cand : cands) {
            if (cand.noun || cand.type != test_type || attack_type < 0) continue;
            int si = segment_of(segs, cand.trigger);
            for (int k = cand.last + 1; k + 1 < segs[si].e; ++k) {
                if (!(v.low(k) == "at" || v.low(k) == "against" || v.low(k) == "toward" ||
                      v.low(k) == "towards"))
                    continue;
                Span np = np_right(v, k + 1, segs[si].e);
                bool aimed = !chunks_in(v, np).empty();
                for (int q = np.b; q >= 0 && q < np.e && !aimed; ++q)
                    aimed = pos_is_noun(v.pos(q)) && lex.noun_in_class(v.toks[q].lemma, "place");
                if (aimed) {
                    cand.type = attack_type;
                    cand.rule = "verb_at_target";
                }
                break;
            }
        }
        auto quantities = find_quantities(v);
        // the longest modality phrase starting at each token ("expected to", "plans to"), -1 for none
        std::vector<int> phrase_at(std::size_t(n), -1);
        if (!cands.empty())
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

        // frames: who says so, and how sure
        std::vector<Frame> frames;
        std::vector<Span> seg_subject(segs.size());
        for (int i = 0; i < n; ++i) {
            const Tok& t = v.toks[i];
            if (t.chunk >= 0) continue;
            int si = segment_of(segs, i);
            if (pos_is_verb(t.pos) && t.reporting_verb_lemma() &&
                !(t.pos == Pos::VBG && i > 0 && pos_is_noun(v.pos(i + 1)))) {
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
                if (src < 0 &&
                    (i == segs[si].b || (i > 0 && v.is(i - 1, kQuoteMark)) || v.low(i - 1) == ",")) {
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

        std::unordered_set<int> used_frames_as_statements;
        const int sent = int(v.sentence->index);
        for (const auto& cand : cands) {
            const EventType& type = lex.types()[cand.type];
            const int t = cand.trigger;
            const int si = segment_of(segs, t);
            const Segment& S = segs[si];
            Roles r;
            bool communication = type.cls == FrameClass::Communication;
            std::string subj_role = communication && cand.type == statement_type ? "speaker"
                                    : cand.undergoer                             ? "patient"
                                                                                 : "agent";
            if (communication &&
                (type.name == "statement"sv || type.name == "confirm"sv || type.name == "deny"sv))
                subj_role = "speaker";
            int np_end = cand.last + 1;
            bool negated = false;
            std::string rule = cand.rule;

            if (!cand.noun) {
                r.subject = find_subject(v, segs, si, t, seg_subject);
                if (seg_subject[si].empty()) seg_subject[si] = r.subject;
                std::string role = cand.passive ? type.object_role : subj_role;
                if (cand.passive && is_place_role(role)) role = "theme";
                for (int c : chunks_in(v, r.subject)) {
                    if (ent(c).is_place && !cand.passive) continue;
                    r.participants.push_back({v.chunks[c].entity, role});
                    if (r.subject_entity < 0) r.subject_entity = v.chunks[c].entity;
                }
                // inverted reporting: "said Victor Cha, ..."
                if (r.participants.empty() && communication && r.subject.empty()) {
                    Span after = np_right(v, cand.last + 1, S.e);
                    for (int c : chunks_in(v, after)) {
                        if (ent(c).is_place) continue;
                        r.participants.push_back({v.chunks[c].entity, subj_role});
                        r.subject = after;
                        np_end = after.e;
                        break;
                    }
                }
                // object(s)
                if (!cand.passive && np_end == cand.last + 1) {
                    int k = cand.last + 1;
                    while (k < S.e && (v.pos(k) == Pos::RB || v.pos(k) == Pos::RP))
                        ++k;
                    Span obj = np_right(v, k, S.e);
                    if (!obj.empty()) {
                        Span second = np_right(v, obj.e, S.e);
                        if (!second.empty() && obj.e - obj.b == 1 &&
                            (v.pos(obj.b) == Pos::PRP || v.chunk_at(obj.b) >= 0)) {
                            r.recipient_np = obj;
                            for (int c : chunks_in(v, obj))
                                r.participants.push_back({v.chunks[c].entity, "recipient"});
                            obj = second;
                        }
                        r.object = obj;
                        std::string orole = type.object_role;
                        if (v.toks[t].lemma == "tell" || v.toks[t].lemma == "brief" ||
                            v.toks[t].lemma == "inform")
                            orole = "recipient";
                        else if (type.cls == FrameClass::Communication)
                            orole.clear(); // "said X's need ...": what is said is not a participant
                        for (int c : chunks_in(v, orole.empty() ? Span{} : obj)) {
                            // objects that only modify the head ("North Korean troops") are still the theme
                            if (is_place_role(orole)) {
                                if (ent(c).is_place || ent(c).kind == "country"sv)
                                    r.places.push_back({v.chunks[c].entity, orole});
                            } else if (!ent(c).is_place) {
                                r.participants.push_back({v.chunks[c].entity, orole});
                            }
                        }
                        if (v.low(obj.b) == "no") negated = true;
                        np_end = obj.e;
                    }
                }
                if (r.subject.b >= 0 && in(v.low(r.subject.b), {"no", "none"})) negated = true;
                int vg = verb_group_begin(v, t, S.b);
                for (int k = vg; k < t; ++k)
                    if (v.is(k, kNegation)) negated = true;
                if (vg > 0 && v.low(vg - 1) == "without") negated = true;
                if (vg > 0 && (v.low(vg - 1) == "or" || v.low(vg - 1) == "nor")) // "did not confirm or deny"
                    for (int k = std::max(S.b, vg - 6); k < vg - 1; ++k)
                        if (v.is(k, kNegation)) negated = true;
            } else {
                // noun trigger: possessor, an actor as modifier ("Russian shelling", "Hamas attack"), "by X",
                // "from X" (speakers), or the subject of a light verb
                int k = t - 1;
                int modifier = -1; // chunk of an actor among the modifiers
                while (k >= S.b && (pos_is_adj(v.pos(k)) || v.pos(k) == Pos::NN || v.pos(k) == Pos::VBN ||
                                    (v.chunk_at(k) >= 0 && pos_is_noun(v.pos(k))))) {
                    if (v.chunk_at(k) >= 0 && !ent(v.chunk_at(k)).is_place && modifier < 0)
                        modifier = v.chunk_at(k);
                    --k;
                }
                if (modifier >= 0 && ent(modifier).kind != "person"sv) {
                    r.participants.push_back({v.chunks[modifier].entity, subj_role});
                    r.subject = {v.chunks[modifier].tb, v.chunks[modifier].te};
                    rule = "noun_modifier";
                } else if (k >= S.b && v.pos(k) == Pos::POS && v.chunk_at(k - 1) >= 0 &&
                           !ent(v.chunk_at(k - 1)).is_place) {
                    int c = v.chunk_at(k - 1);
                    r.participants.push_back({v.chunks[c].entity, subj_role});
                    r.subject = {v.chunks[c].tb, v.chunks[c].te};
                    rule = "noun_possessive";
                } else if (k >= S.b && v.pos(k) == Pos::PRPS && v.chunk_at(k) >= 0) {
                    r.participants.push_back({v.chunks[v.chunk_at(k)].entity, subj_role});
                    r.subject = {k, k + 1};
                    rule = "noun_possessive";
                } else {
                    int det = k;
                    if (det >= S.b && (v.pos(det) == Pos::DT || v.pos(det) == Pos::CD)) --det;
                    while (det >= S.b && (v.pos(det) == Pos::RB || pos_is_adj(v.pos(det))))
                        --det;
                    if (det >= S.b && v.pos(det) == Pos::DT) --det;
                    if (det >= S.b && pos_is_verb(v.pos(det)) && is_light_verb(v.toks[det].lemma)) {
                        Span subj = find_subject(v, segs, si, det, seg_subject);
                        for (int c : chunks_in(v, subj))
                            if (!ent(c).is_place) r.participants.push_back({v.chunks[c].entity, subj_role});
                        r.subject = subj;
                        int vg = verb_group_begin(v, det, S.b);
                        for (int q = vg; q <= det + 1 && q < n; ++q)
                            if (v.is(q, kNegation) || v.low(q) == "no") negated = true;
                        rule = "light_verb";
                    } else if (t <= 3 && segs.size() > 0 && in(v.low(0), {"in", "during"})) {
                        // "In comments to reporters on Monday, President X said/sought ..."
                        int comma = t;
                        while (comma < n && v.low(comma) != ",")
                            ++comma;
                        if (comma < n) {
                            Span subj = np_right(v, comma + 1, n);
                            if (!subj.empty() && pos_is_verb(v.pos(subj.e))) {
                                for (int c : chunks_in(v, subj)) {
                                    if (ent(c).is_place) continue;
                                    r.participants.push_back({v.chunks[c].entity, subj_role});
                                    r.subject = {v.chunks[c].tb, v.chunks[c].te};
                                    break;
                                }
                            }
                            rule = "noun_fronted";
                        }
                    }
                    if (t > S.b && in(v.low(t - 1), {"no"})) negated = true;
                    if (t > S.b + 1 && v.low(t - 2) == "no") negated = true;
                }
            }
            scan_pps(v, ents, type, np_end, S.e, cand.passive, cand.noun, r);
            // fronted place: "In Kyiv, ..." at the start of the sentence
            if (!cand.noun && S.b == 0 && in(v.low(0), {"in", "at"}) && v.chunk_at(1) >= 0 &&
                v.low(v.chunks[v.chunk_at(1)].te) == "," && ent(v.chunk_at(1)).is_place)
                r.places.push_back({v.chunks[v.chunk_at(1)].entity, "location"});

            // dedupe: an entity keeps its first role
            {
                std::vector<EntityRole> parts;
                for (auto& p : r.participants)
                    if (std::none_of(parts.begin(), parts.end(),
                                     [&](auto& q) { return q.entity == p.entity; }))
                        parts.push_back(p);
                r.participants = parts;
                std::vector<EntityRole> pls;
                for (auto& p : r.places)
                    if (std::none_of(pls.begin(), pls.end(), [&](auto& q) { return q.entity == p.entity; }) &&
                        std::none_of(parts.begin(), parts.end(),
                                     [&](auto& q) { return q.entity == p.entity; }))
                        pls.push_back(p);
                r.places = pls;
            }

            // precision gates
            bool has_agent = std::any_of(r.participants.begin(), r.participants.end(),
                                         [&](auto& p) { return p.role == subj_role || p.role == "agent"sv; });
            if (communication && !has_agent) continue;
            bool natural = type.cls == FrameClass::Natural;
            if (!cand.noun && type.cls == FrameClass::Conflict && !r.subject.empty()) {
                // "the earthquake struck X" is the quake, not an attack
                int h = np_head(v, r.subject);
                const auto* senses = h >= 0 ? lex.noun(v.toks[h].lemma) : nullptr;
                if (senses && lex.types()[(*senses)[0].type].cls == FrameClass::Natural) continue;
            }
            if (natural && cand.noun) {
                // "opened fire", "set fire to": gunfire and arson, not a natural event
                if (t > 0 && pos_is_verb(v.pos(t - 1)) &&
                    (v.toks[t - 1].lemma == "open" || v.toks[t - 1].lemma == "set" ||
                     v.low(t - 1) == "opened" || v.low(t - 1) == "set"))
                    continue;
                // "the quake hit near X on Monday": anchored by a place or a date of its own clause
                bool anchored = !r.places.empty();
                for (const auto& tc : v.times)
                    anchored |=
                        tc.tb >= S.b && tc.te <= S.e && !(*v.timexes)[tc.index].interval_start.empty();
                if (!anchored) continue;
                if (same_sentence_any(out, v.sentence->index,
                                      [&](const EventMention& o) { return o.type == type.name; }))
                    continue;
            }
            if (cand.noun && !natural && !has_agent &&
                !(type.cls == FrameClass::Motion && !r.places.empty() && !r.participants.empty()))
                continue;
            bool no_roles = r.participants.empty() && r.places.empty();
            if (type.cls == FrameClass::Motion && r.participants.empty() && !cand.noun) {
                // a movement needs a mover: an entity, or a personnel noun ("No troops have reached X")
                bool mover = false;
                for (int q = r.subject.b; q >= 0 && q < r.subject.e; ++q)
                    mover |= pos_is_noun(v.pos(q)) && v.toks[q].personnel_lemma();
                for (int q = r.object.b; q >= 0 && q < r.object.e; ++q)
                    mover |= pos_is_noun(v.pos(q)) && v.toks[q].personnel_lemma();
                if (!mover) continue;
            }
            if (cand.noun && rule == "noun" && !has_agent && !natural) continue;

            EventMention m;
            m.type = type.name;
            m.cameo = type.cameo;
            m.trigger = std::string(
                v.sentence->norm.substr(v.toks[t].begin, v.toks[cand.last].end - v.toks[t].begin));
            m.sentence = v.sentence->index;
            m.participants = r.participants;
            m.places = r.places;
            m.negated = negated;

            // attribution and modality
            const Frame* frame = nullptr;
            const bool own_frame = v.toks[t].reporting_verb_lemma() && !cand.noun;
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
            std::string modality = own_frame ? "asserted" : frame ? frame->modality : "asserted";
            if (frame && frame->modality != "denied"sv)
                for (const auto& f : frames)
                    if (f.token < frame->token && f.modality == "denied"sv && pos_is_verb(v.pos(f.token))) {
                        modality = "denied";
                        frame = &f;
                    }
            int source = own_frame ? r.subject_entity : -1;
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

            // time: the clause's own timex, else bounded by the frame's
            std::optional<TimeSpan> time;
            int best = -1, best_dist = 1 << 30;
            int lo = S.b, hi = S.e;
            if (own_frame || communication) {
                lo = r.subject.empty() ? S.b : std::min(S.b, r.subject.b);
            }
            for (const auto& tc : v.times) {
                if (tc.tb < lo || tc.te > hi) continue;
                const Timex& x = (*v.timexes)[tc.index];
                if (x.interval_start.empty() && x.interval_end.empty()) continue;
                if (x.type == TimexType::Duration || x.type == TimexType::Set) continue;
                int d = tc.tb > t ? tc.tb - t : t - tc.te;
                if (d < best_dist) best_dist = d, best = tc.index;
            }
            if (best < 0 && S.kind == Segment::Coord && si > 0)
                for (const auto& tc : v.times)
                    if (tc.tb >= segs[si - 1].b && tc.te <= segs[si - 1].e &&
                        !(*v.timexes)[tc.index].interval_start.empty()) {
                        best = tc.index;
                        break;
                    }
            if (best < 0 && cand.noun) // "comments to reporters on Monday" in a fronted phrase
                for (const auto& tc : v.times)
                    if (tc.tb > t && tc.tb < t + 6 && !(*v.timexes)[tc.index].interval_start.empty()) {
                        best = tc.index;
                        break;
                    }
            auto span_of = [](const Timex& x) {
                TimeSpan ts;
                ts.text = x.text;
                ts.value = x.value;
                ts.start =
                    x.interval_start.substr(0, 10); // TimeSpan holds ISO dates; a clock time keeps its day
                ts.end = x.interval_end.substr(0, 10);
                ts.precision = std::string(to_string(x.precision));
                ts.mod = x.mod;
                return ts;
            };
            if (best >= 0) {
                time = span_of((*v.timexes)[best]);
                if ((*v.timexes)[best].future && modality == "asserted"sv) modality = "expected";
                rule += "+own_time";
            } else if (frame && frame->timex >= 0) {
                const Timex& x = (*v.timexes)[frame->timex];
                if (!x.interval_end.empty() && !x.future) {
                    TimeSpan ts = span_of(x);
                    if (modality == "expected"sv || modality == "planned"sv) {
                        ts.start = x.interval_start; // happens after the report
                        ts.end.clear();
                        ts.precision = "after";
                        ts.mod = "AFTER";
                    } else {
                        ts.start.clear(); // on or before the report's day: no day is invented
                        ts.precision = "before";
                        ts.mod = "BEFORE";
                    }
                    time = ts;
                    rule += "+frame_time";
                }
            } else if (!time && communication && source >= 0) {
                for (auto& [sp, d] : mem.speaker_time)
                    if (sp == source && sent - d.sentence <= 4) {
                        time = d.time;
                        rule += "+speaker_time";
                    }
            }
            if (!time) {
                // a future timex later in the sentence for an expected event ("... in the coming days")
                for (const auto& tc : v.times)
                    if (tc.tb > t && (*v.timexes)[tc.index].future &&
                        (modality == "expected"sv || modality == "planned"sv)) {
                        time = span_of((*v.timexes)[tc.index]);
                        rule += "+future_time";
                        break;
                    }
            }
            if (communication && time && source >= 0 && !time->start.empty() && time->precision != "before") {
                bool found = false;
                for (auto& [sp, d] : mem.speaker_time)
                    if (sp == source) d = {sent, *time}, found = true;
                if (!found) mem.speaker_time.push_back({source, {sent, *time}});
            }
            m.time = time;
            m.modality = modality;
            m.source = source;

            // quantities in the roles' noun phrases (or right before a "killed"/"wounded" trigger)
            std::vector<const QuantitySpan*> attached_q;
            for (const auto& q : quantities) {
                auto inside = [&](Span s) { return !s.empty() && q.head >= s.b && q.head < s.e; };
                bool attach = inside(r.subject) || inside(r.object) || (q.te == t && q.q.unit == "people");
                for (auto& [role, np] : r.pps)
                    if (!is_place_role(role)) attach |= inside(np);
                if (!attach) continue;
                QuantityMention qm = q.q;
                qm.claimed_by = source;
                m.quantities.push_back(qm);
                attached_q.push_back(&q);
            }
            // "a quake near X killed more than 900 people": the disaster's toll is the object of its verb
            if (natural && cand.noun) {
                int k = t + 1;
                while (k < S.e && !pos_is_verb(v.pos(k)) && v.low(k) != "," && v.pos(k) != Pos::MD)
                    ++k;
                bool active =
                    k < S.e &&
                    (v.pos(k) == Pos::VBD || v.pos(k) == Pos::VBZ || v.pos(k) == Pos::VBP ||
                     (v.pos(k) == Pos::VBN && !passive_at(v, k, S.b))) && // the tagger's VBN for a past tense
                    in(v.toks[k].lemma, {"kill", "injure", "wound", "displace"});
                for (const auto& q : quantities)
                    if (active && q.tb > k && q.tb <= k + 3 &&
                        (q.q.unit == "people" || pos_is_noun(v.pos(q.head)))) {
                        QuantityMention qm = q.q;
                        qm.claimed_by = source;
                        m.quantities.push_back(qm);
                        attached_q.push_back(&q);
                        break;
                    }
            }
            // "300 people were killed in the town and about 900 injured": the elided verb shares the event
            for (const auto& q : quantities) {
                if (m.quantities.empty() || q.tb <= t + 1 || v.low(q.tb - 1) != "and" || q.q.unit != "people")
                    continue;
                if (!in(v.low(q.te), {"injured", "wounded"}) || m.quantities.front().unit != "people")
                    continue;
                if (std::find(attached_q.begin(), attached_q.end(), &q) != attached_q.end()) continue;
                bool clean = true;
                for (int k = t + 1; k < q.tb - 1; ++k)
                    clean &= !pos_is_verb(v.pos(k)) && v.low(k) != "," && v.toks[k].timex < 0;
                if (!clean) continue;
                QuantityMention qm = q.q;
                qm.claimed_by = source;
                m.quantities.push_back(qm);
                attached_q.push_back(&q);
            }
            // "... 14,000 people since 2014, including more than 3,000 civilians": a subset of an attached
            // count
            for (const auto& q : quantities) {
                if (q.tb < 2 || v.low(q.tb - 1) != "including" || v.low(q.tb - 2) != ",") continue;
                if (std::find(attached_q.begin(), attached_q.end(), &q) != attached_q.end()) continue;
                bool near = false;
                for (const QuantitySpan* a : attached_q) {
                    if (a == &q || a->te > q.tb - 2) continue;
                    bool clean = true;
                    for (int k = a->te; k < q.tb - 2; ++k)
                        clean &= !pos_is_verb(v.pos(k)) && v.low(k) != ",";
                    near |= clean;
                }
                if (!near) continue;
                QuantityMention qm = q.q;
                qm.claimed_by = source;
                m.quantities.push_back(qm);
            }

            // an event without any entity is kept only for an attributed count ("over 600,000 killed, X
            // estimated")
            // ... or for a dated, well-formed clause: "a challenge that plagued missile programs in the
            // 1950s"
            bool subject_clean = true;
            for (int q = r.subject.b; q >= 0 && q < r.subject.e; ++q)
                subject_clean &= v.toks[q].timex < 0;
            bool dated_clause = subject_clean && !cand.noun && rule.find("+own_time") != std::string::npos &&
                                !r.subject.empty() && !r.object.empty() && np_head(v, r.subject) >= 0 &&
                                !negated;
            if (no_roles && (m.quantities.empty() || m.source < 0) && !dated_clause && !natural) continue;
            if (no_roles && dated_clause && m.quantities.empty()) rule += "+no_entity";

            // quote text: the quoted parts of the sentence, for statements outside the quotes
            if (communication && v.has_quote) {
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
                                quote += v.sentence->norm.substr(v.toks[qb].begin,
                                                                 v.toks[qe - 1].end - v.toks[qb].begin);
                            }
                        }
                    }
                }
                m.quote = quote;
            }

            // evidence span: the clause and the roles found outside it
            int eb = S.b, ee = S.e;
            if (!r.subject.empty()) eb = std::min(eb, r.subject.b), ee = std::max(ee, r.subject.e);
            while (ee > eb + 1 && (v.pos(ee - 1) == Pos::Period || v.low(ee - 1) == ","))
                --ee;
            if (ee <= eb) ee = eb + 1;
            m.begin = doc_offset(*v.sentence, v.toks[eb].begin);
            m.end = doc_offset(*v.sentence, v.toks[ee - 1].end);
            m.rule = rule;
            m.label = label(v, ents, m, r, cand);
            if (communication) {
                bool dup = same_sentence_any(out, m.sentence, [&](const EventMention& o) {
                    return o.type == m.type && o.source == m.source && o.source >= 0;
                });
                if (dup) continue; // '"...," he said, "..."': one statement
            }
            out.push_back(std::move(m));

            // a movement to training grounds implies training there
            if (type.cls == FrameClass::Motion && train_type >= 0 && cand.type != train_type) {
                for (int once = 0; once < 1 && !out.back().places.empty(); ++once) {
                    int training = -1;
                    for (int k = cand.last + 1; k < S.e && training < 0; ++k)
                        if (v.low(k) == "training" &&
                            in(v.low(k + 1), {"grounds", "ground", "areas", "area", "camps", "camp",
                                              "centers", "center", "bases", "base", "sites", "facilities"}))
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
                    tr.label =
                        who + " train in " +
                        (tr.places.empty() ? std::string("?") : ents.entities[tr.places.back().entity].name);
                    tr.quantities.clear();
                    out.push_back(std::move(tr));
                    break;
                }
            }
        }
        presence_events(v, segs, ents, frames, out);
    }

    // "North Korean troops are in Russia", "to see troops in Kursk": a deployment without a verb trigger.
    void presence_events(const SentenceView& v, const std::vector<Segment>& segs,
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
            bool seen =
                be || (np.b > 0 && pos_is_verb(v.pos(np.b - 1)) &&
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
                        m.time = TimeSpan{x.text,
                                          x.value,
                                          x.interval_start.substr(0, 10),
                                          x.interval_end.substr(0, 10),
                                          std::string(to_string(x.precision)),
                                          x.mod};
                        break;
                    }
            if (!m.time) {
                int si2 = segment_of(segs, i);
                for (const auto& tc : v.times)
                    if (tc.tb >= segs[si2].b && tc.te <= segs[si2].e) {
                        const Timex& x = (*v.timexes)[tc.index];
                        if (x.interval_start.empty() || x.type == TimexType::Duration) continue;
                        m.time = TimeSpan{x.text,
                                          x.value,
                                          x.interval_start.substr(0, 10),
                                          x.interval_end.substr(0, 10),
                                          std::string(to_string(x.precision)),
                                          x.mod};
                        break;
                    }
            }
            int eb = np.b, ee = std::max(place_np.e, np.b + 1);
            m.begin = doc_offset(*v.sentence, v.toks[eb].begin);
            m.end = doc_offset(*v.sentence, v.toks[ee - 1].end);
            int lb = np.b;
            while (lb < i && v.chunk_at(lb) < 0 && pos_is_noun(v.pos(lb)) &&
                   v.toks[lb].reporting_noun_lemma())
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

    // ---------------------------------------------------------------- labels
    std::string text_of(const SentenceView& v, Span s) const {
        if (s.empty()) return {};
        return v.sentence->norm.substr(v.toks[s.b].begin, v.toks[s.e - 1].end - v.toks[s.b].begin);
    }

    // Subject NP with the entity's full name when the NP is just the name (or a pronoun).
    std::string np_label(const SentenceView& v, const DocumentEntities& ents, Span s) const {
        if (s.empty()) return {};
        auto cs = chunks_in(v, s);
        if (cs.size() == 1 && v.chunks[cs[0]].tb <= s.b && v.chunks[cs[0]].te >= s.e)
            return ents.entities[v.chunks[cs[0]].entity].name;
        if (cs.size() == 1 && v.pos(s.b) == Pos::PRP) return ents.entities[v.chunks[cs[0]].entity].name;
        std::string t = text_of(v, s);
        // strip leading determiners the label does not need
        for (std::string_view d : {"the ", "The ", "those ", "Those ", "these ", "These "})
            if (t.starts_with(d)) t = t.substr(d.size());
        // resolve possessive pronouns: "its nuclear weapons program"
        return t;
    }

    std::string label(const SentenceView& v, const DocumentEntities& ents, const EventMention& m,
                      const Roles& r, const Candidate& cand) const {
        auto name = [&](int e) { return ents.entities[e].name; };
        std::string out;
        std::string subject = np_label(v, ents, r.subject);
        if (subject.empty())
            for (auto& p : m.participants)
                if (p.role == "agent"sv || p.role == "speaker"sv) subject = name(p.entity);
        const int t = cand.trigger;
        if (cand.noun) {
            out =
                subject.empty() ? std::string(v.toks[t].text) : subject + ": " + std::string(v.toks[t].text);
        } else {
            int vg = verb_group_begin(v, t, 0);
            while (vg < t && (v.pos(vg) == Pos::RB && !v.is(vg, kNegation)))
                ++vg;
            std::string verb;
            for (int k = vg; k <= cand.last; ++k) {
                if (v.pos(k) == Pos::RB && !v.is(k, kNegation) && k != cand.last) continue; // keep a particle
                if (!verb.empty() && v.low(k) != "n't") verb += ' ';
                verb += v.toks[k].text;
            }
            out = subject.empty() ? verb : subject + " " + verb;
            if (!r.recipient_np.empty()) out += " " + np_label(v, ents, r.recipient_np);
            if (!r.object.empty()) {
                std::string obj = text_of(v, r.object);
                if (std::count(obj.begin(), obj.end(), ' ') < 8) out += " " + obj;
            }
        }
        for (auto& [role, np] : r.pps) {
            if (!is_place_role(role) && role != "recipient"sv && role != "target"sv && role != "agent"sv &&
                role != "patient"sv)
                continue;
            std::string prep;
            if (role == "origin"sv)
                prep = "from";
            else if (role == "destination"sv)
                prep = "to";
            else if (role == "location"sv)
                prep = "in";
            else if (role == "recipient"sv)
                prep = "to";
            else if (role == "target"sv)
                prep = "against";
            else if (role == "agent"sv)
                prep = "by";
            else
                prep = "with";
            std::string who;
            auto cs = chunks_in(v, np);
            for (int c : cs) {
                const auto& e = ents.entities[v.chunks[c].entity];
                if (is_place_role(role) ? (e.is_place || e.kind == "country"sv) : !e.is_place) who = e.name;
            }
            if (who.empty() && !is_place_role(role)) // a country mentioned as a place, taken as its actor
                for (const auto& p : m.participants)
                    if (p.role == role) who = ents.entities[p.entity].name;
            if (!who.empty() && out.find(who) == std::string::npos) out += " " + prep + " " + who;
        }
        for (std::string_view c : {"And ", "But ", "and ", "but ", "To ", "to "})
            if (out.starts_with(c)) out = out.substr(c.size());
        if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = char(out[0] - 'a' + 'A');
        return out;
    }
};

EventExtractor::EventExtractor() : impl_(std::make_unique<Impl>()) {}
EventExtractor::~EventExtractor() = default;

std::vector<EventMention> EventExtractor::extract(const Document& doc, const std::vector<Sentence>& sentences,
                                                  const SentenceTimexes& timexes,
                                                  const DocumentEntities& entities) const {
    std::vector<EventMention> out;
    out.reserve(sentences.size()); // about one event per sentence in news: few moves of these big structs
    Memory mem;
    static const std::vector<Timex> none;
    std::vector<Token> toks; // the sentence's tokens, tagged in place
    std::vector<Tok> prepared;
    std::string lower; // the current sentence, lower-cased
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
        if (toks.size() < 4 || !impl_->prepare_tokens(s, toks, lower, prepared)) {
            impl_->remember(s, toks, entities, m, me, mem);
            m = me;
            continue;
        }
        SentenceView v = impl_->view(s, tx, entities, m, me, mem, toks, std::move(prepared));
        impl_->extract_sentence(doc, v, entities, mem, out);
        prepared = std::move(v.toks); // keep the storage for the next sentence
        m = me;
    }
    return out;
}

} // namespace eventline
