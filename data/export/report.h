#pragma once
// A table ready to leave the program: title, the table itself (raw values, human headers with units), the
// sources it cites and notes on conventions. Every writer (CSV, JSON, XLSX, HTML, Markdown, PDF) takes one.

#include "data_table.h"
#include "number_format.h"
#include "source.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct ReportCellStyle {
    bool best = false;      // best of its row: bold
    bool projected = false; // a projection: italic, marked
    QString display;        // the value as shown to people in the chosen language ("989.5 TFLOP/s"); empty = from value
    QStringList sourceIds;  // sources behind the value
};

struct Report {
    QString title;          // in the chosen language
    QString subtitle;       // e.g. "Baseline: H100 SXM"
    QDate date;             // when it was made
    QString datasetVersion; // meta.dataset_version
    Language language = Language::English;
    DataTable table;        // columns: machine keys; headers: human, with units; rows: raw values (numbers stay double)
    QList<QStringList> units; // optional: per row, per column, the SI unit of the raw value (XLSX number formats)
    QList<QList<ReportCellStyle>> styles; // optional: per row, per column
    QList<Source> sources;  // every source the table cites
    QStringList notes;      // conventions: dense vs sparse, how projections were made, capacity units …
};

enum class ReportFormat { Csv, Json, Xlsx, Html, Markdown, Pdf, Table };
