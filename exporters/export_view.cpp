#include "export_view.h"

#include "eventline/document.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <tuple>

namespace eventline::exp {

// ---- text ----------------------------------------------------------------------------------------

namespace {
/// Decodes one code point at s[i]; returns the byte length (0 for an invalid sequence).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c >> 6) != 2) return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    static constexpr std::array<char32_t, 5> kMin{0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::vector<char32_t> code_points(std::string_view s) {
    std::vector<char32_t> out;
    std::string c = clean(s);
    for (std::size_t i = 0; i < c.size();) {
        char32_t cp = 0;
        std::size_t n = decode(c, i, cp);
        out.push_back(cp);
        i += n;
    }
    return out;
}

std::string from_code_points(const std::vector<char32_t>& cps, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end; ++i)
        append_utf8(out, cps[i]);
    return out;
}
} // namespace

std::string clean(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        std::size_t n = decode(s, i, cp);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        i += n;
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xFFFE || cp == 0xFFFF) {
            continue; // not allowed in XML 1.0, invisible anyway
        } else {
            append_utf8(out, cp);
        }
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string html_escape(std::string_view s) {
    std::string c = clean(s);
    std::string out;
    out.reserve(c.size() + 16);
    for (char ch : c) {
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += ch;
        }
    }
    return out;
}

std::string shorten(std::string_view s, std::size_t max_chars) {
    auto cps = code_points(s);
    if (cps.size() <= max_chars) return from_code_points(cps, 0, cps.size());
    std::size_t cut = max_chars > 1 ? max_chars - 1 : 1;
    // Prefer a word boundary in the second half.
    for (std::size_t k = cut; k > cut / 2; --k)
        if (cps[k] == ' ') {
            cut = k;
            break;
        }
    while (cut > 0 && (cps[cut - 1] == ' ' || cps[cut - 1] == ','))
        --cut;
    return from_code_points(cps, 0, cut) + "\xE2\x80\xA6";
}

std::vector<std::string> wrap(std::string_view s, std::size_t width) {
    auto cps = code_points(s);
    std::vector<std::string> lines;
    std::size_t line_start = 0, last_space = std::string::npos;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        if (cps[i] == ' ') last_space = i;
        if (i - line_start >= width && last_space != std::string::npos && last_space > line_start) {
            lines.push_back(from_code_points(cps, line_start, last_space));
            line_start = last_space + 1;
            last_space = std::string::npos;
        }
    }
    if (line_start < cps.size() || lines.empty())
        lines.push_back(from_code_points(cps, line_start, cps.size()));
    return lines;
}

std::string slug(std::string_view id) {
    std::string out;
    for (char c : id) {
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
        else if (out.empty() || out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? std::string("x") : out;
}

// ---- dates ---------------------------------------------------------------------------------------

std::optional<long> day_number(std::string_view iso) {
    if (iso.size() < 10) return std::nullopt;
    auto d = parse_iso_date(iso.substr(0, 10));
    if (!d) return std::nullopt;
    return static_cast<long>(date::sys_days(*d).time_since_epoch().count());
}

std::string iso_of(long day) {
    return format_date(Date(date::sys_days(date::days(day))));
}

namespace {
/// Last day covered by a span that starts on `start` with precision `p`.
long natural_end(long start, const std::string& p) {
    Date d{date::sys_days(date::days(start))};
    auto last_of = [](date::year y, date::month m) {
        return static_cast<long>(
            date::sys_days(date::year_month_day_last(y, date::month_day_last(m))).time_since_epoch().count());
    };
    int y = static_cast<int>(d.year());
    if (p == "week") return start + 6;
    if (p == "month") return last_of(d.year(), d.month());
    if (p == "quarter") {
        unsigned m = (static_cast<unsigned>(d.month()) - 1) / 3 * 3 + 3;
        return last_of(d.year(), date::month(m));
    }
    if (p == "year") return last_of(d.year(), date::December);
    if (p == "decade") return last_of(date::year(y - ((y % 10) + 10) % 10 + 9), date::December);
    if (p == "century") return last_of(date::year(y - ((y % 100) + 100) % 100 + 99), date::December);
    return start;
}

const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                             "July",    "August",   "September", "October", "November", "December"};

std::string human(long day, const std::string& p) {
    Date d{date::sys_days(date::days(day))};
    int y = static_cast<int>(d.year());
    unsigned m = static_cast<unsigned>(d.month());
    unsigned dd = static_cast<unsigned>(d.day());
    if (p == "decade") return std::to_string(y - ((y % 10) + 10) % 10) + "s";
    if (p == "century") return std::to_string(y - ((y % 100) + 100) % 100) + "s";
    if (p == "year") return std::to_string(y);
    if (p == "quarter") return "Q" + std::to_string((m - 1) / 3 + 1) + " " + std::to_string(y);
    if (p == "month") return std::string(kMonthNames[m - 1]) + " " + std::to_string(y);
    std::string s = std::to_string(dd) + " " + kMonths[m - 1] + " " + std::to_string(y);
    return p == "week" ? "week of " + s : s;
}
} // namespace

// ---- colours -------------------------------------------------------------------------------------

const std::vector<Family>& families() {
    static const std::vector<Family> kFamilies{
        {"conflict", "Conflict & force", "#c0392b", "#f6d5d1"},
        {"pressure", "Threats, demands & protest", "#d9822b", "#f9e3cc"},
        {"movement", "Movement & transport", "#7b5ea7", "#e6def1"},
        {"diplomacy", "Meetings & diplomacy", "#2e6fb7", "#d5e3f4"},
        {"cooperation", "Aid, trade & cooperation", "#23917f", "#cfeee8"},
        {"statement", "Statements & reports", "#5b6b7c", "#e1e6eb"},
        {"legal", "Law, politics & elections", "#a07d12", "#f1e7c8"},
        {"other", "Other", "#7f8c8d", "#e7eaea"},
    };
    return kFamilies;
}

const Family& family_of(const Event& e) {
    const auto& f = families();
    auto by_name = [&](std::string_view n) -> const Family& {
        for (const auto& x : f)
            if (x.name == n) return x;
        return f.back();
    };
    static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> kWords{
        {"movement",
         {"transport", "move", "travel", "arriv", "depart", "flee", "evacuat", "return", "ship", "fly",
          "flight", "march", "relocat", "migrat", "transfer"}},
        {"conflict", {"attack",   "strike", "kill",  "bomb",  "shell", "fight",   "clash",   "assault",
                      "war",      "invad",  "shoot", "fire",  "wound", "mobiliz", "recruit", "train",
                      "military", "combat", "raid",  "seize", "occup", "test"}},
        {"pressure",
         {"threat", "warn", "demand", "protest", "condemn", "accus", "reject", "sanction", "deny", "criticiz",
          "disapprov", "ultimatum", "expel"}},
        {"diplomacy",
         {"meet", "visit", "talk", "negotiat", "agree", "sign", "consult", "summit", "host", "treaty",
          "allian", "diplomat", "recogni"}},
        {"cooperation",
         {"aid", "supply", "provid", "trade", "pay", "fund", "cooperat", "releas", "deliver", "sell", "give",
          "donat", "invest", "help", "rescue", "loan"}},
        {"legal",
         {"arrest", "charg", "court", "trial", "sentenc", "elect", "vote", "law", "resign", "appoint",
          "investigat", "convict", "indict", "legislat", "ban", "detain"}},
        {"statement",
         {"say", "said", "state", "announc", "report", "claim", "comment", "confirm", "tell", "speak",
          "appeal", "estimat", "predict"}},
    };
    // Types whose CAMEO root would mislead a reader (CAMEO has no movement class; an arrest is
    // "coerce", a sanction "reduce relations", an investigation "investigate" = cooperation).
    static const std::vector<std::pair<std::string_view, std::vector<std::string_view>>> kOverrides{
        {"movement",
         {"transport", "move", "travel", "arriv", "depart", "flee", "evacuat", "deploy", "withdraw",
          "relocat", "dispatch"}},
        {"legal",
         {"arrest", "elect", "appoint", "resign", "investigat", "court", "trial", "charg", "convict",
          "sentenc", "indict"}},
        {"pressure", {"sanction", "expel"}},
        {"diplomacy", {"ceasefire", "truce"}},
    };
    for (const auto& [fam, words] : kOverrides)
        for (const auto& w : words)
            if (e.type.find(w) != std::string::npos) return by_name(fam);
    if (e.cameo.size() >= 2 && std::isdigit(static_cast<unsigned char>(e.cameo[0])) &&
        std::isdigit(static_cast<unsigned char>(e.cameo[1]))) {
        int root = (e.cameo[0] - '0') * 10 + (e.cameo[1] - '0');
        if (root >= 15 && root <= 20) return by_name("conflict");
        if (root >= 10) return by_name("pressure");
        if (root >= 6) return by_name("cooperation");
        if (root >= 3) return by_name("diplomacy");
        if (root >= 1) return by_name("statement");
    }
    for (const auto& [fam, words] : kWords)
        for (const auto& w : words)
            if (e.type.find(w) != std::string::npos) return by_name(fam);
    return f.back();
}

// ---- time axis -----------------------------------------------------------------------------------

TimeAxis::TimeAxis(const std::vector<std::pair<long, long>>& spans) {
    for (const auto& [a, b] : spans) {
        keys_.push_back(a);
        keys_.push_back(b + 1);
    }
    std::sort(keys_.begin(), keys_.end());
    keys_.erase(std::unique(keys_.begin(), keys_.end()), keys_.end());
    if (keys_.empty()) return;
    std::vector<long> gaps;
    for (std::size_t i = 0; i + 1 < keys_.size(); ++i)
        gaps.push_back(keys_[i + 1] - keys_[i]);
    std::vector<bool> cut(gaps.size(), false);
    // Cut a gap over a month that is more than 4 times the 75th percentile gap (years between
    // clusters of days), then the largest gap while it is at least half of what remains uncut.
    std::vector<long> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    long p75 = sorted.empty() ? 0 : sorted[(sorted.size() - 1) * 3 / 4];
    for (std::size_t i = 0; i < gaps.size(); ++i)
        cut[i] = gaps[i] >= 30 && gaps[i] > 4 * p75;
    for (;;) {
        long rest = 0;
        int big = -1;
        for (std::size_t i = 0; i < gaps.size(); ++i)
            if (!cut[i]) {
                rest += gaps[i];
                if (big < 0 || gaps[i] > gaps[big]) big = static_cast<int>(i);
            }
        if (big < 0 || gaps[big] < 30 || gaps[big] * 2 < rest) break;
        cut[big] = true;
    }
    long linear = 0;
    for (std::size_t i = 0; i < gaps.size(); ++i)
        if (!cut[i]) linear += gaps[i];
    double cut_len = std::max(2.0, static_cast<double>(linear) * 0.05);
    xs_.push_back(0);
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        xs_.push_back(xs_.back() + (cut[i] ? cut_len : static_cast<double>(gaps[i])));
        if (cut[i]) cuts_.emplace_back(keys_[i], keys_[i + 1]);
    }
}

double TimeAxis::at(long day) const {
    if (keys_.empty() || day <= keys_.front()) return 0;
    auto it = std::upper_bound(keys_.begin(), keys_.end(), day);
    if (it == keys_.end()) return xs_.back();
    std::size_t i = static_cast<std::size_t>(it - keys_.begin()) - 1;
    double f = static_cast<double>(day - keys_[i]) / static_cast<double>(keys_[i + 1] - keys_[i]);
    return xs_[i] + f * (xs_[i + 1] - xs_[i]);
}

// ---- the view ------------------------------------------------------------------------------------

DatasetView::DatasetView(const Dataset& ds) : ds_(ds) {
    for (const auto& a : ds.actors)
        actors_.emplace(a.id, &a);
    for (const auto& p : ds.places)
        places_.emplace(p.id, &p);
    for (const auto& e : ds.events)
        events_.emplace(e.id, &e);
    for (const auto& d : ds.documents)
        documents_.emplace(d.id, &d);

    for (const auto& e : ds.events) {
        std::set<std::string> seen;
        for (const auto& p : e.participants)
            if (actors_.count(p.actor) && seen.insert(p.actor).second) ++event_count_[p.actor];
    }

    // Time.
    for (const auto& e : ds.events) {
        TimedEvent t;
        t.event = &e;
        std::optional<long> s = e.time ? day_number(e.time->start) : std::nullopt;
        if (!s) {
            undated_.push_back(t);
            continue;
        }
        static const std::set<std::string> kPrecisions{"minute",  "hour", "day",    "week",   "month",
                                                       "quarter", "year", "decade", "century"};
        t.precision = kPrecisions.count(e.time->precision) ? e.time->precision : "day";
        t.start_day = *s;
        long nat = natural_end(*s, t.precision);
        auto en = day_number(e.time->end);
        t.end_day = en && *en >= *s ? *en : nat;
        t.interval = t.end_day > nat;
        if (!t.interval) t.end_day = nat;
        t.start = iso_of(t.start_day);
        t.end = iso_of(t.end_day);
        if (e.time->start.size() >= 16 && e.time->start[10] == 'T') t.clock = e.time->start.substr(11, 5);
        dated_.push_back(t);
    }
    std::sort(dated_.begin(), dated_.end(), [](const TimedEvent& a, const TimedEvent& b) {
        return std::tie(a.start_day, a.end_day, a.clock, a.event->id) <
               std::tie(b.start_day, b.end_day, b.clock, b.event->id);
    });
    std::sort(undated_.begin(), undated_.end(), [](const TimedEvent& a, const TimedEvent& b) {
        return std::tie(a.event->order, a.event->id) < std::tie(b.event->order, b.event->id);
    });

    // Lanes: each event's most active agent (or any participant when no agent is known).
    std::map<std::string, int> lane_size;
    auto pick_lane = [&](TimedEvent& t) {
        std::string best;
        for (int pass = 0; pass < 2 && best.empty(); ++pass)
            for (const auto& p : t.event->participants) {
                if (!actors_.count(p.actor)) continue;
                if (pass == 0 && p.role != "agent" && p.role != "speaker") continue;
                if (best.empty() || event_count_[p.actor] > event_count_[best] ||
                    (event_count_[p.actor] == event_count_[best] && p.actor < best))
                    best = p.actor;
            }
        t.lane = best;
        if (!best.empty()) ++lane_size[best];
    };
    for (auto& t : dated_)
        pick_lane(t);
    for (auto& t : undated_)
        pick_lane(t);
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [a, n] : lane_size)
        ranked.emplace_back(-n, a);
    std::sort(ranked.begin(), ranked.end());
    for (const auto& [n, a] : ranked)
        if (lanes_.size() < kMaxLanes) lanes_.push_back(a);
    std::set<std::string> kept(lanes_.begin(), lanes_.end());
    for (auto* list : {&dated_, &undated_})
        for (auto& t : *list) {
            if (!kept.count(t.lane)) t.lane.clear();
            if (t.lane.empty()) other_lane_ = true;
        }

    // Spans of actors and places.
    auto widen = [&](const std::string& id, const TimedEvent& t) {
        auto& sp = spans_[id];
        if (sp.first.empty() || t.start < sp.first) sp.first = t.start;
        if (sp.second.empty() || t.end > sp.second) sp.second = t.end;
    };
    for (const auto& t : dated_) {
        for (const auto& p : t.event->participants)
            widen(p.actor, t);
        for (const auto& p : t.event->places)
            widen(p.place, t);
    }

    // Edges: the dataset's, when both ends exist, plus derived participation/location.
    auto exists = [&](const std::string& id) {
        return events_.count(id) || actors_.count(id) || places_.count(id);
    };
    std::set<std::tuple<std::string, std::string, std::string>> have;
    for (const auto& ed : ds.edges)
        if (exists(ed.source) && exists(ed.target) && have.emplace(ed.source, ed.target, ed.kind).second)
            edges_.push_back(ed);
    for (const auto& e : ds.events) {
        for (const auto& p : e.participants)
            if (actors_.count(p.actor) && have.emplace(p.actor, e.id, "participant").second)
                edges_.push_back(Edge{p.actor, e.id, "participant", p.role, 1.0});
        for (const auto& p : e.places)
            if (places_.count(p.place) && have.emplace(e.id, p.place, "located_at").second)
                edges_.push_back(Edge{e.id, p.place, "located_at", p.role, 1.0});
    }
}

const Actor* DatasetView::actor(const std::string& id) const {
    auto it = actors_.find(id);
    return it == actors_.end() ? nullptr : it->second;
}
const Place* DatasetView::place(const std::string& id) const {
    auto it = places_.find(id);
    return it == places_.end() ? nullptr : it->second;
}
const Event* DatasetView::event(const std::string& id) const {
    auto it = events_.find(id);
    return it == events_.end() ? nullptr : it->second;
}

std::string DatasetView::lane_name(const std::string& lane) const {
    if (lane.empty()) return "Other events";
    const Actor* a = actor(lane);
    return a ? clean(a->name) : lane;
}

std::vector<Source> DatasetView::sources(const Event& e) const {
    std::vector<Source> out;
    std::set<std::string> seen;
    for (const auto& m : e.mentions) {
        if (!seen.insert(m.document).second) continue;
        auto it = documents_.find(m.document);
        out.push_back(Source{it == documents_.end() ? nullptr : it->second, m.document, m.sentence});
    }
    return out;
}

int DatasetView::event_count(const std::string& actor) const {
    auto it = event_count_.find(actor);
    return it == event_count_.end() ? 0 : it->second;
}

std::pair<std::string, std::string> DatasetView::active_span(const std::string& node) const {
    auto it = spans_.find(node);
    return it == spans_.end() ? std::pair<std::string, std::string>{} : it->second;
}

std::string DatasetView::display_date(const TimedEvent& t) {
    if (t.start.empty()) return "undated";
    std::string s = human(t.start_day, t.precision);
    if (!t.clock.empty()) s += " " + t.clock;
    if (t.interval)
        s += " \xE2\x80\x93 " +
             human(t.end_day, t.precision == "day" || t.precision == "week" ? "day" : t.precision);
    return s;
}

} // namespace eventline::exp
