#pragma once
// A Report as CSV for spreadsheets: one header row in the chosen language (with units), then the rows;
// numbers stay raw (machine-readable), text cells read as people read them (translated labels).

#include "report.h"

#include <QByteArray>

namespace CsvReportWriter {
// RFC 4180 with CRLF. `bom`: start with a UTF-8 byte-order mark, as files for spreadsheet programs need.
QByteArray render(const Report &report, bool bom);
}
