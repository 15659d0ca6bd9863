#pragma once
// A Report as an Excel workbook (libxlsxwriter): the table on the first sheet with a frozen header row,
// numbers stored as numbers with display formats that carry their unit ("989.5 TFLOP/s" over 9.895e14),
// then a Sources sheet and a Notes sheet, sheet names and headers in the report's language.

#include "report.h"

#include <QString>
#include <optional>

namespace XlsxWriter {
// Writes the whole file or nothing: the workbook is built in a temporary directory and saved atomically.
bool write(const Report &report, const QString &path, QString *error);
// A number cell that reads exactly as `display`, the formatter's text for `raw` ("989.5 TFLOP/s", "80 GB",
// "3,000 億美元", "USD 0.0098", "0.998×"): the prefix it chose and the digits it kept become an Excel number
// format. Where Excel can divide by the prefix itself (powers of 1,000: a trailing comma each) the cell keeps
// the raw SI value; binary GB, 萬 / 億 and sub-unit prefixes are stored in the unit shown. Empty format =
// General; nullopt for a value Excel cannot store (infinite).
struct CellNumber {
    double value;
    QString format;
};
std::optional<CellNumber> cellNumber(double raw, const QString &display);
// A valid, unique-able sheet name: no []:*?/\ , no leading/trailing apostrophe, at most 31 characters.
QString sheetName(const QString &wanted, const QString &fallback);
}
