// Greedy bigram POS tagger over the Lingua::EN::Tagger lexicon (GPL-compatible data read in place, not
// copied).
#include "eventline/error.h"
#include "eventline/pos.h"
#include "word_index.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>

namespace eventline {

namespace {

constexpr std::array<std::string_view, std::size_t(Pos::Count)> kPenn = {
    "",    "CC",  "CD",   "DT",   "EX",  "FW",  "IN",  "JJ",    "JJR", "JJS", "-LRB-", "LS",
    "MD",  "NN",  "NNP",  "NNPS", "NNS", "PDT", "POS", ".",     ",",   "$",   "``",    "''",
    ":",   "PRP", "PRP$", "RB",   "RBR", "RBS", "RP",  "-RRB-", "SYM", "TO",  "UH",    "VB",
    "VBD", "VBG", "VBN",  "VBP",  "VBZ", "WDT", "WP",  "WP$",   "WRB"};

// The model's own (lower-case) tag names, in Pos order.
constexpr std::array<std::string_view, std::size_t(Pos::Count)> kModel = {
    "",     "cc",  "cd",  "det", "ex", "fw",  "in",  "jj",  "jjr", "jjs", "lrb", "ls",   "md", "nn",  "nnp",
    "nnps", "nns", "pdt", "pos", "pp", "ppc", "ppd", "ppl", "ppr", "pps", "prp", "prps", "rb", "rbr", "rbs",
    "rp",   "rrb", "sym", "to",  "uh", "vb",  "vbd", "vbg", "vbn", "vbp", "vbz", "wdt",  "wp", "wps", "wrb"};

constexpr std::size_t kTags = std::size_t(Pos::Count);

Pos model_tag(std::string_view name) {
    for (std::size_t i = 1; i < kTags; ++i)
        if (kModel[i] == name) return Pos(i);
    return Pos::None;
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) throw DataError("[pos] cannot read " + p.string());
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Choice {
    Pos tag;
    float p;
};

// Parses `key: { a: 1, b: 2 }` (key optionally quoted); calls f(key, tag, number) per pair.
template <class F> void parse_yaml_maps(const std::filesystem::path& path, const std::string& text, F&& f) {
    std::size_t line_no = 0, pos = 0;
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string::npos) eol = text.size();
        std::string_view line(text.data() + pos, eol - pos);
        pos = eol + 1;
        ++line_no;
        if (line.empty() || line.starts_with("---")) continue;
        std::size_t brace = line.find(": {");
        std::size_t close = line.rfind('}');
        if (brace == std::string_view::npos || close == std::string_view::npos || close < brace)
            throw DataError("[pos] " + path.string() + ":" + std::to_string(line_no) +
                            ": expected 'key: { tag: n }'");
        std::string_view key = line.substr(0, brace);
        if (key.size() >= 2 && key.front() == '"' && key.back() == '"') key = key.substr(1, key.size() - 2);
        std::string_view body = line.substr(brace + 3, close - brace - 3);
        while (!body.empty()) {
            std::size_t comma = body.find(',');
            std::string_view item = body.substr(0, comma);
            body = comma == std::string_view::npos ? std::string_view() : body.substr(comma + 1);
            std::size_t colon = item.find(':');
            if (colon == std::string_view::npos) continue;
            std::string_view tag = item.substr(0, colon);
            while (!tag.empty() && tag.front() == ' ')
                tag.remove_prefix(1);
            std::string num(item.substr(colon + 1));
            char* end = nullptr;
            double v = std::strtod(num.c_str(), &end);
            if (end == num.c_str())
                throw DataError("[pos] " + path.string() + ":" + std::to_string(line_no) + ": bad number '" +
                                num + "'");
            f(key, tag, v);
        }
    }
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}

// What unknown_class() asks of each byte, one table lookup per byte instead of a dozen comparisons.
enum CharClass : std::uint8_t {
    kOpen = 1,      // ( { [
    kClose = 2,     // ) } ]
    kDigit = 4,     // 0-9
    kNumber = 8,    // a digit or , . - / : (a number's characters)
    kAbbr = 16,     // A-Z . - (an abbreviation's)
    kWordChar = 32, // ASCII letter or digit, or a non-ASCII byte
};
constexpr std::array<std::uint8_t, 256> kCharClass = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        std::uint8_t f = 0;
        if (c == '(' || c == '{' || c == '[') f |= kOpen;
        if (c == ')' || c == '}' || c == ']') f |= kClose;
        if (c >= '0' && c <= '9') f |= kDigit | kNumber | kWordChar;
        if (c == ',' || c == '.' || c == '-' || c == '/' || c == ':') f |= kNumber;
        if ((c >= 'A' && c <= 'Z') || c == '.' || c == '-') f |= kAbbr;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) f |= kWordChar;
        t[std::size_t(c)] = f;
    }
    return t;
}();

} // namespace

std::string_view pos_tag_name(std::uint8_t id) {
    return id < kTags ? kPenn[id] : std::string_view();
}

struct PosTagger::Impl {
    std::string words_text; // owns the keys of `lexicon`
    std::string unknown_text;
    struct WordHash {
        std::size_t operator()(std::string_view w) const { return std::size_t(text::word_hash(w)); }
    };
    using Range = std::pair<std::uint32_t, std::uint32_t>; // a word's readings: [begin, end) in choices
    // Built while loading (first entry of a word wins), then frozen into word indexes.
    std::unordered_map<std::string_view, Range, WordHash> lexicon;
    // A frequent word with its tag after each previous tag when it has several readings (the scoring of
    // tag_word() done once per word at start-up rather than per token).
    struct Frequent {
        Range range;
        std::uint32_t after = 0; // 1 + row in tag_after, 0 when not precomputed
    };
    // The whole lexicon (~100k words, megabytes: a cache miss per lookup), and in front of it the most
    // frequent words of the model's corpus, small enough to stay in cache; news text is mostly these.
    text::WordIndex<Range> all_words;
    text::WordIndex<Frequent> frequent_words;
    std::vector<std::array<Pos, kTags>> tag_after;
    std::string frequent_text; // owns the keys of `frequent_words`
    static constexpr std::size_t kFrequentWords = 4096;
    std::unordered_map<std::string_view, double> frequency; // while loading: corpus count of each word

    void freeze() {
        all_words.build(lexicon, lexicon.size());
        std::vector<std::pair<double, std::string_view>> by_count;
        by_count.reserve(lexicon.size());
        for (const auto& [w, range] : lexicon)
            by_count.push_back({frequency.count(w) ? frequency.at(w) : 0.0, w});
        const std::size_t n = std::min(kFrequentWords, by_count.size());
        std::partial_sort(by_count.begin(), by_count.begin() + std::ptrdiff_t(n), by_count.end(),
                          [](const auto& a, const auto& b) {
                              return a.first > b.first || (a.first == b.first && a.second < b.second);
                          });
        // their bytes side by side too: the keys in the model text are scattered over megabytes
        for (std::size_t i = 0; i < n; ++i)
            frequent_text += by_count[i].second;
        std::vector<std::pair<std::string_view, Frequent>> top;
        std::size_t offset = 0;
        for (std::size_t i = 0; i < n; ++i) {
            std::string_view w = by_count[i].second;
            Frequent f{lexicon.at(w)};
            if (f.range.second - f.range.first >= 2) {
                std::array<Pos, kTags> row{};
                for (std::size_t prev = 0; prev < kTags; ++prev)
                    row[prev] = choose(f.range, Pos(prev));
                tag_after.push_back(row);
                f.after = std::uint32_t(tag_after.size());
            }
            top.push_back({std::string_view(frequent_text).substr(offset, w.size()), f});
            offset += w.size();
        }
        frequent_words.build(top, top.size());
        frequency = {};
    }
    std::vector<Choice> choices;
    std::array<std::array<float, kTags>, kTags> trans{};

    void load_words(const std::filesystem::path& path, std::string& text) {
        text = read_file(path);
        std::string_view current;
        std::uint32_t begin = 0;
        double total = 0;
        auto flush = [&] {
            if (current.empty()) return;
            for (auto i = begin; i < choices.size(); ++i)
                choices[i].p = float(choices[i].p / (total > 0 ? total : 1));
            if (lexicon.emplace(current, std::make_pair(begin, std::uint32_t(choices.size()))).second)
                frequency.emplace(current, total);
        };
        parse_yaml_maps(path, text, [&](std::string_view key, std::string_view tag, double n) {
            if (key.data() != current.data()) {
                flush();
                current = key;
                begin = std::uint32_t(choices.size());
                total = 0;
            }
            Pos t = model_tag(tag);
            if (t == Pos::None) return;
            choices.push_back({t, float(n)});
            total += n;
        });
        flush();
    }

    // The readings of `w` as written, nullptr when the lexicon lacks it; `after` receives the precomputed
    // tags of a frequent word (else nullptr).
    const Range* find(std::string_view w, const std::array<Pos, kTags>*& after) const {
        const std::uint64_t h = text::word_hash(w);
        if (const Frequent* f = frequent_words.find(w, h)) {
            after = f->after ? &tag_after[f->after - 1] : nullptr;
            return &f->range;
        }
        after = nullptr;
        return all_words.find(w, h);
    }
    const Range* find(std::string_view w) const {
        const std::array<Pos, kTags>* after = nullptr;
        return find(w, after);
    }

    // Classes of words missing from the lexicon, in the order of kUnknownNames; their entries are looked up
    // once.
    enum class Unknown : std::uint8_t {};
    static constexpr std::array<std::string_view, 15> kUnknownNames = {
        "*LRB*", "*RRB*", "*NUM*", "*ORD*",  "-abr-", "-hyp-adj-", "-hyp-",    "-sym-",
        "-cap-", "-ing-", "-s-",   "-tion-", "-ly-",  "-ed-",      "-unknown-"};
    static constexpr Unknown kSym{7};
    std::array<const Range*, 15> unknown_entry{};

    void index_unknown_classes() {
        for (std::size_t i = 0; i < kUnknownNames.size(); ++i)
            unknown_entry[i] = find(kUnknownNames[i]);
    }

    Unknown unknown_class(std::string_view w) const {
        // one pass over the word for every property the classes below test, in the model's order: the
        // classes of some byte (`any`) and of every byte (`all`)
        std::uint8_t any = 0, all = 0xff;
        for (char c : w) {
            const std::uint8_t f = kCharClass[static_cast<unsigned char>(c)];
            any |= f;
            all &= f;
        }
        const bool open = any & kOpen, close = any & kClose, has_digit = any & kDigit,
                   word_char = any & kWordChar;
        const bool digits = !w.empty() && (all & kNumber), abbr = all & kAbbr;
        if (open) return Unknown(0);
        if (close) return Unknown(1);
        if (digits && has_digit) return Unknown(2);
        if (!w.empty() && is_digit(w[0])) return Unknown(3);
        if (!w.empty() && is_upper(w[0]) && abbr) return Unknown(4);
        std::size_t dash = w.find('-');
        if (dash != std::string_view::npos && dash > 0 && dash + 1 < w.size()) {
            auto* e = find(w.substr(w.rfind('-') + 1));
            if (e)
                for (auto i = e->first; i < e->second; ++i)
                    if (choices[i].tag == Pos::JJ) return Unknown(5);
            return Unknown(6);
        }
        if (!word_char) return Unknown(7);
        if (!w.empty() && (is_upper(w[0]) || static_cast<unsigned char>(w[0]) >= 0x80)) return Unknown(8);
        if (w.ends_with("ing")) return Unknown(9);
        if (w.ends_with("s")) return Unknown(10);
        if (w.ends_with("tion")) return Unknown(11);
        if (w.ends_with("ly")) return Unknown(12);
        if (w.ends_with("ed")) return Unknown(13);
        return Unknown(14);
    }

    Pos tag_word(std::string_view w, Pos prev) const {
        const std::array<Pos, kTags>* after = nullptr;
        const auto* e = find(w, after);
        if (!e && !w.empty() && is_upper(w[0])) {
            std::string lower(w);
            lower[0] = char(lower[0] - 'A' + 'a');
            e = find(lower, after);
        }
        if (!e) {
            Unknown cls = unknown_class(w);
            if (cls == kSym) return Pos::SYM;
            e = unknown_entry[std::size_t(cls)];
            if (!e) return Pos::NN;
        }
        return after ? (*after)[std::size_t(prev)] : choose(*e, prev);
    }

    // The reading of a word with readings `r` after the tag `prev`: the best P(tag | prev) * (P(tag | word) +
    // 0.1).
    Pos choose(const Range& r, Pos prev) const {
        if (r.second - r.first == 1) return choices[r.first].tag; // what the loop below picks for one
        const auto& row = trans[std::size_t(prev)];
        Pos best = choices[r.first].tag;
        float best_score = -1;
        for (auto i = r.first; i < r.second; ++i) {
            float s = row[std::size_t(choices[i].tag)] * (choices[i].p + 0.1f);
            if (s > best_score) {
                best_score = s;
                best = choices[i].tag;
            }
        }
        return best;
    }
};

std::filesystem::path PosTagger::default_model_dir() {
    return "/usr/share/perl5/Lingua/EN/Tagger";
}

PosTagger::PosTagger(const std::filesystem::path& dir) : impl_(std::make_unique<Impl>()) {
    std::string tags_text = read_file(dir / "tags.yml");
    parse_yaml_maps(dir / "tags.yml", tags_text, [&](std::string_view from, std::string_view to, double p) {
        Pos a = model_tag(from), b = model_tag(to);
        if (a != Pos::None && b != Pos::None) impl_->trans[std::size_t(a)][std::size_t(b)] = float(p);
    });
    impl_->load_words(dir / "words.yml", impl_->words_text);
    impl_->load_words(dir / "unknown.yml", impl_->unknown_text);
    if (impl_->lexicon.size() < 1000)
        throw DataError("[pos] " + (dir / "words.yml").string() + ": lexicon too small");
    impl_->freeze();
    impl_->lexicon = {};
    impl_->index_unknown_classes();
}

PosTagger::~PosTagger() = default;

Pos PosTagger::tag_word(std::string_view word, Pos previous) const {
    return impl_->tag_word(word, previous);
}

void PosTagger::tag(std::string_view text, std::vector<Token>& tokens) const {
    Pos prev = Pos::Period; // the model starts each sentence after a full stop
    for (auto& t : tokens) {
        std::string_view w = text.substr(t.begin, t.end - t.begin);
        Pos p;
        if (w == "\"")
            p = prev == Pos::Period || prev == Pos::None ? Pos::OpenQuote : Pos::CloseQuote;
        else
            p = impl_->tag_word(w, prev == Pos::None ? Pos::Period : prev);
        t.pos = std::uint8_t(p);
        prev = p;
    }
}

} // namespace eventline
