// Turns a RawDocument into a Document: boilerplate out (counted by reason), metadata kept apart
// (publisher, reporters, summary, title, date), NFC text.
#pragma once

#include "boilerplate_rules.h"
#include "date_finder.h"
#include "raw_document.h"

#include "eventline/document.h"
#include "eventline/ingest.h"

namespace eventline {

class Cleaner {
  public:
    Cleaner(const BoilerplateRules& rules, const DateFinder& dates) : rules_(rules), dates_(dates) {}
    /// Uses the shared data-file rules.
    Cleaner() : Cleaner(BoilerplateRules::shared(), DateFinder::shared()) {}

    /// ensures: linear in the body size; the result's text holds no line a rule removed.
    Document clean(RawDocument raw, const IngestOptions& options) const;

  private:
    void add_reporters(std::string_view names, Document& doc) const;
    void add_reporting_credit(std::string_view line, Document& doc) const;
    const BoilerplateRules& rules_;
    const DateFinder& dates_;
};

} // namespace eventline
