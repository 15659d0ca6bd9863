#include "roofline_validation.h"

#include "calibration.h"
#include "explain.h"
#include "roofline_columns.h"
#include "roofline_command.h"
#include "roofline_result_json.h"
#include "table_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int runRooflineValidation(const Catalog &catalog, RooflineFormat format, CliIo io)
{
    using Style = RooflineColumn::Style;
    const ValidationReport report = validateMeasurements(catalog.chips(), catalog.measurements());
    QList<QJsonObject> rows;
    QStringList over;
    for (const ValidationRow &r : report.rows) {
        const Measurement &m = r.measurement;
        rows << QJsonObject{{QStringLiteral("chip"), m.chipId},
                            {QStringLiteral("what"), m.what},
                            {QStringLiteral("precision"), m.precision ? QJsonValue(precisionKey(*m.precision)) : QJsonValue()},
                            {QStringLiteral("measured"), m.value},
                            {QStringLiteral("unit"), m.unit},
                            {QStringLiteral("bound"), jsonNumber(r.bound)},
                            {QStringLiteral("bound_kind"), r.boundKind.isEmpty() ? QJsonValue() : QJsonValue(r.boundKind)},
                            {QStringLiteral("ratio"), jsonNumber(r.ratio)},
                            {QStringLiteral("expected"), jsonNumber(r.expected)},
                            {QStringLiteral("measured_over_expected"), jsonNumber(r.expectedRatio)},
                            {QStringLiteral("low_confidence"), isLowConfidence(m)},
                            {QStringLiteral("exceeds_bound"), r.exceedsBound},
                            {QStringLiteral("note"), r.note.isEmpty() ? QJsonValue() : QJsonValue(r.note)},
                            {QStringLiteral("conditions"), m.conditions},
                            {QStringLiteral("source_id"), m.sourceId},
                            {QStringLiteral("explain"), explainValidation(r)}};
        if (r.exceedsBound)
            over << QStringLiteral("%1 %2 (%3× its bound)").arg(m.chipId, m.what, formatPlain(r.ratio.value_or(0)));
    }
    const QList<RooflineColumn> columns{{QStringLiteral("chip"), QStringLiteral("chip"), Style::Text, {}},
                                        {QStringLiteral("what"), QStringLiteral("what"), Style::Text, {}},
                                        {QStringLiteral("precision"), QStringLiteral("precision"), Style::Text, {}},
                                        {QStringLiteral("measured"), QStringLiteral("measured"), Style::Plain, {}},
                                        {QStringLiteral("unit"), QStringLiteral("unit"), Style::Text, {}},
                                        {QStringLiteral("bound"), QStringLiteral("bound"), Style::Plain, {}},
                                        {QStringLiteral("bound_kind"), QStringLiteral("bound is"), Style::Text, {}},
                                        {QStringLiteral("ratio"), QStringLiteral("ratio"), Style::Plain, {}},
                                        {QStringLiteral("expected"), QStringLiteral("expected"), Style::Plain, {}},
                                        {QStringLiteral("measured_over_expected"), QStringLiteral("measured/expected"), Style::Plain, {}},
                                        {QStringLiteral("exceeds_bound"), QStringLiteral("over bound"), Style::YesNo, {}},
                                        {QStringLiteral("note"), QStringLiteral("note"), Style::Text, {}}};
    switch (format) {
    case RooflineFormat::Json: {
        QJsonArray results;
        for (const QJsonObject &r : rows)
            results.append(r);
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                                              {QStringLiteral("checked"), report.checked},
                                                              {QStringLiteral("exceeding"), report.exceeding},
                                                              {QStringLiteral("median_measured_over_expected"), jsonNumber(report.medianMeasuredOverExpected)}})
                                        .toJson(QJsonDocument::Indented));
        break;
    }
    case RooflineFormat::Csv: io.out << QString::fromUtf8(TableExport::toCsv(csvTable(columns, rows), false)); break;
    case RooflineFormat::Table: {
        // People read figures with their unit's prefix: 788 TFLOP/s beside 989.4 TFLOP/s.
        QList<RooflineColumn> textColumns = columns;
        textColumns[3] = RooflineColumn{QStringLiteral("measured_text"), QStringLiteral("measured"), Style::Text, {}};
        textColumns[5] = RooflineColumn{QStringLiteral("bound_text"), QStringLiteral("bound"), Style::Text, {}};
        textColumns[8] = RooflineColumn{QStringLiteral("expected_text"), QStringLiteral("expected"), Style::Text, {}};
        textColumns.removeAt(4); // the unit is in the figures now
        QList<QJsonObject> textRows = rows;
        for (QJsonObject &r : textRows) {
            const QString unit = r.value(QStringLiteral("unit")).toString();
            const bool prefixed = unit == QLatin1String("FLOP/s") || unit == QLatin1String("OP/s") || unit == QLatin1String("B/s");
            auto text = [&](double v) { return prefixed ? NumberFormat::si(v, unit) : formatPlain(v) + QLatin1Char(' ') + unit; };
            r.insert(QStringLiteral("measured_text"), text(r.value(QStringLiteral("measured")).toDouble()));
            if (!r.value(QStringLiteral("bound")).isNull())
                r.insert(QStringLiteral("bound_text"), text(r.value(QStringLiteral("bound")).toDouble()));
            if (!r.value(QStringLiteral("expected")).isNull())
                r.insert(QStringLiteral("expected_text"), text(r.value(QStringLiteral("expected")).toDouble()));
        }
        io.out << textTable(textColumns, textRows)
               << QStringLiteral("%1 measurements, %2 with a bound, %3 above it; median measured / expected %4\n")
                      .arg(report.rows.size()).arg(report.checked).arg(report.exceeding)
                      .arg(report.medianMeasuredOverExpected ? formatPlain(*report.medianMeasuredOverExpected) : QStringLiteral("-"));
        break;
    }
    }
    if (!report.ok()) {
        io.err << rooflineErrorLine(QStringLiteral("%1 measurement(s) exceed the calculator's bound, so a figure or the bound is wrong: %2")
                                        .arg(report.exceeding).arg(over.join(QStringLiteral("; "))))
               << '\n';
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}
