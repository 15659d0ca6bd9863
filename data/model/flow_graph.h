#pragma once
// The flows as a directed multigraph of companies (DESIGN §4 Money flows): one node per company that a counted
// flow touches, one edge per flow, parallel edges kept. Built from the flows a FlowFilter accepts.

#include "flow.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Which flows count: by kind, status, announcement date and amount.
struct FlowFilter {
    QStringList kinds;                        // empty: every kind
    QStringList statuses{FlowWords::active};  // empty: every status; by default only live money
    QDate from;                               // announced on or after (invalid: no limit)
    QDate to;                                 // announced on or before, the "as of" date (invalid: no limit)
    double minAmountUsd = 0;                  // above 0: smaller flows and flows without an amount are left out

    // A flow's date is the first day of its announced_on period: "2025" counts from 2025-01-01.
    bool accepts(const Flow &flow) const;
};

class FlowGraph {
public:
    FlowGraph() = default;
    explicit FlowGraph(const QList<Flow> &flows, const FlowFilter &filter = {});

    // The flows the filter accepted, in the order given; an edge is an index into this list.
    const QList<Flow> &flows() const { return m_flows; }
    int nodeCount() const { return int(m_nodeIds.size()); }
    // Company ids, in order of first appearance in the flows.
    const QStringList &nodeIds() const { return m_nodeIds; }
    const QString &nodeId(int node) const { return m_nodeIds.at(node); }
    int nodeOf(const QString &companyId) const { return m_nodeIndex.value(companyId, -1); }
    int fromNode(int flow) const { return m_from.at(flow); }
    int toNode(int flow) const { return m_to.at(flow); }
    const QList<int> &outFlows(int node) const { return m_out.at(node); }
    const QList<int> &inFlows(int node) const { return m_in.at(node); }

private:
    int addNode(const QString &companyId);

    QList<Flow> m_flows;
    QStringList m_nodeIds;
    QHash<QString, int> m_nodeIndex;
    QList<int> m_from, m_to;
    QList<QList<int>> m_out, m_in;
};
