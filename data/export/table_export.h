#pragma once
// Writes a DataTable in the machine formats (CSV, JSON), row by row where the rows are many, and saves files
// atomically.

#include "data_table.h"

#include <QByteArray>
#include <QIODevice>
#include <QSaveFile>
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

// Writes one table to a device a row at a time, so a million rows need no more memory than one.
// CSV: RFC 4180 with CRLF line ends, the machine column names as header, and text a spreadsheet would run as a
// formula (starting with = + - @, a tab or a CR, and not a number) behind the usual apostrophe: '=HYPERLINK(…).
// JSON: an array of row objects keyed by column name; numbers stay numbers, empty fields are null.
class RowWriter {
public:
    // `bom` (CSV): start with a UTF-8 byte-order mark so spreadsheet programs detect UTF-8 (Chinese names).
    RowWriter(QIODevice &out, ExportFormat format, const QStringList &columns, bool bom);
    bool writeRow(const QVariantList &row);
    // A row as the database holds it: CSV text goes out as the same UTF-8 bytes, with no copy through QString.
    bool writeRow(const QList<RawCell> &row);
    // Writes what is still held back (rows are passed on in blocks of 64 KiB). False if any write failed.
    bool finish();
    qint64 rows() const { return m_rows; }

private:
    void put(const QByteArray &bytes);

    QIODevice &m_out;
    ExportFormat m_format;
    QStringList m_columns;
    QByteArray m_pending;
    qint64 m_rows = 0;
    bool m_ok = true;
};

// Writes all of `bytes`, again after a short write (a disk that fills up takes part of a block; the next write
// then fails with the system's reason, which the device's errorString() keeps).
bool writeAll(QIODevice &device, QByteArrayView bytes);

QByteArray toCsv(const DataTable &table, bool bom);
QByteArray toJson(const DataTable &table);

// Empty if `path` may be written: it does not exist or is a regular file. A device (/dev/null), a pipe or a
// folder is never replaced: as root, writing a file in its place would remove the device.
QString outputPathProblem(const QString &path);
// A file written whole or not at all (QSaveFile), that refuses to replace what is not a regular file and says
// why writing failed in the system's words ("No space left on device", "File too large").
class OutputFile {
public:
    explicit OutputFile(const QString &path) : m_file(path) {}
    bool open(QString *error);
    // Unbuffered: a writer that holds rows back in blocks of its own (RowWriter) writes each block at once.
    QIODevice &device() { return m_file; }
    // Renames the file into place if every write succeeded; else removes it and says why.
    bool commit(QString *error);

private:
    QSaveFile m_file;
};

// Writes all of `bytes` to `path` or nothing (OutputFile); on failure `error` says why.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);
}
