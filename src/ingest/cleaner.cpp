#include "cleaner.h"

#include "../text/utf8.h"

#include <re2/re2.h>

#include <algorithm>

namespace eventline {

namespace {

struct Line {
    std::string_view text; ///< original, right-trimmed
    std::string key;       ///< normalized for matching
    std::string reason;    ///< why it goes ("" = kept)
    std::string capture;
    bool tilde = false;
    bool blank = false;
    bool summary = false; ///< part of a summary section
    bool title = false;
};

std::size_t word_count(std::string_view s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        bool sp = c == ' ' || c == '\t';
        if (!sp && !in) ++n;
        in = !sp;
    }
    return n;
}

// Last character that is not a closing quote or bracket.
char final_char(std::string_view key) {
    while (!key.empty() && (key.back() == '"' || key.back() == '\'' || key.back() == ')' || key.back() == ' '))
        key.remove_suffix(1);
    return key.empty() ? '\0' : key.back();
}

std::size_t sentence_ends(std::string_view key) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < key.size(); ++i)
        if ((key[i] == '.' || key[i] == '?' || key[i] == '!') && (i + 1 == key.size() || key[i + 1] == ' ' || key[i + 1] == '"'))
            ++n;
    return n;
}

bool has_attribution(std::string_view key) {
    for (const char* w : {" said", " says", " told ", "\""})
        if (key.find(w) != std::string_view::npos) return true;
    return false;
}

bool looks_like_headline(std::string_view key) {
    if (key.empty() || key.size() > 200 || word_count(key) > 22 || word_count(key) < 2) return false;
    int len;
    if (utf8::is_lower(utf8::decode(key, 0, len))) return false;
    char f = final_char(key);
    return f != '.' && f != ',' && f != ';' && f != ':';
}

std::string trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '.' || s.back() == ',')) s.remove_suffix(1);
    return std::string(s);
}

// Trims ASCII and Unicode spaces (NBSP, thin space ...) at both ends.
std::string_view trim_spaces(std::string_view t) {
    int len;
    while (!t.empty()) {
        auto cp = utf8::decode(t, 0, len);
        if (!utf8::is_space(cp)) break;
        t.remove_prefix(std::size_t(len));
    }
    while (!t.empty()) {
        std::size_t k = t.size() - 1;
        while (k > 0 && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) --k;
        auto cp = utf8::decode(t, k, len);
        if (!utf8::is_space(cp)) break;
        t = t.substr(0, k);
    }
    return t;
}

bool is_widget_like(const std::string& reason) { return reason == "widget" || reason == "credit" || reason == "advertisement"; }

} // namespace

void Cleaner::add_reporters(std::string_view names, Document& doc) const {
    static const re2::RE2 sep("\\s*(?:,|\\band\\b|&|\\||·|;)\\s*");
    std::string s(names);
    std::vector<std::string> parts;
    re2::StringPiece in(s);
    std::size_t start = 0;
    re2::StringPiece m;
    while (start <= s.size() && sep.Match(in, start, s.size(), RE2::UNANCHORED, &m, 1)) {
        std::size_t at = std::size_t(m.data() - s.data());
        parts.push_back(s.substr(start, at - start));
        start = at + m.size();
        if (m.empty()) ++start;
    }
    if (start < s.size()) parts.push_back(s.substr(start));
    for (auto& p : parts) {
        std::string name = trim(p);
        if (name.empty()) continue;
        if (rules_.is_organization(name)) {
            if (doc.publisher.empty()) doc.publisher = name;
            continue;
        }
        if (word_count(name) > 5) continue;
        if (std::find(doc.reporters.begin(), doc.reporters.end(), name) == doc.reporters.end())
            doc.reporters.push_back(name);
    }
}

void Cleaner::add_reporting_credit(std::string_view line, Document& doc) const {
    // "A and B contributed reporting from X, C from Y, and D from Z." / "Reporting by A; Editing by B"
    static const re2::RE2 lead("(.*?)\\s+contributed\\b(.*)");
    static const re2::RE2 more("(?:,|\\band\\b)\\s+((?-i:[A-Z])[\\pL\\pM.'-]+(?:\\s+(?-i:[A-Z])[\\pL\\pM.'-]+){1,3})\\s+from\\b");
    static const re2::RE2 by("(?i)\\bby\\s+([^;]+)");
    std::string s(line);
    std::string head, rest;
    if (RE2::FullMatch(s, lead, &head, &rest)) {
        add_reporters(head, doc);
        re2::StringPiece in(rest);
        std::string name;
        while (RE2::FindAndConsume(&in, more, &name)) add_reporters(name, doc);
        return;
    }
    re2::StringPiece in(s);
    std::string names;
    while (RE2::FindAndConsume(&in, by, &names)) add_reporters(names, doc);
}

Document Cleaner::clean(RawDocument raw, const IngestOptions& options) const {
    Document doc;
    doc.id = std::move(raw.id);
    doc.source = std::move(raw.source);
    doc.url = std::move(raw.url);
    doc.publisher = std::move(raw.publisher);
    doc.warnings = std::move(raw.warnings);
    for (auto& r : raw.reporters) add_reporters(r, doc);
    std::string body = utf8::to_nfc(std::move(raw.body));

    std::vector<Line> lines;
    {
        std::size_t pos = 0;
        while (pos <= body.size()) {
            auto nl = body.find('\n', pos);
            if (nl == std::string::npos) nl = body.size();
            std::string_view t(body.data() + pos, nl - pos);
            t = trim_spaces(t);
            Line l;
            l.text = t;
            // Long lines are body text: only their head is normalized (for the dateline check).
            l.key = normalize_for_matching(t.substr(0, std::min<std::size_t>(t.size(), 2 * BoilerplateRules::kMaxLineBytes)));
            l.blank = l.key.empty();
            if (!l.blank && t.size() <= 2 * BoilerplateRules::kMaxLineBytes) {
                if (auto m = rules_.match(l.key)) {
                    l.reason = m->reason;
                    l.tilde = m->needs_neighbour;
                    l.capture = std::move(m->capture);
                }
            }
            lines.push_back(std::move(l));
            if (nl == body.size()) break;
            pos = nl + 1;
        }
    }
    const std::size_t n = lines.size();
    auto prev_nonblank = [&](std::size_t i) -> std::size_t {
        while (i > 0)
            if (!lines[--i].blank) return i;
        return n;
    };
    auto next_nonblank = [&](std::size_t i) -> std::size_t {
        while (++i < n)
            if (!lines[i].blank) return i;
        return n;
    };
    auto removed_by_rule = [&](std::size_t i) { return i < n && !lines[i].reason.empty() && !lines[i].tilde; };

    // Lone counters ("- 16") count as widgets only next to another removed line.
    for (std::size_t i = 0; i < n; ++i)
        if (lines[i].tilde) {
            if (removed_by_rule(prev_nonblank(i)) || removed_by_rule(next_nonblank(i)))
                lines[i].tilde = false;
            else
                lines[i].reason.clear();
        }

    // Sections: a summary heading moves what follows into the summary until a content heading.
    bool in_summary = false;
    for (auto& l : lines) {
        if (l.reason == "summary_heading") {
            in_summary = true;
            continue;
        }
        if (l.reason == "content_heading") {
            in_summary = false;
            continue;
        }
        if (in_summary) l.summary = true;
    }

    // Related-coverage blocks: the heading, then the short link-like lines after it.
    for (std::size_t i = 0; i < n; ++i) {
        if (lines[i].reason != "related") continue;
        for (std::size_t j = next_nonblank(i); j < n; j = next_nonblank(j)) {
            const auto& k = lines[j].key;
            char f = final_char(k);
            if (!lines[j].reason.empty()) continue;
            if (lines[j].summary || word_count(k) > 15 || f == '.' || f == '?' || f == '!') break;
            lines[j].reason = "related";
        }
    }

    // Captions: the line before a photo credit, or the short line right after a widget cluster.
    for (std::size_t i = 0; i < n; ++i) {
        auto& l = lines[i];
        if (l.blank || !l.reason.empty() || l.summary) continue;
        // A caption describes a picture: one short sentence, nobody quoted or cited.
        auto words = word_count(l.key);
        auto short_sentence = words >= 6 && words <= 40 && sentence_ends(l.key) <= 1 && final_char(l.key) == '.' &&
                              !has_attribution(l.key);
        if (!short_sentence) continue;
        std::size_t nx = next_nonblank(i);
        if (nx < n && lines[nx].reason == "credit") {
            l.reason = "caption";
            continue;
        }
        std::size_t p1 = prev_nonblank(i);
        std::size_t p2 = p1 < n ? prev_nonblank(p1) : n;
        // After a widget cluster, and followed by a longer body paragraph (the article proper).
        bool body_follows = nx < n && lines[nx].reason.empty() && word_count(lines[nx].key) > words;
        if (p1 < n && p2 < n && is_widget_like(lines[p1].reason) && is_widget_like(lines[p2].reason) &&
            words <= 30 && body_follows)
            l.reason = "caption";
    }

    // Metadata lines.
    for (auto& l : lines) {
        if (l.reason == "publisher" && doc.publisher.empty()) doc.publisher = trim(l.capture);
        else if (l.reason == "byline") add_reporters(l.capture, doc);
        else if (l.reason == "reporting_credit") add_reporting_credit(l.key, doc);
    }

    // Title: the format's own, else a headline-like first kept line.
    doc.title = utf8::to_nfc(normalize_for_matching(raw.title));
    for (std::size_t i = 0; i < n; ++i) {
        auto& l = lines[i];
        if (l.blank || !l.reason.empty() || l.summary) continue;
        if (doc.title.empty() ? raw.title_from_text && looks_like_headline(l.key) : l.key == doc.title) {
            if (doc.title.empty()) doc.title = l.key;
            l.title = true;
        }
        break;
    }

    // Publication date: the reader's, else a dateline or byline in the first lines, else --date.
    doc.published = raw.published;
    doc.date_source = raw.date_source;
    if (!doc.published) {
        std::vector<std::string> first;
        for (std::size_t i = 0; i < n && first.size() < 12; ++i)
            if (!lines[i].blank && !lines[i].summary) first.push_back(lines[i].key.substr(0, 300));
        if (auto f = dates_.find(first, options.fallback_date)) {
            doc.published = f->date;
            doc.date_source = f->source;
        }
    }
    if (!doc.published && options.fallback_date) {
        doc.published = options.fallback_date;
        doc.date_source = "cli";
    }

    // Assemble text, summary and the removed-line record.
    bool pending_break = false;
    for (std::size_t i = 0; i < n; ++i) {
        auto& l = lines[i];
        if (l.blank) {
            pending_break = true;
            continue;
        }
        if (l.summary) {
            if (!doc.summary.empty()) doc.summary += '\n';
            doc.summary.append(l.text);
            continue;
        }
        if (!l.reason.empty()) {
            std::string reason = l.reason == "summary_heading" ? "summary_heading"
                                 : l.reason == "content_heading" ? "clipper_header"
                                                                 : l.reason;
            doc.removed_lines.push_back({std::string(l.text), reason});
            doc.removed[reason]++;
            continue;
        }
        if (l.title) continue;
        if (!doc.text.empty()) doc.text += pending_break ? "\n\n" : "\n";
        doc.text.append(l.text);
        pending_break = false;
    }
    return doc;
}

} // namespace eventline
