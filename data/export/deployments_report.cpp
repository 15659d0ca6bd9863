#include "deployments_report.h"

#include "table_report.h"

#include <QCoreApplication>

namespace {

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

QString groupByKey(GroupBy by)
{
    switch (by) {
    case GroupBy::Country: return QStringLiteral("country");
    case GroupBy::Owner: return QStringLiteral("owner");
    case GroupBy::Chip: return QStringLiteral("chip");
    case GroupBy::Site: break;
    }
    return QStringLiteral("site");
}

std::optional<GroupBy> groupByFromKey(QStringView key)
{
    for (GroupBy by : {GroupBy::Country, GroupBy::Owner, GroupBy::Chip, GroupBy::Site})
        if (groupByKey(by) == key)
            return by;
    return std::nullopt;
}

DataTable deploymentGroupsTable(const QList<NamedTotals> &groups, bool withTokens)
{
    DataTable t;
    t.name = QStringLiteral("deployment_totals");
    t.columns = QStringList{QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("units"), QStringLiteral("units_installed"),
                            QStringLiteral("units_planned"), QStringLiteral("units_unknown"), QStringLiteral("h100e"),
                            QStringLiteral("h100e_assumed_units"), QStringLiteral("units_without_h100e"), QStringLiteral("power_mw"),
                            QStringLiteral("sites"), QStringLiteral("as_of"), QStringLiteral("units_maybe_counted_twice")};
    t.headers = QStringList{QCoreApplication::translate("DeploymentsReport", "Key"), QCoreApplication::translate("DeploymentsReport", "Name"), QCoreApplication::translate("DeploymentsReport", "Units, all kinds"), QCoreApplication::translate("DeploymentsReport", "Installed"), QCoreApplication::translate("DeploymentsReport", "Planned"), QCoreApplication::translate("DeploymentsReport", "Unknown"),
                            QCoreApplication::translate("DeploymentsReport", "H100-equivalents"), QCoreApplication::translate("DeploymentsReport", "Of which assumed chip (units)"), QCoreApplication::translate("DeploymentsReport", "Units without a chip"),
                            QCoreApplication::translate("DeploymentsReport", "Power (MW)"), QCoreApplication::translate("DeploymentsReport", "Sites"), QCoreApplication::translate("DeploymentsReport", "As of"), QCoreApplication::translate("DeploymentsReport", "Units that may be counted twice")};
    if (withTokens) {
        t.columns << QStringLiteral("tokens_per_s") << QStringLiteral("units_without_tokens");
        t.headers << QCoreApplication::translate("DeploymentsReport", "Tokens/s") << QCoreApplication::translate("DeploymentsReport", "Units that cannot serve the model");
    }
    for (const NamedTotals &g : groups) {
        const DeploymentTotals &x = g.totals;
        QVariantList row{x.key, g.name, x.units(), x.unitsInstalled, x.unitsPlanned, x.unitsUnknown, x.h100e, x.h100eAssumedUnits,
                         x.unitsWithoutH100e, optional(x.powerMw), x.sites, x.asOf, x.overlapUnits()};
        if (withTokens)
            row << x.tokensPerS << x.unitsWithoutTokens;
        t.rows << row;
    }
    return t;
}

QStringList deploymentNotes(const QStringList &assumptionsUsed, const QString &servingText)
{
    QStringList notes;
    notes << QCoreApplication::translate("DeploymentsReport", "Kinds are kept apart: installed (installed or delivered), planned (ordered or planned) and unknown (an "
                "estimate that does not say which). \"Units, all kinds\" adds the three.");
    notes << QCoreApplication::translate("DeploymentsReport", "A total that other rows are part of (a country or programme total) counts only the units its parts do not "
                "explain, never its parts again.");
    notes << QCoreApplication::translate("DeploymentsReport", "Rows that may count the same accelerators are both counted; \"Units that may be counted twice\" gives the "
                "smaller of each such pair.");
    notes << QCoreApplication::translate("DeploymentsReport", "H100-equivalents: units × the chip's dense BF16 throughput ÷ the H100 SXM's. Rows that name no chip count "
                "as the chip their family is assumed to be, or stay out.");
    for (const QString &a : assumptionsUsed)
        notes << a;
    if (!servingText.isEmpty())
        notes << servingText;
    return notes;
}

Report deploymentGroupsReport(const QList<NamedTotals> &groups, GroupBy by, bool withTokens, const QStringList &notes,
                              Language language, const QString &datasetVersion, const QDate &date)
{
    Report r;
    r.language = language;
    r.date = date;
    r.datasetVersion = datasetVersion;
    switch (by) {
    case GroupBy::Country: r.title = QCoreApplication::translate("DeploymentsReport", "Deployments by country"); break;
    case GroupBy::Owner: r.title = QCoreApplication::translate("DeploymentsReport", "Deployments by owner"); break;
    case GroupBy::Chip: r.title = QCoreApplication::translate("DeploymentsReport", "Deployments by chip"); break;
    case GroupBy::Site: r.title = QCoreApplication::translate("DeploymentsReport", "Deployments by site"); break;
    }
    r.sheetName = QCoreApplication::translate("DeploymentsReport", "Totals");
    r.table = deploymentGroupsTable(groups, withTokens);
    r.table.title = r.title;
    r.notes = notes;
    return r;
}

Report deploymentRowsReport(const QList<DeploymentLine> &lines, const QList<Source> &known, const QStringList &notes,
                            Language language, const QString &datasetVersion, const QDate &date)
{
    Report r;
    r.language = language;
    r.date = date;
    r.datasetVersion = datasetVersion;
    r.title = QCoreApplication::translate("DeploymentsReport", "Deployments");
    r.sheetName = r.title;
    DataTable &t = r.table;
    t.name = QStringLiteral("deployments");
    t.title = r.title;
    t.columns = QStringList{QStringLiteral("id"), QStringLiteral("country"), QStringLiteral("owner"), QStringLiteral("site"),
                            QStringLiteral("chip"), QStringLiteral("units"), QStringLiteral("units_kind"), QStringLiteral("units_counted"),
                            QStringLiteral("power_mw"), QStringLiteral("announced_on"), QStringLiteral("target_on"),
                            QStringLiteral("part_of"), QStringLiteral("overlaps"), QStringLiteral("source_id"), QStringLiteral("note")};
    t.headers = QStringList{QCoreApplication::translate("DeploymentsReport", "ID"), QCoreApplication::translate("DeploymentsReport", "Country"), QCoreApplication::translate("DeploymentsReport", "Owner"), QCoreApplication::translate("DeploymentsReport", "Site"), QCoreApplication::translate("DeploymentsReport", "Chip"), QCoreApplication::translate("DeploymentsReport", "Units"), QCoreApplication::translate("DeploymentsReport", "Kind"),
                            QCoreApplication::translate("DeploymentsReport", "Units counted in totals"), QCoreApplication::translate("DeploymentsReport", "Power (MW)"), QCoreApplication::translate("DeploymentsReport", "Announced"), QCoreApplication::translate("DeploymentsReport", "Target"), QCoreApplication::translate("DeploymentsReport", "Part of"),
                            QCoreApplication::translate("DeploymentsReport", "May overlap"), QCoreApplication::translate("DeploymentsReport", "Source"), QCoreApplication::translate("DeploymentsReport", "Note")};
    QStringList cited;
    for (const DeploymentLine &l : lines) {
        const Deployment &d = *l.row;
        t.rows << QVariantList{d.id, l.country, l.owner, d.site, l.chip, optional(d.units), d.unitsKind, optional(l.counted.units),
                               optional(d.powerMw), d.announcedOn, d.targetOn, d.partOf, d.overlaps.join(QLatin1Char(';')),
                               d.sourceId, d.note};
        QList<ReportCellStyle> styles(t.columns.size());
        styles[t.columns.indexOf(QStringLiteral("source_id"))].sourceIds << d.sourceId;
        ReportCellStyle &kind = styles[t.columns.indexOf(QStringLiteral("units_kind"))];
        kind.display = datasetCodeLabel(QStringLiteral("deployment"), QStringLiteral("units_kind"), d.unitsKind);
        kind.rawInCsv = !kind.display.isEmpty(); // machines read the code
        r.styles << styles;
        if (!d.sourceId.isEmpty() && !cited.contains(d.sourceId))
            cited << d.sourceId;
    }
    r.sources = citedSources(cited, known);
    r.notes = notes;
    return r;
}
