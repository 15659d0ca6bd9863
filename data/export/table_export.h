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

// The shortest text that reads back as the same number (989.4e12 → "9.894e+14"; 50000 → "50000").
QString numberText(const QVariant &value);

// RFC 4180 with CRLF line ends and the machine column names as header. `bom`: start with a UTF-8
// byte-order mark so spreadsheet programs detect UTF-8 (Chinese names) correctly.
QByteArray toCsv(const DataTable &table, bool bom);
// An array of row objects keyed by column name; numbers stay numbers, empty fields are null.
QByteArray toJson(const DataTable &table);

// Writes all of `bytes` to `path` or nothing (QSaveFile); on failure `error` says why.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);
}
