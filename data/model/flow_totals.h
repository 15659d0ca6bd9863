#pragma once
// What each company commits and receives in a FlowGraph: firm amounts and "up to" amounts kept apart (a ceiling
// added to a firm figure would overstate it), flows without an amount counted, by counterparty and by kind. A flow
// that is part of a larger one (one campus of a company's capex) is counted but its amount is not added: the larger
// flow already holds it.

#include "flow_graph.h"

#include <QList>
#include <QMap>
#include <QString>

struct FlowSums {
    double firmUsd = 0;       // disclosed amounts that are not ceilings
    double upperBoundUsd = 0; // "up to" amounts
    int undisclosed = 0;      // flows without an amount
    int count = 0;            // flows
    int subsets = 0;          // flows that are part of a larger flow (status subset): counted, amount not added


    void add(const Flow &flow);
    double totalUsd() const { return firmUsd + upperBoundUsd; }
};

struct CompanyFlows {
    QString companyId;
    FlowSums out; // what it pays or commits
    FlowSums in;  // what it receives
    QMap<QString, FlowSums> outByCounterparty, inByCounterparty; // by the other company's id
    QMap<QString, FlowSums> outByKind, inByKind;
    QList<int> flows; // graph flow indices touching it, in the graph's order
};

// One company's flows; empty sums if it is not in the graph.
CompanyFlows companyFlows(const FlowGraph &graph, const QString &companyId);
// Every company of the graph, the most committed first (firm out + firm in, then "up to" out + in, then id).
QList<CompanyFlows> companyFlows(const FlowGraph &graph);
