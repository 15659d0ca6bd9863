#include "flow_graph.h"

bool FlowFilter::accepts(const Flow &flow) const
{
    if (!kinds.isEmpty() && !kinds.contains(flow.kind))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(flow.status))
        return false;
    if (from.isValid() || to.isValid()) {
        const QDate announced = flow.announcedFirst();
        if (!announced.isValid() || (from.isValid() && announced < from) || (to.isValid() && announced > to))
            return false;
    }
    if (minAmountUsd > 0 && (!flow.amountUsd || *flow.amountUsd < minAmountUsd))
        return false;
    return true;
}

FlowGraph::FlowGraph(const QList<Flow> &flows, const FlowFilter &filter)
{
    for (const Flow &f : flows) {
        if (!filter.accepts(f))
            continue;
        const int from = addNode(f.fromId);
        const int to = addNode(f.toId);
        const int edge = int(m_flows.size());
        m_flows.append(f);
        m_from.append(from);
        m_to.append(to);
        m_out[from].append(edge);
        m_in[to].append(edge);
    }
}

int FlowGraph::addNode(const QString &companyId)
{
    const auto it = m_nodeIndex.constFind(companyId);
    if (it != m_nodeIndex.constEnd())
        return it.value();
    const int node = int(m_nodeIds.size());
    m_nodeIds.append(companyId);
    m_nodeIndex.insert(companyId, node);
    m_out.append(QList<int>());
    m_in.append(QList<int>());
    return node;
}
