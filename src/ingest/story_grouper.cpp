#include "story_grouper.h"

#include "eventline/ingest.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <unordered_set>

namespace eventline {

namespace {

constexpr std::size_t kShingle = 5;
constexpr std::size_t kBins = 128;     // shingle signature
constexpr std::size_t kVocabBins = 64; // vocabulary signature
constexpr std::size_t kNameBins = 32;  // names signature (for candidates only)
constexpr std::size_t kRows = 2;       // rows per LSH band

std::uint64_t mix(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}

struct Features {
    std::vector<std::uint64_t> shingles; ///< distinct
    std::vector<std::uint64_t> vocabulary;
    std::vector<std::uint32_t> names; ///< distinct, sorted
};

bool is_word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80; }

// Lower-cased words with their hash; curly quotes, dashes and NBSP separate words.
Features features(std::string_view text) {
    Features f;
    std::vector<std::uint64_t> words;
    std::size_t i = 0;
    bool sentence_start = true;
    while (i < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        // U+2000..U+206F (general punctuation: quotes, dashes, spaces) and NBSP separate words.
        if (c == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
            i += 3;
            continue;
        }
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            i += 2;
            continue;
        }
        if (!is_word_byte(c)) {
            if (c == '.' || c == '?' || c == '!' || c == '\n') sentence_start = true;
            ++i;
            continue;
        }
        std::size_t b = i;
        std::uint64_t h = 0xCBF29CE484222325ull;
        bool upper = c >= 'A' && c <= 'Z';
        bool digits = true;
        std::size_t ndigits = 0;
        while (i < text.size()) {
            unsigned char d = static_cast<unsigned char>(text[i]);
            if (d == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) break;
            if (d == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) break;
            if (d == ',' && digits && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
                ++i; // 12,000 == 12000
                continue;
            }
            if (!is_word_byte(d)) break;
            if (d >= 'A' && d <= 'Z') d = static_cast<unsigned char>(d + 32);
            if (d >= '0' && d <= '9') ++ndigits;
            else digits = false;
            h = (h ^ d) * 0x100000001B3ull;
            ++i;
        }
        (void)b;
        h = mix(h);
        words.push_back(h);
        if ((upper && !sentence_start) || (digits && ndigits >= 2)) f.names.push_back(std::uint32_t(h >> 32));
        sentence_start = false;
    }
    if (words.size() >= kShingle) {
        f.shingles.reserve(words.size() - kShingle + 1);
        for (std::size_t k = 0; k + kShingle <= words.size(); ++k) {
            std::uint64_t s = 0;
            for (std::size_t r = 0; r < kShingle; ++r) s = mix(s * 0x9E3779B97F4A7C15ull + words[k + r]);
            f.shingles.push_back(s);
        }
    } else if (!words.empty()) {
        std::uint64_t s = 0;
        for (auto w : words) s = mix(s * 0x9E3779B97F4A7C15ull + w);
        f.shingles.push_back(s);
    }
    auto uniq = [](auto& v) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
    };
    uniq(f.shingles);
    f.vocabulary = std::move(words);
    uniq(f.vocabulary);
    uniq(f.names);
    return f;
}

// One-permutation MinHash with rotation densification: one hash per element, `bins` minima.
template <class T> void minhash(const std::vector<T>& items, std::size_t bins, std::uint32_t* out) {
    const std::uint32_t empty = 0xFFFFFFFFu;
    std::fill(out, out + bins, empty);
    for (T x : items) {
        std::uint64_t h = mix(std::uint64_t(x) ^ 0x51ED270B27A4C3F1ull);
        std::size_t bin = std::size_t(h % bins);
        auto v = std::uint32_t(h >> 32);
        if (v == empty) --v;
        out[bin] = std::min(out[bin], v);
    }
    if (items.empty()) return;
    for (std::size_t b = 0; b < bins; ++b) {
        if (out[b] != empty) continue;
        std::size_t k = (b + 1) % bins, step = 1;
        while (out[k] == empty || k == b) {
            k = (k + 1) % bins;
            ++step;
        }
        out[b] = std::uint32_t(mix(std::uint64_t(out[k]) + step * 0x9E3779B97F4A7C15ull)) | 1u;
        if (out[b] == empty) --out[b];
    }
    // Densified values never collide with a real minimum of another document by accident: the mix
    // depends on the offset, so equal values mean equal sources at equal offsets.
}

double estimate(const std::uint32_t* a, const std::uint32_t* b, std::size_t bins) {
    std::size_t same = 0;
    for (std::size_t k = 0; k < bins; ++k) same += a[k] == b[k];
    return double(same) / double(bins);
}

struct UnionFind {
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void join(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (a > b) std::swap(a, b);
        parent[b] = a; // the smaller index is the root: representatives are group minima
    }
};

// LSH: documents sharing a band of `rows` signature values become candidate pairs.
void lsh_candidates(const std::vector<std::uint32_t>& sigs, std::size_t bins, std::size_t n, std::size_t max_bucket,
                    const std::vector<bool>& usable, std::vector<std::uint64_t>& pairs) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
    std::size_t bands = bins / kRows;
    keys.reserve(n * bands);
    for (std::size_t d = 0; d < n; ++d) {
        if (!usable[d]) continue;
        const std::uint32_t* s = &sigs[d * bins];
        for (std::size_t band = 0; band < bands; ++band) {
            std::uint64_t k = band;
            for (std::size_t r = 0; r < kRows; ++r) k = mix(k * 0x9E3779B97F4A7C15ull + s[band * kRows + r]);
            keys.emplace_back(k, std::uint32_t(d));
        }
    }
    std::sort(keys.begin(), keys.end());
    for (std::size_t i = 0; i < keys.size();) {
        std::size_t j = i;
        while (j < keys.size() && keys[j].first == keys[i].first) ++j;
        if (j - i > 1 && j - i <= max_bucket)
            for (std::size_t a = i; a < j; ++a)
                for (std::size_t b = a + 1; b < j; ++b)
                    pairs.push_back((std::uint64_t(keys[a].second) << 32) | keys[b].second);
        i = j;
    }
}

} // namespace

std::vector<std::size_t> StoryGrouper::group(const std::vector<std::string_view>& texts) const {
    const std::size_t n = texts.size();
    std::vector<std::uint32_t> sig(n * kBins), vocab(n * kVocabBins), name_sig(n * kNameBins);
    std::vector<std::size_t> shingle_count(n);
    std::vector<std::vector<std::uint32_t>> names(n);
    std::vector<bool> has_shingles(n), has_names(n);
    for (std::size_t d = 0; d < n; ++d) {
        Features f = features(texts[d]);
        minhash(f.shingles, kBins, &sig[d * kBins]);
        minhash(f.vocabulary, kVocabBins, &vocab[d * kVocabBins]);
        minhash(f.names, kNameBins, &name_sig[d * kNameBins]);
        shingle_count[d] = f.shingles.size();
        has_shingles[d] = !f.shingles.empty();
        has_names[d] = f.names.size() >= options_.min_shared_names;
        names[d] = std::move(f.names);
    }

    UnionFind uf(n);
    std::vector<std::uint64_t> pairs;
    lsh_candidates(sig, kBins, n, options_.max_bucket, has_shingles, pairs);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (auto p : pairs) {
        std::size_t a = p >> 32, b = p & 0xFFFFFFFFu;
        if (uf.find(a) == uf.find(b)) continue;
        double j = estimate(&sig[a * kBins], &sig[b * kBins], kBins);
        if (j >= options_.min_jaccard) {
            uf.join(a, b);
            continue;
        }
        // |A∩B| = J (|A| + |B|) / (1 + J); containment of the smaller set in the larger one.
        double na = double(shingle_count[a]), nb = double(shingle_count[b]);
        double containment = j * (na + nb) / ((1.0 + j) * std::min(na, nb));
        if (j * double(kBins) >= 4 && containment >= options_.min_containment) uf.join(a, b);
    }

    pairs.clear();
    lsh_candidates(name_sig, kNameBins, n, options_.max_bucket, has_names, pairs);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (auto p : pairs) {
        std::size_t a = p >> 32, b = p & 0xFFFFFFFFu;
        if (uf.find(a) == uf.find(b)) continue;
        const auto& x = names[a];
        const auto& y = names[b];
        std::size_t shared = 0;
        for (std::size_t i = 0, k = 0; i < x.size() && k < y.size();) {
            if (x[i] == y[k]) {
                ++shared;
                ++i;
                ++k;
            } else if (x[i] < y[k]) {
                ++i;
            } else {
                ++k;
            }
        }
        if (shared < options_.min_shared_names) continue;
        double jn = double(shared) / double(x.size() + y.size() - shared);
        double cn = double(shared) / double(std::min(x.size(), y.size()));
        if (jn < options_.min_name_jaccard && cn < options_.min_name_containment) continue;
        if (estimate(&vocab[a * kVocabBins], &vocab[b * kVocabBins], kVocabBins) < options_.min_vocabulary_jaccard)
            continue;
        uf.join(a, b);
    }

    std::vector<std::size_t> rep(n);
    for (std::size_t d = 0; d < n; ++d) rep[d] = uf.find(d);
    return rep;
}

void group_stories(std::vector<Document>& documents) {
    // Work in id order so the representative (and the story id) does not depend on input order.
    std::vector<std::size_t> order(documents.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return documents[a].id < documents[b].id; });
    std::vector<std::string_view> texts;
    texts.reserve(order.size());
    for (auto i : order) texts.emplace_back(documents[i].text);
    auto rep = StoryGrouper().group(texts);
    for (std::size_t k = 0; k < order.size(); ++k) {
        const auto& root = documents[order[rep[k]]].id;
        documents[order[k]].story = "s" + (root.size() > 1 ? root.substr(1) : root);
    }
}

} // namespace eventline
