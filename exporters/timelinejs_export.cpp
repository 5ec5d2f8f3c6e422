// TimelineJS3 (Knight Lab) JSON: one slide per dated event, partial dates as split fields,
// HTML text with sources, one timenav group per main actor. Undated events cannot be slides
// (TimelineJS drops a slide without start_date), so the title slide lists them.
#include "timeline_doc.h"
#include "writers.h"

#include <set>

namespace eventline {

namespace {
using namespace exp;

ojson tl_date(long day, const std::string& precision, const std::string& clock) {
    Date d{date::sys_days(date::days(day))};
    ojson j;
    j["year"] = static_cast<int>(d.year());
    if (precision == "year" || precision == "decade" || precision == "century") return j;
    j["month"] = static_cast<unsigned>(d.month());
    if (precision == "month" || precision == "quarter") return j;
    j["day"] = static_cast<unsigned>(d.day());
    if (clock.size() == 5) {
        j["hour"] = std::stoi(clock.substr(0, 2));
        j["minute"] = std::stoi(clock.substr(3, 2));
    }
    return j;
}

bool is_web_url(const std::string& u) {
    return u.rfind("http://", 0) == 0 || u.rfind("https://", 0) == 0;
}

/// The slide body: who, where, how many, the quote, then the sources.
std::string slide_text(const TimedEvent& t, const DatasetView& view) {
    const Event& e = *t.event;
    std::string html;
    if (!e.participants.empty()) {
        html += "<p>";
        bool first = true;
        for (const auto& p : e.participants) {
            const Actor* a = view.actor(p.actor);
            html += (first ? "" : ", ") + std::string("<b>") + html_escape(a ? a->name : p.actor) + "</b> (" +
                    html_escape(p.role) + ")";
            first = false;
        }
        html += "</p>";
    }
    if (!e.places.empty()) {
        html += "<p>";
        bool first = true;
        for (const auto& p : e.places) {
            const Place* pl = view.place(p.place);
            html += (first ? "" : ", ") + html_escape(pl ? pl->name : p.place) +
                    (p.role == "location" ? "" : " (" + html_escape(p.role) + ")");
            first = false;
        }
        html += "</p>";
    }
    for (const auto& q : e.quantities)
        html += "<p>" + html_escape(q.text.empty() ? q.unit : q.text) + "</p>";
    if (!e.quote.empty()) html += "<blockquote>" + html_escape(e.quote) + "</blockquote>";
    if (e.attribution.modality != "asserted" || e.negated)
        html += "<p><i>" +
                html_escape(e.negated ? "negated, " + e.attribution.modality : e.attribution.modality) +
                "</i></p>";
    auto sources = view.sources(e);
    if (!sources.empty()) {
        html += "<p><b>Sources</b></p><ul>";
        for (const auto& s : sources) {
            const Document* d = s.document;
            std::string title = html_escape(d && !d->title.empty() ? d->title : s.id);
            if (d && is_web_url(d->url)) title = "<a href=\"" + html_escape(d->url) + "\">" + title + "</a>";
            html += "<li>" + title;
            if (d && !d->publisher.empty()) html += ", " + html_escape(d->publisher);
            if (d && d->published) html += ", " + format_date(*d->published);
            if (!s.sentence.empty())
                html += ": \xE2\x80\x9C" + html_escape(shorten(s.sentence, 240)) + "\xE2\x80\x9D";
            html += "</li>";
        }
        html += "</ul>";
    }
    return html;
}
} // namespace

void write_timelinejs(const Dataset& ds, std::ostream& out) {
    DatasetView view(ds);
    ojson root;
    const auto& dated = view.dated();
    const auto& undated = view.undated();

    std::string intro = "<p>" + std::to_string(dated.size()) + " dated events from " +
                        std::to_string(ds.documents.size()) + " documents, grouped by main actor.</p>";
    if (!undated.empty()) {
        intro += "<p>" + std::to_string(undated.size()) +
                 " undated events are not on the timeline (a TimelineJS slide needs a date):</p><ul>";
        std::size_t shown = 0;
        for (const auto& t : undated) {
            if (++shown > 25) {
                intro += "<li>\xE2\x80\xA6</li>";
                break;
            }
            intro += "<li>" + html_escape(shorten(t.event->label, 120)) + "</li>";
        }
        intro += "</ul>";
    }
    root["title"] = {{"text", {{"headline", "Event timeline"}, {"text", intro}}}};

    root["events"] = ojson::array();
    std::set<std::string> ids;
    for (const auto& t : dated) {
        const Event& e = *t.event;
        ojson s;
        std::string id = slug(e.id);
        for (int k = 2; !ids.insert(id).second; ++k)
            id = slug(e.id) + "-" + std::to_string(k);
        s["unique_id"] = id;
        s["start_date"] = tl_date(t.start_day, t.precision, t.clock);
        if (t.interval) s["end_date"] = tl_date(t.end_day, t.precision, "");
        if (t.precision == "decade" || t.precision == "century" || t.precision == "week" ||
            t.precision == "quarter") {
            s["start_date"]["display_date"] = DatasetView::display_date(t);
            s["display_date"] = DatasetView::display_date(t);
        }
        s["text"] = {{"headline", html_escape(shorten(e.label.empty() ? e.type : e.label, 140))},
                     {"text", slide_text(t, view)}};
        s["group"] = view.lane_name(t.lane);
        root["events"].push_back(std::move(s));
    }
    out << dump(root, 2) << '\n';
}

} // namespace eventline
