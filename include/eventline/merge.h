// Merge: mentions of one event, from one or many documents, become one Event with all provenance.
#pragma once

#include "eventline/document.h"
#include "eventline/model.h"

#include <vector>

namespace eventline {

/// requires: each input event has one or more mentions and global actor/place ids.
/// ensures: compatible events (type, participants, places, time) are merged; quantities and dates
/// that disagree are kept, each with its claimant, and listed in Event::conflicts; ids are stable
/// (derived from content) and the result is sorted by (time start, id). Sub-quadratic (blocking).
/// Rules: docs/graph.md.
std::vector<Event> merge_events(std::vector<Event> events);

/// As above, and mentions from versions of one story (Document::story, matched by Mention::document)
/// may also merge on their trigger when their sentences were reworded.
std::vector<Event> merge_events(std::vector<Event> events, const std::vector<Document>& documents);

} // namespace eventline
