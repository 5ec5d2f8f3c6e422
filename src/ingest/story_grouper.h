// Near-duplicate detection over documents: which ones are versions of one article.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace eventline {

/// Two signals, each with MinHash signatures and LSH banding for candidates (sub-quadratic), then a check:
///  1. word 5-gram shingles: versions that share wording (clipped, full, clipper export). Joined when the
///     estimated Jaccard is high, or the smaller one is mostly contained in the larger one.
///  2. names and numbers (capitalized words not starting a sentence, numbers of 2+ digits) plus the word
///     vocabulary: machine translations and rewrites that keep the facts but not the phrasing.
/// Candidate pairs that pass are joined with union-find.
class StoryGrouper {
  public:
    struct Options {
        double min_jaccard = 0.30;        ///< shingles: estimated Jaccard to join
        double min_containment = 0.50;    ///< shingles: estimated containment of the smaller document
        double min_name_jaccard = 0.50;   ///< names: exact Jaccard of the name/number sets
        double min_name_containment = 0.70;
        std::size_t min_shared_names = 12;
        double min_vocabulary_jaccard = 0.40; ///< names: estimated Jaccard of the word vocabularies
        std::size_t max_bucket = 200;     ///< LSH buckets larger than this are too common to be evidence
    };

    StoryGrouper() : StoryGrouper(Options{}) {}
    explicit StoryGrouper(Options options) : options_(options) {}

    /// For each text, the index of the group's representative (the smallest index in its group).
    std::vector<std::size_t> group(const std::vector<std::string_view>& texts) const;

  private:
    Options options_;
};

} // namespace eventline
