#include "lexicon.h"

#include "eventline/error.h"

#include <algorithm>
#include <fstream>

namespace eventline::events {

namespace {

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos <= s.size()) {
        std::size_t e = s.find(sep, pos);
        if (e == std::string_view::npos) e = s.size();
        std::string item(s.substr(pos, e - pos));
        while (!item.empty() && (item.back() == ' ' || item.back() == '\r'))
            item.pop_back();
        while (!item.empty() && item.front() == ' ')
            item.erase(item.begin());
        out.push_back(std::move(item));
        pos = e + 1;
    }
    return out;
}

// Calls f(fields, line_no) for each non-comment line of a TSV file.
template <class F> void read_tsv(const std::filesystem::path& path, std::size_t min_fields, F&& f) {
    std::ifstream in(path);
    if (!in) throw DataError("[events] cannot read " + path.string());
    std::string line;
    std::size_t no = 0;
    while (std::getline(in, line)) {
        ++no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        auto fields = split(line, '\t');
        if (fields.size() < min_fields)
            throw DataError("[events] " + path.string() + ":" + std::to_string(no) + ": expected " +
                            std::to_string(min_fields) + " tab-separated fields, found " +
                            std::to_string(fields.size()));
        f(fields, no);
    }
}

FrameClass parse_class(const std::string& s, const std::filesystem::path& path, std::size_t no) {
    if (s == "communication") return FrameClass::Communication;
    if (s == "motion") return FrameClass::Motion;
    if (s == "transfer") return FrameClass::Transfer;
    if (s == "contact") return FrameClass::Contact;
    if (s == "conflict") return FrameClass::Conflict;
    if (s == "general") return FrameClass::General;
    if (s == "natural") return FrameClass::Natural;
    throw DataError("[events] " + path.string() + ":" + std::to_string(no) + ": unknown class '" + s + "'");
}

// "send[obj=personnel]" -> sense with condition; "step_down" -> lemma "step", particle "down".
std::pair<std::string, TriggerSense> parse_trigger(std::string item, int type,
                                                   const std::filesystem::path& path, std::size_t no) {
    TriggerSense sense;
    sense.type = type;
    if (auto b = item.find('['); b != std::string::npos) {
        auto e = item.find(']', b);
        if (e == std::string::npos)
            throw DataError("[events] " + path.string() + ":" + std::to_string(no) + ": unclosed '[' in '" +
                            item + "'");
        std::string cond = item.substr(b + 1, e - b - 1);
        item.erase(b);
        if (cond.starts_with("obj!="))
            sense.excluded_object_class = cond.substr(5);
        else if (cond.starts_with("obj="))
            sense.object_class = cond.substr(4);
        else if (cond == "pass")
            sense.passive_only = true;
        else if (cond == "quote")
            sense.quote_only = true;
        else if (cond == "undergoer")
            sense.undergoer = true;
        else
            throw DataError("[events] " + path.string() + ":" + std::to_string(no) + ": unknown condition '" +
                            cond + "'");
    }
    if (auto u = item.find('_'); u != std::string::npos) {
        sense.particle = item.substr(u + 1);
        std::replace(sense.particle.begin(), sense.particle.end(), '_', ' ');
        item.erase(u);
    }
    return {item, sense};
}

} // namespace

Lexicon::Lexicon(const std::filesystem::path& dir) {
    auto onto = dir / "ontology.tsv";
    bool header = true;
    read_tsv(onto, 5, [&](const std::vector<std::string>& f, std::size_t no) {
        if (header && f[0] == "type") {
            header = false;
            return;
        }
        EventType t{f[0], f[1], parse_class(f[2], onto, no), f[3]};
        if (t.name.empty())
            throw DataError("[events] " + onto.string() + ":" + std::to_string(no) + ": empty type");
        int idx = int(types_.size());
        types_.push_back(t);
        auto add = [&](SenseMap& m, const std::string& list) {
            for (auto& item : split(list, ',')) {
                if (item.empty()) continue;
                auto [lemma, sense] = parse_trigger(item, idx, onto, no);
                auto& v = m[lemma];
                v.push_back(sense);
                // conditioned and multi-word senses are tried before plain ones
                std::stable_sort(v.begin(), v.end(), [](const TriggerSense& a, const TriggerSense& b) {
                    auto rank = [](const TriggerSense& s) {
                        return (s.particle.empty() ? 0 : -2) +
                               (s.object_class.empty() && !s.passive_only ? 0 : -1);
                    };
                    return rank(a) < rank(b);
                });
            }
        };
        add(verbs_, f[4]);
        if (f.size() > 5) {
            std::string nouns = f[5];
            std::replace(nouns.begin(), nouns.end(), '_', ' ');
            for (auto& item : split(nouns, ',')) {
                if (item.empty()) continue;
                auto [lemma, sense] = parse_trigger(item, idx, onto, no);
                nouns_[lemma].push_back(sense);
            }
        }
    });
    if (types_.empty()) throw DataError("[events] " + onto.string() + ": no event types");

    read_tsv(dir / "nouns.tsv", 2, [&](const std::vector<std::string>& f, std::size_t) {
        for (auto& lemma : split(f[1], ','))
            if (!lemma.empty()) noun_classes_[lemma].push_back(f[0]);
    });

    auto attr = dir / "attribution.tsv";
    read_tsv(attr, 3, [&](const std::vector<std::string>& f, std::size_t no) {
        const std::string& kind = f[0];
        if (kind == "verb")
            attribution_.verbs.emplace(f[1], f[2]);
        else if (kind == "noun")
            attribution_.nouns.emplace(f[1], f[2]);
        else if (kind == "adverb")
            attribution_.adverbs.emplace(f[1], f[2]);
        else if (kind == "modal")
            attribution_.modals.emplace(f[1], f[2]);
        else if (kind == "phrase")
            attribution_.phrases.emplace_back(split(f[1], ' '), f[2]);
        else
            throw DataError("[events] " + attr.string() + ":" + std::to_string(no) + ": unknown kind '" +
                            kind + "'");
    });
    // longest phrases first, so "is expected to" wins over "expected to"
    std::stable_sort(attribution_.phrases.begin(), attribution_.phrases.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (std::size_t i = 0; i < attribution_.phrases.size(); ++i)
        if (!attribution_.phrases[i].first.empty())
            attribution_.phrases_by_first[attribution_.phrases[i].first[0]].push_back(int(i));
}

bool Lexicon::noun_in_class(std::string_view lemma, std::string_view cls) const {
    auto it = noun_classes_.find(lemma);
    if (it == noun_classes_.end()) return false;
    return std::find(it->second.begin(), it->second.end(), cls) != it->second.end();
}

std::vector<std::string> Lexicon::all_lemmas() const {
    std::vector<std::string> out;
    for (auto& [k, v] : verbs_)
        out.push_back(k);
    for (auto& [k, v] : nouns_)
        out.push_back(k);
    for (auto& [k, v] : noun_classes_)
        out.push_back(k);
    for (auto& [k, v] : attribution_.verbs)
        out.push_back(k);
    for (auto& [k, v] : attribution_.nouns)
        out.push_back(k);
    return out;
}

int Lexicon::type_index(std::string_view name) const {
    for (std::size_t i = 0; i < types_.size(); ++i)
        if (types_[i].name == name) return int(i);
    return -1;
}

} // namespace eventline::events
