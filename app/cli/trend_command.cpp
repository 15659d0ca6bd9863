#include "trend_command.h"

#include "cli_args.h"
#include "report_output.h"
#include "roadmap_text.h"
#include "table_export.h"
#include "text_table_writer.h"
#include "trend_report.h"
#include "vendor_option.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const char *const kUsage =
    "usage: compute-atlas trend --metric METRIC [--vendor NAME]... [--by available|announced] [--include-projected]\n"
    "                           [--format json|table|csv] [-o FILE]\n"
    "METRIC: bf16, fp8, fp4 (dense FLOP/s), memory (HBM capacity, bytes), bandwidth (bytes/s), flops-per-watt (dense BF16\n"
    "FLOP/s per W of TDP), bandwidth-per-watt, ridge-bf16, ridge-fp8 (FLOP per byte), bytes-per-flop (bytes per BF16 FLOP).\n"
    "Fits log10(value) on the date in decimal years by least squares: one fit per vendor with three or more points,\n"
    "and one over all of them, each with growth per year, doubling time and its 90 % interval (Student's t), r².\n"
    "A chip sits at its availability date (--by announced: its announcement); a year at 1 July, a quarter or a half\n"
    "at its middle. Projected figures are listed but fitted only with --include-projected.\n";

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject fitObject(const TrendSeriesFit &s, const Catalog &catalog)
{
    const TrendFit &f = s.fit;
    QJsonArray chips;
    for (const Chip *c : s.chips)
        chips.append(c->id);
    const Company *company = s.vendorId.isEmpty() ? nullptr : catalog.company(s.vendorId);
    const QStringList notes = RoadmapText::fitNotes(s);
    return {
        {QStringLiteral("vendor"), s.vendorId.isEmpty() ? QStringLiteral("all") : s.vendorId},
        {QStringLiteral("vendor_name"), s.vendorId.isEmpty() ? QStringLiteral("All vendors") : company ? company->nameEn : s.vendorId},
        {QStringLiteral("n"), f.n},
        {QStringLiteral("slope_log10_per_year"), f.ok() ? QJsonValue(f.slope) : QJsonValue()},
        {QStringLiteral("slope_std_error"), f.ok() ? QJsonValue(f.slopeStdError) : QJsonValue()},
        {QStringLiteral("growth_per_year"), f.ok() ? QJsonValue(f.growthPerYear) : QJsonValue()},
        {QStringLiteral("doubling_years"), number(f.doublingYears)},
        {QStringLiteral("doubling_years_low"), number(f.doublingLow)},
        {QStringLiteral("doubling_years_high"), number(f.doublingHigh)},
        {QStringLiteral("halving_years"), number(f.halvingYears)},
        {QStringLiteral("r2"), number(f.r2)},
        {QStringLiteral("includes_projections"), s.includesProjections},
        {QStringLiteral("chips"), chips},
        {QStringLiteral("note"), notes.isEmpty() ? QJsonValue() : QJsonValue(notes.join(QStringLiteral("; ")))},
    };
}

QByteArray json(const TrendAnalysis &a, const Catalog &catalog)
{
    QJsonArray points;
    for (const TrendPoint &p : a.points)
        points.append(QJsonObject{{QStringLiteral("chip_id"), p.chip->id}, {QStringLiteral("vendor"), p.chip->vendorId},
                                  {QStringLiteral("date"), p.date},    {QStringLiteral("x"), p.x},
                                  {QStringLiteral("value"), p.value},  {QStringLiteral("projected"), p.projected},
                                  {QStringLiteral("in_fit"), p.inFit}});
    QJsonArray fits;
    for (const TrendSeriesFit &s : a.fits)
        fits.append(fitObject(s, catalog));
    QJsonArray undated;
    for (const Chip *c : a.undated)
        undated.append(c->id);
    const QJsonObject root{
        {QStringLiteral("metric"), TrendMetrics::key(a.metric)},
        {QStringLiteral("unit"), TrendMetrics::unit(a.metric)},
        {QStringLiteral("by"), dateBasisKey(a.basis)},
        {QStringLiteral("include_projected"), a.includeProjected},
        {QStringLiteral("points"), points},
        {QStringLiteral("fits"), fits},
        {QStringLiteral("undated"), undated},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// For people: the fits in words, then the points, aligned.
QByteArray text(const TrendAnalysis &a, const Catalog &catalog)
{
    const auto vendor = [&](const QString &id) {
        const Company *c = catalog.company(id);
        return c ? c->nameEn : id;
    };
    QString out = QStringLiteral("%1, by %2%3\n\n")
                      .arg(RoadmapText::metricTitle(a.metric), RoadmapText::basisName(a.basis),
                           a.includeProjected ? QStringLiteral(", projections included in the fits") : QString());
    for (const TrendSeriesFit &s : a.fits)
        out += RoadmapText::fitLine(s.vendorId.isEmpty() ? RoadmapText::allVendors() : vendor(s.vendorId), a.metric, s) + QLatin1Char('\n');
    out += QLatin1Char('\n');
    QList<QStringList> rows{{QStringLiteral("date"), QStringLiteral("year"), QStringLiteral("vendor"), QStringLiteral("chip"),
                             QStringLiteral("value"), QStringLiteral("")}};
    for (const TrendPoint &p : a.points)
        rows << QStringList{p.date, QString::number(p.x, 'f', 3), vendor(p.chip->vendorId), p.chip->id, RoadmapText::value(p.value, a.metric),
                            p.projected ? (p.inFit ? QStringLiteral("projected") : QStringLiteral("projected, not fitted")) : QString()};
    QList<int> widths(rows.constFirst().size(), 0);
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[i] = std::max(widths[i], TextTableWriter::displayWidth(r.at(i)));
    for (const QStringList &r : rows) {
        QStringList cells;
        for (int i = 0; i < r.size(); ++i) {
            const QString pad(widths[i] - TextTableWriter::displayWidth(r.at(i)), QLatin1Char(' '));
            cells << (i == 1 || i == 4 ? pad + r.at(i) : r.at(i) + pad);
        }
        out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    if (!a.undated.isEmpty()) {
        QStringList ids;
        for (const Chip *c : a.undated)
            ids << c->id;
        out += QStringLiteral("\nLeft out, no %1: %2\n").arg(RoadmapText::basisName(a.basis), ids.join(QStringLiteral(", ")));
    }
    return out.toUtf8();
}

} // namespace

int runTrendCommand(const QStringList &args, const Catalog &catalog, CliIo io)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        io.out << kUsage;
        return ExitCode::Ok;
    }
    const QString command = QStringLiteral("trend");
    QString error;
    const auto parsed = CliArgs::parse(args,
                                       {command,
                                        {QStringLiteral("--metric"), QStringLiteral("--vendor"), QStringLiteral("--by"), QStringLiteral("--format"),
                                         QStringLiteral("-o"), QStringLiteral("--output")},
                                        {QStringLiteral("--include-projected")},
                                        0},
                                       &error);
    if (!parsed) {
        io.err << "compute-atlas " << error << '\n';
        return ExitCode::BadUsage;
    }
    if (!parsed->has(QStringLiteral("--metric"))) {
        io.err << "compute-atlas trend: --metric is required; valid: " << TrendMetrics::keys().join(QStringLiteral(", ")) << '\n';
        return ExitCode::BadUsage;
    }
    const QString metricKey = parsed->value(QStringLiteral("--metric"));
    const auto metric = TrendMetrics::fromKey(metricKey);
    if (!metric) {
        io.err << "compute-atlas trend: " << invalidChoice(QStringLiteral("metric"), metricKey, TrendMetrics::keys()) << '\n';
        return ExitCode::BadUsage;
    }
    const QString basisKey = parsed->value(QStringLiteral("--by"), QStringLiteral("available"));
    const auto basis = dateBasisFromKey(basisKey);
    if (!basis) {
        io.err << "compute-atlas trend: "
               << invalidChoice(QStringLiteral("date (--by)"), basisKey, {QStringLiteral("available"), QStringLiteral("announced")}) << '\n';
        return ExitCode::BadUsage;
    }
    const auto vendors = vendorIdsFromNames(parsed->values(QStringLiteral("--vendor")), catalog, &error);
    if (!vendors) {
        io.err << "compute-atlas trend: " << error << '\n';
        return ExitCode::BadUsage;
    }
    const auto output = ReportOutput::parse(*parsed, command, {QStringLiteral("json"), QStringLiteral("table"), QStringLiteral("csv")},
                                            ReportFormat::Table, io);
    if (!output)
        return ExitCode::BadUsage;

    const TrendAnalysis a = TrendAnalysis::build(catalog.chips(), *metric, *basis, parsed->has(QStringLiteral("--include-projected")), *vendors);
    QByteArray bytes;
    if (output->format == ReportFormat::Json)
        bytes = json(a, catalog);
    else if (output->format == ReportFormat::Csv)
        bytes = TableExport::toCsv(trendTable(a), !output->toStdout()); // a file gets the BOM spreadsheets need
    else
        bytes = text(a, catalog);
    return emitBytes(bytes, *output, command, QStringLiteral("the %1 trend").arg(metricKey), io);
}
