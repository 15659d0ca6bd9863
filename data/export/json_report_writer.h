#pragma once
// A Report as JSON for programs: raw values keyed by machine column names, with their units, the sources
// cited and the notes.

#include "report.h"

#include <QByteArray>

namespace JsonReportWriter {
// {"title", "subtitle", "date", "dataset_version", "language", "columns": [{"key", "header"}],
//  "rows": [{<column>: raw value …, "units": {<column>: unit}, "projected": [<column>], "best": [<column>],
//            "source_ids": {<column>: [id]}}], "sources": [{"id", "title", …}], "notes": […]}.
// The annotation keys of a row appear only when they have content.
QByteArray render(const Report &report);
}
