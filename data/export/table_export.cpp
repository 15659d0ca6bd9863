#include "table_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
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
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    default:
        return value.toString();
    }
}

QByteArray toCsv(const DataTable &table, bool bom)
{
    QString text;
    QStringList header;
    for (const QString &c : table.columns)
        header << quoteField(c);
    text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        for (const QVariant &v : row)
            fields << quoteField(v.isValid() ? numberText(v) : QString());
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QByteArray bytes = bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

QByteArray toJson(const DataTable &table)
{
    QJsonArray rows;
    for (const QVariantList &row : table.rows) {
        QJsonObject object;
        for (int c = 0; c < table.columns.size() && c < row.size(); ++c)
            object.insert(table.columns.at(c), row.at(c).isValid() ? QJsonValue::fromVariant(row.at(c)) : QJsonValue());
        rows.append(object);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace TableExport
