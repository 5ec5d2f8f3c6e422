// A cheap test that a sentence is English prose rather than word salad (machine-translation wreckage, a
// shuffled or clipped list): the tag pairs below do not occur in grammatical English, and a sentence with
// several of them yields no events ("emit nothing rather than junk").
#include "extractor.h"

#include <array>

namespace eventline::events {

namespace {

constexpr std::uint64_t bit(Pos p) {
    return std::uint64_t(1) << unsigned(p);
}

// For each tag, the tags that cannot follow it: a determiner or possessive before a verb, a preposition, a
// conjunction or the sentence end; a preposition before a bare verb; a modal before a determiner or a
// preposition; a pronoun before a noun; "to" before a finite verb, a participle or the end.
constexpr auto kCannotFollow = [] {
    std::array<std::uint64_t, std::size_t(Pos::Count)> t{};
    const std::uint64_t verbs = bit(Pos::VBD) | bit(Pos::VBZ) | bit(Pos::VBP) | bit(Pos::VB);
    const std::uint64_t closing = bit(Pos::None) | bit(Pos::Period) | bit(Pos::Comma);
    const std::uint64_t after_det = verbs | bit(Pos::MD) | bit(Pos::PRP) | bit(Pos::DT) | bit(Pos::IN) |
                                    bit(Pos::CC) | bit(Pos::TO) | bit(Pos::PRPS) | closing;
    t[std::size_t(Pos::DT)] = after_det;
    t[std::size_t(Pos::PRPS)] = after_det;
    t[std::size_t(Pos::IN)] = bit(Pos::VB) | bit(Pos::Period);
    t[std::size_t(Pos::MD)] =
        bit(Pos::DT) | bit(Pos::IN) | bit(Pos::PRPS) | bit(Pos::VBD) | bit(Pos::VBZ) | closing;
    t[std::size_t(Pos::PRP)] = bit(Pos::DT) | bit(Pos::PRPS) | bit(Pos::PRP) | bit(Pos::NN) | bit(Pos::NNS);
    t[std::size_t(Pos::TO)] = bit(Pos::VBN) | bit(Pos::VBD) | bit(Pos::VBZ) | closing;
    return t;
}();
static_assert(std::size_t(Pos::Count) <= 64, "tag sets are 64-bit masks");

} // namespace

bool Extractor::word_salad(const SentenceView& v) {
    const int n = v.size();
    if (n > 150) return true; // no news sentence is this long: a list or a page without stops
    if (n < 12) return false; // too short to judge
    int impossible = 0;
    for (int i = 0; i < n; ++i) {
        const Tok& t = v.toks[std::size_t(i)];
        if (t.chunk >= 0) continue;
        const Pos next = i + 1 < n && v.toks[std::size_t(i) + 1].chunk < 0 ? v.pos(i + 1) : Pos::Count;
        if (next != Pos::Count) impossible += int((kCannotFollow[std::size_t(t.pos)] >> unsigned(next)) & 1);
        // an article the tagger could not read as a determiner ("the/NN on Port") sits where none can
        if (t.pos != Pos::DT && (t.lower == "the" || t.lower == "a" || t.lower == "an")) ++impossible;
    }
    return impossible >= 2 && impossible * 20 > n; // more than one in twenty pairs
}

} // namespace eventline::events
