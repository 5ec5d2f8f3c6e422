#include "gazetteer.h"

namespace eventline::actors {

namespace {
std::uint64_t nonzero(std::uint64_t h) {
    return h ? h : 1;
}
} // namespace

Gazetteer::Slot* Gazetteer::find_slot(std::uint64_t h) {
    if ((used_ + 1) * 2 > slots_.size()) grow();
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        if (slots_[i].hash == h) return &slots_[i];
        if (slots_[i].hash == 0) {
            slots_[i].hash = h;
            ++used_;
            return &slots_[i];
        }
    }
}

const Gazetteer::Slot* Gazetteer::lookup(std::uint64_t h) const {
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        if (slots_[i].hash == h) return &slots_[i];
        if (slots_[i].hash == 0) return nullptr;
    }
}

void Gazetteer::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    std::size_t mask = slots_.size() - 1;
    for (const auto& s : old) {
        if (!s.hash) continue;
        std::size_t i = s.hash & mask;
        while (slots_[i].hash)
            i = (i + 1) & mask;
        slots_[i] = s;
    }
}

bool Gazetteer::add(std::string_view surface, int value, bool replace) {
    std::vector<WordToken> toks;
    tokenize_words(surface, toks);
    if (toks.empty() || toks.size() > std::size_t(kMaxTokens)) return false;
    std::uint64_t h = 0;
    std::uint32_t mask = 0;
    for (std::size_t i = 0; i < toks.size(); ++i) {
        h = nonzero(chain_hash(h, toks[i].hash));
        if (i == 0) {
            const std::uint64_t f = toks[0].hash >> 7; // the filter takes the word's own hash: no mixing
            first_[f % kFirstBits / 64] |= std::uint64_t(1) << (f % 64);
        }
        if (toks[i].flags & kCap) mask |= 1u << i;
        if (i + 1 < toks.size()) find_slot(h)->prefix = true;
    }
    Slot* slot = find_slot(h);
    if (slot->entry < 0) {
        slot->entry = int(entries_.size());
        entries_.push_back(Entry{h, mask, std::uint8_t(toks.size()), {}});
    }
    Entry& e = entries_[slot->entry];
    if (replace) e.values.clear();
    e.cap_mask |= mask;
    for (int v : e.values)
        if (v == value) return true;
    e.values.push_back(value);
    return true;
}

void Gazetteer::remove(std::string_view surface) {
    std::vector<WordToken> toks;
    tokenize_words(surface, toks);
    std::uint64_t h = 0;
    for (const auto& t : toks)
        h = nonzero(chain_hash(h, t.hash));
    if (const Slot* s = lookup(h); s && s->entry >= 0) entries_[s->entry].values.clear();
}

void Gazetteer::scan(std::string_view, std::span<const WordToken> tokens,
                     std::vector<GazetteerMatch>& out) const {
    const std::size_t n = tokens.size();
    // local copies: the compiler cannot tell that `out` does not alias them
    const WordToken* const tk = tokens.data();
    const std::uint64_t* const first = first_.data();
    std::size_t i = 0;
    auto may_start = [first](std::uint64_t token_hash) {
        const std::uint64_t f = token_hash >> 7;
        return (first[f % kFirstBits / 64] >> (f % 64) & 1u) != 0;
    };
    // the longest pattern starting at token `at`: its entry (or -1) and end
    auto longest_at = [&](std::size_t at, std::size_t& end) {
        std::uint64_t h = 0;
        int best = -1;
        end = at;
        for (std::size_t j = at; j < n && j - at < std::size_t(kMaxTokens); ++j) {
            h = nonzero(chain_hash(h, tokens[j].hash));
            const Slot* s = lookup(h);
            if (!s) break;
            if (s->entry >= 0) {
                const Entry& e = entries_[s->entry];
                bool ok = !e.values.empty();
                for (std::size_t k = 0; ok && k <= j - at; ++k)
                    if ((e.cap_mask >> k & 1u) && !(tokens[at + k].flags & (kCap | kAllCaps | kDigit)))
                        ok = false;
                if (ok) {
                    best = s->entry;
                    end = j + 1;
                }
            }
            if (!s->prefix) break;
        }
        return best;
    };
    static const std::uint64_t kThe = fold_hash("the");
    while (i < n) {
        // most tokens start no pattern: skip them in a tight loop
        while (i < n && !may_start(tk[i].hash))
            ++i;
        if (i >= n) break;
        std::size_t best_end = i;
        int best = longest_at(i, best_end);
        if (best >= 0 && tk[i].hash == kThe && i + 1 < n) {
            // "The United Nations | Children's Fund": a longer name after the article wins
            std::size_t end2 = i + 1;
            int second = longest_at(i + 1, end2);
            if (second >= 0 && end2 > best_end) {
                best = second;
                best_end = end2;
                ++i;
            }
        }
        if (best >= 0) {
            out.push_back({std::uint32_t(i), std::uint32_t(best_end), best});
            i = best_end;
        } else {
            ++i;
        }
    }
}

} // namespace eventline::actors
