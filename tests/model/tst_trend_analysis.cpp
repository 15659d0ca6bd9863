// Trends over chips (data/model/trend_analysis.h): where a chip's point sits, which points are fitted, which
// vendors get a fit, and the derived metrics. Chips are typed in by hand; the arithmetic is in the comments.
#include "claimed_chip.h"
#include "trend_analysis.h"

#include <QTest>
#include <cmath>

using namespace ClaimedChip;

class TestTrendAnalysis : public QObject {
    Q_OBJECT

    // Vendor "a" doubles BF16 every year from 2020 to 2022 (1, 2, 4 PFLOP/s) and projects 8 for 2023; vendor "b" has
    // two chips only; "c" one with no availability date.
    static QList<Chip> chips()
    {
        return {
            make(QStringLiteral("a1"), QStringLiteral("a"), QStringLiteral("2019-03"), QStringLiteral("2020"),
                 {flops(Precision::BF16, 1e15), bandwidth(1e12), tdp(500)}),
            make(QStringLiteral("a2"), QStringLiteral("a"), QStringLiteral("2020-03"), QStringLiteral("2021"),
                 {flops(Precision::BF16, 2e15), bandwidth(1.6e12), tdp(500)}),
            make(QStringLiteral("a3"), QStringLiteral("a"), QStringLiteral("2021-03"), QStringLiteral("2022"),
                 {flops(Precision::BF16, 4e15), bandwidth(2e12), tdp(1000)}),
            make(QStringLiteral("a4"), QStringLiteral("a"), QStringLiteral("2022-03"), QStringLiteral("2023"),
                 {flops(Precision::BF16, 8e15, QStringLiteral("projected")), bandwidth(4e12), tdp(1000)}, QStringLiteral("projected")),
            make(QStringLiteral("b1"), QStringLiteral("b"), QStringLiteral("2021-06"), QStringLiteral("2022-Q4"),
                 {flops(Precision::BF16, 0.5e15), bandwidth(1e12)}),
            make(QStringLiteral("b2"), QStringLiteral("b"), QStringLiteral("2023-06"), QStringLiteral("2024-H2"),
                 {flops(Precision::BF16, 1e15), bandwidth(2e12)}),
            make(QStringLiteral("c1"), QStringLiteral("c"), QStringLiteral("2023-08"), QString(), {flops(Precision::BF16, 0.2e15)}),
        };
    }

    static const TrendPoint *point(const TrendAnalysis &a, const QString &id)
    {
        for (const TrendPoint &p : a.points)
            if (p.chip->id == id)
                return &p;
        return nullptr;
    }

private slots:
    void pointsSitAtTheMiddleOfTheirDates()
    {
        const QList<Chip> list = chips();
        const TrendAnalysis available = TrendAnalysis::build(list, TrendMetric::DenseBf16, DateBasis::Available, false);
        QCOMPARE(point(available, QStringLiteral("a1"))->x, 2020.5);   // a year: 1 July
        QCOMPARE(point(available, QStringLiteral("b1"))->x, 2022.875); // Q4: (9 + 1.5)/12
        QCOMPARE(point(available, QStringLiteral("b2"))->x, 2024.75);  // H2: (6 + 3)/12
        QCOMPARE(point(available, QStringLiteral("b1"))->date, QStringLiteral("2022-Q4")); // as written
        // Date order, a projection included in the drawing.
        QCOMPARE(available.points.size(), 6);
        for (int i = 1; i < available.points.size(); ++i)
            QVERIFY(available.points.at(i - 1).x <= available.points.at(i).x);
        // c1 has no availability date: left out, and said so.
        QCOMPARE(available.undated.size(), 1);
        QCOMPARE(available.undated.constFirst()->id, QStringLiteral("c1"));

        const TrendAnalysis announced = TrendAnalysis::build(list, TrendMetric::DenseBf16, DateBasis::Announced, false);
        QCOMPARE(point(announced, QStringLiteral("a1"))->x, 2019 + 2.5 / 12); // March: its middle
        QVERIFY(announced.undated.isEmpty());
        QCOMPARE(announced.points.size(), 7);
    }

    void projectionsAreDrawnButNotFittedUnlessIncluded()
    {
        const QList<Chip> list = chips();
        const TrendAnalysis a = TrendAnalysis::build(list, TrendMetric::DenseBf16, DateBasis::Available, false);
        const TrendPoint *a4 = point(a, QStringLiteral("a4"));
        QVERIFY(a4 && a4->projected && !a4->inFit);
        // Vendor a without its projection: 1, 2, 4 PFLOP/s at 2020.5, 2021.5, 2022.5 → doubles every year, r² 1.
        const TrendSeriesFit *fa = a.fitFor(QStringLiteral("a"));
        QVERIFY(fa && fa->fit.ok());
        QCOMPARE(fa->fit.n, 3);
        QVERIFY(std::abs(*fa->fit.doublingYears - 1.0) < 1e-9);
        QVERIFY(!fa->includesProjections);

        // With it (8 at 2023.5): x = 2020.5 … 2023.5, log10(value/1e15) = 0, 0.30103, 0.60206, 0.90309 — still on the
        // line: the projection doubles too, so the fit is the same line, and says it includes a projection.
        const TrendAnalysis b = TrendAnalysis::build(list, TrendMetric::DenseBf16, DateBasis::Available, true);
        const TrendSeriesFit *fb = b.fitFor(QStringLiteral("a"));
        QVERIFY(point(b, QStringLiteral("a4"))->inFit);
        QCOMPARE(fb->fit.n, 4);
        QVERIFY(fb->includesProjections);
        QVERIFY(std::abs(*fb->fit.doublingYears - 1.0) < 1e-9);
    }

    void onlyVendorsWithThreePointsGetAFitAndAllAlwaysDoes()
    {
        const QList<Chip> list = chips();
        const TrendAnalysis a = TrendAnalysis::build(list, TrendMetric::DenseBf16, DateBasis::Available, false);
        QCOMPARE(a.vendorIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")})); // c has no dated point
        QCOMPARE(a.fits.size(), 2);
        QCOMPARE(a.fits.at(0).vendorId, QStringLiteral("a"));
        QVERIFY(a.fits.at(1).vendorId.isEmpty()); // all vendors: a1 a2 a3 b1 b2
        QCOMPARE(a.fits.at(1).fit.n, 5);
        QVERIFY(!a.fitFor(QStringLiteral("b")));

        // One vendor with two points: the fit over all of them says why there is none.
        const TrendAnalysis onlyB = TrendAnalysis::build(list, TrendMetric::DenseBf16, DateBasis::Available, false, {QStringLiteral("b")});
        QCOMPARE(onlyB.fits.size(), 1);
        QCOMPARE(onlyB.fits.constFirst().fit.problem, TrendFit::Problem::TooFewPoints);
    }

    void derivedMetrics()
    {
        const QList<Chip> list = chips();
        const Chip &a3 = list.at(2);
        // 4e15 FLOP/s ÷ 2e12 B/s = 2,000 FLOP/B; ÷ 1,000 W = 4e12 FLOP/s/W; 2e12 B/s ÷ 1,000 W = 2e9 B/s/W;
        // 2e12 ÷ 4e15 = 5e-4 B/FLOP.
        QCOMPARE(*TrendMetrics::value(a3, TrendMetric::RidgeBf16).value, 2000.0);
        QCOMPARE(*TrendMetrics::value(a3, TrendMetric::Bf16PerWatt).value, 4e12);
        QCOMPARE(*TrendMetrics::value(a3, TrendMetric::BandwidthPerWatt).value, 2e9);
        QCOMPARE(*TrendMetrics::value(a3, TrendMetric::BytesPerFlop).value, 5e-4);
        QVERIFY(!TrendMetrics::value(a3, TrendMetric::RidgeFp8).value); // no FP8 figure
        QCOMPARE(TrendMetrics::value(a3, TrendMetric::RidgeBf16).claims.size(), 2); // both claims behind it
        // A quotient with a projected input is projected.
        QVERIFY(TrendMetrics::value(list.at(3), TrendMetric::RidgeBf16).projected);
        // b1 has no TDP: no per-watt point.
        const TrendAnalysis perWatt = TrendAnalysis::build(list, TrendMetric::Bf16PerWatt, DateBasis::Available, false);
        QVERIFY(!point(perWatt, QStringLiteral("b1")));
    }

    void keysAndUnits()
    {
        QCOMPARE(TrendMetrics::keys(), (QStringList{QStringLiteral("bf16"), QStringLiteral("fp8"), QStringLiteral("fp4"), QStringLiteral("memory"),
                                                    QStringLiteral("bandwidth"), QStringLiteral("flops-per-watt"), QStringLiteral("bandwidth-per-watt"),
                                                    QStringLiteral("ridge-bf16"), QStringLiteral("ridge-fp8"), QStringLiteral("bytes-per-flop")}));
        for (const QString &key : TrendMetrics::keys())
            QCOMPARE(TrendMetrics::key(*TrendMetrics::fromKey(key)), key);
        QVERIFY(!TrendMetrics::fromKey(u"fp16"));
        QCOMPARE(TrendMetrics::unit(TrendMetric::Bf16PerWatt), QStringLiteral("FLOP/s/W"));
        QCOMPARE(TrendMetrics::unit(TrendMetric::RidgeFp8), QStringLiteral("FLOP/B"));
        QCOMPARE(TrendMetrics::unit(TrendMetric::MemoryCapacity), QStringLiteral("B"));
        QCOMPARE(dateBasisFromKey(u"announced"), DateBasis::Announced);
        QVERIFY(!dateBasisFromKey(u"shipped"));
    }
};

QTEST_APPLESS_MAIN(TestTrendAnalysis)
#include "tst_trend_analysis.moc"
