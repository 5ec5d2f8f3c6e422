// HTML articles via gumbo: title, article text, and metadata from <meta>, <link> and JSON-LD.
#pragma once

#include "raw_document.h"

#include <string_view>

namespace eventline {

/// Fills raw.title, raw.body (one block a line), raw.url, raw.publisher, raw.reporters and
/// raw.published/date_source ("html_meta"). Skips script, style, nav, aside, footer, figure captions,
/// forms. requires: valid UTF-8. ensures: never throws on broken markup.
void read_html(std::string_view html, RawDocument& raw);

} // namespace eventline
