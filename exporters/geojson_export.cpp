// GeoJSON (RFC 7946) for map front ends: geocoded places as Points with their events, and
// movements (an event with a geocoded origin and destination) as LineStrings. [lon, lat], no crs.
#include "timeline_doc.h"
#include "writers.h"

#include <map>

namespace eventline {

namespace {
using namespace exp;
bool located(const Place* p) {
    return p && p->lat && p->lon && *p->lat >= -90 && *p->lat <= 90 && *p->lon >= -180 && *p->lon <= 180;
}
} // namespace

void write_geojson(const Dataset& ds, std::ostream& out) {
    DatasetView view(ds);
    std::map<std::string, ojson> place_events;
    std::vector<const TimedEvent*> all;
    for (const auto* list : {&view.dated(), &view.undated()})
        for (const auto& t : *list)
            all.push_back(&t);
    for (const auto* t : all)
        for (const auto& p : t->event->places) {
            auto& arr = place_events[p.place];
            if (arr.is_null()) arr = ojson::array();
            arr.push_back({{"id", clean(t->event->id)},
                           {"label", clean(t->event->label)},
                           {"type", clean(t->event->type)},
                           {"role", clean(p.role)},
                           {"time", t->start.empty() ? ojson(nullptr) : ojson(t->start)},
                           {"end", t->start.empty() ? ojson(nullptr) : ojson(t->end)}});
        }
    ojson features = ojson::array();
    for (const auto& p : ds.places) {
        if (!located(&p)) continue;
        auto [first, last] = view.active_span(p.id);
        ojson f;
        f["type"] = "Feature";
        f["id"] = clean(p.id);
        f["geometry"] = {{"type", "Point"}, {"coordinates", {*p.lon, *p.lat}}};
        f["properties"] = {{"kind", "place"},
                           {"name", clean(p.name)},
                           {"title", clean(p.name)},
                           {"country", p.country.empty() ? ojson(nullptr) : ojson(clean(p.country))},
                           {"time", first.empty() ? ojson(nullptr) : ojson(first)},
                           {"end", last.empty() ? ojson(nullptr) : ojson(last)},
                           {"events", place_events.count(p.id) ? place_events[p.id] : ojson::array()}};
        features.push_back(std::move(f));
    }
    for (const auto* t : all) {
        const Event& e = *t->event;
        const Place *from = nullptr, *to = nullptr;
        for (const auto& p : e.places) {
            if (p.role == "origin" && !from) from = view.place(p.place);
            if (p.role == "destination" && !to) to = view.place(p.place);
        }
        if (!located(from) || !located(to)) continue;
        ojson actors = ojson::array();
        for (const auto& p : e.participants)
            if (const Actor* a = view.actor(p.actor)) actors.push_back(clean(a->name));
        ojson f;
        f["type"] = "Feature";
        f["id"] = "move-" + clean(e.id);
        f["geometry"] = {{"type", "LineString"},
                         {"coordinates", {{*from->lon, *from->lat}, {*to->lon, *to->lat}}}};
        f["properties"] = {{"kind", "movement"},
                           {"event", clean(e.id)},
                           {"title", clean(e.label)},
                           {"type", clean(e.type)},
                           {"color", std::string(family_of(e).color)},
                           {"time", t->start.empty() ? ojson(nullptr) : ojson(t->start)},
                           {"end", t->start.empty() ? ojson(nullptr) : ojson(t->end)},
                           {"origin", clean(from->id)},
                           {"destination", clean(to->id)},
                           {"actors", actors}};
        features.push_back(std::move(f));
    }
    ojson root{{"type", "FeatureCollection"}, {"features", std::move(features)}};
    out << dump(root, 2) << '\n';
}

} // namespace eventline
