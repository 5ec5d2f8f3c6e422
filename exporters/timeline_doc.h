// The plain timeline document (--format timeline), also embedded by the HTML page. Private to exporters/.
#pragma once

#include "export_view.h"

#include <nlohmann/json.hpp>

namespace eventline::exp {

using ojson = nlohmann::ordered_json;

/// docs/timeline.schema.json: events sorted by start, undated events apart, lanes and palette.
ojson timeline_document(const DatasetView& view);
/// Serializes with invalid UTF-8 replaced (strings are cleaned already; this is a second guard).
std::string dump(const ojson& j, int indent);

} // namespace eventline::exp
