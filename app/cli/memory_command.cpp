#include "memory_command.h"

#include "cli_args.h"
#include "memory_report.h"
#include "report_output.h"
#include "table_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const char *const kUsage =
    "usage: compute-atlas memory [--part shares|chips|outlook] [--format json|table|csv|xlsx|html|md|pdf] [-o FILE]\n"
    "                            [--lang en|zh_TW|zh_CN]\n"
    "The Memory view's data. json holds all three parts:\n"
    "  shares   HBM market shares: segment, period, company_id, share_pct, basis (official, reported, estimate),\n"
    "           share_of (revenue, shipments, bits, unknown), source_id. Periods no source covers are absent.\n"
    "  chips    every chip with a capacity and a bandwidth: chip_id, memory_type (HBM3, HBM3E, HBM4 …; null when no\n"
    "           source names it), stacks, stack_capacity_bytes, memory_bytes, memory_bandwidth_bytes_per_s,\n"
    "           reads_per_s (bandwidth / capacity), available, projected\n"
    "  outlook  announced high-bandwidth-flash facts and targets (stated_on, target_on, value, unit, source_id)\n"
    "Other formats write one part (default: shares).\n";

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QByteArray json(const MemoryData &memory, const QList<ChipMemoryPoint> &points)
{
    QJsonArray shares;
    for (const MarketShare &s : memory.shares)
        shares.append(QJsonObject{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("segment"), s.segment},
                                  {QStringLiteral("period"), s.period},
                                  {QStringLiteral("company_id"), s.companyId},
                                  {QStringLiteral("share_pct"), s.sharePct},
                                  {QStringLiteral("basis"), s.basis},
                                  {QStringLiteral("share_of"), s.shareOf.isEmpty() ? QStringLiteral("unknown") : s.shareOf},
                                  {QStringLiteral("source_id"), s.sourceId}});
    QJsonArray chips;
    for (const ChipMemoryPoint &p : points)
        chips.append(QJsonObject{{QStringLiteral("chip_id"), p.chip->id},
                                 {QStringLiteral("memory_type"), orNull(p.generation)},
                                 {QStringLiteral("stacks"), p.memory && p.memory->stacks ? QJsonValue(*p.memory->stacks) : QJsonValue()},
                                 {QStringLiteral("stack_capacity_bytes"), p.memory ? orNull(p.memory->stackBytes) : QJsonValue()},
                                 {QStringLiteral("memory_bytes"), p.bytes},
                                 {QStringLiteral("memory_bandwidth_bytes_per_s"), p.bandwidth},
                                 {QStringLiteral("reads_per_s"), p.readsPerSecond()},
                                 {QStringLiteral("available"), orNull(p.date)},
                                 {QStringLiteral("projected"), p.projected},
                                 {QStringLiteral("memory_source_id"), p.memory ? orNull(p.memory->sourceId) : QJsonValue()}});
    QJsonArray outlook;
    for (const MemoryOutlook &o : memory.outlook)
        outlook.append(QJsonObject{{QStringLiteral("id"), o.id},
                                   {QStringLiteral("technology"), o.technology},
                                   {QStringLiteral("company_id"), o.companyId},
                                   {QStringLiteral("kind"), o.kind},
                                   {QStringLiteral("target"), o.isTarget()},
                                   {QStringLiteral("stated_on"), o.statedOn},
                                   {QStringLiteral("target_on"), orNull(o.targetOn)},
                                   {QStringLiteral("value"), orNull(o.value)},
                                   {QStringLiteral("unit"), orNull(o.unit)},
                                   {QStringLiteral("title"), o.titleEn},
                                   {QStringLiteral("source_id"), o.sourceId}});
    return QJsonDocument(QJsonObject{{QStringLiteral("shares"), shares}, {QStringLiteral("chips"), chips}, {QStringLiteral("outlook"), outlook}})
        .toJson(QJsonDocument::Indented);
}

} // namespace

int runMemoryCommand(const QStringList &args, const Catalog &catalog, const MemoryData &memory, CliIo io)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        io.out << kUsage;
        return ExitCode::Ok;
    }
    const QString command = QStringLiteral("memory");
    QString error;
    const auto parsed = CliArgs::parse(args, {command, ReportOutput::valueOptions() << QStringLiteral("--part"), {}, 0}, &error);
    if (!parsed) {
        io.err << "compute-atlas " << error << '\n';
        return ExitCode::BadUsage;
    }
    const QStringList parts{QStringLiteral("shares"), QStringLiteral("chips"), QStringLiteral("outlook")};
    const QString part = parsed->value(QStringLiteral("--part"), QStringLiteral("shares"));
    if (!parts.contains(part)) {
        io.err << "compute-atlas memory: " << invalidChoice(QStringLiteral("part"), part, parts) << '\n';
        return ExitCode::BadUsage;
    }
    const auto output = ReportOutput::parse(*parsed, command,
                                            {QStringLiteral("json"), QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("xlsx"),
                                             QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("pdf")},
                                            ReportFormat::Table, io);
    if (!output)
        return ExitCode::BadUsage;

    const QList<ChipMemoryPoint> points = chipMemoryPoints(catalog.chips(), memory.chipMemory);
    if (output->format == ReportFormat::Json)
        return emitBytes(json(memory, points), *output, command, QStringLiteral("the memory data"), io);

    const ReportLanguage translators(output->language, command, io);
    const CompanyNames names = companyNames(catalog.companies(), output->language);
    if (output->format == ReportFormat::Csv) { // raw values under machine column names, like the other commands
        const DataTable table = part == QLatin1String("chips") ? memoryChipsTable(points, output->language)
            : part == QLatin1String("outlook")                 ? memoryOutlookTable(memory.outlook, names, output->language)
                                                               : memorySharesTable(memory.shares, names);
        return emitBytes(TableExport::toCsv(table, !output->toStdout()), *output, command, QStringLiteral("the memory %1").arg(part), io);
    }
    const QDate today = QDate::currentDate();
    const Report report = part == QLatin1String("chips")
        ? memoryChipsReport(points, catalog.sources(), output->language, catalog.datasetVersion(), today)
        : part == QLatin1String("outlook")
        ? memoryOutlookReport(memory.outlook, names, catalog.sources(), output->language, catalog.datasetVersion(), today)
        : memorySharesReport(memory.shares, names, catalog.sources(), output->language, catalog.datasetVersion(), today);
    return emitReport(report, *output, command, QStringLiteral("the memory %1").arg(part), io);
}
