#pragma once
// A whole dataset table (DESIGN §2.1, as `compute-atlas export TABLE` reads it) as a Report: the title and
// column headers in the chosen language with units, raw values kept, and the sources its source_id column cites.

#include "data_table.h"
#include "report.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The ids in the table's source_id column, in order of first appearance; empty if it has none.
QStringList citedSourceIds(const DataTable &table);

// `cited`: the sources the caller could resolve; the report lists those the table cites (bare entries for
// unresolved ids). Titles and headers go through QCoreApplication::translate ("Report"): install the
// translator for `language` first.
Report tableReport(const DataTable &table, const QList<Source> &cited, Language language,
                   const QString &datasetVersion, const QDate &date);

// The human header of a dataset column in the chosen language, with its unit: "amount_usd" → "Amount (USD)".
// Unknown columns keep their machine name.
QString datasetColumnHeader(const QString &column);
// The name people read for a coded value of a dataset column, in the chosen language: ("flow", "kind",
// "compute_contract") → "Compute contract"; empty if the column holds no codes. CSV and JSON keep the code.
QString datasetCodeLabel(const QString &table, const QString &column, const QString &code);
// The human title of a dataset table: "spec_claim" → "Spec claims".
QString datasetTableTitle(const QString &table);
