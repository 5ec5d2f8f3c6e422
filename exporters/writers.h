// One writer per format; private to exporters/.
#pragma once

#include "eventline/model.h"

#include <ostream>

namespace eventline {

void write_json(const Dataset& dataset, std::ostream& out);
void write_dot(const Dataset& dataset, std::ostream& out);

} // namespace eventline
