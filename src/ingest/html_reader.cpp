#include "html_reader.h"

#include "date_finder.h"

#include <gumbo.h>
#include <nlohmann/json.hpp>

#include <cstring>
#include <memory>

namespace eventline {

namespace {

bool skipped_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU:
        return true;
    default: return false;
    }
}

bool block_tag(GumboTag t) {
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_PRE: case GUMBO_TAG_MAIN: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY:
        return true;
    default: return false;
    }
}

const char* attr(const GumboNode* n, const char* name) {
    if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : nullptr;
}

struct Extractor {
    std::string out;
    bool space_pending = false;
    bool pre = false;

    void newline() {
        space_pending = false;
        if (!out.empty() && out.back() != '\n') out += '\n';
    }
    void text(const char* s) {
        if (pre) {
            out += s;
            return;
        }
        for (const char* p = s; *p; ++p) {
            char c = *p;
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                space_pending = true;
                continue;
            }
            if (space_pending && !out.empty() && out.back() != '\n') out += ' ';
            space_pending = false;
            out += c;
        }
    }
    void walk(const GumboNode* node, int depth) {
        if (depth > 400) return; // absurdly nested markup: stop descending
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
            text(node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
        if (node->type == GUMBO_NODE_ELEMENT) {
            GumboTag tag = node->v.element.tag;
            if (skipped_tag(tag)) return;
            if (const char* hidden = attr(node, "hidden"); hidden) return;
            if (const char* aria = attr(node, "aria-hidden"); aria && std::strcmp(aria, "true") == 0) return;
            if (tag == GUMBO_TAG_BR) {
                newline();
                return;
            }
            bool block = block_tag(tag);
            if (block) newline();
            bool was_pre = pre;
            if (tag == GUMBO_TAG_PRE) pre = true;
            const GumboVector& kids = node->v.element.children;
            for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
            pre = was_pre;
            if (block) {
                newline();
                // Paragraph-like blocks are separated by a blank line.
                if (tag == GUMBO_TAG_P || (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) || tag == GUMBO_TAG_BLOCKQUOTE)
                    out += '\n';
            }
            return;
        }
        const GumboVector& kids = node->v.document.children;
        for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    }
};

std::string inner_text(const GumboNode* n) {
    Extractor e;
    e.walk(n, 0);
    std::string s = e.out;
    for (auto& c : s)
        if (c == '\n') c = ' ';
    auto b = s.find_first_not_of(' ');
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(' ') - b + 1);
}

struct Meta {
    const GumboNode* title = nullptr;
    const GumboNode* h1 = nullptr;
    const GumboNode* article = nullptr;
    const GumboNode* main = nullptr;
    const GumboNode* body = nullptr;
    std::string og_title, site_name, canonical, og_url, published, date_meta, author;
    std::vector<std::string> json_ld;
};

std::string lower(std::string s) {
    for (auto& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

void collect(const GumboNode* n, Meta& m, int depth) {
    if (n->type != GUMBO_NODE_ELEMENT || depth > 400) return;
    GumboTag tag = n->v.element.tag;
    switch (tag) {
    case GUMBO_TAG_TITLE: if (!m.title) m.title = n; break;
    case GUMBO_TAG_H1: if (!m.h1) m.h1 = n; break;
    case GUMBO_TAG_ARTICLE: if (!m.article) m.article = n; break;
    case GUMBO_TAG_MAIN: if (!m.main) m.main = n; break;
    case GUMBO_TAG_BODY: if (!m.body) m.body = n; break;
    case GUMBO_TAG_META: {
        const char* key = attr(n, "property");
        if (!key) key = attr(n, "name");
        if (!key) key = attr(n, "itemprop");
        const char* content = attr(n, "content");
        if (!key || !content) break;
        std::string k = lower(key);
        if (k == "og:title") m.og_title = content;
        else if (k == "og:site_name") m.site_name = content;
        else if (k == "og:url") m.og_url = content;
        else if (k == "article:published_time" || k == "datepublished" || k == "og:published_time" ||
                 k == "article:published" || k == "parsely-pub-date" || k == "sailthru.date" || k == "pubdate" ||
                 k == "publishdate" || k == "publish-date" || k == "dc.date.issued") {
            if (m.published.empty()) m.published = content;
        } else if (k == "date" || k == "dc.date" || k == "dcterms.date" || k == "dcterms.created") {
            if (m.date_meta.empty()) m.date_meta = content;
        } else if (k == "author" || k == "byl" || k == "dc.creator") {
            if (m.author.empty()) m.author = content;
        }
        break;
    }
    case GUMBO_TAG_LINK: {
        const char* rel = attr(n, "rel");
        const char* href = attr(n, "href");
        if (rel && href && lower(rel) == "canonical") m.canonical = href;
        break;
    }
    case GUMBO_TAG_SCRIPT: {
        const char* type = attr(n, "type");
        if (type && lower(type) == "application/ld+json" && n->v.element.children.length > 0) {
            auto* t = static_cast<const GumboNode*>(n->v.element.children.data[0]);
            if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA) m.json_ld.emplace_back(t->v.text.text);
        }
        return;
    }
    case GUMBO_TAG_TIME: {
        const char* dt = attr(n, "datetime");
        const char* pub = attr(n, "pubdate");
        if (dt && (pub || m.date_meta.empty()) && m.published.empty()) {
            if (pub) m.published = dt;
            else m.date_meta = dt;
        }
        break;
    }
    default: break;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) collect(static_cast<const GumboNode*>(kids.data[i]), m, depth + 1);
}

// Looks through JSON-LD (objects, arrays, @graph) for the article's date, headline, publisher, authors.
void scan_json_ld(const nlohmann::json& j, std::string& date, std::string& headline, std::string& publisher,
                  std::vector<std::string>& authors, int depth) {
    if (depth > 20) return;
    if (j.is_array()) {
        for (const auto& x : j) scan_json_ld(x, date, headline, publisher, authors, depth + 1);
        return;
    }
    if (!j.is_object()) return;
    if (auto it = j.find("datePublished"); it != j.end() && it->is_string() && date.empty()) date = *it;
    if (auto it = j.find("headline"); it != j.end() && it->is_string() && headline.empty()) headline = *it;
    if (auto it = j.find("publisher"); it != j.end() && publisher.empty()) {
        if (it->is_object() && it->contains("name") && (*it)["name"].is_string()) publisher = (*it)["name"];
        else if (it->is_string()) publisher = *it;
    }
    if (auto it = j.find("author"); it != j.end()) {
        auto add = [&](const nlohmann::json& a) {
            if (a.is_string()) authors.push_back(a);
            else if (a.is_object() && a.contains("name") && a["name"].is_string()) authors.push_back(a["name"]);
        };
        if (it->is_array())
            for (const auto& a : *it) add(a);
        else
            add(*it);
    }
    if (auto it = j.find("@graph"); it != j.end()) scan_json_ld(*it, date, headline, publisher, authors, depth + 1);
}

// "Headline - Site Name" / "Headline | Site": drop a short last segment naming the site.
std::string strip_site_suffix(std::string title) {
    for (const char* sep : {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
        auto at = title.rfind(sep);
        if (at == std::string::npos || at == 0) continue;
        std::string tail = title.substr(at + std::strlen(sep));
        std::size_t words = 1;
        for (char c : tail) words += c == ' ';
        if (words <= 5 && tail.size() < title.size() / 2 + 1) return title.substr(0, at);
    }
    return title;
}

} // namespace

void read_html(std::string_view html, RawDocument& raw) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // we never read gumbo's error list; do not let it grow on broken markup
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> out(
        gumbo_parse_with_options(&options, html.data(), html.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    raw.title_from_text = false;
    if (!out) return;
    Meta m;
    collect(out->root, m, 0);

    std::string ld_date, ld_headline, ld_publisher;
    std::vector<std::string> ld_authors;
    for (const auto& s : m.json_ld) {
        auto j = nlohmann::json::parse(s, nullptr, false);
        if (!j.is_discarded()) scan_json_ld(j, ld_date, ld_headline, ld_publisher, ld_authors, 0);
    }

    if (!m.og_title.empty()) raw.title = m.og_title;
    else if (!ld_headline.empty()) raw.title = ld_headline;
    else if (m.h1) raw.title = inner_text(m.h1);
    else if (m.title) raw.title = strip_site_suffix(inner_text(m.title));

    raw.publisher = !m.site_name.empty() ? m.site_name : ld_publisher;
    raw.url = !m.canonical.empty() ? m.canonical : m.og_url;
    for (auto& a : ld_authors) raw.reporters.push_back(a);
    if (ld_authors.empty() && !m.author.empty() && m.author.find("://") == std::string::npos)
        raw.reporters.push_back(m.author);

    const auto& finder = DateFinder::shared();
    for (const std::string* s : {&m.published, &ld_date, &m.date_meta}) {
        if (s->empty()) continue;
        if (auto d = finder.parse(*s)) {
            raw.published = d;
            raw.date_source = "html_meta";
            break;
        }
    }

    // Article text: <article>, else <main>, else <body>.
    const GumboNode* root = m.article ? m.article : m.main ? m.main : m.body ? m.body : out->root;
    Extractor e;
    e.walk(root, 0);
    raw.body = std::move(e.out);
}

} // namespace eventline
