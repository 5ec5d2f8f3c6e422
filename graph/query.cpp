// QueryEngine: name resolution, filters, timelines, actor links (BFS) and neighbours.
#include "eventline/query.h"

#include "graph_model.h"

#include <algorithm>
#include <cctype>
#include <date/date.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unordered_map>

namespace eventline {

namespace {

/// Lower case, dots and apostrophes dropped (so "people's" is one word), other punctuation as space, a
/// leading "the " cut.
std::string normalize(std::string_view s) {
    std::string out;
    for (unsigned char c : s) {
        if (c == '.' || c == '\'') continue;
        char ch = std::isalnum(c) || c >= 0x80 ? char(std::tolower(c)) : ' ';
        if (ch == ' ' && (out.empty() || out.back() == ' ')) continue;
        out.push_back(ch);
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    if (out.rfind("the ", 0) == 0) out.erase(0, 4);
    return out;
}

std::vector<std::string> words(const std::string& normalized) {
    std::vector<std::string> out;
    std::istringstream in(normalized);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

/// First and last day of "YYYY", "YYYY-MM" or "YYYY-MM-DD".
std::pair<std::string, std::string> date_bounds(const std::string& s, const char* option) {
    auto bad = [&] {
        return QueryError(std::string(option) + " expects YYYY, YYYY-MM or YYYY-MM-DD, got '" + s + "'");
    };
    auto digits = [&](std::size_t pos, std::size_t n) {
        if (pos + n > s.size()) throw bad();
        int v = 0;
        for (std::size_t i = pos; i < pos + n; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(s[i]))) throw bad();
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    int y = digits(0, 4);
    auto fmt = [](const date::year_month_day& d) { return date::format("%F", d); };
    if (s.size() == 4) return {fmt(date::year{y} / 1 / 1), fmt(date::year{y} / 12 / 31)};
    if (s.size() < 7 || s[4] != '-') throw bad();
    unsigned m = unsigned(digits(5, 2));
    if (m < 1 || m > 12) throw bad();
    if (s.size() == 7)
        return {fmt(date::year{y} / date::month{m} / 1),
                fmt(date::year_month_day{date::year{y} / date::month{m} / date::last})};
    if (s.size() != 10 || s[7] != '-') throw bad();
    date::year_month_day d{date::year{y}, date::month{m}, date::day{unsigned(digits(8, 2))}};
    if (!d.ok()) throw bad();
    return {fmt(d), fmt(d)};
}

} // namespace

struct QueryEngine::Index {
    std::unordered_map<std::string, std::size_t> actor_by_id;
    std::unordered_map<std::string, std::size_t> place_by_id;
    std::unordered_map<std::string, std::size_t> event_by_id;
};

QueryEngine::QueryEngine(Dataset dataset)
    : dataset_(std::make_unique<Dataset>(std::move(dataset))), index_(std::make_unique<Index>()) {
    graph_ = std::make_unique<EventGraph>(*dataset_);
    for (std::size_t i = 0; i < dataset_->actors.size(); ++i)
        index_->actor_by_id.emplace(dataset_->actors[i].id, i);
    for (std::size_t i = 0; i < dataset_->places.size(); ++i)
        index_->place_by_id.emplace(dataset_->places[i].id, i);
    for (std::size_t i = 0; i < dataset_->events.size(); ++i)
        index_->event_by_id.emplace(dataset_->events[i].id, i);
}
QueryEngine::~QueryEngine() = default;
QueryEngine::QueryEngine(QueryEngine&&) noexcept = default;

namespace {

template <class T, class Names>
std::string resolve(std::string_view name, const std::vector<T>& items, Names names_of, const char* what) {
    for (const auto& x : items)
        if (x.id == name) return x.id;
    const std::string q = normalize(name);
    if (q.empty()) throw QueryError(std::string("empty ") + what + " name");
    // 1. the whole name or an alias; on a tie the most mentioned wins (aliases can repeat).
    const T* best = nullptr;
    for (const auto& x : items)
        for (const auto& n : names_of(x))
            if (normalize(n) == q && (!best || x.mentions > best->mentions)) best = &x;
    if (best) return best->id;
    // 2. every word of the query is a word of one name or alias ("Austin" in "Lloyd J. Austin III").
    const auto qw = words(q);
    std::vector<const T*> found;
    for (const auto& x : items) {
        for (const auto& n : names_of(x)) {
            auto nw = words(normalize(n));
            bool all = std::all_of(qw.begin(), qw.end(), [&](const std::string& w) {
                return std::find(nw.begin(), nw.end(), w) != nw.end();
            });
            if (all) {
                found.push_back(&x);
                break;
            }
        }
    }
    // 3. an acronym of a name or alias ("DPRK", "D.P.R.K." for "Democratic People's Republic of Korea").
    if (found.empty() && qw.size() == 1 && qw[0].size() >= 2) {
        static const std::set<std::string> skip{"of", "the", "and", "for"};
        for (const auto& x : items)
            for (const auto& n : names_of(x)) {
                std::string initials;
                for (const auto& w : words(normalize(n)))
                    if (!skip.count(w)) initials.push_back(w[0]);
                if (initials.size() >= 2 && initials == qw[0]) {
                    found.push_back(&x);
                    break;
                }
            }
    }
    if (found.size() == 1) return found.front()->id;
    if (found.empty()) throw QueryError(std::string("no ") + what + " named '" + std::string(name) + "'");
    std::string list;
    for (std::size_t i = 0; i < found.size() && i < 6; ++i)
        list += (i ? ", " : "") + found[i]->name + " (" + found[i]->id + ")";
    throw QueryError(std::string("'") + std::string(name) + "' names several " + what + "s: " + list +
                     (found.size() > 6 ? ", ..." : "") + "; use a fuller name or the id");
}

} // namespace

std::string QueryEngine::resolve_actor(std::string_view name) const {
    return resolve(
        name, dataset_->actors,
        [](const Actor& a) {
            std::vector<std::string> n{a.name};
            n.insert(n.end(), a.aliases.begin(), a.aliases.end());
            return n;
        },
        "actor");
}

std::string QueryEngine::resolve_place(std::string_view name) const {
    return resolve(
        name, dataset_->places, [](const Place& p) { return std::vector<std::string>{p.name}; }, "place");
}

QueryResult QueryEngine::run(const Query& q) const {
    const Dataset& ds = *dataset_;
    const GraphStore& g = *graph_->impl_;
    QueryResult result;

    // Filters every reported event must pass.
    std::string from, to, place, type = normalize(q.type);
    if (!q.from.empty()) from = date_bounds(q.from, "--from").first;
    if (!q.to.empty()) to = date_bounds(q.to, "--to").second;
    if (!q.place.empty()) place = resolve_place(q.place);
    std::string actor = q.actor.empty() ? std::string() : resolve_actor(q.actor);
    std::string neighbor = q.neighbors.empty() ? std::string() : resolve_actor(q.neighbors);
    std::pair<std::string, std::string> between;
    if (q.between) between = {resolve_actor(q.between->first), resolve_actor(q.between->second)};

    auto involves = [&](const Event& e, const std::string& a) {
        if (e.attribution.source == a) return true;
        return std::any_of(e.participants.begin(), e.participants.end(),
                           [&](const Participant& p) { return p.actor == a; });
    };
    auto passes = [&](const Event& e) {
        if (!type.empty() && normalize(e.type) != type && e.cameo != q.type) return false;
        if (!place.empty() && std::none_of(e.places.begin(), e.places.end(),
                                           [&](const PlaceRef& p) { return p.place == place; }))
            return false;
        if (!from.empty() || !to.empty()) {
            if (!e.time || e.time->start.empty()) return false;
            const std::string& end = e.time->end.empty() ? e.time->start : e.time->end;
            if (!from.empty() && end < from) return false;
            if (!to.empty() && e.time->start > to) return false;
        }
        if (!actor.empty() && !involves(e, actor)) return false;
        return true;
    };

    if (q.between) {
        const auto& [a, b] = between;
        for (std::size_t i = 0; i < ds.events.size(); ++i)
            if (passes(ds.events[i]) && involves(ds.events[i], a) && involves(ds.events[i], b))
                result.events.push_back(i);
        result.direct = !result.events.empty();
        if (!result.direct) {
            // Shortest actor-event-actor chain through participation edges, over passing events only.
            const auto start = g.by_id.at(a), goal = g.by_id.at(b);
            std::vector<Vertex> parent(boost::num_vertices(g.graph), Vertex(-1));
            std::vector<Vertex> frontier{start};
            parent[start] = start;
            bool found = false;
            while (!frontier.empty() && !found) {
                std::vector<Vertex> next;
                for (Vertex v : frontier) {
                    auto visit = [&](Vertex w) {
                        if (parent[w] != Vertex(-1) || found) return;
                        const VertexProps& p = g.graph[w];
                        if (p.kind == VertexKind::Place) return;
                        if (p.kind == VertexKind::Event && !passes(ds.events[p.index])) return;
                        parent[w] = v;
                        if (w == goal) found = true;
                        next.push_back(w);
                    };
                    // actor -> event (out), event -> actor (in); participation edges only.
                    for (auto [it, end] = boost::out_edges(v, g.graph); it != end; ++it)
                        if (g.graph[*it].kind == EdgeKind::Participant) visit(boost::target(*it, g.graph));
                    for (auto [it, end] = boost::in_edges(v, g.graph); it != end; ++it)
                        if (g.graph[*it].kind == EdgeKind::Participant) visit(boost::source(*it, g.graph));
                }
                frontier = std::move(next);
            }
            if (found) {
                for (Vertex v = goal;; v = parent[v]) {
                    result.path.push_back(g.ids[v]);
                    if (g.graph[v].kind == VertexKind::Event) result.events.push_back(g.graph[v].index);
                    if (v == start) break;
                }
                std::reverse(result.path.begin(), result.path.end());
                std::reverse(result.events.begin(), result.events.end());
            }
        }
        return result;
    }

    for (std::size_t i = 0; i < ds.events.size(); ++i)
        if (passes(ds.events[i]) && (neighbor.empty() || involves(ds.events[i], neighbor)))
            result.events.push_back(i);

    if (!neighbor.empty()) {
        struct Acc {
            int count = 0;
            std::map<std::string, int> kinds;
            std::string first, last;
        };
        std::map<std::string, Acc> acc;
        for (std::size_t i : result.events) {
            const Event& e = ds.events[i];
            std::set<std::string> others;
            for (const auto& p : e.participants)
                if (p.actor != neighbor && index_->actor_by_id.count(p.actor)) others.insert(p.actor);
            if (!e.attribution.source.empty() && e.attribution.source != neighbor &&
                index_->actor_by_id.count(e.attribution.source))
                others.insert(e.attribution.source);
            std::string date = e.time ? e.time->start : std::string();
            for (const auto& o : others) {
                Acc& a = acc[o];
                ++a.count;
                ++a.kinds[e.type];
                if (!date.empty() && (a.first.empty() || date < a.first)) a.first = date;
                if (!date.empty() && date > a.last) a.last = date;
            }
        }
        for (auto& [id, a] : acc) {
            Neighbor n{id, ds.actors[index_->actor_by_id.at(id)].name, a.count, {}, a.first, a.last};
            n.kinds.assign(a.kinds.begin(), a.kinds.end());
            std::stable_sort(n.kinds.begin(), n.kinds.end(),
                             [](auto& x, auto& y) { return x.second > y.second; });
            result.neighbors.push_back(std::move(n));
        }
        std::stable_sort(result.neighbors.begin(), result.neighbors.end(),
                         [](const Neighbor& x, const Neighbor& y) { return x.count > y.count; });
    }
    return result;
}

namespace {

std::string when(const Event& e) {
    if (!e.time || e.time->start.empty()) return "(undated)";
    return e.time->start == e.time->end || e.time->end.empty() ? e.time->start
                                                               : e.time->start + ".." + e.time->end;
}

std::size_t source_count(const Event& e) {
    std::set<std::string> docs;
    for (const auto& m : e.mentions)
        docs.insert(m.document);
    return docs.size();
}

} // namespace

std::string QueryEngine::to_text(const Query& q, const QueryResult& r) const {
    const Dataset& ds = *dataset_;
    auto actor_name = [&](const std::string& id) {
        auto it = index_->actor_by_id.find(id);
        return it == index_->actor_by_id.end() ? id : ds.actors[it->second].name;
    };
    auto place_name = [&](const std::string& id) {
        auto it = index_->place_by_id.find(id);
        return it == index_->place_by_id.end() ? id : ds.places[it->second].name;
    };
    std::ostringstream out;
    auto event_line = [&](const Event& e) {
        out << "  " << when(e) << "  " << e.type << "  " << (e.label.empty() ? e.trigger : e.label);
        std::string who;
        for (const auto& p : e.participants)
            who += (who.empty() ? "" : ", ") + actor_name(p.actor) + " (" + p.role + ")";
        if (!who.empty()) out << "  -- " << who;
        std::string where;
        for (const auto& p : e.places)
            where += (where.empty() ? "" : ", ") + place_name(p.place) +
                     (p.role == "location" ? "" : " (" + p.role + ")");
        if (!where.empty()) out << "  @ " << where;
        std::size_t n = source_count(e);
        out << "  [" << n << (n == 1 ? " source" : " sources") << ", " << e.id << "]\n";
    };
    if (q.between) {
        std::string a = actor_name(resolve_actor(q.between->first)),
                    b = actor_name(resolve_actor(q.between->second));
        if (r.direct) {
            out << "Events linking " << a << " and " << b << ": " << r.events.size() << "\n";
        } else if (r.path.empty()) {
            out << "No connection between " << a << " and " << b << " in this graph.\n";
            return out.str();
        } else {
            out << "No event links " << a << " and " << b << " directly; shortest connection ("
                << r.path.size() / 2 << " events):\n  ";
            for (std::size_t i = 0; i < r.path.size(); ++i)
                out << (i % 2 ? " -[" + ds.events[index_->event_by_id.at(r.path[i])].type + " " + r.path[i] +
                                    "]- "
                              : actor_name(r.path[i]));
            out << "\n";
        }
        for (std::size_t i : r.events)
            event_line(ds.events[i]);
        return out.str();
    }
    if (!q.neighbors.empty()) {
        out << "Neighbors of " << actor_name(resolve_actor(q.neighbors)) << ": " << r.neighbors.size()
            << "\n";
        for (const auto& n : r.neighbors) {
            out << "  " << n.name << " (" << n.actor << "): " << n.count
                << (n.count == 1 ? " event" : " events") << "; ";
            for (std::size_t k = 0; k < n.kinds.size(); ++k)
                out << (k ? ", " : "") << n.kinds[k].first << " x" << n.kinds[k].second;
            if (!n.first.empty()) out << "; " << n.first << (n.last != n.first ? " .. " + n.last : "");
            out << "\n";
        }
        out << "Events (" << r.events.size() << "):\n";
    } else if (!q.actor.empty()) {
        out << "Timeline of " << actor_name(resolve_actor(q.actor)) << ": " << r.events.size() << " events\n";
    } else {
        out << "Events: " << r.events.size() << "\n";
    }
    for (std::size_t i : r.events)
        event_line(ds.events[i]);
    return out.str();
}

std::string QueryEngine::to_json(const Query& q, const QueryResult& r) const {
    using ojson = nlohmann::ordered_json;
    const Dataset& ds = *dataset_;
    auto actor_name = [&](const std::string& id) {
        auto it = index_->actor_by_id.find(id);
        return it == index_->actor_by_id.end() ? ojson(nullptr) : ojson(ds.actors[it->second].name);
    };
    ojson query = ojson::object();
    if (!q.actor.empty()) query["actor"] = resolve_actor(q.actor);
    if (q.between) query["between"] = {resolve_actor(q.between->first), resolve_actor(q.between->second)};
    if (!q.neighbors.empty()) query["neighbors"] = resolve_actor(q.neighbors);
    if (!q.from.empty()) query["from"] = q.from;
    if (!q.to.empty()) query["to"] = q.to;
    if (!q.type.empty()) query["type"] = q.type;
    if (!q.place.empty()) query["place"] = resolve_place(q.place);
    ojson root{{"schema", "eventline/query-1"}, {"query", query}};
    ojson events = ojson::array();
    for (std::size_t i : r.events) {
        const Event& e = ds.events[i];
        ojson j{{"id", e.id}, {"type", e.type}, {"label", e.label}};
        j["time"] =
            e.time ? ojson{{"start", e.time->start}, {"end", e.time->end}, {"precision", e.time->precision}}
                   : ojson(nullptr);
        j["participants"] = ojson::array();
        for (const auto& p : e.participants)
            j["participants"].push_back(
                {{"actor", p.actor}, {"name", actor_name(p.actor)}, {"role", p.role}});
        j["places"] = ojson::array();
        for (const auto& p : e.places) {
            auto it = index_->place_by_id.find(p.place);
            j["places"].push_back(
                {{"place", p.place},
                 {"name",
                  it == index_->place_by_id.end() ? ojson(nullptr) : ojson(ds.places[it->second].name)},
                 {"role", p.role}});
        }
        j["sources"] = source_count(e);
        j["conflicts"] = ojson::array();
        for (const auto& c : e.conflicts)
            j["conflicts"].push_back(
                {{"field", c.field}, {"values", c.values}, {"claimed_by", c.claimed_by}});
        events.push_back(std::move(j));
    }
    root["events"] = std::move(events);
    if (!q.neighbors.empty()) {
        ojson ns = ojson::array();
        for (const auto& n : r.neighbors) {
            ojson kinds = ojson::object();
            for (const auto& [k, c] : n.kinds)
                kinds[k] = c;
            ns.push_back({{"actor", n.actor},
                          {"name", n.name},
                          {"count", n.count},
                          {"kinds", kinds},
                          {"first", n.first.empty() ? ojson(nullptr) : ojson(n.first)},
                          {"last", n.last.empty() ? ojson(nullptr) : ojson(n.last)}});
        }
        root["neighbors"] = std::move(ns);
    }
    if (q.between) {
        root["direct"] = r.direct;
        root["path"] = r.path;
    }
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace eventline
