// Part-of-speech tagging of sentence tokens (Penn Treebank tags) with the HMM lexicon of Lingua::EN::Tagger.
#pragma once

#include "eventline/text.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

namespace eventline {

/// Tag ids stored in Token::pos (0 = not tagged). Order is part of the contract: append only.
enum class Pos : std::uint8_t {
    None,
    CC,
    CD,
    DT,
    EX,
    FW,
    IN,
    JJ,
    JJR,
    JJS,
    LRB,
    LS,
    MD,
    NN,
    NNP,
    NNPS,
    NNS,
    PDT,
    POS,
    Period, ///< sentence-final . ! ?
    Comma,
    Dollar,
    OpenQuote,
    CloseQuote,
    Colon, ///< : ; -- ...
    PRP,
    PRPS,
    RB,
    RBR,
    RBS,
    RP,
    RRB,
    SYM,
    TO,
    UH,
    VB,
    VBD,
    VBG,
    VBN,
    VBP,
    VBZ,
    WDT,
    WP,
    WPS,
    WRB,
    Count
};

/// Penn name of a tag id ("NN", "VBD", "PRP$", "," ...); "" for None or an unknown id.
std::string_view pos_tag_name(std::uint8_t id);
inline bool pos_is_verb(Pos p) {
    return p >= Pos::VB && p <= Pos::VBZ;
}
inline bool pos_is_noun(Pos p) {
    return p == Pos::NN || p == Pos::NNS || p == Pos::NNP || p == Pos::NNPS;
}
inline bool pos_is_adj(Pos p) {
    return p == Pos::JJ || p == Pos::JJR || p == Pos::JJS;
}

/// Greedy bigram HMM tagger: P(tag | previous tag) * (P(tag | word) + 1), the decoding rule of
/// Lingua::EN::Tagger, over its lexicon (words.yml, tags.yml, unknown.yml), read in place.
/// Build once (about 0.1 s), then tag() from any thread.
class PosTagger {
  public:
    /// Loads the model from `dir`; throws DataError naming the file and line when it cannot.
    explicit PosTagger(const std::filesystem::path& dir = default_model_dir());
    ~PosTagger();
    PosTagger(const PosTagger&) = delete;
    PosTagger& operator=(const PosTagger&) = delete;

    static std::filesystem::path default_model_dir();

    /// Sets Token::pos for tokens[0..n) of `text` (the tokens' offsets index `text`).
    void tag(std::string_view text, std::vector<Token>& tokens) const;
    /// Tags one word given the previous tag (for callers that tag lazily).
    Pos tag_word(std::string_view word, Pos previous) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace eventline
