// A cheap test that a sentence is English prose rather than word salad (machine-translation wreckage, a
// shuffled or clipped list): the tag pairs below do not occur in grammatical English, and a sentence with
// several of them yields no events ("emit nothing rather than junk").
#include "extractor.h"

namespace eventline::events {

namespace {

// A tag followed by one it cannot precede: a determiner or possessive before a verb, a preposition, a
// conjunction or the sentence end; a preposition before a bare verb; a modal before a determiner or a
// preposition; a pronoun before a noun; "to" before a finite verb, a participle or the end.
bool impossible_pair(Pos a, Pos b) {
    auto verbish = [](Pos p) { return p == Pos::VBD || p == Pos::VBZ || p == Pos::VBP || p == Pos::VB; };
    auto closing = [](Pos p) { return p == Pos::None || p == Pos::Period || p == Pos::Comma; };
    switch (a) {
    case Pos::DT:
    case Pos::PRPS:
        return verbish(b) || b == Pos::MD || b == Pos::PRP || b == Pos::DT || b == Pos::IN || b == Pos::CC ||
               b == Pos::TO || b == Pos::PRPS || closing(b);
    case Pos::IN:
        return b == Pos::VB || b == Pos::Period;
    case Pos::MD:
        return b == Pos::DT || b == Pos::IN || b == Pos::PRPS || b == Pos::VBD || b == Pos::VBZ || closing(b);
    case Pos::PRP:
        return b == Pos::DT || b == Pos::PRPS || b == Pos::PRP || b == Pos::NN || b == Pos::NNS;
    case Pos::TO:
        return b == Pos::VBN || b == Pos::VBD || b == Pos::VBZ || closing(b);
    default:
        return false;
    }
}

} // namespace

bool Extractor::word_salad(const SentenceView& v) {
    const int n = v.size();
    if (n > 150) return true; // no news sentence is this long: a list or a page without stops
    if (n < 12) return false; // too short to judge
    int impossible = 0;
    for (int i = 0; i + 1 < n; ++i)
        impossible +=
            v.toks[i].chunk < 0 && v.toks[i + 1].chunk < 0 && impossible_pair(v.pos(i), v.pos(i + 1));
    // an article the tagger could not read as a determiner ("the/NN on Port") sits where none can
    for (const Tok& t : v.toks)
        impossible +=
            t.chunk < 0 && t.pos != Pos::DT && (t.lower == "the" || t.lower == "a" || t.lower == "an");
    return impossible >= 2 && impossible * 20 > n; // more than one in twenty pairs
}

} // namespace eventline::events
