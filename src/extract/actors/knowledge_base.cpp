#include "knowledge_base.h"

#include "eventline/data_files.h"
#include "eventline/error.h"
#include "names.h"

#include <charconv>
#include <fstream>

namespace eventline::actors {

namespace {

// Calls fn(fields, line_number) for every non-comment, non-blank line.
template <class Fn> void each_row(const std::filesystem::path& path, Fn fn) {
    std::ifstream in(path);
    if (!in) throw DataError("[actors] cannot read " + path.string());
    std::string line;
    std::size_t no = 0;
    while (std::getline(in, line)) {
        ++no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        fn(split_tabs(line), no);
    }
}

[[noreturn]] void fail(const std::filesystem::path& path, std::size_t line, const std::string& reason) {
    throw DataError("[actors] " + path.string() + ":" + std::to_string(line) + ": " + reason);
}

std::optional<double> number(std::string_view s) {
    auto t = trim(s);
    if (t.empty()) return std::nullopt;
    double v = 0;
    auto [p, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || p != t.data() + t.size()) return std::nullopt;
    return v;
}

std::string field(const std::vector<std::string_view>& f, std::size_t i) {
    return i < f.size() ? trim(f[i]) : std::string();
}

// "Korea, Democratic People's Republic of" -> "Democratic People's Republic of Korea"
std::string uninvert(const std::string& name) {
    auto p = name.find(", ");
    if (p == std::string::npos) return name;
    return name.substr(p + 2) + " " + name.substr(0, p);
}

bool upper3(const std::string& s) {
    if (s.size() != 3) return false;
    for (char c : s)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

} // namespace

KnowledgeBase::KnowledgeBase(const KnowledgeOptions& options) {
    load_countries();
    load_country_names();
    load_institutions("actors/institutions.tsv", EntryType::Institution);
    load_institutions("actors/organizations.tsv", EntryType::Organization);
    load_titles();
    load_groups();
    std::vector<std::string> honorifics;
    load_word_list("actors/first_names.txt", first_names_, nullptr);
    load_word_list("actors/not_names.txt", not_names_, nullptr);
    load_word_list("actors/honorifics.txt", honorifics_, &honorifics);
    load_word_list("actors/org_words.txt", org_words_, nullptr);
    load_irregular_verbs(options.wordnet_dir);
    for (const auto& h : honorifics) {
        KbEntry e;
        e.type = EntryType::Honorific;
        e.name = h;
        add_surface(h, add_entry(std::move(e)));
    }
    load_cities();
    load_regions();
    load_people();
    if (!options.actors_file.empty()) load_user(options.actors_file);
    name_cores_.resize(entries_.size());
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        if (entries_[i].type == EntryType::Person) name_cores_[i] = core_tokens(entries_[i].name);
        entries_[i].key_hash = key_hash(entries_[i].key);
    }
}

int KnowledgeBase::add_entry(KbEntry e) {
    entries_.push_back(std::move(e));
    return int(entries_.size() - 1);
}

void KnowledgeBase::add_surface(std::string_view surface, int entry, bool replace) {
    gazetteer_.add(surface, entry, replace);
}

int KnowledgeBase::country(std::string_view alpha3) const {
    auto it = countries_.find(std::string(alpha3));
    return it == countries_.end() ? -1 : it->second;
}

std::string KnowledgeBase::country_name(std::string_view alpha3) const {
    int c = country(alpha3);
    return c < 0 ? std::string(alpha3) : entries_[c].name;
}

int KnowledgeBase::government(std::string_view alpha3) const {
    auto it = governments_.find(std::string(alpha3));
    return it == governments_.end() ? -1 : it->second;
}

int KnowledgeBase::person_by_core(const std::string& core) const {
    auto it = people_.find(core);
    return it == people_.end() ? -1 : it->second;
}

bool KnowledgeBase::is_first_name(std::string_view w) const {
    return first_names_.count(fold_hash(w)) > 0;
}
bool KnowledgeBase::is_not_name(std::string_view w) const {
    return not_names_.count(fold_hash(w)) > 0;
}
bool KnowledgeBase::is_org_word(std::string_view w) const {
    return org_words_.count(fold_hash(w)) > 0;
}
bool KnowledgeBase::is_honorific(std::string_view w) const {
    return honorifics_.count(fold_hash(w)) > 0;
}

void KnowledgeBase::load_countries() {
    auto path = data_file("actors/countries.tsv");
    each_row(path, [&](const auto& f, std::size_t line) {
        if (f.size() < 3 || !upper3(field(f, 1))) fail(path, line, "expected alpha2, alpha3, name, ...");
        KbEntry e;
        e.type = EntryType::Country;
        e.country = field(f, 1);
        e.key = "country:" + e.country;
        e.kind = "country";
        e.code = e.country;
        std::string common = field(f, 4);
        e.name = !common.empty() ? common : uninvert(field(f, 2));
        int id = add_entry(e);
        countries_[e.country] = id;
        for (std::size_t i = 2; i <= 4 && i < f.size(); ++i) {
            std::string n = field(f, i);
            if (n.empty()) continue;
            add_surface(n, id);
            if (n.find(", ") != std::string::npos) add_surface(uninvert(n), id);
        }
    });
}

void KnowledgeBase::load_country_names() {
    auto path = data_file("actors/country_names.tsv");
    each_row(path, [&](const auto& f, std::size_t line) {
        std::string a3 = field(f, 0);
        if (f.size() < 2 || !upper3(a3))
            fail(path, line, "expected alpha3, name, aliases, demonyms, plurals");
        int id = country(a3);
        if (id < 0) {
            KbEntry e;
            e.type = EntryType::Country;
            e.country = a3;
            e.key = "country:" + a3;
            e.kind = "country";
            e.code = a3;
            id = add_entry(e);
            countries_[a3] = id;
        }
        entries_[id].name = field(f, 1);
        add_surface(entries_[id].name, id);
        for (const auto& a : split_aliases(field(f, 2)))
            add_surface(a, id);
        auto adjective = entries_[id];
        adjective.type = EntryType::Demonym;
        int adj = add_entry(adjective);
        for (const auto& d : split_aliases(field(f, 3)))
            add_surface(d, adj);
        auto plural = entries_[id];
        plural.type = EntryType::DemonymPlural;
        int pl = add_entry(plural);
        for (const auto& d : split_aliases(field(f, 4)))
            add_surface(d, pl);
        if (auto refs = split_aliases(field(f, 5)); !refs.empty()) {
            auto coref = entries_[id];
            coref.type = EntryType::CountryCoref;
            int c = add_entry(coref);
            for (const auto& r : refs)
                add_surface(r, c);
        }
    });
}

void KnowledgeBase::load_institutions(const std::string& file, EntryType type) {
    auto path = data_file(file);
    each_row(path, [&](const auto& f, std::size_t line) {
        if (f.size() < 6 || field(f, 0).empty() || field(f, 1).empty())
            fail(path, line, "expected key, name, kind, country, code, aliases");
        KbEntry e;
        e.type = type;
        e.key = field(f, 0);
        e.name = field(f, 1);
        e.kind = field(f, 2);
        e.country = field(f, 3);
        e.code = field(f, 4);
        int id = add_entry(e);
        if (e.key.rfind("gov:", 0) == 0) governments_[e.country] = id;
        add_surface(e.name, id);
        for (const auto& a : split_aliases(field(f, 5)))
            add_surface(a, id);
    });
}

void KnowledgeBase::load_people() {
    auto path = data_file("actors/people.tsv");
    each_row(path, [&](const auto& f, std::size_t line) {
        if (f.size() < 4 || field(f, 0).empty())
            fail(path, line, "expected name, country, sector, role, aliases");
        KbEntry e;
        e.type = EntryType::Person;
        e.name = field(f, 0);
        e.key = "person:" + slug(e.name);
        e.kind = "person";
        e.country = field(f, 1);
        e.sector = field(f, 2);
        e.role = field(f, 3);
        e.code = e.country + e.sector;
        for (const auto& t : entries_)
            if (t.type == EntryType::Title && t.name == lower_ascii(e.role)) e.head = t.head;
        int id = add_entry(e);
        add_surface(e.name, id);
        people_[core_key(e.name)] = id;
        for (const auto& a : split_aliases(field(f, 4))) {
            add_surface(a, id);
            if (core_tokens(a).size() >= 2) people_[core_key(a)] = id;
        }
    });
}

void KnowledgeBase::load_titles() {
    auto path = data_file("actors/titles.tsv");
    each_row(path, [&](const auto& f, std::size_t line) {
        if (field(f, 0).empty()) fail(path, line, "expected title, sector, head");
        KbEntry e;
        e.type = EntryType::Title;
        e.name = lower_ascii(field(f, 0));
        e.sector = field(f, 1);
        e.head = field(f, 2) == "1";
        add_surface(e.name, add_entry(e));
    });
}

void KnowledgeBase::load_groups() {
    auto path = data_file("actors/groups.tsv");
    each_row(path, [&](const auto& f, std::size_t line) {
        if (field(f, 0).empty()) fail(path, line, "expected noun, sector, needs_country");
        KbEntry e;
        e.type = EntryType::GroupNoun;
        e.name = lower_ascii(field(f, 0));
        e.sector = field(f, 1);
        e.needs_country = field(f, 2) == "1";
        add_surface(e.name, add_entry(e));
    });
}

void KnowledgeBase::load_word_list(const std::string& file, HashSet64& out, std::vector<std::string>* words) {
    auto path = data_file(file);
    each_row(path, [&](const auto& f, std::size_t) {
        auto w = field(f, 0);
        if (w.empty()) return;
        out.insert(fold_hash(w));
        if (words) words->push_back(w);
    });
}

void KnowledgeBase::load_irregular_verbs(const std::string& wordnet_dir) {
    // verb.exc lines are "form base ..."; third-person forms ("flies") are not past tenses
    auto path = std::filesystem::path(wordnet_dir) / "verb.exc";
    std::ifstream in(path);
    if (!in) throw DataError("[actors] cannot read WordNet file " + path.string());
    std::string form, rest;
    while (in >> form && std::getline(in, rest))
        if (!form.ends_with('s') && !form.ends_with("ing") && form.find('_') == std::string::npos)
            irregular_past_.insert(fold_hash(form));
}

bool KnowledgeBase::is_irregular_past(std::string_view w) const {
    return irregular_past_.count(fold_hash(w)) > 0;
}

void KnowledgeBase::load_cities() {
    auto path = data_file("places/cities.tsv");
    std::unordered_map<std::string, int> by_surface; // keep the most populous city of each name
    each_row(path, [&](const auto& f, std::size_t line) {
        if (f.size() < 7)
            fail(path, line, "expected name, ascii_name, country, lat, lon, population, capital");
        KbEntry e;
        e.type = EntryType::City;
        e.name = field(f, 1);
        e.kind = "city";
        e.country = field(f, 2);
        e.lat = number(f[3]);
        e.lon = number(f[4]);
        if (!e.lat || !e.lon) fail(path, line, "bad coordinates");
        e.population = long(number(f[5]).value_or(0));
        e.capital = field(f, 6) == "1";
        e.key = "place:" + slug(e.name);
        int id = add_entry(e);
        for (const auto& s : {field(f, 0), field(f, 1)}) {
            auto lk = lower_ascii(s);
            auto it = by_surface.find(lk);
            if (it != by_surface.end()) {
                const auto& old = entries_[it->second];
                bool better = (e.capital && !old.capital) ||
                              (e.capital == old.capital && e.population > old.population);
                if (!better) continue;
                add_surface(s, id, true);
                it->second = id;
            } else {
                add_surface(s, id);
                by_surface[lk] = id;
            }
        }
        if (e.capital && !governments_.count(e.country) && countries_.count(e.country)) {
            KbEntry g;
            g.type = EntryType::Institution;
            g.country = e.country;
            g.key = "gov:" + e.country;
            g.kind = "organization";
            g.name = entries_[countries_[e.country]].name + " government";
            g.code = e.country + "GOV";
            governments_[e.country] = add_entry(g);
        }
    });
    // Keys must be unique: a second city of the same name gets its country in the key.
    std::unordered_map<std::string, int> seen;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        auto& e = entries_[i];
        if (e.type != EntryType::City) continue;
        if (!seen.emplace(e.key, int(i)).second) e.key += "-" + lower_ascii(e.country);
    }
}

void KnowledgeBase::load_regions() {
    auto path = data_file("places/regions.tsv");
    each_row(path, [&](const auto& f, std::size_t line) {
        if (f.size() < 5 || field(f, 0).empty())
            fail(path, line, "expected name, kind, country, lat, lon, aliases");
        KbEntry e;
        e.type = field(f, 1) == "city" ? EntryType::City : EntryType::Region;
        e.name = field(f, 0);
        e.kind = field(f, 1);
        e.country = field(f, 2);
        e.lat = number(f[3]);
        e.lon = number(f[4]);
        e.key = "place:" + slug(e.name);
        e.capital = e.type == EntryType::City && e.country.size() == 3 && government(e.country) >= 0 &&
                    (e.name.find("D.C.") != std::string::npos || e.name == "Kyiv");
        int id = add_entry(e);
        add_surface(e.name, id, true);
        for (const auto& a : split_aliases(field(f, 5)))
            add_surface(a, id, true);
    });
    auto qpath = data_file("places/qualified_regions.txt");
    each_row(qpath, [&](const auto& f, std::size_t) {
        KbEntry e;
        e.type = EntryType::QualifiedRegion;
        e.name = field(f, 0);
        e.kind = "region";
        add_surface(e.name, add_entry(e));
    });
}

void KnowledgeBase::load_user(const std::string& file) {
    std::filesystem::path path(file);
    if (!std::filesystem::exists(path)) throw DataError("[actors] --actors file not found: " + file);
    each_row(path, [&](const auto& f, std::size_t line) {
        std::string name = field(f, 0), kind = lower_ascii(field(f, 1)), cc = field(f, 2);
        if (name.empty()) fail(path, line, "empty name");
        if (f.size() < 2 || kind.empty())
            fail(path, line, "missing kind (person, country, organization, group, city, region)");
        if (!cc.empty() && !upper3(cc))
            fail(path, line, "country must be an ISO 3166 alpha-3 code, got '" + cc + "'");
        KbEntry e;
        e.name = name;
        e.kind = kind;
        e.country = cc;
        e.code = field(f, 4);
        if (kind == "person") {
            e.type = EntryType::Person;
            e.key = "person:" + slug(name);
            if (e.code.empty()) e.code = cc;
        } else if (kind == "country") {
            if (cc.empty()) fail(path, line, "a country needs its alpha-3 code in the country column");
            int id = country(cc);
            if (id >= 0) {
                entries_[id].name = name;
                add_surface(name, id, true);
                for (const auto& a : split_aliases(field(f, 3)))
                    add_surface(a, id, true);
                return;
            }
            e.type = EntryType::Country;
            e.key = "country:" + cc;
            if (e.code.empty()) e.code = cc;
        } else if (kind == "organization") {
            e.type = EntryType::Organization;
            e.key = "org:" + slug(name);
            if (e.code.empty()) e.code = cc;
        } else if (kind == "group") {
            e.type = EntryType::Group;
            e.key = "group:" + slug(name);
            if (e.code.empty()) e.code = cc;
        } else if (kind == "city" || kind == "region" || kind == "place") {
            e.type = kind == "city" ? EntryType::City : EntryType::Region;
            e.key = "place:" + slug(name);
            e.lat = number(field(f, 5));
            e.lon = number(field(f, 6));
            if (field(f, 5).size() && !e.lat) fail(path, line, "bad latitude '" + field(f, 5) + "'");
            if (field(f, 6).size() && !e.lon) fail(path, line, "bad longitude '" + field(f, 6) + "'");
        } else {
            fail(path, line,
                 "unknown kind '" + kind + "' (person, country, organization, group, city, region)");
        }
        int id = add_entry(e);
        if (e.type == EntryType::Country) countries_[cc] = id;
        if (e.type == EntryType::Person) people_[core_key(name)] = id;
        add_surface(name, id, true);
        for (const auto& a : split_aliases(field(f, 3))) {
            add_surface(a, id, true);
            if (e.type == EntryType::Person && core_tokens(a).size() >= 2) people_[core_key(a)] = id;
        }
    });
}

} // namespace eventline::actors
