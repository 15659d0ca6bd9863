// Every simple loop of hand-made graphs whose loops can be counted on paper, with the most money that can go
// round each one (its smallest hop) and the sum, checked by hand.
#include "flow_cycles.h"
#include "flow_presets.h"

#include <QTest>

using FlowPresets::flow;

namespace {
QStringList names(const FlowGraph &g, const FlowCycle &c)
{
    QStringList ids;
    for (int v : c.nodes)
        ids << g.nodeId(v);
    return ids;
}

QStringList flowIds(const FlowGraph &g, const FlowCycle &c)
{
    QStringList ids;
    for (int f : c.flowIndices())
        ids << g.flows().at(f).id;
    return ids;
}

// Every ordered pair of `n` companies joined by a flow of 1 billion.
QList<Flow> complete(int n)
{
    QList<Flow> flows;
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            if (a != b)
                flows << flow(QString(QChar(u'a' + a)), QString(QChar(u'a' + b)), 1);
    return flows;
}
} // namespace

class TestFlowCycles : public QObject {
    Q_OBJECT
private slots:
    void triangle()
    {
        // openai → oracle 300, oracle → nvidia 40, nvidia → openai up to 100: one loop.
        const FlowGraph g({flow("openai", "oracle", 300), flow("oracle", "nvidia", 40),
                           flow("nvidia", "openai", 100, FlowPresets::upTo())});
        const CycleSearchResult r = findCycles(g);
        QCOMPARE(r.cycles.size(), 1);
        QVERIFY(!r.truncated);
        const FlowCycle &c = r.cycles.first();
        // It reads from the biggest payer: openai's hop (300) is the largest.
        QCOMPARE(names(g, c), (QStringList{"openai", "oracle", "nvidia"}));
        QCOMPARE(c.hops.size(), 3);
        QCOMPARE(g.nodeId(c.hops.at(2).from), QStringLiteral("nvidia"));
        QCOMPARE(g.nodeId(c.hops.at(2).to), QStringLiteral("openai"));
        // min(300, 40, 100) = 40 B can go all the way round; 300 + 40 + 100 = 440 B in all.
        QCOMPARE(*c.minUsd, 40e9);
        QCOMPARE(c.totalUsd, 440e9);
        QVERIFY(c.includesUpperBounds);  // the 100 is "up to"
        QVERIFY(!c.minIsUpperBound);     // the 40 is firm
        QCOMPARE(c.undisclosedFlows, 0);
        QCOMPARE(c.firstAnnounced, QDate(2025, 9, 1));
        QCOMPARE(c.firstAnnouncedOn, QStringLiteral("2025-09-01"));
    }

    void twoLoopsSharingAnEdge()
    {
        // a → b 10 is shared by a → b → a (b → a 5) and a → b → c → a (b → c 7, c → a 3).
        const FlowGraph g({flow("a", "b", 10), flow("b", "a", 5), flow("b", "c", 7, FlowPresets::announced(QStringLiteral("2026-Q1"))),
                           flow("c", "a", 3, FlowPresets::announced(QStringLiteral("2024")))});
        const QList<FlowCycle> cycles = findCycles(g).cycles;
        QCOMPARE(cycles.size(), 2);
        // Largest circular amount first: min(10, 5) = 5 before min(10, 7, 3) = 3.
        QCOMPARE(names(g, cycles.at(0)), (QStringList{"a", "b"}));
        QCOMPARE(*cycles.at(0).minUsd, 5e9);
        QCOMPARE(cycles.at(0).totalUsd, 15e9); // 10 + 5
        QCOMPARE(names(g, cycles.at(1)), (QStringList{"a", "b", "c"}));
        QCOMPARE(*cycles.at(1).minUsd, 3e9);
        QCOMPARE(cycles.at(1).totalUsd, 20e9); // 10 + 7 + 3
        QCOMPARE(flowIds(g, cycles.at(0)).first(), flowIds(g, cycles.at(1)).first()); // the shared a → b
        QVERIFY(!cycles.at(0).includesUpperBounds);
        // The dates span the loop's flows, at the precision the dataset gives them.
        QCOMPARE(cycles.at(1).firstAnnouncedOn, QStringLiteral("2024"));
        QCOMPARE(cycles.at(1).lastAnnouncedOn, QStringLiteral("2026-Q1"));
        QCOMPARE(cycles.at(1).lastAnnounced, QDate(2026, 1, 1));
    }

    void selfLoop()
    {
        // A company paying itself (an internal transfer) is a loop of one company; a → b leads nowhere back.
        const FlowGraph g({flow("a", "a", 2), flow("a", "b", 9)});
        const QList<FlowCycle> cycles = findCycles(g).cycles;
        QCOMPARE(cycles.size(), 1);
        QCOMPARE(names(g, cycles.first()), QStringList{"a"});
        QCOMPARE(cycles.first().length(), 1);
        QCOMPARE(*cycles.first().minUsd, 2e9);
        QCOMPARE(findCycles(g, {.maxLength = 1}).cycles.size(), 1);
    }

    void parallelFlowsAddUpInOneHop()
    {
        // a → b twice (10, and up to 5) and b → a 8: one loop, not two; the a → b hop carries 10 + 5 = 15.
        const FlowGraph g({flow("a", "b", 10), flow("a", "b", 5, FlowPresets::upTo()), flow("b", "a", 8)});
        const QList<FlowCycle> cycles = findCycles(g).cycles;
        QCOMPARE(cycles.size(), 1);
        const FlowCycle &c = cycles.first();
        QCOMPARE(names(g, c), (QStringList{"a", "b"}));
        QCOMPARE(c.hops.first().flows.size(), 2);
        QCOMPARE(*c.hops.first().amountUsd, 15e9);
        QVERIFY(c.hops.first().upperBound);
        QCOMPARE(*c.minUsd, 8e9);     // min(15, 8)
        QCOMPARE(c.totalUsd, 23e9);   // 10 + 5 + 8
        QVERIFY(c.includesUpperBounds);
        QVERIFY(!c.minIsUpperBound);  // the smallest hop, b → a 8, is firm
        QCOMPARE(flowIds(g, c).size(), 3);
    }

    void smallestHopUpTo()
    {
        // a → b up to 2, b → a 9: at most "up to 2" goes round, and the figure says so.
        const FlowGraph g({flow("a", "b", 2, FlowPresets::upTo()), flow("b", "a", 9)});
        const FlowCycle c = findCycles(g).cycles.first();
        QCOMPARE(*c.minUsd, 2e9);
        QVERIFY(c.minIsUpperBound);
        QCOMPARE(names(g, c), (QStringList{"b", "a"})); // from the biggest payer, b (9)
    }

    void undisclosedAmountLeavesTheMinimumOpen()
    {
        // a → b without an amount, b → a 5, and a disclosed loop c → d 1, d → c 1.
        const FlowGraph g({flow("a", "b", std::nullopt), flow("b", "a", 5), flow("c", "d", 1), flow("d", "c", 1)});
        const QList<FlowCycle> cycles = findCycles(g).cycles;
        QCOMPARE(cycles.size(), 2);
        // A loop with a measured minimum (1) comes before one whose minimum is not known.
        QCOMPARE(names(g, cycles.at(0)), (QStringList{"c", "d"}));
        QCOMPARE(*cycles.at(0).minUsd, 1e9);
        QVERIFY(!cycles.at(1).minUsd.has_value());
        QCOMPARE(cycles.at(1).undisclosedFlows, 1);
        QCOMPARE(cycles.at(1).totalUsd, 5e9);
    }

    void capexTakesPartInNoCycle()
    {
        // Spending with the catch-all supplier node is not money that can come back.
        const FlowGraph g({flow("a", "suppliers", 100, FlowPresets::kind(FlowWords::capex)), flow("suppliers", "a", 50)});
        QCOMPARE(g.flows().size(), 2); // both drawn
        QVERIFY(findCycles(g).cycles.isEmpty());
    }

    void anAcquisitionTakesPartInNoCycle()
    {
        // spacex buys xai (250), xai buys chips from nvidia (20), nvidia invests in spacex (2): buying a company is
        // not financing that comes back, so there is no loop, while the loop without the purchase stays.
        const QList<Flow> flows{flow("spacex", "xai", 250, FlowPresets::kind(QStringLiteral("acquisition"))),
                                flow("xai", "nvidia", 20), flow("nvidia", "spacex", 2), flow("nvidia", "xai", 1)};
        const FlowGraph g(flows);
        QCOMPARE(g.flows().size(), 4); // all drawn
        const CycleSearchResult r = findCycles(g);
        QCOMPARE(r.cycles.size(), 1); // xai → nvidia → xai only
        QCOMPARE(names(g, r.cycles.first()), (QStringList{"xai", "nvidia"}));
        QCOMPARE(r.cycles.first().totalUsd, 21e9); // 20 + 1, not 250 more
    }

    void aSubsetTakesPartInNoCycle()
    {
        // b's 5 to a is part of a larger flow already counted elsewhere: its money does not go round again.
        const QList<Flow> flows{flow("a", "b", 10), flow("b", "a", 5, FlowPresets::status(QStringLiteral("subset")))};
        FlowFilter all;
        all.statuses.clear();
        QVERIFY(findCycles(FlowGraph(flows, all)).cycles.isEmpty());
    }

    void lapsedFlowsAreNotLiveMoney()
    {
        // The default filter counts active flows only: the lapsed letter of intent breaks the loop.
        const QList<Flow> flows{flow("openai", "oracle", 300), flow("oracle", "nvidia", 40),
                                flow("nvidia", "openai", 100, FlowPresets::status(FlowWords::lapsed))};
        QVERIFY(findCycles(FlowGraph(flows)).cycles.isEmpty());
        FlowFilter all;
        all.statuses.clear();
        QCOMPARE(findCycles(FlowGraph(flows, all)).cycles.size(), 1);
    }

    void completeGraphsHaveEveryLoop_data()
    {
        QTest::addColumn<int>("companies");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<int>("loops");
        // Simple loops of the complete digraph on n nodes: the sum over k = 2 … n of C(n, k) · (k − 1)!.
        QTest::newRow("K3") << 3 << 0 << 3 + 2;                   // 3·1 + 1·2
        QTest::newRow("K4") << 4 << 0 << 6 + 8 + 6;               // 6·1 + 4·2 + 1·6 = 20
        QTest::newRow("K5") << 5 << 0 << 10 + 20 + 30 + 24;       // 10·1 + 10·2 + 5·6 + 1·24 = 84
        QTest::newRow("K5 up to 3") << 5 << 3 << 10 + 20;         // lengths 2 and 3 only
        QTest::newRow("K5 up to 5") << 5 << 5 << 84;              // the bound holds them all
        QTest::newRow("K6 up to 4") << 6 << 4 << 15 + 40 + 90;    // C(6,2)·1 + C(6,3)·2 + C(6,4)·6 = 145
    }
    void completeGraphsHaveEveryLoop()
    {
        QFETCH(int, companies);
        QFETCH(int, maxLength);
        QFETCH(int, loops);
        const FlowGraph g(complete(companies));
        const QList<FlowCycle> cycles = findCycles(g, {.maxLength = maxLength}).cycles;
        QCOMPARE(cycles.size(), loops);
        QSet<QString> distinct;
        for (const FlowCycle &c : cycles) {
            QVERIFY(maxLength == 0 || c.length() <= maxLength);
            QStringList sorted = names(g, c);
            QCOMPARE(QSet<QString>(sorted.cbegin(), sorted.cend()).size(), c.length()); // simple: no company twice
            // The same loop read from another start is the same loop: count it once.
            QStringList key = names(g, c);
            std::rotate(key.begin(), std::min_element(key.begin(), key.end()), key.end());
            distinct.insert(key.join(QLatin1Char('>')));
        }
        QCOMPARE(distinct.size(), loops);
    }

    void stopsAtTheCycleLimit()
    {
        const FlowGraph g(complete(5));
        const CycleSearchResult r = findCycles(g, {.maxCycles = 10});
        QCOMPARE(r.cycles.size(), 10);
        QVERIFY(r.truncated);
    }
};

QTEST_APPLESS_MAIN(TestFlowCycles)
#include "tst_flow_cycles.moc"
