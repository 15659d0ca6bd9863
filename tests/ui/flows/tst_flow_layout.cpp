// Where the Money flows graph puts each company: role columns from investors on the left to suppliers on the right,
// every company inside the area and apart from the others, the same picture for the same data.
#include "flows/flow_layout.h"

#include <QTest>

class TestFlowLayout : public QObject {
    Q_OBJECT

    static QList<FlowLayoutNode> sample()
    {
        QList<FlowLayoutNode> nodes{{QStringLiteral("softbank"), QStringLiteral("investor_sovereign"), 30e9},
                                    {QStringLiteral("openai"), QStringLiteral("model_lab"), 600e9},
                                    {QStringLiteral("nvidia"), QStringLiteral("chip_designer"), 60e9},
                                    {QStringLiteral("samsung"), QStringLiteral("memory"), 0},
                                    {QStringLiteral("dell"), QStringLiteral("server_maker"), 6e9},
                                    {QStringLiteral("suppliers"), QStringLiteral("other"), 900e9},
                                    {QStringLiteral("mystery"), QStringLiteral("not-a-role"), 1e9}};
        for (int i = 0; i < 20; ++i) // a large cloud group: split into columns of at most 8
            nodes << FlowLayoutNode{QStringLiteral("cloud%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("cloud"), double(i) * 1e9};
        return nodes;
    }

private slots:
    void columnsFollowTheMoney()
    {
        const FlowLayout layout = layoutFlowGraph(sample(), {{QStringLiteral("openai"), QStringLiteral("cloud19")}});
        const auto x = [&](const char *id) { return layout.positions.value(QLatin1String(id)).x(); };
        QVERIFY(x("softbank") < x("openai"));
        QVERIFY(x("openai") < x("cloud19"));
        QVERIFY(x("cloud19") < x("nvidia"));
        QVERIFY(x("nvidia") < x("samsung"));
        // The small supplier groups share one column: memory, server maker, other (an unknown role counts as other).
        QCOMPARE(x("samsung"), x("dell"));
        QCOMPARE(x("dell"), x("suppliers"));
        QCOMPARE(x("suppliers"), x("mystery"));
        QCOMPARE(layout.columns.last().roles, (QStringList{"memory", "server_maker", "other"}));
        // 27 companies: at most max(8, ⌈27 / 6⌉) = 8 a column, so the 20 clouds take 3 columns of 7, 7 and 6.
        int cloudColumns = 0;
        for (const FlowLayout::Column &c : layout.columns)
            cloudColumns += c.roles == QStringList{QStringLiteral("cloud")};
        QCOMPARE(cloudColumns, 3);
        QCOMPARE(layout.rows, 7);
        QCOMPARE(layout.columns.size(), 7); // investor, lab, 3 × cloud, chip designer, suppliers
    }

    void everyCompanyInsideAndApart()
    {
        const FlowLayout layout = layoutFlowGraph(sample(), {});
        QCOMPARE(layout.positions.size(), sample().size());
        QSet<QPair<double, double>> seen;
        for (const QPointF &p : layout.positions) {
            QVERIFY(p.x() > 0 && p.x() < 1 && p.y() > 0 && p.y() < 1);
            QVERIFY(!seen.contains(qMakePair(p.x(), p.y())));
            seen.insert(qMakePair(p.x(), p.y()));
        }
        // The 20 clouds are dealt out over their 3 columns biggest first: cloud19, cloud16, cloud13 … in the first,
        // cloud18, cloud15 … in the second; where no flow says otherwise the bigger one is higher.
        const QPointF c19 = layout.positions.value(QStringLiteral("cloud19")), c18 = layout.positions.value(QStringLiteral("cloud18"));
        const QPointF c16 = layout.positions.value(QStringLiteral("cloud16"));
        QCOMPARE(c16.x(), c19.x());
        QVERIFY(c18.x() > c19.x());
        QVERIFY(c19.y() < c16.y());
    }

    void flowsPullCounterpartiesLevel()
    {
        // Two labs and two chip designers, crossed by size; the flows a → d and b → c pull them level instead.
        const QList<FlowLayoutNode> nodes{{QStringLiteral("a"), QStringLiteral("model_lab"), 10}, {QStringLiteral("b"), QStringLiteral("model_lab"), 5},
                                          {QStringLiteral("c"), QStringLiteral("chip_designer"), 10}, {QStringLiteral("d"), QStringLiteral("chip_designer"), 5}};
        const FlowLayout layout = layoutFlowGraph(nodes, {{QStringLiteral("a"), QStringLiteral("d")}, {QStringLiteral("b"), QStringLiteral("c")}});
        const auto y = [&](const char *id) { return layout.positions.value(QLatin1String(id)).y(); };
        QCOMPARE(y("a") < y("b"), y("d") < y("c"));
        // The same data, the same picture.
        QCOMPARE(layoutFlowGraph(nodes, {{QStringLiteral("a"), QStringLiteral("d")}, {QStringLiteral("b"), QStringLiteral("c")}}).positions,
                 layout.positions);
    }
};

QTEST_APPLESS_MAIN(TestFlowLayout)
#include "tst_flow_layout.moc"
