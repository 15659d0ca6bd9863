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
    bool rawInCsv = false;  // CSV keeps the raw text, not the display (a unit: the raw numbers are in "B", not "GB")
    QStringList sourceIds;  // sources behind the value
};

// A horizontal bar chart of one table row, one bar per value column in the table's order: the XLSX writer makes a
// native Excel chart of it fed by the table's own cells; the HTML and PDF writers draw it.
struct ReportChart {
    int row = -1;             // the table row it draws
    QString title;            // "Memory bandwidth (TB/s)" in the report's language
    QList<int> columns;       // the value columns, one bar each, contiguous and in the table's order
    int baselineColumn = -1;  // the baseline's bar (marked); -1 = none
    QList<int> ratioColumns;  // per bar, the column holding its ratio to the baseline; -1 = none (the baseline)
    bool logScale = false;    // the row's known positive values span more than a decade (max ÷ min > 10)
    QString sourceLine;       // "Sources: NVIDIA, 2024-03-18; …" in the report's language
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
    // The assumptions behind the figures, each with its value and where it comes from ("PUE 1.2: a modern AI data
    // hall"): an Assumptions sheet (XLSX) or section (the other formats); empty for a report that has none.
    QStringList assumptions;
    QList<ReportChart> charts; // optional: rows drawn as bar charts (XLSX Charts sheet, HTML, PDF)
    QString sheetName;      // short name of the table's sheet (XLSX), in the chosen language; empty = table.name

    // The marker a projected value carries in every human format; the notes explain it.
    static QString projectedMarker() { return QStringLiteral("†"); }

    ReportCellStyle style(int row, int column) const;
    QString unit(int row, int column) const;
    bool isNumber(int row, int column) const; // the raw value is a number (stored as one in XLSX)
    // The value as people read it: the style's display text, else the raw value as text; empty if unknown.
    QString cellText(int row, int column) const;
    // The value is not known (an invalid or null raw value), as opposed to known and empty (a text row's unit).
    // Human formats show "—" for it.
    bool isUnknown(int row, int column) const;
    // 1-based position of a source in `sources`, 0 if it is not listed (the citation mark "[3]").
    int sourceNumber(const QString &sourceId) const;
    // The citation numbers of a cell, ascending and without repeats.
    QList<int> citations(int row, int column) const;
    bool anyBest() const;      // some cell is marked best (writers show the legend only then)
    // The same report with only the columns named in `keys`, in that order (a narrower table for a terminal).
    Report withColumns(const QStringList &keys) const;
    bool anyProjected() const; // some cell is a projection
};

// The sources with `ids`, in that order, taken from `known`; an id missing there gets a bare entry (title = id),
// so a report never cites a source it does not list.
QList<Source> citedSources(const QStringList &ids, const QList<Source> &known);

enum class ReportFormat { Csv, Json, Xlsx, Html, Markdown, Pdf, Table };
