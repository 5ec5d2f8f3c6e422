// Reading back an eventline/1 JSON graph (what write_export(Format::Json) writes).
#pragma once

#include "eventline/model.h"

#include <istream>
#include <string>

namespace eventline {

/// Parses an eventline/1 document. `path` only names the input in errors.
/// throws InputError ("[ingest] path:line: reason") for invalid JSON, another schema, or a field of
/// the wrong type (the reason names the field, e.g. "events[3].time.start: expected a string").
Dataset read_dataset_json(std::istream& in, const std::string& path);

/// Opens and parses `path`; throws InputError when it cannot be read.
Dataset read_dataset_json_file(const std::string& path);

} // namespace eventline
