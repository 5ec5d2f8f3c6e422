// The event extractor's rules, shared by the files of this folder (EventExtractor::Impl is this class).
// One file per concern: sentence_view (tagged tokens, entity and timex chunks), segments (clauses), phrases
// (noun phrases, verb groups, subjects), triggers (candidates and precision gates), roles, attribution
// (reporting frames, source, modality, quotes), time, quantities, implied events (presence, training),
// labels, and event_extractor (the driver).
#pragma once

#include "eventline/entities.h"
#include "eventline/events.h"
#include "eventline/pos.h"
#include "lemmatizer.h"
#include "lexicon.h"
#include "quantity.h"
#include "view.h"
#include "word_table.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace eventline::events {

// Called for most tokens: compare length and first byte before the bytes.
[[gnu::always_inline]] inline bool in(std::string_view w, std::initializer_list<std::string_view> set) {
    for (std::string_view x : set)
        if (x.size() == w.size() && (w.empty() || (x[0] == w[0] && x == w))) return true;
    return false;
}

inline bool is_prep(Pos p) {
    return p == Pos::IN || p == Pos::TO;
}
inline bool is_finite(Pos p) {
    return p == Pos::VBD || p == Pos::VBZ || p == Pos::VBP || p == Pos::MD;
}
// Verbs whose object noun names the event ("conducted a test", "imposed sanctions").
inline constexpr std::string_view kLightVerbs[] = {
    "conduct",  "carry",  "hold", "stage",     "launch",  "mount",  "make",    "wage",     "begin", "start",
    "continue", "resume", "give", "undertake", "perform", "impose", "levy",    "announce", "push",  "oversee",
    "order",    "draw",   "face", "approve",   "extend",  "open",   "prepare", "plan"};
// Verbs whose object does not do what the following infinitive says ("summoned the ambassador to protest":
// the summoner protests), unlike "sent troops to fight" or "urged X to stop".
inline constexpr std::string_view kPurposeVerbs[] = {"summon", "use", "employ", "convene", "recall"};
inline bool is_light_verb(std::string_view lemma) {
    return std::find(std::begin(kLightVerbs), std::end(kLightVerbs), lemma) != std::end(kLightVerbs);
}

// True when `pred` holds for an event of sentence `si`; they are the last ones of `out` (sentences are read
// in order), so the scan stops at the first event of an earlier sentence.
template <class Pred>
bool same_sentence_any(std::span<const EventMention> out, std::uint32_t si, Pred&& pred) {
    for (auto it = out.rbegin(); it != out.rend() && it->sentence == si; ++it)
        if (pred(*it)) return true;
    return false;
}

// Document offset of a norm offset; tolerates a sentence without its byte map.
inline std::uint32_t doc_offset(const Sentence& s, std::uint32_t off) {
    return off < s.to_doc.size() ? s.to_doc[off] : s.begin + off;
}

inline bool is_place_role(std::string_view r) {
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

/// What a prepositional phrase's role depends on besides its preposition.
struct PhraseContext {
    bool passive = false;
    bool noun = false;            ///< the trigger is a noun
    bool aiming = false;          ///< the trigger aims at what "at" names ("fired at")
    bool next_to_trigger = false; ///< the phrase follows the trigger or its object directly
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

// A candidate while the rules turn it into an event: what each step (roles, gates, attribution, time)
// found for the next ones.
struct Draft {
    Draft(const Candidate& c, const EventType& ty, int trigger, int segment, const Segment& seg)
        : cand(c), type(ty), t(trigger), si(segment), S(seg) {}

    const Candidate& cand;
    const EventType& type;
    const int t;  // trigger token
    const int si; // its segment
    const Segment& S;
    Roles r;
    bool communication = false;
    std::string subj_role;
    int np_end = -1; // the roles' phrases read so far end here; PPs are scanned from it
    bool negated = false;
    std::string rule;
    // set by the precision gates
    bool has_agent = false;
    bool natural = false;
    bool no_roles = false;
    // set by the attribution
    const Frame* frame = nullptr;
    bool own_frame = false;
    std::string modality;
    int source = -1;
};

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

/// Working storage of the rules, kept from sentence to sentence of a document: its vectors are allocated
/// once per document instead of once per sentence.
struct Scratch {
    std::vector<int> chunk_of;     // view(): entity chunk of each token
    std::vector<int> segment_kind; // segments(): kind of the segment starting at each token
    std::vector<Segment> segs;
    std::vector<Candidate> cands;
    std::vector<int> phrase_at;    // the modality phrase starting at each token
    std::vector<Span> seg_subject; // the subject found in each segment, for coordinated clauses
    std::vector<Span> no_subjects; // the same before any is found: what frames are found with
    std::vector<Frame> frames;
};

struct Extractor {
    PosTagger tagger;
    Lemmatizer lemmatizer;
    Lexicon lex;
    WordTable words;
    int statement_type = -1, train_type = -1, deploy_type = -1, test_type = -1, attack_type = -1;

    Extractor();

    // sentence_view.cpp
    static void mention_chunks(const std::vector<Token>& toks, const DocumentEntities& ents,
                               std::size_t mention_begin, std::size_t mention_end,
                               std::vector<EntChunk>& chunks, std::vector<int>& chunk_of);
    bool prepare_tokens(const Sentence& s, const std::vector<Token>& toks, std::string& lower,
                        std::vector<Tok>& out) const;
    void remember(const Sentence& s, const std::vector<Token>& toks, const DocumentEntities& ents,
                  std::size_t mention_begin, std::size_t mention_end, Memory& mem) const;
    /// Fills `v` (its tokens from prepare_tokens()) for the sentence.
    void view(const Sentence& s, const std::vector<Timex>& timexes, const DocumentEntities& ents,
              std::size_t mention_begin, std::size_t mention_end, Memory& mem, std::vector<Token>& toks,
              std::vector<int>& chunk_of, SentenceView& v) const;

    // segments.cpp
    void segments(const SentenceView& v, std::vector<int>& kind, std::vector<Segment>& out) const;
    // Inline: called for most tokens by several rules.
    static int segment_of(const std::vector<Segment>& segs, int t) {
        for (std::size_t i = 0; i < segs.size(); ++i)
            if (t >= segs[i].b && t < segs[i].e) return int(i);
        return segs.empty() ? -1 : int(segs.size()) - 1;
    }

    // phrases.cpp
    // (these two inline: the phrase rules call them for every token they walk over)
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
    static Span np_left(const SentenceView& v, int j, int lo);
    static Span np_right(const SentenceView& v, int i, int hi);
    /// Token i is an article before an entity ("the Red Hand"): coordination joins such names too.
    static bool the_name(const SentenceView& v, int i);
    /// The sentence is word salad, not prose: several tag pairs English does not have, or no stop for 150
    /// tokens (well_formed.cpp).
    static bool word_salad(const SentenceView& v);
    /// The country actor of a country named as a place ("to Ukraine"), or -1.
    static int country_actor_of(const DocumentEntities& ents, int place);
    /// The event time a timex gives (ISO days of its interval).
    static TimeSpan time_span(const Timex& x);
    /// Token q is the "of" of a partitive amount whose noun names the thing: "dozens of rockets".
    /// Token t is a participle that describes the noun before it ("diplomats accused of spying"): passive,
    /// and no event of its own unless an agent is named.
    static bool described_by_participle(const SentenceView& v, int t);
    static bool partitive_of(const SentenceView& v, int q);
    static int np_head(const SentenceView& v, Span np);
    ChunkList chunks_in(const SentenceView& v, Span np) const;
    bool passive_at(const SentenceView& v, int t, int lo) const;
    static int verb_group_begin(const SentenceView& v, int t, int lo);
    Span find_subject(const SentenceView& v, const std::vector<Segment>& segs, int si, int t,
                      const std::vector<Span>& seg_subject, int depth = 0, bool speaker = false) const;

    // triggers.cpp
    void find_candidates(const SentenceView& v, const DocumentEntities& ents,
                         const std::vector<Segment>& segs, std::vector<Candidate>& cands) const;
    void aim_weapons(const SentenceView& v, const std::vector<Segment>& segs,
                     std::vector<Candidate>& cands) const;
    bool passes_gates(const SentenceView& v, const std::vector<EventMention>& out, Draft& d) const;
    bool keeps_without_entities(const SentenceView& v, const EventMention& m, Draft& d) const;

    // roles.cpp
    void assign_pp(const SentenceView& v, const DocumentEntities& ents, const EventType& type,
                   std::string_view prep, Span np, const PhraseContext& ctx, Roles& r) const;
    void scan_pps(const SentenceView& v, const DocumentEntities& ents, const EventType& type, int k, int end,
                  PhraseContext ctx, Roles& r) const;
    void verb_roles(const SentenceView& v, const DocumentEntities& ents, const std::vector<Segment>& segs,
                    std::vector<Span>& seg_subject, Draft& d) const;
    void noun_roles(const SentenceView& v, const DocumentEntities& ents, const std::vector<Segment>& segs,
                    std::vector<Span>& seg_subject, Draft& d) const;
    void find_roles(const SentenceView& v, const DocumentEntities& ents, const std::vector<Segment>& segs,
                    std::vector<Span>& seg_subject, Draft& d) const;

    // attribution.cpp
    void find_modality_phrases(const SentenceView& v, std::vector<int>& phrase_at) const;
    void find_frames(const SentenceView& v, const std::vector<Segment>& segs,
                     const std::vector<Span>& seg_subject, std::vector<Frame>& frames) const;
    void attribute(const SentenceView& v, const std::vector<Segment>& segs, const std::vector<Frame>& frames,
                   const std::vector<int>& phrase_at, Draft& d) const;
    static std::string quote_text(const SentenceView& v, int t);

    // time.cpp
    std::optional<TimeSpan> event_time(const SentenceView& v, const std::vector<Segment>& segs, Memory& mem,
                                       Draft& d) const;

    // quantities.cpp
    void attach_quantities(const SentenceView& v, const std::vector<QuantitySpan>& quantities, const Draft& d,
                           EventMention& m) const;

    // implied.cpp
    void presence_events(const SentenceView& v, const std::vector<Segment>& segs,
                         const DocumentEntities& ents, const std::vector<Frame>& frames,
                         std::vector<EventMention>& out) const;
    void training_event(const SentenceView& v, const DocumentEntities& ents, const Draft& d,
                        std::vector<EventMention>& out) const;

    // labels.cpp
    std::string_view text_of(const SentenceView& v, Span s) const;
    std::string_view np_label(const SentenceView& v, const DocumentEntities& ents, Span s) const;
    std::string label(const SentenceView& v, const DocumentEntities& ents, const EventMention& m,
                      const Roles& r, const Candidate& cand) const;

    // event_extractor.cpp
    void extract_sentence(const SentenceView& v, const DocumentEntities& ents, Memory& mem, Scratch& scratch,
                          std::vector<EventMention>& out) const;
};

} // namespace eventline::events
