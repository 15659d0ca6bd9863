#pragma once
// The comparison table (data/model/compare_table.h) as a Report: one row per metric with its unit, a value
// column per chip and a ratio column per non-baseline chip, in the chosen language, with its sources and notes.

#include "compare_table.h"
#include "report.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// Every source id behind the table's cells, in order of first citation (rows top to bottom, chips left to right).
QStringList citedSourceIds(const CompareTable &table);

// `cited`: the sources the caller could resolve (any superset is fine); the report lists exactly those the table
// cites, in order of first citation, with a bare entry for an id missing from `cited` so nothing goes uncited.
// Labels and headers go through QCoreApplication::translate ("CompareTable", "Report"): install the translator
// for `language` before calling.
Report compareReport(const CompareTable &table, const QList<Source> &cited, Language language,
                     const QString &datasetVersion, const QDate &date);

// Machine column keys: "metric", "unit", then each chip id, then "<chip>_vs_<baseline>" for every other chip.
QString compareRatioColumn(const QString &chipId, const QString &baselineId);
