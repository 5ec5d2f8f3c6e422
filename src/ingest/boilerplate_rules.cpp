#include "boilerplate_rules.h"

#include "../text/text_normalizer.h"

#include "eventline/data_files.h"
#include "eventline/error.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace eventline {

namespace {
RE2::Options rule_options() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    o.set_max_mem(64 << 20);
    return o;
}
} // namespace

BoilerplateRules::BoilerplateRules(std::string_view tsv, const std::string& origin)
    : set_(std::make_unique<RE2::Set>(rule_options(), RE2::ANCHOR_BOTH)) {
    std::size_t pos = 0, lineno = 0;
    while (pos < tsv.size()) {
        auto nl = tsv.find('\n', pos);
        if (nl == std::string_view::npos) nl = tsv.size();
        auto line = tsv.substr(pos, nl - pos);
        pos = nl + 1;
        ++lineno;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        auto where = [&] { return "[ingest] " + origin + ":" + std::to_string(lineno) + ": "; };
        auto tab = line.find('\t');
        if (tab == std::string_view::npos || tab == 0) throw DataError(where() + "expected reason<TAB>pattern");
        std::string reason(line.substr(0, tab));
        std::string pattern(line.substr(tab + 1));
        auto re = std::make_unique<re2::RE2>(pattern, rule_options());
        if (!re->ok()) throw DataError(where() + "bad pattern: " + re->error());
        if (reason[0] == '@') {
            if (reason == "@organization") organizations_.push_back(std::move(re));
            continue;
        }
        std::string err;
        if (set_->Add(pattern, &err) < 0) throw DataError(where() + "bad pattern: " + err);
        bool tilde = reason[0] == '~';
        rules_.push_back({tilde ? reason.substr(1) : reason, tilde, std::move(re)});
    }
    if (!set_->Compile()) throw DataError("[ingest] " + origin + ": rule set too large to compile");
}

BoilerplateRules::~BoilerplateRules() = default;

const BoilerplateRules& BoilerplateRules::shared() {
    static const BoilerplateRules instance = [] {
        auto path = data_file("ingest/boilerplate.tsv");
        std::ifstream in(path, std::ios::binary);
        if (!in) throw DataError("[ingest] cannot read " + path.string());
        std::ostringstream ss;
        ss << in.rdbuf();
        return BoilerplateRules(ss.str(), path.string());
    }();
    return instance;
}

std::optional<BoilerplateRules::Match> BoilerplateRules::match(std::string_view line) const {
    if (line.empty() || line.size() > kMaxLineBytes) return std::nullopt;
    std::vector<int> hits;
    if (!set_->Match(line, &hits) || hits.empty()) return std::nullopt;
    const Rule& rule = rules_[std::size_t(*std::min_element(hits.begin(), hits.end()))];
    Match m{rule.reason, rule.needs_neighbour, {}};
    if (rule.re->NumberOfCapturingGroups() >= 1) {
        re2::StringPiece cap;
        if (RE2::FullMatch(re2::StringPiece(line.data(), line.size()), *rule.re, &cap))
            m.capture.assign(cap.data(), cap.size());
    }
    return m;
}

bool BoilerplateRules::is_organization(std::string_view name) const {
    for (const auto& re : organizations_)
        if (RE2::FullMatch(re2::StringPiece(name.data(), name.size()), *re)) return true;
    return false;
}

std::string normalize_for_matching(std::string_view line) {
    std::string norm;
    std::vector<std::uint32_t> map;
    normalize_span(line, 0, std::uint32_t(line.size()), norm, map);
    auto b = norm.find_first_not_of(' ');
    if (b == std::string::npos) return {};
    auto e = norm.find_last_not_of(' ');
    return norm.substr(b, e - b + 1);
}

} // namespace eventline
