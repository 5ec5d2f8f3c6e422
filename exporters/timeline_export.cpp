// The plain JSON timeline: the simplest thing a front end can draw (docs/timeline.schema.json).
#include "timeline_doc.h"
#include "writers.h"

namespace eventline {
namespace exp {

namespace {
ojson str_or_null(const std::string& s) {
    return s.empty() ? ojson(nullptr) : ojson(clean(s));
}

ojson event_entry(const TimedEvent& t, const DatasetView& view) {
    const Event& e = *t.event;
    const Family& f = family_of(e);
    ojson j;
    j["id"] = clean(e.id);
    j["label"] = clean(e.label.empty() ? e.type : e.label);
    j["type"] = clean(e.type);
    j["family"] = std::string(f.name);
    j["color"] = std::string(f.color);
    bool dated = !t.start.empty();
    j["start"] = dated ? ojson(t.start) : ojson(nullptr);
    j["end"] = dated ? ojson(t.end) : ojson(nullptr);
    j["time"] = t.clock.empty() ? ojson(nullptr) : ojson(t.clock);
    j["precision"] = dated ? ojson(t.precision) : ojson(nullptr);
    j["interval"] = t.interval;
    j["display_date"] = DatasetView::display_date(t);
    j["time_text"] = e.time ? str_or_null(e.time->text) : ojson(nullptr);
    j["lane"] = t.lane.empty() ? ojson(nullptr) : ojson(clean(t.lane));
    j["actors"] = ojson::array();
    for (const auto& p : e.participants) {
        const Actor* a = view.actor(p.actor);
        j["actors"].push_back({{"id", clean(p.actor)},
                               {"name", clean(a ? a->name : p.actor)},
                               {"kind", a ? str_or_null(a->kind) : ojson(nullptr)},
                               {"role", clean(p.role)}});
    }
    j["places"] = ojson::array();
    for (const auto& p : e.places) {
        const Place* pl = view.place(p.place);
        j["places"].push_back({{"id", clean(p.place)},
                               {"name", clean(pl ? pl->name : p.place)},
                               {"role", clean(p.role)},
                               {"lat", pl && pl->lat && pl->lon ? ojson(*pl->lat) : ojson(nullptr)},
                               {"lon", pl && pl->lat && pl->lon ? ojson(*pl->lon) : ojson(nullptr)}});
    }
    j["quantities"] = ojson::array();
    for (const auto& q : e.quantities)
        j["quantities"].push_back({{"value", q.value},
                                   {"unit", clean(q.unit)},
                                   {"approximate", q.approximate},
                                   {"text", clean(q.text)}});
    j["modality"] = clean(e.attribution.modality);
    j["negated"] = e.negated;
    j["quote"] = str_or_null(e.quote);
    j["sources"] = ojson::array();
    for (const auto& s : view.sources(e)) {
        const Document* d = s.document;
        j["sources"].push_back(
            {{"document", clean(s.id)},
             {"title", d ? str_or_null(d->title) : ojson(nullptr)},
             {"url", d ? str_or_null(d->url) : ojson(nullptr)},
             {"publisher", d ? str_or_null(d->publisher) : ojson(nullptr)},
             {"published", d && d->published ? ojson(format_date(*d->published)) : ojson(nullptr)},
             {"sentence", str_or_null(s.sentence)}});
    }
    return j;
}
} // namespace

ojson timeline_document(const DatasetView& view) {
    const Dataset& ds = view.dataset();
    ojson root;
    root["schema"] = "eventline-timeline/1";
    root["generator"] = "eventline";
    const auto& dated = view.dated();
    if (dated.empty()) {
        root["range"] = nullptr;
    } else {
        std::string last = dated.front().end;
        for (const auto& t : dated)
            last = std::max(last, t.end);
        root["range"] = {{"start", dated.front().start}, {"end", last}};
    }
    root["lanes"] = ojson::array();
    for (const auto& l : view.lanes())
        root["lanes"].push_back(
            {{"id", clean(l)}, {"name", view.lane_name(l)}, {"events", view.event_count(l)}});
    if (view.has_other_lane())
        root["lanes"].push_back({{"id", nullptr}, {"name", view.lane_name("")}, {"events", 0}});
    root["families"] = ojson::array();
    for (const auto& f : families())
        root["families"].push_back({{"name", std::string(f.name)},
                                    {"title", std::string(f.title)},
                                    {"color", std::string(f.color)}});
    root["documents"] = ojson::array();
    for (const auto& d : ds.documents)
        root["documents"].push_back(
            {{"id", clean(d.id)},
             {"title", str_or_null(d.title)},
             {"url", str_or_null(d.url)},
             {"publisher", str_or_null(d.publisher)},
             {"published", d.published ? ojson(format_date(*d.published)) : ojson(nullptr)}});
    root["events"] = ojson::array();
    for (const auto& t : dated)
        root["events"].push_back(event_entry(t, view));
    root["undated"] = ojson::array();
    for (const auto& t : view.undated())
        root["undated"].push_back(event_entry(t, view));
    return root;
}

std::string dump(const ojson& j, int indent) {
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace exp

void write_timeline(const Dataset& ds, std::ostream& out) {
    exp::DatasetView view(ds);
    out << exp::dump(exp::timeline_document(view), 2) << '\n';
}

} // namespace eventline
