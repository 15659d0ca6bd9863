#include "chips_command.h"

#include "cli_args.h"
#include "data_table.h"
#include "table_export.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QVariant optionalVariant(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

// Flat rows for CSV: one column per figure, SI units in the column names.
DataTable chipsTable(const Catalog &catalog)
{
    DataTable t;
    t.name = QStringLiteral("chips");
    t.columns = QStringList{QStringLiteral("id"), QStringLiteral("vendor"), QStringLiteral("name"), QStringLiteral("family"),
                            QStringLiteral("status"), QStringLiteral("announced"), QStringLiteral("available"),
                            QStringLiteral("memory_bytes"), QStringLiteral("memory_bandwidth_bytes_per_s"), QStringLiteral("tdp_w"),
                            QStringLiteral("scaleup_bandwidth_bytes_per_s")};
    for (Precision p : allPrecisions)
        t.columns << QStringLiteral("peak_flops_") + precisionKey(p);
    for (const Chip &c : catalog.chips()) {
        QVariantList row{c.id, c.vendorName, c.name, c.family, c.status, c.announced, c.available,
                         optionalVariant(c.memoryBytes), optionalVariant(c.memoryBandwidth),
                         optionalVariant(c.tdpWatts), optionalVariant(c.scaleupBandwidth)};
        for (Precision p : allPrecisions)
            row << optionalVariant(c.peak(p));
        t.rows << row;
    }
    return t;
}

QString fixed(const std::optional<double> &v, double scale, int decimals)
{
    return v ? QString::number(*v / scale, 'f', decimals) : QStringLiteral("-");
}

// Aligned text for people: the headline figures in the units datasheets use.
QString chipsText(const Catalog &catalog)
{
    const QStringList header{QStringLiteral("id"), QStringLiteral("vendor"), QStringLiteral("status"), QStringLiteral("BF16 TFLOP/s"),
                             QStringLiteral("FP8 TFLOP/s"), QStringLiteral("FP4 TFLOP/s"), QStringLiteral("memory GB"),
                             QStringLiteral("bandwidth TB/s"), QStringLiteral("TDP W")};
    QList<QStringList> rows{header};
    for (const Chip &c : catalog.chips()) {
        rows << QStringList{c.id, c.vendorName, c.status,
                            fixed(c.peak(Precision::BF16), 1e12, 0), fixed(c.peak(Precision::FP8), 1e12, 0),
                            fixed(c.peak(Precision::FP4), 1e12, 0),
                            fixed(c.memoryBytes, double(1ull << 30), 0), // vendor GB are binary (dataset README)
                            fixed(c.memoryBandwidth, 1e12, 2), fixed(c.tdpWatts, 1, 0)};
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], int(r.at(i).size()));
    QString out;
    for (const QStringList &r : rows) {
        QStringList cells;
        for (int i = 0; i < r.size(); ++i)
            cells << (i < 3 ? r.at(i).leftJustified(widths[i]) : r.at(i).rightJustified(widths[i]));
        out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace

QJsonArray chipsToJson(const Catalog &catalog)
{
    QJsonArray chips;
    for (const Chip &c : catalog.chips()) {
        QJsonObject peak;
        for (const auto &[precision, flops] : c.peakFlops)
            peak.insert(precisionKey(precision), flops);
        chips.append(QJsonObject{
            {QStringLiteral("id"), c.id},
            {QStringLiteral("vendor"), c.vendorName},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("family"), c.family},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("announced"), c.announced},
            {QStringLiteral("available"), c.available.isEmpty() ? QJsonValue() : QJsonValue(c.available)},
            {QStringLiteral("memory_bytes"), optionalNumber(c.memoryBytes)},
            {QStringLiteral("memory_bandwidth_bytes_per_s"), optionalNumber(c.memoryBandwidth)},
            {QStringLiteral("tdp_w"), optionalNumber(c.tdpWatts)},
            {QStringLiteral("scaleup_bandwidth_bytes_per_s"), optionalNumber(c.scaleupBandwidth)},
            {QStringLiteral("peak_flops"), peak},
        });
    }
    return chips;
}

int runChipsCommand(const QStringList &args, const Catalog &catalog, CliIo io)
{
    QString error;
    const auto parsed = CliArgs::parse(args, {QStringLiteral("chips"), {QStringLiteral("--format")}, {}, 0}, &error);
    if (!parsed) {
        io.err << "compute-atlas " << error << '\n';
        return ExitCode::BadUsage;
    }
    const QString format = parsed->value(QStringLiteral("--format"), QStringLiteral("table"));
    if (format == QLatin1String("json"))
        io.out << QString::fromUtf8(QJsonDocument(chipsToJson(catalog)).toJson(QJsonDocument::Indented));
    else if (format == QLatin1String("csv"))
        io.out << QString::fromUtf8(TableExport::toCsv(chipsTable(catalog), false));
    else if (format == QLatin1String("table"))
        io.out << chipsText(catalog);
    else {
        io.err << "compute-atlas chips: " << invalidChoice(QStringLiteral("format"), format, {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}) << '\n';
        return ExitCode::BadUsage;
    }
    return ExitCode::Ok;
}
