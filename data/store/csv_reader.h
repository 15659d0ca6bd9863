#pragma once
// RFC 4180 CSV reading with the encodings spreadsheets actually save: UTF-8 (with or without BOM), UTF-16
// (with BOM) and Big5 (Excel on Traditional-Chinese Windows). Every record keeps the line it starts on,
// so a problem can be reported as file:line:column.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct CsvRecord {
    int line = 0; // 1-based physical line the record starts on
    QStringList fields;
};

struct CsvDocument {
    QStringList header;
    int headerLine = 1;
    QList<CsvRecord> records;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "Big5"
};

struct CsvError {
    int line = 0;
    int column = 0;
    QString message;
};

struct CsvParseResult {
    CsvDocument document;
    QList<CsvError> errors; // empty = parsed
};

namespace Csv {
// Decodes bytes to text, detecting the encoding; sets `encoding`, or returns an error message.
bool decode(const QByteArray &bytes, QString *text, QString *encoding, QString *error);
CsvParseResult parse(const QByteArray &bytes);
CsvParseResult parseText(const QString &text);
}
