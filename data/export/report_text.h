#pragma once
// The words every report writer shares (section names, legends, source descriptions), translated in the
// "Report" context so a writer in any format reads the same in the chosen language.

#include "report.h"

#include <QString>

namespace ReportText {
QString sources();        // "Sources"
QString notes();          // "Notes"
QString assumptions();    // "Assumptions"
QString date();           // "Date"
QString datasetVersion(); // "Dataset version"
// "Date: 2026-01-15 · Dataset version: 2026.01" (the date in ISO form, which reads the same in every language).
QString dateAndVersion(const Report &report);
QString bestLegend();      // "Bold: the best value of its row."
QString bestMarkLegend(const QString &mark); // "* the best value of its row." (plain text has no bold)
QString projectedLegend(); // "† projected value (see Notes)."
// The legends a styled table needs (bold best, projected marker), as one line; empty if neither applies.
QString legends(const Report &report);
QString unknown();         // what an unknown value shows: "—"
// A source kind ("official", "press" …) in the chosen language.
QString sourceKind(const QString &kind);
// "publisher, 2025-03-18, official": what follows a source's title in a sources list.
QString sourceDetails(const Source &source);
// The headers of a sources table (XLSX): number, title, publisher, date, kind, URL, id.
QStringList sourceHeaders();
QString charts();            // "Charts": the XLSX sheet holding the charts
QString measuredSeries();    // the series of vendor and reported figures in a chart: "Specified"
QString projectedSeries();   // the series of projections: "Projected †"
QString baselineLabel(const QString &name); // a baseline's bar: "H100 SXM (baseline)"
// "Sources: NVIDIA, 2024-03-18; Google, 2025-04-09": the line under a chart, at most `most` sources then "and 3 more".
QString chartSourceLine(const QList<Source> &sources, int most = 3);
}
