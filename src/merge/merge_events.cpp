// Event coreference: blocking + scored candidate pairs + union-find with cluster-level checks.
// Rules and their reasons: docs/graph.md ("Merge").
#include "eventline/merge.h"
#include "type_families.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <date/date.h>
#include <iterator>
#include <numeric>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace eventline {

namespace {

constexpr std::size_t kWindow = 12;      // neighbours compared inside one sorted block
constexpr std::size_t kMinSentence = 24; // shorter sentences are too generic to identify an event

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

/// Days since 1970-01-01 for "YYYY-MM-DD" (a longer ISO string is cut); nullopt when not a date.
std::optional<int> day_number(std::string_view s) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    std::string_view ys = s.substr(0, 4);
    if (std::from_chars(ys.data(), ys.data() + 4, y).ec != std::errc() ||
        std::from_chars(s.data() + 5, s.data() + 7, m).ec != std::errc() ||
        std::from_chars(s.data() + 8, s.data() + 10, d).ec != std::errc())
        return std::nullopt;
    date::year_month_day ymd{date::year{y}, date::month(unsigned(m)), date::day(unsigned(d))};
    if (!ymd.ok()) return std::nullopt;
    return int(date::sys_days(ymd).time_since_epoch().count());
}

int precision_rank(std::string_view p) {
    static constexpr std::string_view order[] = {"day",  "week", "month",  "season", "quarter",
                                                 "half", "year", "decade", "century"};
    for (std::size_t i = 0; i < std::size(order); ++i)
        if (p == order[i]) return int(i);
    return int(std::size(order));
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// Letters and digits only, lower-cased: versions differ in quotes, dashes and spacing.
std::uint64_t sentence_key(std::string_view s) {
    std::string norm;
    norm.reserve(s.size());
    for (unsigned char c : s)
        if (std::isalnum(c) || c >= 0x80) norm.push_back(char(std::tolower(c)));
    return norm.size() >= kMinSentence ? fnv1a(norm) : 0;
}

/// Role classes for compatibility: who acts (agent, speaker, source) is one class.
std::string_view role_class(std::string_view role) {
    if (role == "agent" || role == "speaker" || role == "source" || role.empty()) return "agent";
    return role;
}

class Interner {
  public:
    std::uint32_t id(std::string_view s) {
        auto [it, added] = ids_.try_emplace(std::string(s), std::uint32_t(ids_.size()));
        return it->second;
    }

  private:
    std::unordered_map<std::string, std::uint32_t> ids_;
};

constexpr int kNoStart = INT_MIN;
constexpr int kNoEnd = INT_MAX;

/// What the compatibility checks need of one event, or of one cluster after unions.
struct Summary {
    std::uint32_t family = 0;
    bool negated = false;
    bool timed = false;
    int start = kNoStart;
    int end = kNoEnd;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> roles;  ///< (role class, actor)
    std::vector<std::pair<std::uint32_t, std::uint32_t>> places; ///< (role, place); origin/destination only
    // For mentions of one document in different sentences, which must be clearly the same event:
    bool speech = false;                                             ///< a statement-family event
    std::vector<std::pair<std::uint32_t, std::uint64_t>> where;      ///< (document, sentence text hash)
    std::vector<std::uint32_t> types;                                ///< exact types
    std::vector<std::uint32_t> modalities;                           ///< asserted, expected, ...
    std::vector<std::uint32_t> agents;                               ///< agent-class actors
    std::vector<std::pair<std::uint32_t, std::uint32_t>> all_places; ///< (role, place), every role
    std::vector<std::pair<std::uint32_t, double>> amounts;           ///< (unit and period, value)
};

struct Features {
    std::uint64_t sentence = 0;
    std::uint32_t type = 0;
    std::uint32_t trigger = 0;
    std::uint32_t document = 0;
    std::uint32_t story = 0; ///< 0: unknown
};

bool sets_agree(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& a,
                const std::vector<std::pair<std::uint32_t, std::uint32_t>>& b) {
    // For every role both sides fill, they must share at least one filler.
    for (const auto& [role, _] : a) {
        bool b_has_role = false, shared = false;
        for (const auto& [r2, x2] : b) {
            if (r2 != role) continue;
            b_has_role = true;
            for (const auto& [r1, x1] : a)
                if (r1 == role && x1 == x2) shared = true;
        }
        if (b_has_role && !shared) return false;
    }
    return true;
}

// The cluster-level vectors below are kept sorted and unique, so that checks and unions stay linear.
template <class T> void sort_unique(std::vector<T>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

template <class T> bool intersects(const std::vector<T>& a, const std::vector<T>& b) {
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            return true;
    }
    return false;
}

/// One document reports the two sides in different sentences.
bool same_document_other_sentence(const Summary& a, const Summary& b) {
    auto i = a.where.begin(), j = b.where.begin();
    while (i != a.where.end() && j != b.where.end()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            auto doc = i->first;
            auto ie = i, je = j;
            while (ie != a.where.end() && ie->first == doc)
                ++ie;
            while (je != b.where.end() && je->first == doc)
                ++je;
            // the same single sentence on both sides is the only case without another sentence
            if (!(ie - i == 1 && je - j == 1 && i->second == j->second)) return true;
            i = ie, j = je;
        }
    }
    return false;
}

/// Quantities disagree: some unit with no value in common, or no unit in common at all.
bool amounts_disagree(const Summary& a, const Summary& b) {
    if (a.amounts.empty() || b.amounts.empty()) return false;
    bool shared_unit = false;
    for (const auto& [unit, value] : a.amounts) {
        bool unit_in_b = false, value_in_b = false;
        for (const auto& [unit2, value2] : b.amounts)
            if (unit2 == unit) {
                unit_in_b = true;
                value_in_b = value_in_b || value2 == value;
            }
        if (unit_in_b && !value_in_b) return true;
        shared_unit = shared_unit || unit_in_b;
    }
    return !shared_unit;
}

/// A document names one event in several sentences only when they clearly agree: same type, same
/// agents, same places, no other quantities; two statements of one speaker need the same day.
bool clearly_same(const Summary& a, const Summary& b) {
    if (!intersects(a.types, b.types)) return false;
    if (a.modalities != b.modalities) return false; // "will visit" is not the visit that took place
    if (a.agents.empty() || a.agents != b.agents) return false;
    if (a.all_places != b.all_places) return false;
    if (amounts_disagree(a, b)) return false;
    if (a.speech && !(a.timed && b.timed && a.start == b.start && a.end == b.end)) return false;
    return true;
}

bool compatible(const Summary& a, const Summary& b, bool same_wording) {
    if (a.family != b.family || a.negated != b.negated) return false;
    if (a.timed && b.timed && !same_wording && std::max(a.start, b.start) > std::min(a.end, b.end))
        return false;
    if (same_document_other_sentence(a, b) && !clearly_same(a, b)) return false;
    return sets_agree(a.roles, b.roles) && sets_agree(a.places, b.places);
}

template <class T> void append_unique(std::vector<T>& into, const std::vector<T>& from) {
    std::vector<T> out;
    out.reserve(into.size() + from.size());
    std::set_union(into.begin(), into.end(), from.begin(), from.end(), std::back_inserter(out));
    into = std::move(out);
}

void absorb(Summary& into, const Summary& from) {
    if (from.timed) {
        if (!into.timed) {
            into.timed = true;
            into.start = from.start;
            into.end = from.end;
        } else if (std::max(into.start, from.start) <= std::min(into.end, from.end)) {
            into.start = std::max(into.start, from.start); // intersection: what both allow
            into.end = std::min(into.end, from.end);
        } else {
            into.start = std::min(into.start, from.start); // disagreeing versions: their hull
            into.end = std::max(into.end, from.end);
        }
    }
    for (auto& r : from.roles)
        if (std::find(into.roles.begin(), into.roles.end(), r) == into.roles.end()) into.roles.push_back(r);
    for (auto& p : from.places)
        if (std::find(into.places.begin(), into.places.end(), p) == into.places.end())
            into.places.push_back(p);
    append_unique(into.where, from.where);
    append_unique(into.types, from.types);
    append_unique(into.modalities, from.modalities);
    append_unique(into.agents, from.agents);
    append_unique(into.all_places, from.all_places);
    append_unique(into.amounts, from.amounts);
}

class UnionFind {
  public:
    explicit UnionFind(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
    std::uint32_t find(std::uint32_t x) {
        while (parent_[x] != x)
            x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    void unite_into(std::uint32_t root, std::uint32_t other) { parent_[other] = root; }

  private:
    std::vector<std::uint32_t> parent_;
};

std::string number_text(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

std::string quantity_text(const Quantity& q) {
    if (q.low && q.high) return number_text(*q.low) + "-" + number_text(*q.high);
    return number_text(q.value);
}

std::string time_text(const TimeSpan& t) {
    return t.start == t.end ? t.start : t.start + ".." + t.end;
}

/// Builds one Event out of the cluster's members (indices into `events`, in mention-key order).
Event combine(std::vector<Event>& events, const std::vector<std::uint32_t>& members,
              const std::vector<Summary>& summaries) {
    // Representative: the most precise time, then the most participants, then the first mention.
    std::uint32_t rep = members.front();
    auto rank = [&](std::uint32_t i) {
        const Event& e = events[i];
        int prec = e.time ? precision_rank(e.time->precision) : 100;
        int width = summaries[i].timed ? summaries[i].end - summaries[i].start : INT_MAX;
        return std::make_tuple(prec, width, -int(e.participants.size()));
    };
    for (auto i : members)
        if (rank(i) < rank(rep)) rep = i;

    Event out;
    Event& r = events[rep];
    // The most frequent type among members; ties keep the representative's, then the smallest name.
    {
        std::unordered_map<std::string, int> counts;
        for (auto i : members)
            ++counts[events[i].type];
        out.type = r.type;
        for (const auto& [type, count] : counts)
            if (count > counts[out.type] ||
                (count == counts[out.type] && counts[r.type] < count && type < out.type))
                out.type = type;
    }
    out.cameo = r.cameo;
    for (auto i : members)
        if (out.cameo.empty() && events[i].type == out.type) out.cameo = events[i].cameo;
    out.label = std::move(r.label);
    out.time = r.time;
    out.attribution = r.attribution;
    for (auto i : members)
        if (out.attribution.source.empty() && !events[i].attribution.source.empty())
            out.attribution = events[i].attribution;
    out.negated = r.negated;
    out.quote = std::move(r.quote);
    for (auto i : members)
        if (out.quote.empty()) out.quote = events[i].quote;
    out.rule = std::move(r.rule);
    out.trigger = std::move(r.trigger);

    auto add_unique = [](auto& into, const auto& item, auto same) {
        for (const auto& x : into)
            if (same(x, item)) return;
        into.push_back(item);
    };
    std::vector<std::uint32_t> ordered{rep};
    for (auto i : members)
        if (i != rep) ordered.push_back(i);
    for (auto i : ordered) {
        Event& e = events[i];
        for (const auto& p : e.participants)
            add_unique(out.participants, p,
                       [](auto& a, auto& b) { return a.actor == b.actor && a.role == b.role; });
        for (const auto& p : e.places)
            add_unique(out.places, p,
                       [](auto& a, auto& b) { return a.place == b.place && a.role == b.role; });
        for (auto q : e.quantities) {
            if (q.claimed_by.empty())
                q.claimed_by = e.attribution.source; // the event's source claims its figures
            add_unique(out.quantities, q, [](auto& a, auto& b) {
                return a.unit == b.unit && a.per == b.per && a.value == b.value && a.low == b.low &&
                       a.high == b.high && a.claimed_by == b.claimed_by;
            });
        }
        for (auto& m : e.mentions)
            out.mentions.push_back(std::move(m));
    }
    std::sort(out.mentions.begin(), out.mentions.end(), [](const Mention& a, const Mention& b) {
        return std::tie(a.document, a.begin, a.end) < std::tie(b.document, b.begin, b.end);
    });
    out.mentions.erase(std::unique(out.mentions.begin(), out.mentions.end(),
                                   [](const Mention& a, const Mention& b) {
                                       return a.document == b.document && a.begin == b.begin &&
                                              a.end == b.end;
                                   }),
                       out.mentions.end());
    out.order = out.mentions.empty() ? r.order : out.mentions.front().begin;

    // Conflicts: one quantity unit with several values; member dates that cannot all hold.
    for (std::size_t i = 0; i < out.quantities.size(); ++i) {
        const Quantity& q = out.quantities[i];
        bool first_of_unit = true;
        for (std::size_t j = 0; j < i; ++j)
            if (out.quantities[j].unit == q.unit && out.quantities[j].per == q.per) first_of_unit = false;
        if (!first_of_unit) continue;
        Conflict c;
        c.field = "quantity:" + q.unit;
        for (std::size_t j = i; j < out.quantities.size(); ++j) {
            const Quantity& o = out.quantities[j];
            if (o.unit != q.unit || o.per != q.per) continue;
            std::string v = quantity_text(o);
            if (std::find(c.values.begin(), c.values.end(), v) != c.values.end()) continue;
            c.values.push_back(v);
            c.claimed_by.push_back(o.claimed_by);
        }
        if (c.values.size() > 1) out.conflicts.push_back(std::move(c));
    }
    {
        int lo = kNoStart, hi = kNoEnd;
        for (auto i : members)
            if (summaries[i].timed) {
                lo = std::max(lo, summaries[i].start);
                hi = std::min(hi, summaries[i].end);
            }
        if (lo > hi) {
            Conflict c;
            c.field = "time";
            for (auto i : ordered) {
                if (!events[i].time || !summaries[i].timed) continue;
                std::string v = time_text(*events[i].time);
                if (std::find(c.values.begin(), c.values.end(), v) != c.values.end()) continue;
                c.values.push_back(v);
                c.claimed_by.push_back(events[i].attribution.source);
            }
            out.conflicts.push_back(std::move(c));
        }
    }

    // Stable id: the type and the sorted mention keys, never a position.
    std::uint64_t h = fnv1a(out.type);
    for (const auto& m : out.mentions) {
        h = fnv1a("\n" + m.document + ":" + std::to_string(m.begin), h);
    }
    char buf[24];
    std::snprintf(buf, sizeof buf, "e%012llx", static_cast<unsigned long long>(h & 0xffffffffffffull));
    out.id = buf;
    return out;
}

} // namespace

std::vector<Event> merge_events(std::vector<Event> events) {
    return merge_events(std::move(events), {});
}

std::vector<Event> merge_events(std::vector<Event> events, const std::vector<Document>& documents) {
    // A canonical input order makes the result independent of the order events arrive in.
    auto key_of = [](const Event& e) {
        static const Mention none;
        const Mention& m = e.mentions.empty() ? none : e.mentions.front();
        return std::tie(m.document, m.begin, m.end, e.type, e.trigger, e.label);
    };
    {
        std::vector<std::uint32_t> perm(events.size());
        std::iota(perm.begin(), perm.end(), 0u);
        std::stable_sort(perm.begin(), perm.end(), [&](std::uint32_t a, std::uint32_t b) {
            return key_of(events[a]) < key_of(events[b]);
        });
        std::vector<Event> sorted;
        sorted.reserve(events.size());
        for (auto i : perm)
            sorted.push_back(std::move(events[i]));
        events = std::move(sorted);
    }
    const std::size_t n = events.size();

    Interner strings;
    strings.id(""); // id 0: empty / unknown
    std::unordered_map<std::string_view, std::uint32_t> story_of;
    for (const auto& d : documents)
        if (!d.story.empty()) story_of[d.id] = strings.id("story:" + d.story);

    std::vector<Summary> summaries(n);
    std::vector<Features> features(n);
    const std::uint32_t origin = strings.id("role:origin"), destination = strings.id("role:destination");
    for (std::size_t i = 0; i < n; ++i) {
        const Event& e = events[i];
        Summary& s = summaries[i];
        s.family = strings.id("family:" + merge::type_family(e.type));
        s.negated = e.negated;
        if (e.time) {
            auto a = day_number(e.time->start), b = day_number(e.time->end);
            if (a || b) {
                s.timed = true;
                s.start = a ? *a : kNoStart;
                s.end = b ? *b : kNoEnd;
                if (s.start > s.end) std::swap(s.start, s.end);
            }
        }
        for (const auto& p : e.participants)
            if (!p.actor.empty())
                s.roles.emplace_back(strings.id("role:" + std::string(role_class(p.role))),
                                     strings.id(p.actor));
        for (const auto& p : e.places) {
            std::uint32_t role = strings.id("role:" + p.role);
            if (!p.place.empty() && (role == origin || role == destination))
                s.places.emplace_back(role, strings.id(p.place));
            if (!p.place.empty()) s.all_places.emplace_back(role, strings.id(p.place));
        }
        s.speech = merge::type_family(e.type) == "statement";
        s.types.push_back(strings.id("type:" + lower(e.type)));
        s.modalities.push_back(strings.id("modality:" + e.attribution.modality));
        for (const auto& p : e.participants)
            if (!p.actor.empty() && role_class(p.role) == "agent") s.agents.push_back(strings.id(p.actor));
        for (const auto& q : e.quantities)
            s.amounts.emplace_back(strings.id("unit:" + lower(q.unit) + "/" + lower(q.per)), q.value);
        for (const auto& m : e.mentions)
            s.where.emplace_back(strings.id("doc:" + m.document), fnv1a(m.sentence));
        sort_unique(s.where);
        sort_unique(s.types);
        sort_unique(s.agents);
        sort_unique(s.all_places);
        sort_unique(s.amounts);
        Features& f = features[i];
        f.type = strings.id("type:" + lower(e.type));
        f.trigger = e.trigger.empty() ? 0 : strings.id("trigger:" + lower(e.trigger));
        if (!e.mentions.empty()) {
            f.sentence = sentence_key(e.mentions.front().sentence);
            f.document = strings.id("doc:" + e.mentions.front().document);
            if (auto it = story_of.find(e.mentions.front().document); it != story_of.end())
                f.story = it->second;
        }
    }

    // Blocking: an event enters one block per (family, actor), (family, place), (family, sentence
    // wording) and (family, story, trigger). Only events sharing a block are ever compared.
    struct Entry {
        std::uint64_t block;
        int start;
        int end;
        std::uint32_t event;
        bool by_time; ///< false for wording blocks: versions may disagree on the date
    };
    std::vector<Entry> entries;
    entries.reserve(n * 3);
    for (std::size_t i = 0; i < n; ++i) {
        const Event& e = events[i];
        const Summary& s = summaries[i];
        std::uint64_t fam = fnv1a(std::to_string(s.family) + "|");
        auto add = [&](std::string_view kind, std::string_view value) {
            std::uint64_t h = fnv1a(value, fnv1a(kind, fam));
            entries.push_back({h, s.start, s.end, std::uint32_t(i), kind != "S"});
        };
        for (const auto& p : e.participants)
            if (!p.actor.empty()) add("A", p.actor);
        for (const auto& p : e.places)
            if (!p.place.empty()) add("P", p.place);
        if (features[i].sentence) add("S", std::to_string(features[i].sentence));
        if (features[i].story && features[i].trigger)
            add("T", std::to_string(features[i].story) + "|" + std::to_string(features[i].trigger));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.block, a.start, a.end, a.event) < std::tie(b.block, b.start, b.end, b.event);
    });
    entries.erase(
        std::unique(entries.begin(), entries.end(),
                    [](const Entry& a, const Entry& b) { return a.block == b.block && a.event == b.event; }),
        entries.end());

    auto same_wording = [&](std::uint32_t a, std::uint32_t b) {
        return features[a].sentence && features[a].sentence == features[b].sentence &&
               features[a].document != features[b].document;
    };
    // Without a date on one side, only the same document, story or wording is evidence enough:
    // an undated "X attacked" must not collect every such mention of the corpus.
    auto dated_or_close = [&](std::uint32_t a, std::uint32_t b) {
        if (summaries[a].timed && summaries[b].timed) return true;
        const Features &fa = features[a], &fb = features[b];
        return fa.document == fb.document || (fa.story && fa.story == fb.story) || same_wording(a, b);
    };
    auto score = [&](std::uint32_t a, std::uint32_t b) {
        const Features &fa = features[a], &fb = features[b];
        const Summary &sa = summaries[a], &sb = summaries[b];
        int sc = 0;
        if (same_wording(a, b)) sc += 8;
        if (fa.type == fb.type) sc += 2;
        if (fa.trigger && fa.trigger == fb.trigger) sc += 2;
        if (fa.story && fa.story == fb.story) sc += 1;
        if (sa.timed && sb.timed && sa.start == sb.start && sa.end == sb.end) sc += 2;
        for (const auto& x : sa.roles)
            if (std::find(sb.roles.begin(), sb.roles.end(), x) != sb.roles.end()) sc += 2;
        return std::min(sc, 63);
    };

    // Candidate pairs (packed score | a | b), compared within a window of the sorted block:
    // a timed event meets only events starting before it ends.
    std::vector<std::uint64_t> pairs;
    for (std::size_t lo = 0; lo < entries.size();) {
        std::size_t hi = lo;
        while (hi < entries.size() && entries[hi].block == entries[lo].block)
            ++hi;
        for (std::size_t i = lo; i < hi; ++i) {
            for (std::size_t j = i + 1; j < hi && j <= i + kWindow; ++j) {
                if (entries[i].by_time && entries[i].start != kNoStart && entries[j].start > entries[i].end)
                    break;
                std::uint32_t a = entries[i].event, b = entries[j].event;
                if (a == b) continue;
                if (a > b) std::swap(a, b);
                if (!compatible(summaries[a], summaries[b], same_wording(a, b))) continue;
                if (!dated_or_close(a, b)) continue;
                pairs.push_back(std::uint64_t(score(a, b)) << 56 | std::uint64_t(a) << 28 | b);
            }
        }
        lo = hi;
    }
    std::sort(pairs.begin(), pairs.end(), std::greater<>());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    // Greedy unions, best evidence first; a union must keep the whole cluster compatible.
    UnionFind uf(n);
    constexpr std::uint64_t mask = (1u << 28) - 1;
    for (std::uint64_t p : pairs) {
        std::uint32_t a = std::uint32_t(p >> 28 & mask), b = std::uint32_t(p & mask);
        std::uint32_t ra = uf.find(a), rb = uf.find(b);
        if (ra == rb) continue;
        if (!compatible(summaries[ra], summaries[rb], same_wording(a, b))) continue;
        if (rb < ra) std::swap(ra, rb);
        uf.unite_into(ra, rb);
        absorb(summaries[ra], summaries[rb]);
    }
    // Restore per-event summaries' time for representative choice (roots absorbed their members).
    for (std::size_t i = 0; i < n; ++i) {
        const Event& e = events[i];
        Summary& s = summaries[i];
        s.timed = false;
        s.start = kNoStart;
        s.end = kNoEnd;
        if (e.time) {
            auto a = day_number(e.time->start), b = day_number(e.time->end);
            if (a || b) {
                s.timed = true;
                s.start = a ? *a : kNoStart;
                s.end = b ? *b : kNoEnd;
                if (s.start > s.end) std::swap(s.start, s.end);
            }
        }
    }

    std::vector<std::vector<std::uint32_t>> clusters;
    {
        std::vector<std::uint32_t> slot(n, UINT32_MAX);
        for (std::uint32_t i = 0; i < n; ++i) {
            std::uint32_t r = uf.find(i);
            if (slot[r] == UINT32_MAX) {
                slot[r] = std::uint32_t(clusters.size());
                clusters.emplace_back();
            }
            clusters[slot[r]].push_back(i);
        }
    }
    std::vector<Event> out;
    out.reserve(clusters.size());
    for (const auto& members : clusters) {
        out.push_back(combine(events, members, summaries));
        for (auto i : members)
            events[i] = Event{}; // release as we go: peak ~ max(input, output)
    }

    // Ids must be unique even on a hash collision.
    {
        std::vector<std::size_t> idx(out.size());
        std::iota(idx.begin(), idx.end(), 0);
        std::sort(idx.begin(), idx.end(), [&](auto a, auto b) { return out[a].id < out[b].id; });
        for (std::size_t k = 1, dup = 1; k < idx.size(); ++k) {
            if (out[idx[k]].id.compare(0, 13, out[idx[k - 1]].id, 0, 13) == 0)
                out[idx[k]].id = out[idx[k]].id.substr(0, 13) + "-" + std::to_string(++dup);
            else
                dup = 1;
        }
    }

    std::vector<std::uint32_t> perm(out.size());
    std::iota(perm.begin(), perm.end(), 0u);
    std::sort(perm.begin(), perm.end(), [&](std::uint32_t i, std::uint32_t j) {
        const Event &a = out[i], &b = out[j];
        bool ta = a.time && !a.time->start.empty(), tb = b.time && !b.time->start.empty();
        if (ta != tb) return ta;
        if (ta) return std::tie(a.time->start, a.id) < std::tie(b.time->start, b.id);
        return std::tie(a.order, a.id) < std::tie(b.order, b.id);
    });
    std::vector<Event> sorted;
    sorted.reserve(out.size());
    for (auto i : perm)
        sorted.push_back(std::move(out[i]));
    return sorted;
}

} // namespace eventline
