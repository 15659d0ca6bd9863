#pragma once
// A Report as an Excel workbook (libxlsxwriter): the table on the first sheet with a frozen header row,
// numbers stored as numbers with display formats that carry their unit ("989.5 TFLOP/s" over 9.895e14),
// then a Sources sheet and a Notes sheet, sheet names and headers in the report's language.

#include "report.h"

#include <QString>

namespace XlsxWriter {
// Writes the whole file or nothing: the workbook is built in a temporary directory and saved atomically.
bool write(const Report &report, const QString &path, QString *error);
// The Excel number format a raw value of `unit` is shown with; the cell keeps the raw value. Throughput and
// bandwidth get the SI prefix that shows the row's smallest value (`rowMagnitude`) as 1 or more, e.g.
// ("FLOP/s", 989.5e12, 989.5e12) → `#,##0.0##,,,," TFLOP/s"` (each trailing comma divides by 1000).
// Empty for plain numbers.
QString numberFormat(const QString &unit, double rowMagnitude, double value);
// A valid, unique-able sheet name: no []:*?/\ , no leading/trailing apostrophe, at most 31 characters.
QString sheetName(const QString &wanted, const QString &fallback);
}
