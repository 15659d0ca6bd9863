#pragma once
// The Money flows tables (DESIGN §4): the flows counted, every loop with what can go round it, and each company's
// totals with "up to" amounts apart. As machine tables (the flows sub-command's CSV) and as Reports in the chosen
// language (the view's exports, in every report format).

#include "data_table.h"
#include "flow_cycles.h"
#include "flow_graph.h"
#include "flow_totals.h"
#include "report.h"
#include "source.h"

#include <QDate>
#include <QList>
#include <QString>

// What every Money flows report shares: names, sources, language and what was counted.
struct FlowsReportContext {
    QList<Company> companies;
    QList<Source> sources; // any superset of the sources the flows cite
    Language language = Language::English;
    QString datasetVersion;
    QDate date;
    FlowFilter filter; // what was counted; the reports say it in their subtitle
};

// The flow table's own columns (DESIGN §2.1), in its order: id, from_id, to_id, kind, amount_usd, upper_bound, …
QStringList flowTableColumns();
// Flows as rows of the flow table: numbers stay numbers (amount_usd in USD, upper_bound 0 or 1), empty text is null.
DataTable flowTable(const QList<Flow> &flows);
// One row per loop: companies and flow_ids as ids joined by ';', min_usd, min_is_upper_bound, total_usd,
// includes_upper_bounds, undisclosed_flows, length, first_announced_on, last_announced_on.
DataTable cycleTable(const FlowGraph &graph, const QList<FlowCycle> &cycles);

// Titles, headers and words go through QCoreApplication::translate ("FlowsReport", "FlowText", "Report"): install
// the translator for the context's language first.
Report flowListReport(const FlowGraph &graph, const FlowsReportContext &context);
Report cyclesReport(const FlowGraph &graph, const QList<FlowCycle> &cycles, const FlowsReportContext &context);
Report companyTotalsReport(const FlowGraph &graph, const QList<CompanyFlows> &totals, const FlowsReportContext &context);
