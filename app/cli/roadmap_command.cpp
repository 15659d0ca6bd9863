#include "roadmap_command.h"

#include "cli_args.h"
#include "report_output.h"
#include "roadmap_report.h"
#include "roadmap_timeline.h"
#include "table_export.h"
#include "text_table_writer.h"
#include "vendor_option.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const char *const kUsage =
    "usage: compute-atlas roadmap [--vendor NAME]... [--format json|table|csv] [-o FILE] [--lang en|zh_TW|zh_CN]\n"
    "Chips (id, name, vendor, family, announced, available, status, projected) in order of announcement, and events\n"
    "(keynotes, conferences, launches, shipments, earnings: id, date, end_date, kind, title in the chosen language) in\n"
    "date order. Dates are as written in the data: YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM or YYYY-MM-DD.\n";

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QByteArray json(const RoadmapTimeline &t, const Catalog &catalog, Language language)
{
    QJsonArray chips;
    for (const Chip *c : t.chips)
        chips.append(QJsonObject{{QStringLiteral("id"), c->id},
                                 {QStringLiteral("name"), c->name},
                                 {QStringLiteral("vendor"), c->vendorId},
                                 {QStringLiteral("vendor_name"), c->vendorName},
                                 {QStringLiteral("family"), c->family},
                                 {QStringLiteral("announced"), text(c->announced)},
                                 {QStringLiteral("available"), text(c->available)},
                                 {QStringLiteral("status"), c->status},
                                 {QStringLiteral("projected"), c->isProjected()}});
    QJsonArray events;
    for (const RoadmapEvent *e : t.events) {
        const Company *company = catalog.company(e->companyId);
        events.append(QJsonObject{{QStringLiteral("id"), e->id},
                                  {QStringLiteral("date"), e->date},
                                  {QStringLiteral("end_date"), text(e->endDate)},
                                  {QStringLiteral("kind"), e->kind},
                                  {QStringLiteral("vendor"), e->companyId},
                                  {QStringLiteral("vendor_name"), company ? company->nameEn : e->companyId},
                                  {QStringLiteral("chip_id"), text(e->chipId)},
                                  {QStringLiteral("title"), e->title(language)},
                                  {QStringLiteral("location"), text(e->location)},
                                  {QStringLiteral("source_id"), text(e->sourceId)}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("chips"), chips}, {QStringLiteral("events"), events}}).toJson(QJsonDocument::Indented);
}

// For people: one line per chip or event in date order; the last column (a name or a title) is not padded.
QByteArray table(const RoadmapTimeline &t, Language language)
{
    const DataTable rows = roadmapTable(t, language);
    const auto at = [&](const QVariantList &row, const char *column) { return row.value(rows.columns.indexOf(QLatin1String(column))).toString(); };
    QList<QStringList> lines{{QStringLiteral("date"), QStringLiteral("until"), QStringLiteral("kind"), QStringLiteral("vendor"),
                              QStringLiteral("status"), QStringLiteral("what")}};
    for (const QVariantList &row : rows.rows) {
        const bool chip = at(row, "kind") == QLatin1String("chip");
        QString what = at(row, "name");
        if (chip && row.value(rows.columns.indexOf(QLatin1String("projected"))).toBool())
            what += QStringLiteral(" (projected)");
        lines << QStringList{chip ? at(row, "announced") : at(row, "date"), chip ? at(row, "available") : at(row, "end_date"),
                             chip ? QStringLiteral("chip") : at(row, "event_kind"), at(row, "vendor"), chip ? at(row, "status") : QString(), what};
    }
    QList<int> widths(lines.constFirst().size(), 0);
    for (const QStringList &l : lines)
        for (int i = 0; i + 1 < l.size(); ++i)
            widths[i] = std::max(widths[i], TextTableWriter::displayWidth(l.at(i)));
    QString out;
    for (const QStringList &l : lines) {
        QStringList cells;
        for (int i = 0; i < l.size(); ++i)
            cells << (i + 1 < l.size() ? l.at(i) + QString(widths[i] - TextTableWriter::displayWidth(l.at(i)), QLatin1Char(' ')) : l.at(i));
        out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace

int runRoadmapCommand(const QStringList &args, const Catalog &catalog, CliIo io)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        io.out << kUsage;
        return ExitCode::Ok;
    }
    const QString command = QStringLiteral("roadmap");
    QString error;
    const auto parsed = CliArgs::parse(args, {command, ReportOutput::valueOptions() << QStringLiteral("--vendor"), {}, 0}, &error);
    if (!parsed) {
        io.err << "compute-atlas " << error << '\n';
        return ExitCode::BadUsage;
    }
    const auto vendors = vendorIdsFromNames(parsed->values(QStringLiteral("--vendor")), catalog, &error);
    if (!vendors) {
        io.err << "compute-atlas roadmap: " << error << '\n';
        return ExitCode::BadUsage;
    }
    const auto output = ReportOutput::parse(*parsed, command, {QStringLiteral("json"), QStringLiteral("table"), QStringLiteral("csv")},
                                            ReportFormat::Table, io);
    if (!output)
        return ExitCode::BadUsage;

    const RoadmapTimeline t = RoadmapTimeline::build(catalog.chips(), catalog.events(), *vendors);
    QByteArray bytes;
    if (output->format == ReportFormat::Json)
        bytes = json(t, catalog, output->language);
    else if (output->format == ReportFormat::Csv)
        bytes = TableExport::toCsv(roadmapTable(t, output->language), !output->toStdout());
    else
        bytes = table(t, output->language);
    return emitBytes(bytes, *output, command, QStringLiteral("the roadmap"), io);
}
