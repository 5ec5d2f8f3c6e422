// HTML articles via gumbo: title, article text, and metadata from <meta>, <link> and JSON-LD.
#pragma once

#include "raw_document.h"

#include <cstddef>
#include <string_view>

namespace eventline {

/// Fills raw.title, raw.body (one block a line), raw.url, raw.publisher, raw.reporters and
/// raw.published/date_source ("html_meta"). Skips script, style, nav, aside, footer, figure captions,
/// forms. requires: valid UTF-8. ensures: never throws on broken markup.
void read_html(std::string_view html, RawDocument& raw);

/// A quick upper bound on the element nesting depth (start tags minus end tags, void and auto-closing
/// elements ignored). gumbo slows down quadratically on absurd nesting, so such pages are not parsed.
std::size_t estimate_html_depth(std::string_view html);
constexpr std::size_t kMaxHtmlDepth = 5000;

} // namespace eventline
