// The time of an event: timex choice and inheritance.
#include "extractor.h"

namespace eventline::events {

using namespace std::literals;

TimeSpan Extractor::time_span(const Timex& x) {
    TimeSpan ts;
    ts.text = x.text;
    ts.value = x.value;
    ts.start = x.interval_start.substr(0, 10); // TimeSpan holds ISO dates; a clock time keeps its day
    ts.end = x.interval_end.substr(0, 10);
    ts.precision = std::string(to_string(x.precision));
    ts.mod = x.mod;
    return ts;
}

// The clause's own timex, else bounded by the frame's, else a speaker's last dated statement or a future
// timex for an expected event. Updates the speakers' dates in `mem`, and the modality and rule of `d`.
std::optional<TimeSpan> Extractor::event_time(const SentenceView& v, const std::vector<Segment>& segs,
                                              Memory& mem, Draft& d) const {
    const Candidate& cand = d.cand;
    const int t = d.t;
    const int si = d.si;
    const Segment& S = d.S;
    const Roles& r = d.r;
    const bool communication = d.communication;
    std::string& rule = d.rule;
    const Frame* frame = d.frame;
    const bool own_frame = d.own_frame;
    std::string& modality = d.modality;
    const int source = d.source;
    const int sent = int(v.sentence->index);
    // time: the clause's own timex, else bounded by the frame's
    std::optional<TimeSpan> time;
    int best = -1, best_dist = 1 << 30;
    int lo = S.b, hi = S.e;
    if (own_frame || communication) {
        lo = r.subject.empty() ? S.b : std::min(S.b, r.subject.b);
    }
    // "the first nuclear test since 2017": a year after "since" following the event noun bounds a gap, it
    // does not date the event
    auto gap_bound = [&](const TimexChunk& tc) {
        return cand.noun && tc.tb > t && v.low(tc.tb - 1) == "since";
    };
    for (const auto& tc : v.times) {
        if (tc.tb < lo || tc.te > hi) continue;
        const Timex& x = (*v.timexes)[tc.index];
        if (x.interval_start.empty() && x.interval_end.empty()) continue;
        if (x.type == TimexType::Duration || x.type == TimexType::Set) continue;
        if (gap_bound(tc)) continue;
        int d = tc.tb > t ? tc.tb - t : t - tc.te;
        if (d < best_dist) best_dist = d, best = tc.index;
    }
    if (best < 0 && S.kind == Segment::Coord && si > 0)
        for (const auto& tc : v.times)
            if (tc.tb >= segs[si - 1].b && tc.te <= segs[si - 1].e &&
                !(*v.timexes)[tc.index].interval_start.empty()) {
                best = tc.index;
                break;
            }
    if (best < 0 && cand.noun) // "comments to reporters on Monday" in a fronted phrase
        for (const auto& tc : v.times)
            if (tc.tb > t && tc.tb < t + 6 && !(*v.timexes)[tc.index].interval_start.empty() &&
                !gap_bound(tc)) {
                best = tc.index;
                break;
            }
    if (best >= 0) {
        time = time_span((*v.timexes)[best]);
        if ((*v.timexes)[best].future && modality == "asserted"sv) modality = "expected";
        rule += "+own_time";
    } else if (frame && frame->timex >= 0) {
        const Timex& x = (*v.timexes)[frame->timex];
        if (!x.interval_end.empty() && !x.future) {
            TimeSpan ts = time_span(x);
            if (modality == "expected"sv || modality == "planned"sv) {
                ts.start = x.interval_start; // happens after the report
                ts.end.clear();
                ts.precision = "after";
                ts.mod = "AFTER";
            } else {
                ts.start.clear(); // on or before the report's day: no day is invented
                ts.precision = "before";
                ts.mod = "BEFORE";
            }
            time = ts;
            rule += "+frame_time";
        }
    } else if (!time && communication && source >= 0) {
        for (auto& [sp, d] : mem.speaker_time)
            if (sp == source && sent - d.sentence <= 4) {
                time = d.time;
                rule += "+speaker_time";
            }
    }
    if (!time) {
        // a future timex later in the sentence for an expected event ("... in the coming days")
        for (const auto& tc : v.times)
            if (tc.tb > t && (*v.timexes)[tc.index].future &&
                (modality == "expected"sv || modality == "planned"sv)) {
                time = time_span((*v.timexes)[tc.index]);
                rule += "+future_time";
                break;
            }
    }
    if (communication && time && source >= 0 && !time->start.empty() && time->precision != "before") {
        bool found = false;
        for (auto& [sp, d] : mem.speaker_time)
            if (sp == source) d = {sent, *time}, found = true;
        if (!found) mem.speaker_time.push_back({source, {sent, *time}});
    }
    return time;
}

} // namespace eventline::events
