#include "compare_command.h"

#include "cli_args.h"
#include "compare_report.h"
#include "report_output.h"

#include <QDate>

namespace {
QString unknownChip(const QString &given, const Catalog &catalog)
{
    return QStringLiteral("compute-atlas compare: unknown chip '%1'; valid: %2").arg(given, catalog.chipIds().join(QStringLiteral(", ")));
}
}

int runCompareCommand(const QStringList &args, const Catalog &catalog, const QList<SystemSpec> &systems, CliIo io)
{
    QString error;
    const auto parsed = CliArgs::parse(args, {QStringLiteral("compare"), ReportOutput::valueOptions() << QStringLiteral("--baseline") << QStringLiteral("--charts"), {QStringLiteral("--no-charts")}, -1}, &error);
    if (!parsed) {
        io.err << "compute-atlas " << error << '\n';
        return ExitCode::BadUsage;
    }
    if (parsed->positional().isEmpty()) {
        io.err << "compute-atlas compare: name the chips to compare; valid: " << catalog.chipIds().join(QStringLiteral(", ")) << '\n';
        return ExitCode::BadUsage;
    }
    // By id or alias, in the order given; a chip named twice is compared once.
    QList<Chip> chips;
    for (const QString &name : parsed->positional()) {
        const Chip *chip = catalog.findChip(name);
        if (!chip) {
            io.err << unknownChip(name, catalog) << '\n';
            return ExitCode::BadUsage;
        }
        if (std::none_of(chips.cbegin(), chips.cend(), [&](const Chip &c) { return c.id == chip->id; }))
            chips << *chip;
    }
    int baseline = 0;
    if (parsed->has(QStringLiteral("--baseline"))) {
        const QString name = parsed->value(QStringLiteral("--baseline"));
        const Chip *chip = catalog.findChip(name);
        if (!chip) {
            io.err << unknownChip(name, catalog) << '\n';
            return ExitCode::BadUsage;
        }
        const auto it = std::find_if(chips.cbegin(), chips.cend(), [&](const Chip &c) { return c.id == chip->id; });
        if (it == chips.cend())
            chips.prepend(*chip); // a baseline not among the chips is compared too, first
        else
            baseline = int(it - chips.cbegin());
    }

    const QStringList formats{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx"),
                              QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("pdf")};
    const auto output = ReportOutput::parse(*parsed, QStringLiteral("compare"), formats, ReportFormat::Table, io);
    if (!output)
        return ExitCode::BadUsage;

    const ReportLanguage language(output->language, QStringLiteral("compare"), io); // before any text is made
    const CompareTable table = CompareTable::build(chips, baseline, systems);
    QList<Source> cited;
    for (const QString &id : citedSourceIds(table))
        if (const Source *s = catalog.source(id))
            cited << *s;
    Report report = compareReport(table, cited, output->language, catalog.datasetVersion(), QDate::currentDate());
    if (parsed->has(QStringLiteral("--no-charts")) && parsed->has(QStringLiteral("--charts"))) {
        io.err << "compute-atlas compare: --charts and --no-charts exclude each other\n";
        return ExitCode::BadUsage;
    }
    if (parsed->has(QStringLiteral("--no-charts")))
        report.charts.clear();
    if (parsed->has(QStringLiteral("--charts"))) {
        // The rows asked for, in the order asked; a row without numbers has no chart to give.
        auto keyOf = [&](const ReportChart &c) { return table.rows.at(c.row).key; };
        QStringList valid;
        for (const ReportChart &c : report.charts)
            valid << keyOf(c);
        QList<ReportChart> chosen;
        for (const QString &key : parsed->value(QStringLiteral("--charts")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype at = valid.indexOf(key.trimmed());
            if (at < 0) {
                io.err << "compute-atlas compare: no chart for row '" << key.trimmed() << "'; valid: " << valid.join(QStringLiteral(", ")) << '\n';
                return ExitCode::BadUsage;
            }
            chosen << report.charts.at(at);
        }
        report.charts = chosen;
    }
    return emitReport(report, *output, QStringLiteral("compare"), QStringLiteral("a comparison of %1 chip%2").arg(chips.size()).arg(chips.size() == 1 ? "" : "s"), io);
}
