// The flow multigraph and what is counted on it: the filter (kind, status, date, amount), each company's totals
// with "up to" amounts kept apart, and the amounts announced per quarter.
#include "flow_graph.h"
#include "flow_presets.h"
#include "flow_timeline.h"
#include "flow_totals.h"

#include <QTest>

using FlowPresets::flow;

Q_DECLARE_METATYPE(FlowFilter)

class TestFlowGraph : public QObject {
    Q_OBJECT

    static QList<Flow> sample()
    {
        FlowPresets::Options chips = FlowPresets::kind(QStringLiteral("chip_purchase"));
        chips.announced = QStringLiteral("2025-05");
        FlowPresets::Options loi = FlowPresets::upTo();
        loi.status = FlowWords::lapsed;
        loi.announced = QStringLiteral("2025-09-22");
        FlowPresets::Options old = FlowPresets::announced(QStringLiteral("2019"));
        return {
            flow("openai", "oracle", 300, FlowPresets::kind(QStringLiteral("compute_contract"))), // 2025-09-01
            flow("oracle", "nvidia", 40, chips),
            flow("nvidia", "openai", 100, loi),
            flow("microsoft", "openai", 13, old),
            flow("nvidia", "openai", 2, FlowPresets::upTo()),
            flow("openai", "nvidia", std::nullopt, FlowPresets::kind(QStringLiteral("chip_purchase"))),
        };
    }

private slots:
    void keepsParallelFlowsAsEdges()
    {
        FlowFilter all;
        all.statuses.clear();
        const FlowGraph g(sample(), all);
        QCOMPARE(g.flows().size(), 6);
        QCOMPARE(g.nodeIds(), (QStringList{"openai", "oracle", "nvidia", "microsoft"})); // order of first appearance
        const int nvidia = g.nodeOf(QStringLiteral("nvidia"));
        QCOMPARE(g.outFlows(nvidia), (QList<int>{2, 4})); // two parallel nvidia → openai edges
        QCOMPARE(g.inFlows(g.nodeOf(QStringLiteral("openai"))), (QList<int>{2, 3, 4}));
        QCOMPARE(g.nodeOf(QStringLiteral("amd")), -1);
    }

    void filters_data()
    {
        QTest::addColumn<FlowFilter>("filter");
        QTest::addColumn<QStringList>("ids"); // from-to of the flows kept, in order
        FlowFilter f;
        QTest::newRow("active only (default)") << f << QStringList{"openai-oracle", "oracle-nvidia", "microsoft-openai", "nvidia-openai", "openai-nvidia"};
        f.statuses.clear();
        f.kinds = QStringList{QStringLiteral("chip_purchase")};
        QTest::newRow("one kind, every status") << f << QStringList{"oracle-nvidia", "openai-nvidia"};
        f = FlowFilter();
        f.statuses.clear();
        f.to = QDate(2025, 8, 31);
        QTest::newRow("as of 2025-08-31") << f << QStringList{"oracle-nvidia", "microsoft-openai"};
        f.from = QDate(2020, 1, 1);
        QTest::newRow("2020 to 2025-08-31") << f << QStringList{"oracle-nvidia"};
        f = FlowFilter();
        f.minAmountUsd = 13e9;
        // 300, 40 and 13 pass; 2 is below; the undisclosed purchase has no amount to compare.
        QTest::newRow("at least 13 B") << f << QStringList{"openai-oracle", "oracle-nvidia", "microsoft-openai"};
    }
    void filters()
    {
        QFETCH(FlowFilter, filter);
        QFETCH(QStringList, ids);
        const FlowGraph g(sample(), filter);
        QStringList kept;
        for (const Flow &f : g.flows())
            kept << f.fromId + QLatin1Char('-') + f.toId;
        QCOMPARE(kept, ids);
    }

    void totalsKeepUpperBoundsApart()
    {
        FlowFilter all;
        all.statuses.clear();
        const FlowGraph g(sample(), all);
        const CompanyFlows openai = companyFlows(g, QStringLiteral("openai"));
        // Out: 300 firm to oracle, one undisclosed chip purchase.
        QCOMPARE(openai.out.firmUsd, 300e9);
        QCOMPARE(openai.out.upperBoundUsd, 0.0);
        QCOMPARE(openai.out.undisclosed, 1);
        QCOMPARE(openai.out.count, 2);
        // In: 13 firm (microsoft); up to 100 + up to 2 = 102 (nvidia).
        QCOMPARE(openai.in.firmUsd, 13e9);
        QCOMPARE(openai.in.upperBoundUsd, 102e9);
        QCOMPARE(openai.inByCounterparty.value(QStringLiteral("nvidia")).upperBoundUsd, 102e9);
        QCOMPARE(openai.inByCounterparty.value(QStringLiteral("nvidia")).count, 2);
        QCOMPARE(openai.inByKind.value(QStringLiteral("equity")).totalUsd(), 115e9); // 13 + 100 + 2
        QCOMPARE(openai.outByKind.value(QStringLiteral("compute_contract")).firmUsd, 300e9);
        QCOMPARE(openai.flows, (QList<int>{0, 2, 3, 4, 5}));

        // Most committed first: openai 300 + 13 = 313 firm; oracle 40 + 300 = 340; nvidia 40; microsoft 13.
        QStringList order;
        for (const CompanyFlows &c : companyFlows(g))
            order << c.companyId;
        QCOMPARE(order, (QStringList{"oracle", "openai", "nvidia", "microsoft"}));
        QCOMPARE(companyFlows(g, QStringLiteral("amd")).out.count, 0);
    }

    void aSubsetIsListedButNotAdded()
    {
        // Amazon's 2025 capex (128) and its Indiana campus (11), which is part of it: Amazon spent 128, not 139.
        FlowPresets::Options capex = FlowPresets::kind(QStringLiteral("capex"));
        FlowPresets::Options campus = capex;
        campus.status = QStringLiteral("subset");
        const QList<Flow> flows{flow("amazon", "suppliers", 128, capex), flow("amazon", "suppliers", 11, campus)};
        FlowFilter all;
        all.statuses.clear();
        const FlowGraph g(flows, all);
        QCOMPARE(g.flows().size(), 2); // both listed
        const CompanyFlows amazon = companyFlows(g, QStringLiteral("amazon"));
        QCOMPARE(amazon.out.count, 2);
        QCOMPARE(amazon.out.firmUsd, 128e9);
        QCOMPARE(amazon.outByKind.value(QStringLiteral("capex")).firmUsd, 128e9);
        QCOMPARE(amazon.outByCounterparty.value(QStringLiteral("suppliers")).totalUsd(), 128e9);
        // The timeline too: both announced 2025-09-01, one quarter holding 128.
        const QList<QuarterAmounts> quarters = quarterlyAmounts(g.flows());
        QCOMPARE(quarters.size(), 1);
        QCOMPARE(quarters.first().flows, 2);
        QCOMPARE(quarters.first().totalUsd(), 128e9);
        QCOMPARE(totalAmounts(g.flows()).totalUsd(), 128e9);
        // The default filter counts active flows only: the subset is not in the graph at all.
        QCOMPARE(FlowGraph(flows).flows().size(), 1);
    }

    void quartersStackByKind()
    {
        FlowFilter all;
        all.statuses.clear();
        const QList<QuarterAmounts> quarters = quarterlyAmounts(FlowGraph(sample(), all).flows());
        // From 2019 Q1 (microsoft, dated only "2019") to 2025 Q3: 6 years × 4 + 3 quarters = 27.
        QCOMPARE(quarters.size(), 27);
        QCOMPARE(quarters.first().year, 2019);
        QCOMPARE(quarters.first().quarter, 1);
        QCOMPARE(quarters.first().firmByKind.value(QStringLiteral("equity")), 13e9);
        const QuarterAmounts &q2 = quarters.at(25); // 2025 Q2: oracle → nvidia, May
        QCOMPARE(q2.year, 2025);
        QCOMPARE(q2.quarter, 2);
        QCOMPARE(q2.firmByKind.value(QStringLiteral("chip_purchase")), 40e9);
        const QuarterAmounts &q3 = quarters.at(26); // 2025 Q3: 300 firm; up to 100 + up to 2; one undisclosed
        QCOMPARE(q3.firmByKind.value(QStringLiteral("compute_contract")), 300e9);
        QCOMPARE(q3.upperBoundByKind.value(QStringLiteral("equity")), 102e9);
        QCOMPARE(q3.flows, 4);
        QCOMPARE(q3.undisclosed, 1);
        QCOMPARE(q3.totalUsd(), 402e9);
        QCOMPARE(q3.first(), QDate(2025, 7, 1));
        QCOMPARE(q3.last(), QDate(2025, 9, 30));
        QVERIFY(quarters.at(10).firmByKind.isEmpty()); // empty quarters are kept, so the axis is even

        // A fixed range keeps the axis whatever the filter leaves: 2025 Q1 … 2026 Q4 is 8 quarters.
        const QList<QuarterAmounts> fixed = quarterlyAmounts(FlowGraph(sample(), all).flows(), QDate(2025, 2, 1), QDate(2026, 12, 1));
        QCOMPARE(fixed.size(), 8);
        QCOMPARE(fixed.at(1).firmByKind.value(QStringLiteral("chip_purchase")), 40e9);
        QVERIFY(quarterlyAmounts({}).isEmpty());

        // The "earlier" bucket: everything in one, 13 firm + 300 firm + 40 firm; up to 100 + 2; one undisclosed.
        const QuarterAmounts bucket = totalAmounts(FlowGraph(sample(), all).flows());
        QCOMPARE(bucket.flows, 6);
        QCOMPARE(bucket.totalUsd(), 455e9); // 13 + 300 + 40 + 100 + 2
        QCOMPARE(bucket.firmByKind.value(QStringLiteral("equity")), 13e9);
        QCOMPARE(bucket.undisclosed, 1);
    }
};

QTEST_APPLESS_MAIN(TestFlowGraph)
#include "tst_flow_graph.moc"
