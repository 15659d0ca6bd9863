#include "csv_reader.h"

#include <QBuffer>

namespace {
constexpr qint64 kChunkBytes = 1 << 16;
const QString kEmptyFile = QStringLiteral("the file is empty; it needs a header row");
} // namespace

void CsvParser::endField()
{
    m_current.fields << m_field;
    m_field.clear();
    m_fieldWasQuoted = false;
}

void CsvParser::endRecord(const Emit &out)
{
    endField();
    // A line with nothing on it (e.g. the file's last newline) is not a record.
    if (m_recordHasContent || m_current.fields.size() > 1)
        out(std::move(m_current));
    m_current = CsvRecord{m_line, {}};
    m_recordHasContent = false;
}

void CsvParser::stop(const QString &message)
{
    error(m_line, int(m_current.fields.size()) + 1, message);
    m_stopped = true;
}

void CsvParser::feed(QStringView text, const Emit &out)
{
    const QChar *p = text.data();
    const QChar *const end = p + text.size();
    while (p < end && !m_stopped) {
        if (m_crPending) {
            m_crPending = false;
            if (*p == QLatin1Char('\n')) {
                ++p;
                continue;
            }
        }
        if (m_quotePending) {
            m_quotePending = false;
            if (*p == QLatin1Char('"')) { // "" inside quotes: one quote
                m_field += QLatin1Char('"');
                ++p;
                continue;
            }
            m_inQuotes = false; // it closed the field; *p is read below as text after it
        }
        if (m_inQuotes) {
            const QChar *q = p;
            while (q < end && *q != QLatin1Char('"') && !q->isNull()) {
                if (*q == QLatin1Char('\n'))
                    ++m_line;
                ++q;
            }
            m_field.append(p, q - p);
            p = q;
            if (m_field.size() > kMaxFieldLength)
                return stop(QStringLiteral("a field longer than %1 characters; this is not a CSV table").arg(kMaxFieldLength));
            if (p == end)
                break;
            if (p->isNull())
                return stop(QStringLiteral("a NUL character; this is not a text file"));
            if (p + 1 == end) {
                m_quotePending = true;
                ++p;
                break;
            }
            if (p[1] == QLatin1Char('"')) {
                m_field += QLatin1Char('"');
                p += 2;
            } else {
                m_inQuotes = false;
                ++p;
            }
            continue;
        }
        const QChar c = *p;
        if (c == QLatin1Char(',')) {
            endField();
            m_recordHasContent = true;
            ++p;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r')) {
                if (p + 1 == end)
                    m_crPending = true;
                else if (p[1] == QLatin1Char('\n'))
                    ++p;
            }
            ++p;
            ++m_line;
            endRecord(out);
        } else if (c == QLatin1Char('"')) {
            if (!m_field.isEmpty() || m_fieldWasQuoted) {
                error(m_line, int(m_current.fields.size()) + 1,
                      QStringLiteral("a quote inside an unquoted field; quote the whole field and double the quotes inside it"));
                m_field += c;
            } else {
                m_inQuotes = true;
                m_fieldWasQuoted = true;
                m_recordHasContent = true;
                m_quoteStartLine = m_line;
            }
            ++p;
        } else if (c.isNull()) {
            return stop(QStringLiteral("a NUL character; this is not a text file"));
        } else {
            // A run of plain text, appended at once.
            const QChar *q = p + 1;
            while (q < end && *q != QLatin1Char(',') && *q != QLatin1Char('\r') && *q != QLatin1Char('\n')
                   && *q != QLatin1Char('"') && !q->isNull())
                ++q;
            if (m_fieldWasQuoted)
                error(m_line, int(m_current.fields.size()) + 1, QStringLiteral("text after a closing quote; quote the whole field"));
            m_field.append(p, q - p);
            m_recordHasContent = true;
            p = q;
            if (m_field.size() > kMaxFieldLength)
                return stop(QStringLiteral("a field longer than %1 characters; this is not a CSV table").arg(kMaxFieldLength));
        }
    }
}

void CsvParser::finish(const Emit &out)
{
    if (m_stopped)
        return;
    if (m_quotePending) {
        m_quotePending = false;
        m_inQuotes = false;
    }
    if (m_inQuotes)
        error(m_quoteStartLine, int(m_current.fields.size()) + 1, QStringLiteral("a quoted field is never closed (missing \")"));
    if (m_recordHasContent || !m_field.isEmpty() || !m_current.fields.isEmpty())
        endRecord(out);
}

CsvFileReader::CsvFileReader(QIODevice &device, std::optional<TextEncoding> encoding)
    : m_device(device)
{
    const qint64 start = device.pos();
    const TextEncodings::Detection detection = TextEncodings::detect(device, encoding);
    if (!detection.encoding) {
        m_encodingError = detection.error;
        m_done = true;
        return;
    }
    m_encoding = detection.encoding;
    m_decoder = TextEncodings::decoder(*m_encoding);
    device.seek(start + detection.bomSize);
}

bool CsvFileReader::fill()
{
    m_ready.clear();
    m_readyIndex = 0;
    const CsvParser::Emit keep = [this](CsvRecord &&r) { m_ready.append(std::move(r)); };
    while (m_ready.isEmpty() && !m_done) {
        const QByteArray bytes = m_device.read(kChunkBytes);
        if (bytes.isEmpty()) {
            m_parser.finish(keep);
            m_done = true;
        } else {
            m_parser.feed(QString(m_decoder(bytes)), keep);
            if (m_parser.stopped())
                m_done = true;
        }
    }
    return !m_ready.isEmpty();
}

bool CsvFileReader::next(CsvRecord *record)
{
    if (m_readyIndex >= m_ready.size() && !fill()) {
        if (!m_headerSeen && m_encodingError.isEmpty() && !m_parser.stopped()) {
            m_headerSeen = true; // said once
            m_emptyFile = true;
        }
        return false;
    }
    *record = std::move(m_ready[m_readyIndex++]);
    if (!m_headerSeen) {
        m_headerSeen = true;
        for (QString &h : record->fields)
            h = h.trimmed();
    }
    return true;
}

QList<CsvError> CsvFileReader::takeErrors()
{
    QList<CsvError> errors = m_parser.takeErrors();
    if (std::exchange(m_emptyFile, false))
        errors.append({1, 1, kEmptyFile});
    return errors;
}

namespace Csv {

CsvParseResult parse(const QByteArray &bytes, std::optional<TextEncoding> encoding)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvFileReader reader(buffer, encoding);
    CsvParseResult result;
    if (!reader.encodingError().isEmpty()) {
        result.errors.append({1, 1, reader.encodingError()});
        return result;
    }
    result.document.encoding = reader.encodingName();
    CsvRecord record;
    bool header = true;
    while (reader.next(&record)) {
        if (std::exchange(header, false)) {
            result.document.header = record.fields;
            result.document.headerLine = record.line;
        } else {
            result.document.records.append(std::move(record));
        }
    }
    result.errors = reader.takeErrors();
    return result;
}

CsvParseResult parseText(const QString &text)
{
    CsvParseResult result;
    CsvParser parser;
    QList<CsvRecord> rows;
    const CsvParser::Emit keep = [&rows](CsvRecord &&r) { rows.append(std::move(r)); };
    parser.feed(text, keep);
    parser.finish(keep);
    result.errors = parser.takeErrors();
    if (rows.isEmpty()) {
        result.errors.append({1, 1, kEmptyFile});
        return result;
    }
    result.document.header = rows.takeFirst().fields;
    for (QString &h : result.document.header)
        h = h.trimmed();
    result.document.headerLine = 1;
    result.document.records = rows;
    return result;
}

} // namespace Csv
