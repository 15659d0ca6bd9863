// How long the Money flows model takes on a graph far larger than the dataset: 1,000 companies and 10,000 flows
// (random but seeded, so every run draws the same graph), every simple loop of up to 6 companies, and every
// company's totals. Not a test: it prints the median of repeated runs (default 3) and what was found.

#include "flow_cycles.h"
#include "flow_graph.h"
#include "flow_totals.h"

#include <QElapsedTimer>
#include <QList>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <vector>

namespace {

constexpr int kCompanies = 1000;
constexpr int kFlows = 10000;
constexpr int kMaxLength = 6;

// Ten flows a company on average, amounts from USD 10 million to 300 billion (log-uniform), one in five an "up to",
// one in ten without an amount, one in twenty capex: roughly the dataset's own mix, a hundred times larger.
QList<Flow> randomFlows()
{
    QRandomGenerator random(20260131);
    static const QStringList kinds{QStringLiteral("equity"), QStringLiteral("chip_purchase"), QStringLiteral("compute_contract"),
                                   QStringLiteral("cloud_commitment"), QStringLiteral("loan"), QStringLiteral("warrant"),
                                   QStringLiteral("joint_venture")};
    QList<Flow> flows;
    flows.reserve(kFlows);
    for (int i = 0; i < kFlows; ++i) {
        Flow f;
        f.id = QStringLiteral("f%1").arg(i);
        const int from = random.bounded(kCompanies);
        int to = random.bounded(kCompanies - 1);
        to += to >= from ? 1 : 0;
        f.fromId = QStringLiteral("c%1").arg(from);
        f.toId = QStringLiteral("c%1").arg(to);
        f.kind = random.bounded(20) == 0 ? FlowWords::capex : kinds.at(random.bounded(int(kinds.size())));
        if (random.bounded(10) != 0)
            f.amountUsd = std::pow(10.0, 7 + random.generateDouble() * 4.5);
        f.upperBound = random.bounded(5) == 0;
        f.announcedOn = QStringLiteral("2025-%1").arg(1 + random.bounded(12), 2, 10, QLatin1Char('0'));
        flows.append(f);
    }
    return flows;
}

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 3;
    QTextStream out(stdout);
    const QList<Flow> flows = randomFlows();
    std::vector<double> build, cycles, totals;
    qsizetype found = 0, measured = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const FlowGraph graph(flows);
        build.push_back(timer.nsecsElapsed() / 1e6);

        timer.restart();
        const CycleSearchResult result = findCycles(graph, {.maxLength = kMaxLength});
        cycles.push_back(timer.nsecsElapsed() / 1e6);
        found = result.cycles.size();
        measured = std::count_if(result.cycles.cbegin(), result.cycles.cend(), [](const FlowCycle &c) { return c.minUsd.has_value(); });

        timer.restart();
        const QList<CompanyFlows> all = companyFlows(graph);
        totals.push_back(timer.nsecsElapsed() / 1e6);
        if (all.size() != graph.nodeCount())
            return 1;
    }
    out << "flows: " << kCompanies << " companies, " << kFlows << " flows, median of " << runs << " runs\n";
    out << "  build the graph:                     " << medianMs(build) << " ms\n";
    out << "  every loop of up to " << kMaxLength << " companies:      " << medianMs(cycles) << " ms (" << found
        << " loops, " << measured << " with every amount disclosed)\n";
    out << "  every company's totals:              " << medianMs(totals) << " ms\n";
    return 0;
}
