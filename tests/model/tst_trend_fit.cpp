// The log-linear trend fit (data/model/trend_fit.h) on cases worked by hand: the arithmetic is in the comments.
#include "trend_fit.h"

#include <QTest>
#include <cmath>

Q_DECLARE_METATYPE(TrendSample)

class TestTrendFit : public QObject {
    Q_OBJECT

    static bool near(double a, double b, double tolerance = 1e-6) { return std::abs(a - b) <= tolerance; }

private slots:
    void threePointsDoublingEveryYear()
    {
        // 1, 2, 4 at 2020, 2021, 2022: log10 rises by log10(2) = 0.30103 a year, exactly, so the line goes through
        // every point: slope 0.30103, ×2 a year, doubling 1 year, r² 1, no scatter so the interval is the point.
        const TrendFit f = fitTrend({{2020, 1}, {2021, 2}, {2022, 4}});
        QVERIFY(f.ok());
        QCOMPARE(f.n, 3);
        QVERIFY(near(f.slope, std::log10(2.0), 1e-12));
        QVERIFY(near(f.growthPerYear, 2.0, 1e-12));
        QVERIFY(f.doublingYears && near(*f.doublingYears, 1.0, 1e-12));
        QVERIFY(f.r2 && near(*f.r2, 1.0, 1e-12));
        QVERIFY(near(f.slopeStdError, 0.0, 1e-7));
        QVERIFY(f.doublingLow && f.doublingHigh);
        QVERIFY(near(*f.doublingLow, 1.0, 1e-6) && near(*f.doublingHigh, 1.0, 1e-6));
        QVERIFY(!f.halvingYears);
        QCOMPARE(f.direction(), TrendFit::Direction::Growing);
        QVERIFY(near(f.valueAt(2023), 8.0, 1e-9)); // the line carries on: 8 in 2023
    }

    void fourPointsWorkedByHand()
    {
        // x = 2020, 2021, 2022, 2023; log10 values y = 0, 0.3, 0.7, 0.9 (values 1, 10^0.3, 10^0.7, 10^0.9).
        // mean x = 2021.5, mean y = 0.475.
        // Sxx = 1.5² + 0.5² + 0.5² + 1.5² = 5
        // Sxy = (−1.5)(−0.475) + (−0.5)(−0.175) + (0.5)(0.225) + (1.5)(0.425) = 0.7125 + 0.0875 + 0.1125 + 0.6375 = 1.55
        // slope = 1.55 / 5 = 0.31 log10 per year → growth 10^0.31 = 2.041738 a year; doubling 0.30103 / 0.31 = 0.971065 yr
        // fitted y = 0.475 + 0.31 (x − 2021.5) = 0.01, 0.32, 0.63, 0.94 → residuals −0.01, −0.02, 0.07, −0.04
        // SSE = 0.0001 + 0.0004 + 0.0049 + 0.0016 = 0.007; SST = 0.225625 + 0.030625 + 0.050625 + 0.180625 = 0.4875
        // r² = 1 − 0.007 / 0.4875 = 0.985641
        // s² = SSE / (n − 2) = 0.0035; SE(slope) = √(0.0035 / 5) = √0.0007 = 0.0264575
        // t(0.95, 2 df) = 2.919986 → slope 0.31 ± 2.919986 × 0.0264575 = 0.31 ± 0.0772556 = 0.2327444 … 0.3872556
        // doubling interval: 0.30103 / 0.3872556 = 0.777342 … 0.30103 / 0.2327444 = 1.293393 years
        const TrendFit f = fitTrend({{2020, 1}, {2021, std::pow(10, 0.3)}, {2022, std::pow(10, 0.7)}, {2023, std::pow(10, 0.9)}});
        QVERIFY(f.ok());
        QCOMPARE(f.n, 4);
        QVERIFY(near(f.meanX, 2021.5, 1e-9));
        QVERIFY(near(f.meanLog10, 0.475, 1e-12));
        QVERIFY(near(f.slope, 0.31, 1e-12));
        QVERIFY(near(f.growthPerYear, 2.041738));
        QVERIFY(near(*f.doublingYears, 0.971065));
        QVERIFY(near(*f.r2, 0.985641));
        QVERIFY(near(f.slopeStdError, 0.0264575));
        QVERIFY(near(f.slopeLow, 0.232744) && near(f.slopeHigh, 0.387256));
        QVERIFY(near(*f.doublingLow, 0.777342) && near(*f.doublingHigh, 1.293393));
    }

    void fallingTrendHasAHalvingTimeNotANegativeDoubling()
    {
        // 8, 4, 2 at 2020, 2021, 2022: halves every year; slope −0.30103.
        const TrendFit f = fitTrend({{2020, 8}, {2021, 4}, {2022, 2}});
        QVERIFY(f.ok());
        QCOMPARE(f.direction(), TrendFit::Direction::Falling);
        QVERIFY(!f.doublingYears && !f.doublingLow && !f.doublingHigh);
        QVERIFY(f.halvingYears && near(*f.halvingYears, 1.0, 1e-12));
        QVERIFY(near(f.growthPerYear, 0.5, 1e-12));
    }

    void flatTrendHasNeitherAndNoR2()
    {
        // Three equal values: slope 0, nothing to explain so r² is undefined, no doubling and no halving.
        const TrendFit f = fitTrend({{2020, 5}, {2021, 5}, {2023, 5}});
        QVERIFY(f.ok());
        QCOMPARE(f.direction(), TrendFit::Direction::Flat);
        QCOMPARE(f.slope, 0.0);
        QVERIFY(!f.r2);
        QVERIFY(!f.doublingYears && !f.halvingYears);
    }

    void intervalThatReachesNoGrowthHasNoUpperEnd()
    {
        // 1, 4, 1.5 at 2020, 2021, 2022: growing on average (slope = (log10 1.5 − 0) / 2 = 0.0880456), but so
        // scattered that the 90 % interval of the slope (t = 6.314 on 1 df) runs below zero: the doubling time
        // could be anything from its low end up, so the high end is absent.
        const TrendFit f = fitTrend({{2020, 1}, {2021, 4}, {2022, 1.5}});
        QVERIFY(f.ok());
        QVERIFY(near(f.slope, std::log10(1.5) / 2));
        QVERIFY(f.slopeLow < 0);
        QVERIFY(f.doublingYears && f.doublingLow);
        QVERIFY(!f.doublingHigh);
    }

    void errors_data()
    {
        QTest::addColumn<QList<TrendSample>>("samples");
        QTest::addColumn<int>("problem");
        QTest::newRow("none") << QList<TrendSample>{} << int(TrendFit::Problem::TooFewPoints);
        QTest::newRow("two points") << QList<TrendSample>{{2020, 1}, {2021, 2}} << int(TrendFit::Problem::TooFewPoints);
        QTest::newRow("one date") << QList<TrendSample>{{2025.75, 1}, {2025.75, 2}, {2025.75, 4}} << int(TrendFit::Problem::OneDate);
        QTest::newRow("zero value") << QList<TrendSample>{{2020, 1}, {2021, 0}, {2022, 4}} << int(TrendFit::Problem::NonPositiveValue);
        QTest::newRow("negative value") << QList<TrendSample>{{2020, 1}, {2021, -2}, {2022, 4}} << int(TrendFit::Problem::NonPositiveValue);
    }
    void errors()
    {
        QFETCH(QList<TrendSample>, samples);
        QFETCH(int, problem);
        const TrendFit f = fitTrend(samples);
        QCOMPARE(int(f.problem), problem);
        QVERIFY(!f.ok());
        QVERIFY(!f.doublingYears && !f.halvingYears && !f.r2);
    }

    void studentT_data()
    {
        // Two-sided 90 % critical values from any t table (the 0.95 quantile).
        QTest::addColumn<int>("df");
        QTest::addColumn<double>("t");
        QTest::newRow("1") << 1 << 6.313752;
        QTest::newRow("2") << 2 << 2.919986;
        QTest::newRow("3") << 3 << 2.353363;
        QTest::newRow("5") << 5 << 2.015048;
        QTest::newRow("10") << 10 << 1.812461;
        QTest::newRow("30") << 30 << 1.697261;
        QTest::newRow("120") << 120 << 1.657651;
    }
    void studentT()
    {
        QFETCH(int, df);
        QFETCH(double, t);
        QVERIFY2(near(studentTQuantile(0.95, df), t, 1e-6), qPrintable(QString::number(studentTQuantile(0.95, df), 'g', 10)));
        QVERIFY(near(studentTQuantile(0.05, df), -t, 1e-6)); // symmetric
    }
};

QTEST_APPLESS_MAIN(TestTrendFit)
#include "tst_trend_fit.moc"
