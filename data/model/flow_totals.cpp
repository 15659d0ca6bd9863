#include "flow_totals.h"

#include <algorithm>

void FlowSums::add(const Flow &flow)
{
    ++count;
    if (flow.status == FlowWords::subset)
        ++subsets;
    else if (!flow.amountUsd)
        ++undisclosed;
    else if (flow.upperBound)
        upperBoundUsd += *flow.amountUsd;
    else
        firmUsd += *flow.amountUsd;
}

CompanyFlows companyFlows(const FlowGraph &graph, const QString &companyId)
{
    CompanyFlows c;
    c.companyId = companyId;
    const int node = graph.nodeOf(companyId);
    if (node < 0)
        return c;
    QList<int> touching = graph.outFlows(node) + graph.inFlows(node);
    std::sort(touching.begin(), touching.end());
    touching.erase(std::unique(touching.begin(), touching.end()), touching.end()); // a self-loop is out and in
    c.flows = touching;
    for (int f : graph.outFlows(node)) {
        const Flow &flow = graph.flows().at(f);
        c.out.add(flow);
        c.outByCounterparty[flow.toId].add(flow);
        c.outByKind[flow.kind].add(flow);
    }
    for (int f : graph.inFlows(node)) {
        const Flow &flow = graph.flows().at(f);
        c.in.add(flow);
        c.inByCounterparty[flow.fromId].add(flow);
        c.inByKind[flow.kind].add(flow);
    }
    return c;
}

QList<CompanyFlows> companyFlows(const FlowGraph &graph)
{
    QList<CompanyFlows> all;
    for (const QString &id : graph.nodeIds())
        all.append(companyFlows(graph, id));
    std::stable_sort(all.begin(), all.end(), [](const CompanyFlows &a, const CompanyFlows &b) {
        const double firmA = a.out.firmUsd + a.in.firmUsd, firmB = b.out.firmUsd + b.in.firmUsd;
        if (firmA != firmB)
            return firmA > firmB;
        const double upA = a.out.upperBoundUsd + a.in.upperBoundUsd, upB = b.out.upperBoundUsd + b.in.upperBoundUsd;
        if (upA != upB)
            return upA > upB;
        return a.companyId < b.companyId;
    });
    return all;
}
