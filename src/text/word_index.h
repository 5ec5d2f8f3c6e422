// Exact lookup of short words (tokens) in a read-only table: the per-token hot path of the POS tagger and
// of the event rules' word table.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace eventline::text {

namespace detail {
inline std::uint64_t load8(const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
}
inline std::uint32_t load4(const char* p) {
    std::uint32_t x;
    std::memcpy(&x, p, 4);
    return x;
}
// 64x64 -> 128-bit multiply folded to 64 bits (wyhash's mixer): one multiply mixes all the bits.
inline std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return std::uint64_t(r) ^ std::uint64_t(r >> 64);
}
} // namespace detail

/// A hash of a word read a machine word at a time (overlapping loads inside the word, never past it): a
/// byte loop (FNV-1a) cost more than the probe for the short words of text.
inline std::uint64_t word_hash(std::string_view w) {
    using namespace detail;
    constexpr std::uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull,
                            k2 = 0x8ebc6af09c88c6e3ull;
    const char* p = w.data();
    const std::size_t n = w.size();
    std::uint64_t a = 0, b = 0, seed = k2;
    if (n >= 4 && n <= 16) {
        const std::size_t half = (n >> 3) << 2; // 0 or 4: the second load of each pair
        a = (std::uint64_t(load4(p)) << 32) | load4(p + half);
        b = (std::uint64_t(load4(p + n - 4)) << 32) | load4(p + n - 4 - half);
    } else if (n > 16) {
        std::size_t i = 0;
        for (; i + 16 < n; i += 16)
            seed = mix(load8(p + i) ^ k0, load8(p + i + 8) ^ seed);
        a = load8(p + n - 16);
        b = load8(p + n - 8);
    } else if (n > 0) {
        a = (std::uint64_t(static_cast<unsigned char>(p[0])) << 16) |
            (std::uint64_t(static_cast<unsigned char>(p[n >> 1])) << 8) |
            static_cast<unsigned char>(p[n - 1]);
    }
    return mix(a ^ k0 ^ n, b ^ seed ^ k1);
}

/// Equality of two words, a machine word at a time (memcmp is a call, and a byte loop is slow).
inline bool same_word(std::string_view x, std::string_view y) {
    using namespace detail;
    const std::size_t n = x.size();
    if (n != y.size()) return false;
    const char *p = x.data(), *q = y.data();
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (load8(p + i) != load8(q + i)) return false;
        return load8(p + n - 8) == load8(q + n - 8);
    }
    if (n >= 4) return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (p[i] != q[i]) return false;
    return true;
}

/// Open addressing with linear probing over a power-of-two table. A slot holds only a hash and an entry
/// number (8 bytes): the table stays small and most probes are decided without reading an entry.
template <class Value> class WordIndex {
  public:
    /// `items`: (word, value) pairs, `count` of them; the words must outlive the index.
    template <class Items> void build(const Items& items, std::size_t count) {
        std::size_t cap = 16;
        while (cap < count * 2)
            cap <<= 1;
        slots_.assign(cap, Slot{});
        entries_.clear();
        entries_.reserve(count);
        mask_ = cap - 1;
        for (const auto& [w, value] : items) {
            const std::uint64_t h = word_hash(w);
            std::size_t i = h & mask_;
            while (slots_[i].entry)
                i = (i + 1) & mask_;
            entries_.push_back({w, value});
            slots_[i] = {std::uint32_t(h), std::uint32_t(entries_.size())};
        }
    }

    /// The value of `w`, or nullptr; `h` is word_hash(w) (callers probing two tables hash once).
    const Value* find(std::string_view w, std::uint64_t h) const {
        for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& slot = slots_[i];
            if (!slot.entry) return nullptr;
            if (slot.hash != std::uint32_t(h)) continue;
            const Entry& e = entries_[slot.entry - 1];
            if (same_word(e.word, w)) return &e.value;
        }
    }
    const Value* find(std::string_view w) const { return find(w, word_hash(w)); }

  private:
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t entry = 0; // 1 + index in entries_, 0 for an empty slot
    };
    struct Entry {
        std::string_view word;
        Value value;
    };
    std::vector<Slot> slots_ = std::vector<Slot>(1); // one empty slot until built: find() needs no check
    std::vector<Entry> entries_;
    std::size_t mask_ = 0;
};

} // namespace eventline::text
