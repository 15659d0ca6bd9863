#include "flows_report.h"

#include "flow_text.h"
#include "date_format.h"
#include "table_report.h"

#include <QCoreApplication>

namespace {

class FlowsReport {
    Q_DECLARE_TR_FUNCTIONS(FlowsReport)
public:
    static QStringList sharedNotes(const FlowsReportContext &c)
    {
        return {tr("Amounts are in US dollars as announced. \"Up to\" amounts are ceilings: they are kept apart from firm "
                   "amounts and never added to them. An empty amount was not disclosed."),
                tr("Lapsed flows never became binding or were dropped, superseded flows were replaced by another: neither "
                   "counts as live money unless the filter asks for them. Counted here: %1.")
                    .arg(FlowText::scope(c.filter, c.language))};
    }
};

QVariant text(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }

ReportCellStyle shown(const QString &display, const QStringList &sources = {})
{
    ReportCellStyle s;
    s.display = display;
    s.sourceIds = sources;
    return s;
}

// The sources `flows` cite, in order of first citation.
QList<Source> citedBy(const QList<Flow> &flows, const QList<int> &indices, const QList<Source> &known)
{
    QStringList ids;
    for (int i : indices) {
        const QString &id = flows.at(i).sourceId;
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return citedSources(ids, known);
}

QList<int> allIndices(const QList<Flow> &flows)
{
    QList<int> all;
    for (int i = 0; i < flows.size(); ++i)
        all << i;
    return all;
}

Report baseReport(const FlowsReportContext &c, const QString &name)
{
    Report r;
    r.language = c.language;
    r.date = c.date;
    r.datasetVersion = c.datasetVersion;
    r.subtitle = FlowText::scope(c.filter, c.language);
    r.table.name = name;
    return r;
}

QStringList cycleIds(const FlowGraph &graph, const FlowCycle &cycle)
{
    QStringList ids;
    for (int v : cycle.nodes)
        ids << graph.nodeId(v);
    return ids;
}

QStringList cycleFlowIds(const FlowGraph &graph, const FlowCycle &cycle)
{
    QStringList ids;
    for (int f : cycle.flowIndices())
        ids << graph.flows().at(f).id;
    return ids;
}

} // namespace

QStringList flowTableColumns()
{
    return {QStringLiteral("id"), QStringLiteral("from_id"), QStringLiteral("to_id"), QStringLiteral("kind"),
            QStringLiteral("amount_usd"), QStringLiteral("upper_bound"), QStringLiteral("announced_on"),
            QStringLiteral("period_start"), QStringLiteral("period_end"), QStringLiteral("description_en"),
            QStringLiteral("description_zh_hant"), QStringLiteral("description_zh_hans"), QStringLiteral("source_id"),
            QStringLiteral("note"), QStringLiteral("status"), QStringLiteral("superseded_by")};
}

DataTable flowTable(const QList<Flow> &flows)
{
    DataTable t;
    t.name = QStringLiteral("flow");
    t.columns = flowTableColumns();
    for (const Flow &f : flows)
        t.rows << QVariantList{f.id, f.fromId, f.toId, f.kind, f.amountUsd ? QVariant(*f.amountUsd) : QVariant(),
                               qlonglong(f.upperBound ? 1 : 0), text(f.announcedOn), text(f.periodStart), text(f.periodEnd),
                               text(f.descriptionEn), text(f.descriptionZhHant), text(f.descriptionZhHans), text(f.sourceId),
                               text(f.note), f.status, text(f.supersededBy)};
    return t;
}

DataTable cycleTable(const FlowGraph &graph, const QList<FlowCycle> &cycles)
{
    DataTable t;
    t.name = QStringLiteral("cycles");
    t.columns = QStringList{QStringLiteral("companies"), QStringLiteral("flow_ids"), QStringLiteral("min_usd"),
                            QStringLiteral("min_is_upper_bound"), QStringLiteral("total_usd"),
                            QStringLiteral("includes_upper_bounds"), QStringLiteral("undisclosed_flows"),
                            QStringLiteral("length"), QStringLiteral("first_announced_on"), QStringLiteral("last_announced_on")};
    for (const FlowCycle &c : cycles)
        t.rows << QVariantList{cycleIds(graph, c).join(QLatin1Char(';')), cycleFlowIds(graph, c).join(QLatin1Char(';')),
                               c.minUsd ? QVariant(*c.minUsd) : QVariant(), qlonglong(c.minIsUpperBound ? 1 : 0), c.totalUsd,
                               qlonglong(c.includesUpperBounds ? 1 : 0), qlonglong(c.undisclosedFlows), qlonglong(c.length()),
                               text(c.firstAnnouncedOn), text(c.lastAnnouncedOn)};
    return t;
}

Report flowListReport(const FlowGraph &graph, const FlowsReportContext &c)
{
    Report r = baseReport(c, QStringLiteral("flows"));
    r.title = FlowsReport::tr("Money flows");
    r.sheetName = FlowsReport::tr("Flows");
    r.table.title = r.title;
    r.table.columns = QStringList{QStringLiteral("id"), QStringLiteral("from_id"), QStringLiteral("to_id"), QStringLiteral("kind"),
                                  QStringLiteral("amount_usd"), QStringLiteral("upper_bound"), QStringLiteral("status"),
                                  QStringLiteral("announced_on"), QStringLiteral("period"), QStringLiteral("description"),
                                  QStringLiteral("source_id"), QStringLiteral("note"), QStringLiteral("superseded_by")};
    r.table.headers = QStringList{datasetColumnHeader(QStringLiteral("id")), FlowsReport::tr("From"), FlowsReport::tr("To"),
                                  FlowsReport::tr("Kind"), FlowsReport::tr("Amount (USD)"), FlowsReport::tr("Up to"),
                                  FlowsReport::tr("Status"), FlowsReport::tr("Announced"), FlowsReport::tr("Period"),
                                  FlowsReport::tr("Description"), FlowsReport::tr("Source"), FlowsReport::tr("Note"),
                                  FlowsReport::tr("Superseded by")};
    for (const Flow &f : graph.flows()) {
        r.table.rows << QVariantList{f.id, f.fromId, f.toId, f.kind, f.amountUsd ? QVariant(*f.amountUsd) : QVariant(),
                                     qlonglong(f.upperBound ? 1 : 0), f.status, text(f.announcedOn),
                                     text(FlowText::period(f, c.language)), text(FlowText::description(f, c.language)),
                                     text(f.sourceId), text(f.note), text(f.supersededBy)};
        r.units << QStringList{{}, {}, {}, {}, f.amountUsd ? QStringLiteral("USD") : QString(), {}, {}, {}, {}, {}, {}, {}, {}};
        r.styles << QList<ReportCellStyle>{
            {}, shown(companyLabel(c.companies, f.fromId, c.language)), shown(companyLabel(c.companies, f.toId, c.language)),
            shown(FlowText::kind(f.kind)), shown(f.amountUsd ? FlowText::amount(f, c.language) : QString()),
            shown(f.upperBound ? FlowText::yes() : FlowText::no()), shown(FlowText::status(f.status)),
            shown(DateFormat::text(f.announcedOn, c.language)), {}, {},
            shown(QString(), f.sourceId.isEmpty() ? QStringList() : QStringList{f.sourceId}), {}, {}};
    }
    r.sources = citedBy(graph.flows(), allIndices(graph.flows()), c.sources);
    r.notes = FlowsReport::sharedNotes(c);
    return r;
}

Report cyclesReport(const FlowGraph &graph, const QList<FlowCycle> &cycles, const FlowsReportContext &c)
{
    Report r = baseReport(c, QStringLiteral("cycles"));
    r.title = FlowsReport::tr("Circular flows");
    r.sheetName = FlowsReport::tr("Loops");
    r.table.title = r.title;
    r.table.columns = QStringList{QStringLiteral("loop"), QStringLiteral("min_usd"), QStringLiteral("total_usd"),
                                  QStringLiteral("includes_upper_bounds"), QStringLiteral("undisclosed_flows"),
                                  QStringLiteral("length"), QStringLiteral("first_announced_on"),
                                  QStringLiteral("last_announced_on"), QStringLiteral("flow_ids")};
    r.table.headers = QStringList{FlowsReport::tr("Loop"), FlowsReport::tr("At most round the loop (USD)"),
                                  FlowsReport::tr("All flows on the loop (USD)"), FlowsReport::tr("Includes \"up to\" amounts"),
                                  FlowsReport::tr("Flows without an amount"), FlowsReport::tr("Companies"),
                                  FlowsReport::tr("First announced"), FlowsReport::tr("Last announced"), FlowsReport::tr("Flows")};
    QList<int> cited;
    for (const FlowCycle &cycle : cycles) {
        QStringList names;
        for (int v : cycle.nodes)
            names << companyLabel(c.companies, graph.nodeId(v), c.language);
        QStringList sources;
        for (int f : cycle.flowIndices()) {
            cited << f;
            const QString &id = graph.flows().at(f).sourceId;
            if (!id.isEmpty() && !sources.contains(id))
                sources << id;
        }
        r.table.rows << QVariantList{cycleIds(graph, cycle).join(QStringLiteral(" > ")), cycle.minUsd ? QVariant(*cycle.minUsd) : QVariant(),
                                     cycle.totalUsd, qlonglong(cycle.includesUpperBounds ? 1 : 0),
                                     qlonglong(cycle.undisclosedFlows), qlonglong(cycle.length()), text(cycle.firstAnnouncedOn),
                                     text(cycle.lastAnnouncedOn), cycleFlowIds(graph, cycle).join(QStringLiteral("; "))};
        r.units << QStringList{{}, cycle.minUsd ? QStringLiteral("USD") : QString(), QStringLiteral("USD"), {}, {}, {}, {}, {}, {}};
        r.styles << QList<ReportCellStyle>{
            shown(FlowText::loopPath(names)),
            shown(cycle.minUsd ? FlowText::usd(*cycle.minUsd, cycle.minIsUpperBound, c.language) : FlowText::notDisclosed()),
            shown(NumberFormat::usd(cycle.totalUsd, c.language)),
            shown(cycle.includesUpperBounds ? FlowText::yes() : FlowText::no()), {}, {},
            shown(DateFormat::text(cycle.firstAnnouncedOn, c.language)),
            shown(DateFormat::text(cycle.lastAnnouncedOn, c.language)), shown(QString(), sources)};
    }
    r.sources = citedBy(graph.flows(), cited, c.sources);
    r.notes << FlowsReport::tr("A loop is a chain of companies in which each pays or commits to the next and the last to "
                               "the first. At most its smallest hop can go all the way round; flows between the same two "
                               "companies in the same direction add up within one hop. Largest circular amount first.")
            << FlowsReport::tr("Capex flows go to a catch-all supplier node and take part in no loop.");
    r.notes += FlowsReport::sharedNotes(c);
    return r;
}

Report companyTotalsReport(const FlowGraph &graph, const QList<CompanyFlows> &totals, const FlowsReportContext &c)
{
    Report r = baseReport(c, QStringLiteral("company_totals"));
    r.title = FlowsReport::tr("Company totals");
    r.sheetName = FlowsReport::tr("Companies");
    r.table.title = r.title;
    r.table.columns = QStringList{QStringLiteral("id"), QStringLiteral("role"), QStringLiteral("out_usd"),
                                  QStringLiteral("out_upper_bound_usd"), QStringLiteral("in_usd"),
                                  QStringLiteral("in_upper_bound_usd"), QStringLiteral("flows_out"), QStringLiteral("flows_in"),
                                  QStringLiteral("undisclosed_flows")};
    r.table.headers = QStringList{FlowsReport::tr("Company"), FlowsReport::tr("Role"), FlowsReport::tr("Committed out (USD)"),
                                  FlowsReport::tr("Out, \"up to\" (USD)"), FlowsReport::tr("Committed in (USD)"),
                                  FlowsReport::tr("In, \"up to\" (USD)"), FlowsReport::tr("Flows out"),
                                  FlowsReport::tr("Flows in"), FlowsReport::tr("Flows without an amount")};
    QList<int> cited;
    for (const CompanyFlows &t : totals) {
        cited += t.flows;
        QString role;
        for (const Company &co : c.companies)
            if (co.id == t.companyId)
                role = co.role;
        const auto money = [&](double v) { return shown(NumberFormat::usd(v, c.language)); };
        r.table.rows << QVariantList{t.companyId, text(role), t.out.firmUsd, t.out.upperBoundUsd, t.in.firmUsd, t.in.upperBoundUsd,
                                     qlonglong(t.out.count), qlonglong(t.in.count),
                                     qlonglong(t.out.undisclosed + t.in.undisclosed)};
        const QString usd = QStringLiteral("USD");
        r.units << QStringList{{}, {}, usd, usd, usd, usd, {}, {}, {}};
        r.styles << QList<ReportCellStyle>{shown(companyLabel(c.companies, t.companyId, c.language)),
                                           shown(role.isEmpty() ? QString() : FlowText::role(role)),
                                           money(t.out.firmUsd), money(t.out.upperBoundUsd), money(t.in.firmUsd),
                                           money(t.in.upperBoundUsd), {}, {}, {}};
    }
    r.sources = citedBy(graph.flows(), cited, c.sources);
    r.notes << FlowsReport::tr("Committed out is what a company pays or commits to others, committed in what others pay or "
                               "commit to it, firm amounts and \"up to\" amounts in separate columns.");
    r.notes += FlowsReport::sharedNotes(c);
    return r;
}
