// The closed word lists of the temporal tagger: months, weekdays, units, numbers, modifiers, cues.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace eventline::timex {

enum class Unit : std::uint8_t {
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century
};

/// Words the grammar refers to by name (everything else is a category below).
enum class W : std::uint8_t {
    None,
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Now,
    Currently,
    Recently,
    Lately,
    Nowadays,
    Presently,
    This,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Upcoming,
    Recent,
    Current,
    Same,
    Early,
    Mid,
    Middle,
    Late,
    End,
    Beginning,
    Start,
    Earlier,
    Later,
    Ago,
    Hence,
    The,
    A,
    An,
    Each,
    Every,
    Per,
    Several,
    Few,
    Many,
    Some,
    Couple,
    Half,
    Other,
    Both,
    Fiscal,
    Fy,
    About,
    Around,
    Nearly,
    Almost,
    Roughly,
    Approximately,
    Some_,
    More,
    Less,
    Than,
    Over,
    Under,
    At,
    Least,
    Most,
    Up,
    Fewer,
    Of,
    In,
    On,
    Since,
    Until,
    Till,
    By,
    From,
    To,
    Through,
    Between,
    And,
    During,
    Before,
    After,
    For,
    Within,
    Noon,
    Midnight,
    Midday,
    Am,
    Pm,
    Oclock,
    Future,
    Present,
    Moment,
    Times,
    Once,
    Twice,
    Old,
    Long,
    Ahead,
    These,
    Weekend,
    Q,
    H,
    Year,
    Decade,
    Night,
    Day,
    Eve,
    Christmas,
    Halloween,
    Thanksgiving,
    Easter,
    Valentine,
    Independence,
    Labor,
    Memorial,
    Veterans,
    New,
    Fourth,
    July,
    S,
    Their,
    Near,
    Time,
    Period,
    Quarter,
    First,
    Second,
    Third,
    Fourth_,
    Whole,
    Entire,
    Weekly_,
    Ll,
    Right,
    Lunchtime,
    That,
    Just,
    Only
};

/// The rule groups of the grammar (Parser::rule_*), one bit each: the rules that can match at a token.
enum RuleBit : std::uint32_t {
    kRuleModified = 1u << 0,
    kRuleNumericDate = 1u << 1,
    kRuleYear = 1u << 2,
    kRuleDecade = 1u << 3,
    kRuleMonth = 1u << 4,
    kRuleThe = 1u << 5,
    kRuleFiscal = 1u << 6,
    kRuleQuarter = 1u << 7,
    kRuleSeason = 1u << 8,
    kRuleHoliday = 1u << 9,
    kRuleDeictic = 1u << 10,
    kRuleReference = 1u << 11,
    kRuleRelative = 1u << 12,
    kRuleAgo = 1u << 13,
    kRuleWeekday = 1u << 14,
    kRuleDuration = 1u << 15,
    kRuleSet = 1u << 16,
    kRuleClock = 1u << 17,
};

/// Part of day, as the TIMEX3 suffix codes.
enum class Pod : std::uint8_t { None, Morning, Afternoon, Evening, Night, Dawn };

struct Lex {
    W w = W::None;
    std::uint8_t month = 0;   ///< 1..12
    std::uint8_t weekday = 0; ///< ISO 1 (Monday) .. 7
    std::uint8_t season = 0;  ///< 1 SP, 2 SU, 3 FA, 4 WI
    std::uint8_t ordinal = 0; ///< first = 1 ...
    std::int16_t number = -1; ///< cardinal number words
    std::int16_t decade = -1; ///< "nineties" -> 199
    Unit unit = Unit::None;
    Unit set_unit = Unit::None; ///< daily, weekly ...
    Pod pod = Pod::None;
    bool plural = false;       ///< "weeks", "mondays"
    bool month_abbrev = false; ///< "oct", "sept": needs a dot or a day number
    bool ambiguous = false;    ///< "may", "march", "august": needs date context
    bool weekday_abbrev = false;
    bool timezone = false;
    std::int8_t cue = 0;     ///< +1 points to the future ("will"), -1 to the past ("said")
    bool date_prep = false;  ///< in, on, since, until ... : a bare year or month may follow
    bool possessive = false; ///< their, his ...: "in their 20s" is an age
    bool counted = false;    ///< nouns that a number counts ("troops", "people", "tonnes")
    bool starter = false;    ///< can begin an expression
    bool needs_next = false; ///< starts an expression only before another lexicon word or a number ("the")
    std::uint32_t rules = 0; ///< RuleBits of the rules that can match starting at this word
};

/// The rules whose test of their first token lets this word through (defined next to the rules, in
/// parser.cpp).
std::uint32_t first_word_rules(const Lex& l);

/// Immutable after construction; lookups take the lowercased word.
class Lexicon {
  public:
    /// Longest word a lookup can find (longer words are never looked up).
    static constexpr std::size_t kMaxWord = 14;
    /// Bytes that must be readable past a word handed to find_padded().
    static constexpr std::size_t kPadding = 16;

    Lexicon();
    const Lex* find(std::string_view lower) const {
        if (lower.size() > kMaxWord || lower.empty()) return nullptr;
        char buf[kPadding] = {};
        std::memcpy(buf, lower.data(), lower.size());
        return find_padded(buf, lower.size());
    }
    /// Same as find(std::string_view(p, len)), but reads kPadding bytes from p (no copy, no byte loop):
    /// the hot path of tokenization.
    const Lex* find_padded(const char* p, std::size_t len) const {
        if (len > kMaxWord || len == 0) return nullptr;
        return probe(key(p, len));
    }
#if defined(__SSE2__) && defined(__x86_64__)
    /// Same as find_padded(p, len), with v the sixteen bytes at p: the tokenizer has them loaded already.
    const Lex* find_loaded(__m128i v, std::size_t len) const {
        if (len > kMaxWord || len == 0) return nullptr;
        const __m128i offsets = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        __m128i kept = _mm_and_si128(v, _mm_cmpgt_epi8(_mm_set1_epi8(char(len)), offsets)); // the first len
        return probe(Key{std::uint64_t(_mm_cvtsi128_si64(kept)),
                         std::uint64_t(_mm_cvtsi128_si64(_mm_unpackhi_epi64(kept, kept))), len});
    }
#endif

  private:
    /// A word of at most 16 bytes packed into two zero-padded integers: compared without memcmp.
    struct Key {
        std::uint64_t lo = 0;
        std::uint64_t hi = 0;
        std::size_t len = 0;
    };
    static Key key(const char* p, std::size_t len) {
        // keep(n): the bits of the first n bytes of a loaded word
        auto keep = [](std::size_t n) -> std::uint64_t {
            if (n >= 8) return ~std::uint64_t(0);
            if constexpr (std::endian::native == std::endian::big) return ~(~std::uint64_t(0) >> (8 * n));
            return (std::uint64_t(1) << (8 * n)) - 1;
        };
        Key k;
        std::memcpy(&k.lo, p, 8);
        std::memcpy(&k.hi, p + 8, 8);
        k.lo &= keep(len);
        k.hi &= len > 8 ? keep(len - 8) : 0;
        k.len = len;
        return k;
    }
    const Lex* probe(const Key& k) const {
        // open addressing over a power-of-two table
        for (std::size_t h = hash(k) & mask_;; h = (h + 1) & mask_) {
            const Slot& s = slots_[h];
            if (!s.lex) return nullptr;
            if (s.key.lo == k.lo && s.key.hi == k.hi && s.key.len == k.len) return s.lex;
        }
    }
    static std::size_t hash(const Key& k) {
        std::uint64_t h = k.lo * 0x9E3779B97F4A7C15ull ^ (k.hi + k.len) * 0xC2B2AE3D27D4EB4Full;
        return std::size_t(h ^ (h >> 31));
    }
    struct Slot {
        Key key;
        const Lex* lex = nullptr;
    };
    Lex& add(std::string_view word);
    /// FNV-1a over the map of entries (only used while building).
    struct Hash {
        std::size_t operator()(std::string_view s) const noexcept {
            std::uint64_t h = 1469598103934665603ull;
            for (unsigned char c : s)
                h = (h ^ c) * 1099511628211ull;
            return std::size_t(h ^ (h >> 29));
        }
    };
    std::unordered_map<std::string_view, Lex, Hash> map_; ///< owns the entries (node addresses are stable)
    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
};

} // namespace eventline::timex
