#pragma once
// The roadmap timeline as a table: chips (announced, available, status) and events (date, end, kind, title in the
// chosen language) in one date order. The machine form feeds `compute-atlas roadmap --format csv`; the Report,
// with headers and dates in the chosen language, feeds the view's export.

#include "data_table.h"
#include "report.h"
#include "roadmap_timeline.h"
#include "trend_report.h"

#include <QDate>
#include <QList>

// Columns: kind (chip, event), id, vendor, name (a chip's name or an event's title in `language`), family, announced,
// available, status, projected, date, end_date, event_kind, location, source_id. A chip sorts by its announcement,
// an event by its date; dates are as written in the data.
DataTable roadmapTable(const RoadmapTimeline &timeline, Language language);

Report roadmapReport(const RoadmapTimeline &timeline, const VendorNames &vendors, const QList<Source> &known, Language language,
                     const QString &datasetVersion, const QDate &date);
