#include "table_export.h"

#include "number_format.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringEncoder>
#include <cmath>

namespace TableExport {


QStringList formatKeys()
{
    return {QStringLiteral("csv"), QStringLiteral("json")};
}

std::optional<ExportFormat> formatFromKey(QStringView key)
{
    if (key == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (key == QLatin1String("json"))
        return ExportFormat::Json;
    return std::nullopt;
}

QString numberText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: return NumberFormat::exact(value.toDouble());
    default:
        return value.toString();
    }
}

namespace {
// Spreadsheet programs run a cell that starts with one of these as a formula, even in a CSV file.
bool looksLikeFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    const QChar c = field.front();
    if (c != QLatin1Char('=') && c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('@') && c != QLatin1Char('\t')
        && c != QLatin1Char('\r'))
        return false;
    bool number = false;
    field.toDouble(&number); // -5 and +3.2e12 are numbers, and stay as they are
    return !number;
}

// Appends `text` as one CSV field, in UTF-8. RFC 4180: quoted only when it holds a comma, a quote or a line break,
// inner quotes doubled. `neutralise`: text a spreadsheet would run as a formula gets the leading apostrophe.
void appendField(QByteArray &out, const QString &text, bool neutralise)
{
    bool quote = false;
    for (const QChar c : text)
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    if (quote)
        out += '"';
    if (neutralise && looksLikeFormula(text))
        out += '\'';
    // A copy, not a reference: replace() returns a reference into the temporary, which would die with this line.
    const QString body = quote && text.contains(u'"') ? QString(text).replace(u'"', QStringLiteral("\"\"")) : text;
    const qsizetype at = out.size();
    out.resize(at + body.size() * 3); // UTF-8 takes at most 3 bytes per UTF-16 unit
    QStringEncoder utf8(QStringEncoder::Utf8);
    out.resize(utf8.appendToBuffer(out.data() + at, body) - out.constData());
    if (quote)
        out += '"';
}
} // namespace

RowWriter::RowWriter(QIODevice &out, ExportFormat format, const QStringList &columns, bool bom)
    : m_out(out)
    , m_format(format)
    , m_columns(columns)
{
    if (format == ExportFormat::Csv) {
        QByteArray header = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
        for (int c = 0; c < columns.size(); ++c) {
            if (c > 0)
                header += ',';
            appendField(header, columns.at(c), false);
        }
        put(header + "\r\n");
    } else {
        put("[");
    }
}

bool writeAll(QIODevice &device, QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qint64 n = device.write(bytes.data(), bytes.size());
        if (n <= 0)
            return false;
        bytes = bytes.sliced(n);
    }
    return true;
}

void RowWriter::put(const QByteArray &bytes)
{
    m_pending += bytes;
    if (m_pending.size() >= (1 << 16)) {
        m_ok = m_ok && writeAll(m_out, m_pending);
        m_pending.clear();
    }
}

bool RowWriter::writeRow(const QVariantList &row)
{
    if (m_format == ExportFormat::Csv) {
        for (int c = 0; c < row.size(); ++c) {
            if (c > 0)
                m_pending += ',';
            const QVariant &v = row.at(c);
            if (v.isValid() && !v.isNull())
                appendField(m_pending, numberText(v), v.typeId() == QMetaType::QString);
        }
        ++m_rows;
        put("\r\n");
        return m_ok;
    }
    QJsonObject object;
    for (int c = 0; c < m_columns.size() && c < row.size(); ++c)
        object.insert(m_columns.at(c), row.at(c).isValid() && !row.at(c).isNull() ? QJsonValue::fromVariant(row.at(c)) : QJsonValue());
    // The layout QJsonDocument gives a whole array: each object indented by four spaces, ",\n" between them.
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Indented);
    text.chop(1);
    text.replace("\n", "\n    ");
    put((m_rows++ == 0 ? QByteArray("\n    ") : QByteArray(",\n    ")) + text);
    return m_ok;
}

bool RowWriter::writeRow(const QList<RawCell> &row)
{
    if (m_format != ExportFormat::Csv) {
        QVariantList values;
        for (const RawCell &cell : row)
            values << cell.toVariant();
        return writeRow(values);
    }
    for (int c = 0; c < row.size(); ++c) {
        if (c > 0)
            m_pending += ',';
        const RawCell &cell = row.at(c);
        switch (cell.kind) {
        case RawCell::Kind::Null: break;
        case RawCell::Kind::Integer: m_pending += QByteArray::number(cell.integer); break;
        case RawCell::Kind::Real: m_pending += NumberFormat::exact(cell.real).toLatin1(); break;
        case RawCell::Kind::Text: {
            // Commas, quotes and line breaks are ASCII, so they are found in the UTF-8 bytes as they are; only text
            // that may need the apostrophe (rare) goes through QString.
            const QByteArrayView text = cell.utf8;
            const char first = text.isEmpty() ? 0 : text.front();
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                appendField(m_pending, QString::fromUtf8(text), true);
                break;
            }
            bool quote = false;
            for (const char ch : text)
                if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                    quote = true;
                    break;
                }
            if (!quote) {
                m_pending += text;
            } else {
                m_pending += '"';
                for (const char ch : text) {
                    if (ch == '"')
                        m_pending += '"';
                    m_pending += ch;
                }
                m_pending += '"';
            }
        }
        }
    }
    ++m_rows;
    put("\r\n");
    return m_ok;
}

bool RowWriter::finish()
{
    if (m_format == ExportFormat::Json)
        put("\n]\n");
    m_ok = m_ok && writeAll(m_out, m_pending);
    m_pending.clear();
    return m_ok;
}

namespace {
// A whole table through the same RowWriter a streamed export uses.
QByteArray rendered(const DataTable &table, ExportFormat format, bool bom)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RowWriter writer(buffer, format, table.columns, bom);
    for (const QVariantList &row : table.rows)
        writer.writeRow(row);
    writer.finish();
    return buffer.data();
}
} // namespace

QByteArray toCsv(const DataTable &table, bool bom)
{
    return rendered(table, ExportFormat::Csv, bom);
}

QByteArray toJson(const DataTable &table)
{
    return rendered(table, ExportFormat::Json, false);
}

QString outputPathProblem(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return QStringLiteral("cannot write %1: it is %2, not a regular file; it was left as it is. Give a file name.")
            .arg(path, info.isDir() ? QStringLiteral("a folder") : QStringLiteral("a device, pipe or socket"));
    return {};
}

bool OutputFile::open(QString *error)
{
    if (const QString problem = outputPathProblem(m_file.fileName()); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool OutputFile::commit(QString *error)
{
    if (m_file.error() != QFileDevice::NoError) {
        *error = QStringLiteral("cannot write %1: %2; nothing was written").arg(m_file.fileName(), m_file.errorString());
        m_file.cancelWriting();
        m_file.commit(); // removes the temporary file
        return false;
    }
    if (!m_file.commit()) {
        *error = QStringLiteral("cannot write %1: %2; nothing was written").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    OutputFile file(path);
    if (!file.open(error))
        return false;
    writeAll(file.device(), bytes);
    return file.commit(error);
}

} // namespace TableExport
