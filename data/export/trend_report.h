#pragma once
// The Roadmap view's trends and memory wall as tables: the machine form (`compute-atlas trend --format csv`,
// raw SI values, snake_case columns) and the Report every writer takes (headers and values in the chosen language,
// the sources behind each point, the fits in words among the notes).

#include "data_table.h"
#include "memory_wall.h"
#include "report.h"
#include "trend_analysis.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// Vendor ids → the names a table shows ("nvidia" → "NVIDIA" or "輝達"); an id missing here shows as itself.
using VendorNames = QHash<QString, QString>;

// One row per fit (kind "fit": vendor id or "all", n, slope, growth, doubling time and its 90 % interval, halving
// time, r², note), then one per point (kind "point": vendor, chip, date as written, decimal year, value in SI,
// projected, in_fit). Columns: kind, vendor, chip_id, date, x, value, projected, in_fit, n, slope_log10_per_year,
// growth_per_year, doubling_years, doubling_years_low, doubling_years_high, halving_years, r2, note.
DataTable trendTable(const TrendAnalysis &analysis);

// `known`: sources to resolve ids with. Words go through QCoreApplication::translate: install the translator for
// `language` first.
Report trendReport(const TrendAnalysis &analysis, const VendorNames &vendors, const QList<Source> &known, Language language,
                   const QString &datasetVersion, const QDate &date);

// One row per flagship: vendor, chip, date, decimal year, compute, bandwidth and capacity with their indexes, ridge
// point, projected.
Report memoryWallReport(const MemoryWall &wall, const VendorNames &vendors, const QList<Source> &known, Language language,
                        const QString &datasetVersion, const QDate &date);
