#pragma once
// Writes a DataTable in the machine formats (CSV, JSON) and saves files atomically.

#include "data_table.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

enum class ExportFormat { Csv, Json };

namespace TableExport {
QStringList formatKeys(); // "csv", "json"
std::optional<ExportFormat> formatFromKey(QStringView key);

// Text that reads back as exactly the same number: whole numbers below 1e15 as integers (3.35e12 →
// "3350000000000"), others in the shortest round-trip form (1.9789e15 → "1.9789e+15").
QString numberText(const QVariant &value);

// RFC 4180 with CRLF line ends and the machine column names as header. `bom`: start with a UTF-8
// byte-order mark so spreadsheet programs detect UTF-8 (Chinese names) correctly.
QByteArray toCsv(const DataTable &table, bool bom);
// An array of row objects keyed by column name; numbers stay numbers, empty fields are null.
QByteArray toJson(const DataTable &table);

// Writes all of `bytes` to `path` or nothing (QSaveFile); on failure `error` says why.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);
}
