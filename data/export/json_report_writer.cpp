#include "json_report_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace JsonReportWriter {

namespace {
QJsonValue rawValue(const QVariant &v)
{
    return v.isValid() && !v.isNull() ? QJsonValue::fromVariant(v) : QJsonValue();
}

QJsonObject sourceObject(const Source &s)
{
    return {{QStringLiteral("id"), s.id},           {QStringLiteral("title"), s.title},
            {QStringLiteral("publisher"), s.publisher}, {QStringLiteral("url"), s.url},
            {QStringLiteral("published_on"), s.publishedOn}, {QStringLiteral("kind"), s.kind}};
}
}

QByteArray render(const Report &report)
{
    const DataTable &t = report.table;
    QJsonArray columns;
    for (int c = 0; c < t.columns.size(); ++c)
        columns.append(QJsonObject{{QStringLiteral("key"), t.columns.at(c)}, {QStringLiteral("header"), t.header(c)}});

    QJsonArray rows;
    for (int r = 0; r < t.rows.size(); ++r) {
        QJsonObject row;
        QJsonObject units;
        QJsonArray projected;
        QJsonArray best;
        QJsonObject sourceIds;
        for (int c = 0; c < t.columns.size(); ++c) {
            const QString &key = t.columns.at(c);
            row.insert(key, rawValue(t.rows.at(r).value(c)));
            if (const QString unit = report.unit(r, c); !unit.isEmpty())
                units.insert(key, unit);
            const ReportCellStyle s = report.style(r, c);
            if (s.projected)
                projected.append(key);
            if (s.best)
                best.append(key);
            if (!s.sourceIds.isEmpty())
                sourceIds.insert(key, QJsonArray::fromStringList(s.sourceIds));
        }
        if (!units.isEmpty())
            row.insert(QStringLiteral("units"), units);
        if (!projected.isEmpty())
            row.insert(QStringLiteral("projected"), projected);
        if (!best.isEmpty())
            row.insert(QStringLiteral("best"), best);
        if (!sourceIds.isEmpty())
            row.insert(QStringLiteral("source_ids"), sourceIds);
        rows.append(row);
    }

    QJsonArray sources;
    for (const Source &s : report.sources)
        sources.append(sourceObject(s));

    const QJsonObject root{
        {QStringLiteral("title"), report.title},
        {QStringLiteral("subtitle"), report.subtitle},
        {QStringLiteral("date"), report.date.isValid() ? QJsonValue(report.date.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("dataset_version"), report.datasetVersion},
        {QStringLiteral("language"), languageCode(report.language)},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)},
        {QStringLiteral("assumptions"), QJsonArray::fromStringList(report.assumptions)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace JsonReportWriter
