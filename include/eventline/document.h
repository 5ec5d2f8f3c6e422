// One ingested article: cleaned text plus the metadata the cleaner kept apart from it.
#pragma once

#include <date/date.h>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace eventline {

using Date = date::year_month_day;

/// A line the cleaner dropped from the evidence, and why ("paywall", "share_widget", ...).
struct RemovedLine {
    std::string text;
    std::string reason;
};

/// A document as it leaves ingest. Every offset later stages report is a UTF-8 byte offset into `text`.
struct Document {
    std::string id;     ///< stable: derived from the content, "d" + 12 hex digits
    std::string source; ///< path, "-" (stdin), "path:line" for JSON Lines, or the URL when given
    std::string url;    ///< the article's URL when the input names one
    std::string title;
    std::string text;                   ///< cleaned body: the only evidence later stages read
    std::string summary;                ///< generated or clipper summary; never evidence
    std::string publisher;              ///< e.g. from "Source: example.com"
    std::vector<std::string> reporters; ///< bylines and "X contributed reporting": metadata, never actors
    std::optional<Date> published;
    std::string date_source; ///< "jsonl", "html_meta", "dateline", "byline", "cli", or "" when unknown
    std::vector<RemovedLine> removed_lines;
    std::map<std::string, int> removed; ///< reason -> number of removed lines
    std::string story;                  ///< story id shared by versions of one article
    std::vector<std::string> warnings;  ///< e.g. "invalid UTF-8 repaired (3 bytes)"
};

/// Formats a date as YYYY-MM-DD.
std::string format_date(const Date& d);
/// Parses YYYY-MM-DD (a longer ISO datetime is accepted and its time ignored); nullopt when invalid.
std::optional<Date> parse_iso_date(std::string_view s);

} // namespace eventline
