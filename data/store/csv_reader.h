#pragma once
// RFC 4180 CSV reading with the encodings spreadsheets actually save (text_encoding.h). Every record keeps the
// line it starts on, so a problem can be reported as file:line:column. A whole small file can be parsed at once
// (Csv::parse); a user's file of any size is read record by record in bounded memory (CsvFileReader).

#include "text_encoding.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>
#include <optional>

struct CsvRecord {
    int line = 0; // 1-based physical line the record starts on
    QStringList fields;
};

struct CsvDocument {
    QStringList header;
    int headerLine = 1;
    QList<CsvRecord> records;
    QString encoding; // TextEncodings::name(): "UTF-8", "UTF-16LE", "UTF-16BE", "Big5", "GBK", "Latin-1"
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

// The RFC 4180 state machine, fed text in pieces of any size (a quote or CR LF may be split between two).
// Errors about one field do not stop it; a NUL character or a field longer than kMaxFieldLength does (the
// file is then not a CSV table, and reading on would only pile up text in memory).
class CsvParser {
public:
    static constexpr qsizetype kMaxFieldLength = 1 << 20;
    using Emit = std::function<void(CsvRecord &&)>;

    void feed(QStringView text, const Emit &out);
    void finish(const Emit &out);
    bool stopped() const { return m_stopped; }
    // Errors found since the last call.
    QList<CsvError> takeErrors() { return std::exchange(m_errors, {}); }

private:
    void endField();
    void endRecord(const Emit &out);
    void error(int line, int column, const QString &message) { m_errors.append({line, column, message}); }
    void stop(const QString &message);

    CsvRecord m_current{1, {}};
    QString m_field;
    QList<CsvError> m_errors;
    int m_line = 1;
    int m_quoteStartLine = 0;
    bool m_inQuotes = false;
    bool m_quotePending = false; // a quote ended the last piece inside a quoted field: "" or the end of it?
    bool m_crPending = false;    // a CR ended the last piece: its LF, if it comes, is the same line break
    bool m_fieldWasQuoted = false;
    bool m_recordHasContent = false;
    bool m_stopped = false;
};

// A CSV file read record by record: the encoding is detected first (one pass, text_encoding.h), then the
// file is decoded and parsed in chunks.
class CsvFileReader {
public:
    // `device` must be open and at the file's start; it is read to the end twice (detection, then records).
    explicit CsvFileReader(QIODevice &device, std::optional<TextEncoding> encoding = std::nullopt);

    // Empty if the file could be opened as text; else why not (about the whole file, at line 1).
    QString encodingError() const { return m_encodingError; }
    QString encodingName() const { return m_encoding ? TextEncodings::name(*m_encoding) : QString(); }
    // The first record is the header (names trimmed). Returns false at the end of the file.
    bool next(CsvRecord *record);
    // Errors found while reading the records handed out so far (and, at the end, those of the whole file).
    QList<CsvError> takeErrors();
    qint64 bytesRead() const { return m_device.pos(); }

private:
    bool fill();

    QIODevice &m_device;
    std::optional<TextEncoding> m_encoding;
    QString m_encodingError;
    QStringDecoder m_decoder;
    CsvParser m_parser;
    QList<CsvRecord> m_ready;
    qsizetype m_readyIndex = 0;
    bool m_headerSeen = false;
    bool m_emptyFile = false;
    bool m_done = false;
};

namespace Csv {
// Decodes and parses a whole file held in memory (the dataset's own files, tests).
CsvParseResult parse(const QByteArray &bytes, std::optional<TextEncoding> encoding = std::nullopt);
CsvParseResult parseText(const QString &text);
}
