#include "table_export.h"

#include "number_format.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace TableExport {

namespace {
// RFC 4180: quote a field only when it holds a comma, a quote or a line break; double inner quotes.
QString quoteField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
}

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
} // namespace

RowWriter::RowWriter(QIODevice &out, ExportFormat format, const QStringList &columns, bool bom)
    : m_out(out)
    , m_format(format)
    , m_columns(columns)
{
    if (format == ExportFormat::Csv) {
        QStringList header;
        for (const QString &c : columns)
            header << quoteField(c);
        put((bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + header.join(QLatin1Char(',')).toUtf8() + "\r\n");
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
        QStringList fields;
        for (const QVariant &v : row) {
            const QString text = v.isValid() && !v.isNull() ? numberText(v) : QString();
            fields << quoteField(v.typeId() != QMetaType::Double && looksLikeFormula(text) ? QLatin1Char('\'') + text : text);
        }
        ++m_rows;
        put(fields.join(QLatin1Char(',')).toUtf8() + "\r\n");
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

bool RowWriter::finish()
{
    if (m_format == ExportFormat::Json)
        put("\n]\n");
    m_ok = m_ok && writeAll(m_out, m_pending);
    m_pending.clear();
    return m_ok;
}

QByteArray toCsv(const DataTable &table, bool bom)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RowWriter writer(buffer, ExportFormat::Csv, table.columns, bom);
    for (const QVariantList &row : table.rows)
        writer.writeRow(row);
    writer.finish();
    return buffer.data();
}

QByteArray toJson(const DataTable &table)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RowWriter writer(buffer, ExportFormat::Json, table.columns, false);
    for (const QVariantList &row : table.rows)
        writer.writeRow(row);
    writer.finish();
    return buffer.data();
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
