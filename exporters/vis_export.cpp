// vis-timeline DataSet JSON: {"groups": [...], "items": [...]}; a group per lane, a point per
// single-day event, a range for intervals and coarse dates (month, year, decade).
#include "timeline_doc.h"
#include "writers.h"

namespace eventline {

namespace {
using namespace exp;
std::string group_id(const std::string& lane) {
    return lane.empty() ? "lane-other" : "lane-" + slug(lane);
}
} // namespace

void write_vis(const Dataset& ds, std::ostream& out) {
    DatasetView view(ds);
    ojson root;
    root["groups"] = ojson::array();
    std::vector<std::string> lanes = view.lanes();
    if (view.has_other_lane()) lanes.push_back("");
    int order = 0;
    for (const auto& l : lanes)
        root["groups"].push_back(
            {{"id", group_id(l)}, {"content", html_escape(view.lane_name(l))}, {"order", order++}});
    root["items"] = ojson::array();
    for (const auto& t : view.dated()) {
        const Event& e = *t.event;
        const Family& f = family_of(e);
        bool point =
            !t.interval && (t.precision == "day" || t.precision == "hour" || t.precision == "minute");
        ojson item;
        item["id"] = clean(e.id);
        item["group"] = group_id(t.lane);
        item["content"] = html_escape(shorten(e.label.empty() ? e.type : e.label, 60));
        // Bare dates are read as local midnight by vis (moment); ranges end at the start of the day after.
        item["start"] = t.clock.empty() ? t.start : t.start + "T" + t.clock + ":00";
        if (point) {
            item["type"] = "point";
        } else {
            item["type"] = "range";
            item["end"] = iso_of(t.end_day + 1);
        }
        std::string title = html_escape(DatasetView::display_date(t)) + ": " + html_escape(e.label);
        for (const auto& s : view.sources(e))
            title +=
                "<br>" + html_escape(s.document && !s.document->title.empty() ? s.document->title : s.id);
        item["title"] = title;
        item["className"] = "el-" + std::string(f.name);
        item["style"] =
            "background-color: " + std::string(f.light) + "; border-color: " + std::string(f.color) + ";";
        root["items"].push_back(std::move(item));
    }
    // Not drawable on a time axis; kept for front ends that list them apart.
    root["undated"] = ojson::array();
    for (const auto& t : view.undated())
        root["undated"].push_back({{"id", clean(t.event->id)},
                                   {"group", group_id(t.lane)},
                                   {"content", html_escape(t.event->label)}});
    out << dump(root, 2) << '\n';
}

} // namespace eventline
