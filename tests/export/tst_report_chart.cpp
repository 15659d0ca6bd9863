// ReportChartDrawing (data/export/report_chart.h): the charts compareReport asks for, laid out — bars in the
// table's order, the baseline named, projections marked, value and ratio at each bar's end, bar lengths on a
// linear axis and on a log axis where a row spans more than a decade — and the SVG the HTML report inlines.
#include "compare_fixture.h"
#include "report_chart.h"
#include "report_text.h"

#include <QTest>
#include <cmath>

using namespace Fixture;

namespace {
const ReportChart *chartOf(const Report &r, const QString &rowKey)
{
    for (const ReportChart &c : r.charts)
        if (c.row == rowOf(r, rowKey))
            return &c;
    return nullptr;
}
} // namespace

class TestReportChart : public QObject {
    Q_OBJECT

private slots:
    void everyRowWithANumberGetsAChart()
    {
        const Report r = report();
        // Text rows (process, status, dates) have none; every chart is a row with a number.
        QVERIFY(!chartOf(r, QStringLiteral("process")));
        QVERIFY(!chartOf(r, QStringLiteral("status")));
        QVERIFY(chartOf(r, QStringLiteral("bf16_flops")));
        QVERIFY(chartOf(r, QStringLiteral("memory_bandwidth")));
        for (const ReportChart &c : r.charts) {
            // Columns C, D, E: H100 SXM, B200, Feynman; the baseline is H100 (column 2); ratios follow in F, G.
            QCOMPARE(c.columns, (QList<int>{2, 3, 4}));
            QCOMPARE(c.baselineColumn, 2);
            QCOMPARE(c.ratioColumns, (QList<int>{-1, 5, 6}));
            QVERIFY(c.sourceLine.startsWith(QLatin1String("Sources: ")));
        }
        QCOMPARE(chartOf(r, QStringLiteral("bf16_flops"))->title, QStringLiteral("Dense BF16 (FLOP/s)"));
        QCOMPARE(chartOf(r, QStringLiteral("bf16_flops"))->sourceLine, QStringLiteral("Sources: NVIDIA, 2022-03-22; NVIDIA, 2024-03-18"));
    }

    void sourceLineIsShortenedWhereMany()
    {
        QList<Source> many;
        for (int i = 1; i <= 5; ++i)
            many << Source{QStringLiteral("s%1").arg(i), QStringLiteral("T"), QStringLiteral("P%1").arg(i), {}, QStringLiteral("2025-01-0%1").arg(i), {}, {}, {}};
        QCOMPARE(ReportText::chartSourceLine(many), QStringLiteral("Sources: P1, 2025-01-01; P2, 2025-01-02; P3, 2025-01-03 and 2 more"));
    }

    // Dense BF16: 989.5 and 2,250 TFLOP/s (2,250 ÷ 989.5 = 2.27, within a decade): a linear axis where B200's bar
    // fills the plot and H100's is 989.5 ÷ 2,250 = 0.4398 of it; Feynman has no figure.
    void linearBars()
    {
        const Report r = report();
        const ReportChart *c = chartOf(r, QStringLiteral("bf16_flops"));
        QVERIFY(!c->logScale);
        const auto l = ReportChartDrawing::layout(r, *c, 800);
        QCOMPARE(l.bars.size(), 3);
        QCOMPARE(l.bars.at(0).label, QStringLiteral("H100 SXM (baseline)"));
        QVERIFY(l.bars.at(0).baseline);
        QCOMPARE(l.bars.at(1).label, QStringLiteral("B200"));
        QCOMPARE(l.bars.at(1).valueText, QStringLiteral("2.25 PFLOP/s · 2.27×"));
        QCOMPARE(l.bars.at(0).valueText, QStringLiteral("989.5 TFLOP/s"));
        QVERIFY(!l.bars.at(2).known);
        QCOMPARE(l.bars.at(2).valueText, QStringLiteral("—"));
        QVERIFY(l.bars.at(2).bar.isEmpty());
        QCOMPARE(l.bars.at(1).bar.width(), l.plot.width());
        QVERIFY(std::abs(l.bars.at(0).bar.width() / l.plot.width() - 989.5 / 2250) < 1e-9);
        // Top to bottom in the table's order.
        QVERIFY(l.bars.at(0).bar.top() < l.bars.at(1).bar.top());
        // Nothing runs past the chart's width: the longest value text fits after the longest bar.
        QVERIFY(l.plot.right() <= l.width);
    }

    // Bandwidth: 3.35, 8 and (projected) 82 TB/s; 82 ÷ 3.35 = 24.5 > 10, so a log axis from 10¹² B/s (the decade
    // below the smallest) to 82e12 (log10 = 13.9138): H100's bar is (12.5250 − 12) ÷ 1.9138 = 0.2743 of the plot,
    // Feynman's fills it.
    void logBarsAndProjection()
    {
        const Report r = report();
        const ReportChart *c = chartOf(r, QStringLiteral("memory_bandwidth"));
        QVERIFY(c->logScale);
        const auto l = ReportChartDrawing::layout(r, *c, 800);
        QVERIFY(l.logScale);
        QVERIFY(std::abs(l.bars.at(0).bar.width() / l.plot.width() - 0.2743) < 1e-4);
        QCOMPARE(l.bars.at(2).bar.width(), l.plot.width());
        QVERIFY(l.bars.at(2).projected);
        QVERIFY(!l.bars.at(1).projected);
        QCOMPARE(l.bars.at(2).valueText, QStringLiteral("82 TB/s † · 24.5×"));
        QCOMPARE(l.ticks, (QList<qreal>{1e12, 1e13}));

        // The same row with the log scale refused is linear: Feynman fills the plot, H100 is 3.35 ÷ 82 of it.
        ReportChart linear = *c;
        linear.logScale = false;
        const auto flat = ReportChartDrawing::layout(r, linear, 800);
        QVERIFY(!flat.logScale);
        QVERIFY(std::abs(flat.bars.at(0).bar.width() / flat.plot.width() - 3.35 / 82) < 1e-9);
    }

    void svgMarksBaselineAndProjection()
    {
        const Report r = report();
        const QString svg = ReportChartDrawing::svg(ReportChartDrawing::layout(r, *chartOf(r, QStringLiteral("memory_bandwidth")), 960));
        QVERIFY(svg.startsWith(QLatin1String("<svg xmlns=\"http://www.w3.org/2000/svg\"")));
        QCOMPARE(svg.count(QLatin1String("<rect class=\"projected\"")), 1);
        QCOMPARE(svg.count(QLatin1String("<rect class=\"baseline\"")), 1);
        QCOMPARE(svg.count(QLatin1String("<rect class=\"bar\"")), 1);
        QVERIFY(svg.contains(QStringLiteral("82 TB/s † · 24.5×")));
        QVERIFY(svg.contains(QLatin1String("H100 SXM (baseline)")));
        QVERIFY(svg.contains(QLatin1String("Sources: ")));
    }
};

QTEST_GUILESS_MAIN(TestReportChart)
#include "tst_report_chart.moc"
