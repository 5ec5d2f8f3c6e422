// An article as a reader extracted it, before cleaning.
#pragma once

#include "eventline/document.h"

#include <optional>
#include <string>
#include <vector>

namespace eventline {

struct RawDocument {
    std::string id;     ///< content id of the raw bytes (see content_id)
    std::string source; ///< path, "-", "path:line", or the URL
    std::string url;
    std::string title;  ///< from the format itself (HTML <title>/h1, JSON "title"); may be empty
    std::string body;   ///< text, one paragraph or block a line; valid UTF-8
    std::string publisher;
    std::vector<std::string> reporters;
    std::optional<Date> published;
    std::string date_source;
    std::vector<std::string> warnings;
    bool title_from_text = true; ///< false for HTML: a headline-like first line is not taken as the title
};

} // namespace eventline
