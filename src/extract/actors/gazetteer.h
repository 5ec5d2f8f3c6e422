// Multi-pattern matcher over word tokens: a flat hash table of token n-grams with prefix pruning.
// Leftmost-longest, non-overlapping matches; ASCII case-insensitive, except that a pattern token that
// starts with a capital only matches a capitalized (or all-caps) text token.
#pragma once

#include "word_tokens.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace eventline::actors {

struct GazetteerMatch {
    std::uint32_t first = 0; ///< first token
    std::uint32_t last = 0;  ///< one past the last token
    int entry = -1;          ///< first value of the pattern (see Gazetteer::values)
};

class Gazetteer {
  public:
    static constexpr int kMaxTokens = 10;

    /// Adds `surface` -> value. With `replace`, earlier values of the same surface are dropped.
    /// Returns false when the surface has no tokens or too many.
    bool add(std::string_view surface, int value, bool replace = false);
    /// Removes every value of `surface`.
    void remove(std::string_view surface);
    /// Finds matches in `text` tokenized as `tokens`; appends to `out`.
    void scan(std::string_view text, std::span<const WordToken> tokens,
              std::vector<GazetteerMatch>& out) const;
    /// All values of the pattern a match found, in insertion order.
    const std::vector<int>& values(int entry) const { return entries_[entry].values; }
    std::size_t size() const { return entries_.size(); }

  private:
    struct Entry {
        std::uint64_t hash = 0;
        std::uint32_t cap_mask = 0; ///< bit i: pattern token i requires a capital
        std::uint8_t length = 0;
        std::vector<int> values;
    };
    struct Slot {
        std::uint64_t hash = 0; ///< 0 = empty
        int entry = -1;         ///< full pattern with this hash, or -1
        bool prefix = false;    ///< some longer pattern starts with this n-gram
    };
    Slot* find_slot(std::uint64_t h);
    const Slot* lookup(std::uint64_t h) const;
    void grow();

    static constexpr std::size_t kFirstBits = std::size_t(1) << 20;
    /// Bit filter of first-token hashes (WordToken::hash; 128 KB, stays in cache): most words start no
    /// pattern.
    std::vector<std::uint64_t> first_ = std::vector<std::uint64_t>(kFirstBits / 64);
    std::vector<Slot> slots_ = std::vector<Slot>(1024);
    std::size_t used_ = 0;
    std::vector<Entry> entries_;
};

} // namespace eventline::actors
