// Internal: parts of the stored JSON the knowledge base reads on their own.
#pragma once

#include "eventline/document.h"

#include <string_view>

namespace eventline::kb {

/// Parses the "document" object of a stored extraction; throws KbError when malformed.
Document document_from_json(std::string_view json);

} // namespace eventline::kb
