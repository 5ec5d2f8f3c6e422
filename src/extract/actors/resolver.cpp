// Cross-document resolution: one actor or place per real-world entity, with stable readable ids.
#include "eventline/entities.h"
#include "names.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

namespace eventline {

namespace {

using actors::core_tokens;
using actors::slug;

struct Ref {
    std::size_t doc;
    int local;
};

struct Cluster {
    std::vector<Ref> refs;
    bool alive = true;
};

int find(std::vector<int>& parent, int x) {
    while (parent[x] != x)
        x = parent[x] = parent[parent[x]];
    return x;
}

std::string sector_word(const std::string& tail) {
    static const std::map<std::string, std::string> kWords = {
        {"GOV", "officials"}, {"MIL", "military"}, {"SPY", "intelligence"}, {"LEG", "lawmakers"},
        {"COP", "police"},    {"REB", "rebels"},   {"OPP", "opposition"},   {"JUD", "judiciary"},
        {"CVL", "civilians"}, {"REF", "refugees"}, {"LAB", "workers"},      {"MED", "media"},
        {"BUS", "business"},  {"REL", "clergy"}};
    auto it = kWords.find(tail);
    return it == kWords.end() ? tail : it->second;
}

std::string actor_id(const LocalEntity& e, const std::string& name) {
    const std::string& k = e.key;
    if (k.rfind("country:", 0) == 0) return "a-country-" + slug(k.substr(8));
    if (k.rfind("gov:", 0) == 0) return "a-gov-" + slug(k.substr(4));
    if (k.rfind("org:", 0) == 0) return "a-org-" + slug(k.substr(4));
    if (k.rfind("group:", 0) == 0) {
        // group:USA:GOV -> a-group-usa-officials; group::experts -> a-group-experts
        auto rest = k.substr(6);
        auto colon = rest.find(':');
        if (colon == std::string::npos) return "a-group-" + slug(rest);
        std::string country = rest.substr(0, colon), tail = rest.substr(colon + 1);
        return "a-group-" + slug(country + " " + sector_word(tail));
    }
    if (e.kind == "person") return "a-person-" + slug(name);
    return "a-" + slug(e.kind) + "-" + slug(name);
}

} // namespace

ResolvedEntities resolve_entities(const std::vector<const Document*>& docs,
                                  const std::vector<const DocumentEntities*>& entities) {
    ResolvedEntities out;
    out.ids.resize(docs.size());
    auto at = [&](const Ref& r) -> const LocalEntity& {
        return entities[r.doc]->entities[std::size_t(r.local)];
    };

    // 1. clusters by key
    std::vector<Cluster> clusters;
    std::unordered_map<std::string, int> by_key;
    for (std::size_t d = 0; d < docs.size() && d < entities.size(); ++d) {
        if (!entities[d]) continue;
        const auto& ents = entities[d]->entities;
        out.ids[d].resize(ents.size());
        for (std::size_t i = 0; i < ents.size(); ++i) {
            std::string key = (ents[i].is_place ? "P|" : "A|") + ents[i].key;
            auto [it, fresh] = by_key.emplace(key, int(clusters.size()));
            if (fresh) clusters.emplace_back();
            clusters[it->second].refs.push_back({d, int(i)});
        }
    }
    // 2. people: full names that agree merge; then short names join the full name they abbreviate
    std::vector<int> parent(clusters.size());
    std::iota(parent.begin(), parent.end(), 0);
    auto is_person = [&](int c) {
        const auto& e = at(clusters[c].refs[0]);
        return !e.is_place && e.kind == "person" && e.key.rfind("person:", 0) == 0;
    };
    std::vector<std::vector<std::string>> cores(clusters.size());
    std::vector<int> weight(clusters.size(), 0);
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        if (!is_person(int(c))) continue;
        std::size_t best = 0;
        for (const auto& r : clusters[c].refs) {
            auto core = core_tokens(at(r).name);
            if (core.size() > best) {
                best = core.size();
                cores[c] = core;
            }
            weight[c] += at(r).mentions;
        }
    }
    for (std::size_t a = 0; a < clusters.size(); ++a)
        for (std::size_t b = a + 1; b < clusters.size(); ++b)
            if (is_person(int(a)) && is_person(int(b)) && actors::full_names_compatible(cores[a], cores[b]))
                parent[find(parent, int(b))] = find(parent, int(a));
    for (std::size_t a = 0; a < clusters.size(); ++a) {
        if (!is_person(int(a)) || cores[a].size() != 1) continue;
        const std::string& country = at(clusters[a].refs[0]).country;
        int best = -1, best_score = -1;
        for (std::size_t b = 0; b < clusters.size(); ++b) {
            if (!is_person(int(b)) || cores[b].size() < 2 || !actors::short_name_of(cores[a][0], cores[b]))
                continue;
            const auto& other = at(clusters[b].refs[0]).country;
            if (!country.empty() && !other.empty() && country != other) continue;
            int score = weight[b] + (country == other && !country.empty() ? 1000 : 0);
            if (score > best_score) {
                best_score = score;
                best = int(b);
            }
        }
        if (best >= 0) parent[find(parent, int(a))] = find(parent, best);
    }
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        int root = find(parent, int(c));
        if (root == int(c)) continue;
        auto& dst = clusters[root].refs;
        dst.insert(dst.end(), clusters[c].refs.begin(), clusters[c].refs.end());
        clusters[c].alive = false;
    }

    // 3. one actor or place per cluster
    std::set<std::string> used_ids;
    for (auto& cl : clusters) {
        if (!cl.alive) continue;
        const LocalEntity& first = at(cl.refs[0]);
        // name: people take their fullest name, others their most used one (knowledge names agree anyway)
        std::map<std::string, int> names;
        for (const auto& r : cl.refs)
            names[at(r).name] += std::max(1, at(r).mentions);
        std::string name;
        if (first.kind == "person" && !first.is_place) {
            std::size_t best_len = 0;
            int best_count = -1;
            for (const auto& [n, count] : names) {
                std::size_t len = std::count(n.begin(), n.end(), ' ') + 1;
                if (len > best_len || (len == best_len && count > best_count)) {
                    best_len = len;
                    best_count = count;
                    name = n;
                }
            }
        } else {
            int best = -1;
            for (const auto& [n, count] : names)
                if (count > best) {
                    best = count;
                    name = n;
                }
        }
        std::string country, code;
        std::vector<std::string> roles;
        std::set<std::string> aliases, documents;
        int mentions = 0;
        std::optional<double> lat, lon;
        for (const auto& r : cl.refs) {
            const auto& e = at(r);
            if (country.empty()) country = e.country;
            if (code.empty()) code = e.code;
            for (const auto& role : e.roles)
                if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
            for (const auto& a : e.aliases)
                aliases.insert(a);
            if (e.mentions > 0) documents.insert(docs[r.doc]->id);
            mentions += e.mentions;
            if (!lat && e.lat) {
                lat = e.lat;
                lon = e.lon;
            }
        }
        if (code.empty() && !country.empty() && !first.is_place) code = country;
        std::string id = first.is_place ? "p-" + slug(name) : actor_id(first, name);
        if (used_ids.count(id)) {
            std::string base = id + (country.empty() ? std::string() : "-" + slug(country));
            id = base;
            for (int k = 2; used_ids.count(id); ++k)
                id = base + "-" + std::to_string(k);
        }
        used_ids.insert(id);
        aliases.erase(name);
        if (first.is_place) {
            Place p;
            p.id = id;
            p.name = name;
            p.country = country;
            p.lat = lat;
            p.lon = lon;
            p.documents.assign(documents.begin(), documents.end());
            p.mentions = mentions;
            out.places.push_back(std::move(p));
        } else {
            Actor a;
            a.id = id;
            a.name = name;
            a.kind = first.kind;
            a.country = country;
            a.code = code;
            a.roles = std::move(roles);
            a.aliases.assign(aliases.begin(), aliases.end());
            a.documents.assign(documents.begin(), documents.end());
            a.mentions = mentions;
            out.actors.push_back(std::move(a));
        }
        for (const auto& r : cl.refs)
            out.ids[r.doc][std::size_t(r.local)] = id;
    }
    std::sort(out.actors.begin(), out.actors.end(),
              [](const Actor& a, const Actor& b) { return a.id < b.id; });
    std::sort(out.places.begin(), out.places.end(),
              [](const Place& a, const Place& b) { return a.id < b.id; });
    return out;
}

} // namespace eventline
