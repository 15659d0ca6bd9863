#include "flows_command.h"

#include "cli_args.h"
#include "flow_cycles.h"
#include "flow_graph.h"
#include "flow_text.h"
#include "flow_totals.h"
#include "flows_report.h"
#include "partial_date.h"
#include "report_writer.h"
#include "table_export.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const char *const kUsage =
    "usage: compute-atlas flows [--company ID]... [--kind K]... [--status active|all] [--as-of DATE] [--cycles]\n"
    "                           [--format json|table|csv]\n"
    "The money flows between companies, each company's totals (firm amounts and \"up to\" amounts apart) and, with\n"
    "--cycles, every loop of companies that pay one another, with the most that can go round it (its smallest hop).\n"
    "  --company ID   flows to or from this company (repeatable); loops through it\n"
    "  --kind K       equity, chip_purchase, compute_contract, cloud_commitment, loan, warrant, joint_venture,\n"
    "                 acquisition, capex (repeatable; default every kind)\n"
    "  --status S     active (default: live money only) or all (lapsed, superseded and subset flows too; a\n"
    "                 subset is part of a larger flow and its amount is never added to a total)\n"
    "  --as-of DATE   flows announced by then: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn (the end of the period)\n"
    "  --format F     table (default), json, or csv (the flows; with --cycles the loops)\n"
    "Amounts are in USD. Capex flows go to a catch-all supplier node and take part in no loop; nor do acquisitions.\n";

QJsonValue number(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

// `cycles` (nullptr: not asked for) index the flows of `whole`.
QJsonObject flowsJson(const FlowGraph &graph, const QList<CompanyFlows> &totals, const FlowGraph &whole,
                      const QList<FlowCycle> *cycles, const Catalog &catalog)
{
    QJsonObject root;
    // The flow table's own columns and JSON conventions, as `export flow --format json` writes them.
    root.insert(QStringLiteral("flows"), QJsonDocument::fromJson(TableExport::toJson(flowTable(graph.flows()))).array());
    QJsonArray companies;
    for (const CompanyFlows &t : totals) {
        const Company *c = catalog.company(t.companyId);
        companies.append(QJsonObject{
            {QStringLiteral("id"), t.companyId},
            {QStringLiteral("name"), c ? c->nameEn : t.companyId},
            {QStringLiteral("role"), c ? QJsonValue(c->role) : QJsonValue()},
            {QStringLiteral("out_usd"), t.out.firmUsd},
            {QStringLiteral("out_upper_bound_usd"), t.out.upperBoundUsd},
            {QStringLiteral("in_usd"), t.in.firmUsd},
            {QStringLiteral("in_upper_bound_usd"), t.in.upperBoundUsd},
        });
    }
    root.insert(QStringLiteral("companies"), companies);
    if (cycles) {
        QJsonArray loops;
        for (const FlowCycle &cycle : *cycles) {
            QJsonArray ids, flowIds;
            for (int v : cycle.nodes)
                ids.append(whole.nodeId(v));
            for (int f : cycle.flowIndices())
                flowIds.append(whole.flows().at(f).id);
            loops.append(QJsonObject{
                {QStringLiteral("companies"), ids},
                {QStringLiteral("flow_ids"), flowIds},
                {QStringLiteral("min_usd"), number(cycle.minUsd)}, // null: a hop without a disclosed amount
                {QStringLiteral("min_is_upper_bound"), cycle.minIsUpperBound},
                {QStringLiteral("total_usd"), cycle.totalUsd},
                {QStringLiteral("includes_upper_bounds"), cycle.includesUpperBounds},
                {QStringLiteral("undisclosed_flows"), cycle.undisclosedFlows},
            });
        }
        root.insert(QStringLiteral("cycles"), loops);
    }
    return root;
}

} // namespace

int runFlowsCommand(const QStringList &args, const Catalog &catalog, CliIo io)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        io.out << kUsage;
        return ExitCode::Ok;
    }
    QString error;
    const auto parsed = CliArgs::parse(args,
                                       {QStringLiteral("flows"),
                                        {QStringLiteral("--company"), QStringLiteral("--kind"), QStringLiteral("--status"),
                                         QStringLiteral("--as-of"), QStringLiteral("--format")},
                                        {QStringLiteral("--cycles")},
                                        0},
                                       &error);
    const auto usageError = [&](const QString &message) {
        io.err << "compute-atlas flows: " << message << '\n';
        return ExitCode::BadUsage;
    };
    if (!parsed) {
        io.err << "compute-atlas " << error << '\n';
        return ExitCode::BadUsage;
    }

    FlowFilter filter;
    for (const QString &kind : parsed->values(QStringLiteral("--kind"))) {
        if (!FlowWords::kinds().contains(kind))
            return usageError(invalidChoice(QStringLiteral("kind"), kind, FlowWords::kinds()));
        if (!filter.kinds.contains(kind))
            filter.kinds << kind;
    }
    const QString status = parsed->value(QStringLiteral("--status"), FlowWords::active);
    if (status == QLatin1String("all"))
        filter.statuses.clear();
    else if (status != FlowWords::active)
        return usageError(invalidChoice(QStringLiteral("status"), status, {FlowWords::active, QStringLiteral("all")}));
    if (parsed->has(QStringLiteral("--as-of"))) {
        const QString text = parsed->value(QStringLiteral("--as-of"));
        const auto asOf = PartialDate::parse(text);
        if (!asOf)
            return usageError(QStringLiteral("'%1' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn").arg(text));
        filter.to = asOf->last();
    }
    QStringList companyIds;
    for (const Company &c : catalog.companies())
        companyIds << c.id;
    const QStringList asked = parsed->values(QStringLiteral("--company"));
    for (const QString &id : asked)
        if (!companyIds.contains(id))
            return usageError(invalidChoice(QStringLiteral("company"), id, companyIds));
    const QString format = parsed->value(QStringLiteral("--format"), QStringLiteral("table"));
    const QStringList formats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};
    if (!formats.contains(format))
        return usageError(invalidChoice(QStringLiteral("format"), format, formats));
    const bool withCycles = parsed->has(QStringLiteral("--cycles"));

    // Loops are found on the whole graph the filter leaves, then kept if they pass a company asked for.
    const FlowGraph whole(catalog.flows(), filter);
    QList<Flow> shown;
    for (const Flow &f : whole.flows())
        if (asked.isEmpty() || asked.contains(f.fromId) || asked.contains(f.toId))
            shown << f;
    FlowFilter everything;
    everything.statuses.clear();
    const FlowGraph graph(shown, everything); // the flows to print (already filtered)
    QList<CompanyFlows> totals;
    if (asked.isEmpty()) {
        totals = companyFlows(graph);
    } else {
        for (const QString &id : asked)
            totals << companyFlows(graph, id);
    }
    // Loops are found on the whole graph the filter leaves and name its flows; a company asked for keeps those through it.
    QList<FlowCycle> cycles;
    if (withCycles) {
        for (const FlowCycle &c : findCycles(whole).cycles) {
            bool through = asked.isEmpty();
            for (int v : c.nodes)
                through = through || asked.contains(whole.nodeId(v));
            if (through)
                cycles << c;
        }
    }

    if (format == QLatin1String("json")) {
        io.out << QString::fromUtf8(QJsonDocument(flowsJson(graph, totals, whole, withCycles ? &cycles : nullptr, catalog)).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    if (format == QLatin1String("csv")) {
        io.out << QString::fromUtf8(TableExport::toCsv(withCycles ? cycleTable(whole, cycles) : flowTable(graph.flows()), false));
        return ExitCode::Ok;
    }
    FlowsReportContext context;
    context.companies = catalog.companies();
    context.sources = catalog.sources();
    context.datasetVersion = catalog.datasetVersion();
    context.date = QDate::currentDate();
    context.filter = filter;
    Report flows = flowListReport(graph, context).withColumns({QStringLiteral("id"), QStringLiteral("from_id"), QStringLiteral("to_id"),
                                                              QStringLiteral("kind"), QStringLiteral("amount_usd"),
                                                              QStringLiteral("status"), QStringLiteral("announced_on"),
                                                              QStringLiteral("source_id")});
    Report companies = companyTotalsReport(graph, totals, context);
    companies.sources.clear(); // the flows' sources, listed once below the flows
    companies.notes.clear();
    QByteArray text = renderReport(companies, ReportFormat::Table);
    if (withCycles) {
        // One loop a line: a table cell would cut the loop's path short.
        text += "\nCircular flows (largest amount that can go round first)\n\n";
        if (cycles.isEmpty())
            text += "No loop among the flows counted.\n";
        for (int i = 0; i < cycles.size(); ++i) {
            const FlowCycle &c = cycles.at(i);
            QStringList names;
            for (int v : c.nodes)
                names << companyLabel(catalog.companies(), whole.nodeId(v), Language::English);
            text += QStringLiteral("%1. %2 · %3 on the loop\n")
                        .arg(i + 1)
                        .arg(FlowText::loopSentence(names, c, Language::English), NumberFormat::usd(c.totalUsd, Language::English))
                        .toUtf8();
        }
    }
    text += '\n' + renderReport(flows, ReportFormat::Table);
    io.out << QString::fromUtf8(text);
    return ExitCode::Ok;
}
