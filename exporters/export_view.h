// What every writer needs from a Dataset: lookups, events in time order, lanes, colours, escaping.
// Private to exporters/.
#pragma once

#include "eventline/model.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eventline::exp {

// ---- text ----------------------------------------------------------------------------------------
/// Valid UTF-8 without C0/C1 control characters (tab and newline become spaces); invalid bytes become U+FFFD.
std::string clean(std::string_view s);
/// `clean`, then `& < > " '` as entities: safe in HTML text, HTML attributes and XML.
std::string html_escape(std::string_view s);
/// At most `max_chars` code points, cut at a word boundary when one is near, with "…" appended.
std::string shorten(std::string_view s, std::size_t max_chars);
/// Greedy word wrap at about `width` code points per line (long words are kept whole).
std::vector<std::string> wrap(std::string_view s, std::size_t width);
/// Lower-case [a-z0-9-] form of an id ("_" and other bytes become "-"); never empty.
std::string slug(std::string_view id);

// ---- dates ---------------------------------------------------------------------------------------
/// Days since 1970-01-01 of an ISO date (a longer ISO date-time is read as its date); nullopt if invalid.
std::optional<long> day_number(std::string_view iso);
/// ISO date of a day number.
std::string iso_of(long day);

// ---- colours -------------------------------------------------------------------------------------
struct Family {
    std::string_view name;  ///< "conflict", "movement", ...
    std::string_view title; ///< "Conflict & force"
    std::string_view color; ///< "#rrggbb" fill
    std::string_view light; ///< "#rrggbb" pale variant for backgrounds
};
/// The fixed palette, in legend order (the last entry is the fallback "other").
const std::vector<Family>& families();
/// Family of an event: from its CAMEO root code when it has one, else from words of its type.
const Family& family_of(const Event& e);
/// Colours for non-event nodes.
inline constexpr std::string_view kActorColor = "#8c4a3c";
inline constexpr std::string_view kPlaceColor = "#3c7a5a";

// ---- a time axis with long empty stretches cut --------------------------------------------------
/// Maps days to axis units: linear, except that a long empty gap between dated events (an event
/// decades before the others) is cut to a short fixed length, so that clustered dates stay apart.
class TimeAxis {
  public:
    /// `spans`: [first day, last day] of each dated event (inclusive).
    explicit TimeAxis(const std::vector<std::pair<long, long>>& spans);
    /// Axis position of a day, 0 at the first key; monotone non-decreasing.
    double at(long day) const;
    double length() const { return xs_.empty() ? 0 : xs_.back(); }
    /// Gaps that were cut, as [from day, to day).
    const std::vector<std::pair<long, long>>& cuts() const { return cuts_; }

  private:
    std::vector<long> keys_;
    std::vector<double> xs_;
    std::vector<std::pair<long, long>> cuts_;
};

// ---- the view ------------------------------------------------------------------------------------
/// An event with its time normalized.
struct TimedEvent {
    const Event* event = nullptr;
    std::string start;     ///< ISO date (date part only), empty when undated
    std::string end;       ///< ISO date, >= start; equals start for a single day
    std::string clock;     ///< "hh:mm" when the time span gives one, else empty
    std::string precision; ///< model precision ("day" when unknown but dated)
    long start_day = 0;
    long end_day = 0;
    bool interval = false; ///< the span is longer than its precision unit (a real range)
    std::string lane;      ///< actor id of its lane, or "" for the "other" lane
};

struct Source {
    const Document* document = nullptr; ///< null when the id is unknown
    std::string id;
    std::string sentence; ///< first mention's sentence in that document
};

/// Read-only index over a Dataset. requires: the Dataset outlives the view.
class DatasetView {
  public:
    explicit DatasetView(const Dataset& ds);

    const Dataset& dataset() const { return ds_; }
    const Actor* actor(const std::string& id) const;
    const Place* place(const std::string& id) const;
    const Event* event(const std::string& id) const;

    /// Dated events sorted by (start, end, id); undated ones by (order, id).
    const std::vector<TimedEvent>& dated() const { return dated_; }
    const std::vector<TimedEvent>& undated() const { return undated_; }
    /// Lane actors, most events first (at most kMaxLanes); events of other actors go to lane "".
    const std::vector<std::string>& lanes() const { return lanes_; }
    bool has_other_lane() const { return other_lane_; }
    /// Display name of a lane ("Other events" for "").
    std::string lane_name(const std::string& lane) const;

    /// Documents that mention the event, in first-mention order, one entry per document.
    std::vector<Source> sources(const Event& e) const;
    /// Dataset edges whose ends exist, plus participant (actor -> event) and located_at
    /// (event -> place) edges derived from the events when the dataset lacks them.
    const std::vector<Edge>& edges() const { return edges_; }
    /// Events per actor id (participations).
    int event_count(const std::string& actor) const;
    /// Earliest and latest dated event an actor or place takes part in ("" when none).
    std::pair<std::string, std::string> active_span(const std::string& node) const;
    /// Human date of a timed event at its precision: "12 Mar 2024", "March 2024", "1990s", with end.
    static std::string display_date(const TimedEvent& t);

    static constexpr std::size_t kMaxLanes = 8;

  private:
    const Dataset& ds_;
    std::map<std::string, const Actor*> actors_;
    std::map<std::string, const Place*> places_;
    std::map<std::string, const Event*> events_;
    std::map<std::string, const Document*> documents_;
    std::map<std::string, int> event_count_;
    std::map<std::string, std::pair<std::string, std::string>> spans_;
    std::vector<TimedEvent> dated_;
    std::vector<TimedEvent> undated_;
    std::vector<std::string> lanes_;
    bool other_lane_ = false;
    std::vector<Edge> edges_;
};

} // namespace eventline::exp
