// `compute-atlas trend` as a user runs it, on the bundled dataset. The NVIDIA dense BF16 fit is checked against an
// independent least-squares computation made here from `chips --format json` (the chips' dates and figures), with
// the textbook sums; the numbers it must give are worked out in the comment.
#include "cli_process.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <cmath>

class TestTrendCommand : public QObject {
    Q_OBJECT

    CliProcess m_cli;

    CliProcess::Run trend(const QStringList &args) { return m_cli.run(QStringList{QStringLiteral("trend")} + args); }

    static bool near(double actual, double expected, double relative = 1e-6)
    {
        return std::abs(actual - expected) <= std::abs(expected) * relative;
    }

    // The placement rule, written out again: months are twelfths of a year and a date sits at the middle of its
    // period (a year at 1 July, 2025-H2 at 2025.75, 2022-Q4 at 2022.875, 2024-04 at 2024 + 3.5/12).
    static double decimalYear(const QString &date)
    {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(?:H([12])|Q([1-4])|(\\d{2})(?:-(\\d{2}))?))?$"));
        const auto m = re.match(date);
        if (!m.hasMatch())
            return std::nan("");
        const double year = m.captured(1).toDouble();
        if (!m.captured(2).isEmpty())
            return year + ((m.captured(2).toInt() - 1) * 6 + 3) / 12.0;
        if (!m.captured(3).isEmpty())
            return year + ((m.captured(3).toInt() - 1) * 3 + 1.5) / 12.0;
        if (m.captured(4).isEmpty())
            return year + 0.5;
        const int month = m.captured(4).toInt();
        if (m.captured(5).isEmpty())
            return year + (month - 0.5) / 12.0;
        const int days = QDate(int(year), month, 1).daysInMonth();
        return year + (month - 1 + (m.captured(5).toInt() - 0.5) / days) / 12.0;
    }

    static QJsonObject fitOf(const QJsonObject &root, const QString &vendor)
    {
        for (const QJsonValue &f : root.value(QStringLiteral("fits")).toArray())
            if (f.toObject().value(QStringLiteral("vendor")).toString() == vendor)
                return f.toObject();
        return {};
    }

    static QJsonObject pointOf(const QJsonObject &root, const QString &chip)
    {
        for (const QJsonValue &p : root.value(QStringLiteral("points")).toArray())
            if (p.toObject().value(QStringLiteral("chip_id")).toString() == chip)
                return p.toObject();
        return {};
    }

private slots:
    void nvidiaBf16MatchesAnIndependentLeastSquaresFit()
    {
        // The points, from the chips' own figures: NVIDIA chips with a dense BF16 figure, not projected, at their
        // availability dates.
        const CliProcess::Run chips = m_cli.run({QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(chips.exitCode, 0);
        QList<std::pair<double, double>> points; // (decimal year, FLOP/s)
        for (const QJsonValue &v : chips.json().array()) {
            const QJsonObject c = v.toObject();
            const QJsonValue bf16 = c.value(QStringLiteral("peak_flops")).toObject().value(QStringLiteral("bf16"));
            if (c.value(QStringLiteral("vendor")).toString() != QLatin1String("NVIDIA") || bf16.isUndefined()
                || c.value(QStringLiteral("status")).toString() == QLatin1String("projected"))
                continue;
            points << std::pair{decimalYear(c.value(QStringLiteral("available")).toString()), bf16.toDouble()};
        }
        // H100 2022-Q4 → 2022.875, 989.5 T; H200 2024-Q2 → 2024.375, 989.5 T; B200 and GB200 2025-Q1 → 2025.125, 2.25 P
        // and 2.5 P; B300 and GB300 2025-H2 → 2025.75, 2.25 P and 2.5 P; Rubin 2026-H2 → 2026.75, 4 P.
        QCOMPARE(points.size(), 7);

        // Least squares with the textbook sums, x in years after 2020 and y = log10(value / 1e12):
        // y = 2.995416, 2.995416, 3.352183, 3.397940, 3.352183, 3.397940, 3.602060
        // Σx = 35.75, Σy = 23.093137, Σx² = 191.625, Σxy = 119.438252, Σy² = 76.486116
        // Sxx = 191.625 − 35.75²/7 = 9.044643; Sxy = 119.438252 − 35.75 × 23.093137/7 = 1.498304; Syy = 0.301407
        // slope = 1.498304 / 9.044643 = 0.165657 log10/yr → ×1.464389 a year, doubling 0.30103/0.165657 = 1.817194 yr
        // SSE = Syy − slope × Sxy = 0.053203 → r² = 1 − 0.053203/0.301407 = 0.823484
        // SE = √(0.053203 / 5 / 9.044643) = 0.034300; t(0.95, 5 df) = 2.015048
        // doubling 90 %: 0.30103 / (0.165657 + 0.069115) = 1.282224 … 0.30103 / (0.165657 − 0.069115) = 3.118148 yr
        const double n = points.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
        for (const auto &[x0, v] : points) {
            const double x = x0 - 2020, y = std::log10(v / 1e12);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
        }
        const double Sxx = sxx - sx * sx / n, Sxy = sxy - sx * sy / n, Syy = syy - sy * sy / n;
        const double slope = Sxy / Sxx;
        const double sse = Syy - slope * Sxy;
        const double se = std::sqrt(sse / (n - 2) / Sxx);
        const double t = 2.015048;
        QVERIFY(near(slope, 0.165657, 1e-5));
        QVERIFY(near(1 - sse / Syy, 0.823484, 1e-5));

        const CliProcess::Run r = trend({QStringLiteral("--metric"), QStringLiteral("bf16"), QStringLiteral("--vendor"), QStringLiteral("NVIDIA"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = r.json().object();
        QCOMPARE(root.value(QStringLiteral("metric")).toString(), QStringLiteral("bf16"));
        QCOMPARE(root.value(QStringLiteral("unit")).toString(), QStringLiteral("FLOP/s"));
        QCOMPARE(root.value(QStringLiteral("by")).toString(), QStringLiteral("available"));
        QCOMPARE(root.value(QStringLiteral("include_projected")).toBool(), false);
        QCOMPARE(root.value(QStringLiteral("points")).toArray().size(), 7);
        const QJsonObject fit = fitOf(root, QStringLiteral("nvidia"));
        QCOMPARE(fit.value(QStringLiteral("n")).toInt(), 7);
        QVERIFY(near(fit.value(QStringLiteral("slope_log10_per_year")).toDouble(), slope, 1e-9));
        QVERIFY(near(fit.value(QStringLiteral("growth_per_year")).toDouble(), std::pow(10, slope), 1e-9));
        QVERIFY(near(fit.value(QStringLiteral("doubling_years")).toDouble(), std::log10(2.0) / slope, 1e-9));
        QVERIFY(near(fit.value(QStringLiteral("r2")).toDouble(), 1 - sse / Syy, 1e-9));
        QVERIFY(near(fit.value(QStringLiteral("doubling_years_low")).toDouble(), std::log10(2.0) / (slope + t * se), 1e-6));
        QVERIFY(near(fit.value(QStringLiteral("doubling_years_high")).toDouble(), std::log10(2.0) / (slope - t * se), 1e-6));
        QVERIFY(near(fit.value(QStringLiteral("doubling_years_low")).toDouble(), 1.282224, 1e-5));
        QVERIFY(near(fit.value(QStringLiteral("doubling_years_high")).toDouble(), 3.118148, 1e-5));
        QVERIFY(fit.value(QStringLiteral("halving_years")).isNull());
        // With one vendor asked for, the fit over all is the same seven points.
        const QJsonObject all = fitOf(root, QStringLiteral("all"));
        QCOMPARE(all.value(QStringLiteral("n")).toInt(), 7);
        QVERIFY(near(all.value(QStringLiteral("slope_log10_per_year")).toDouble(), slope, 1e-9));
        // Each point: the date as written and the decimal year it sits at.
        const QJsonObject h100 = pointOf(root, QStringLiteral("h100-sxm"));
        QCOMPARE(h100.value(QStringLiteral("date")).toString(), QStringLiteral("2022-Q4"));
        QCOMPARE(h100.value(QStringLiteral("x")).toDouble(), 2022.875);
        QCOMPARE(h100.value(QStringLiteral("value")).toDouble(), 989.5e12);
        QCOMPARE(h100.value(QStringLiteral("projected")).toBool(), false);
    }

    void projectionsAreListedButFittedOnlyWhenAskedFor()
    {
        // Feynman's dense FP8 (1.03e17, 2028) is a projection.
        const QStringList base{QStringLiteral("--metric"), QStringLiteral("fp8"), QStringLiteral("--vendor"), QStringLiteral("nvidia"),
                               QStringLiteral("--format"), QStringLiteral("json")};
        const QJsonObject without = trend(base).json().object();
        const QJsonObject feynman = pointOf(without, QStringLiteral("feynman"));
        QCOMPARE(feynman.value(QStringLiteral("projected")).toBool(), true);
        QCOMPARE(feynman.value(QStringLiteral("in_fit")).toBool(), false);
        QCOMPARE(feynman.value(QStringLiteral("x")).toDouble(), 2028.5); // a year sits at 1 July
        const QJsonObject fitWithout = fitOf(without, QStringLiteral("nvidia"));
        QCOMPARE(fitWithout.value(QStringLiteral("includes_projections")).toBool(), false);

        const QJsonObject with = trend(base + QStringList{QStringLiteral("--include-projected")}).json().object();
        QCOMPARE(with.value(QStringLiteral("include_projected")).toBool(), true);
        QCOMPARE(pointOf(with, QStringLiteral("feynman")).value(QStringLiteral("in_fit")).toBool(), true);
        const QJsonObject fitWith = fitOf(with, QStringLiteral("nvidia"));
        QCOMPARE(fitWith.value(QStringLiteral("n")).toInt(), fitWithout.value(QStringLiteral("n")).toInt() + 1);
        QCOMPARE(fitWith.value(QStringLiteral("includes_projections")).toBool(), true);
        QVERIFY(fitWith.value(QStringLiteral("note")).toString().contains(QStringLiteral("projected")));
    }

    void announcementDatesWhenAskedFor()
    {
        const QJsonObject root = trend({QStringLiteral("--metric"), QStringLiteral("bandwidth"), QStringLiteral("--by"), QStringLiteral("announced"),
                                        QStringLiteral("--format"), QStringLiteral("json")})
                                     .json()
                                     .object();
        QCOMPARE(root.value(QStringLiteral("by")).toString(), QStringLiteral("announced"));
        QCOMPARE(root.value(QStringLiteral("unit")).toString(), QStringLiteral("B/s"));
        // H100 announced 2022-03: the middle of March, 2022 + 2.5/12.
        const QJsonObject h100 = pointOf(root, QStringLiteral("h100-sxm"));
        QCOMPARE(h100.value(QStringLiteral("date")).toString(), QStringLiteral("2022-03"));
        QVERIFY(near(h100.value(QStringLiteral("x")).toDouble(), 2022 + 2.5 / 12, 1e-12));
        QCOMPARE(h100.value(QStringLiteral("value")).toDouble(), 3.35e12);
        // TPU v5e has an announcement date but no availability date: here it is a point.
        QVERIFY(!pointOf(root, QStringLiteral("tpu-v5e")).isEmpty());
    }

    void aVendorWithTwoPointsGetsNoFitAndTheOverallFitSaysWhy()
    {
        // AWS has two chips with dense BF16 (Trainium2, Trainium3).
        const QJsonObject root = trend({QStringLiteral("--metric"), QStringLiteral("bf16"), QStringLiteral("--vendor"), QStringLiteral("AWS"),
                                        QStringLiteral("--format"), QStringLiteral("json")})
                                     .json()
                                     .object();
        const QJsonArray fits = root.value(QStringLiteral("fits")).toArray();
        QCOMPARE(fits.size(), 1);
        const QJsonObject all = fits.first().toObject();
        QCOMPARE(all.value(QStringLiteral("vendor")).toString(), QStringLiteral("all"));
        QCOMPARE(all.value(QStringLiteral("n")).toInt(), 2);
        for (const char *key : {"slope_log10_per_year", "growth_per_year", "doubling_years", "doubling_years_low", "doubling_years_high", "r2"})
            QVERIFY2(all.value(QLatin1String(key)).isNull(), key);
        QVERIFY(all.value(QStringLiteral("note")).toString().contains(QStringLiteral("fewer than three points")));
    }

    void everyMetricAnswers_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("unit");
        QTest::newRow("bf16") << "bf16" << "FLOP/s";
        QTest::newRow("fp8") << "fp8" << "FLOP/s";
        QTest::newRow("fp4") << "fp4" << "FLOP/s";
        QTest::newRow("memory") << "memory" << "B";
        QTest::newRow("bandwidth") << "bandwidth" << "B/s";
        QTest::newRow("flops-per-watt") << "flops-per-watt" << "FLOP/s/W";
        QTest::newRow("bandwidth-per-watt") << "bandwidth-per-watt" << "B/s/W";
        QTest::newRow("ridge-bf16") << "ridge-bf16" << "FLOP/B";
        QTest::newRow("ridge-fp8") << "ridge-fp8" << "FLOP/B";
        QTest::newRow("bytes-per-flop") << "bytes-per-flop" << "B/FLOP";
    }
    void everyMetricAnswers()
    {
        QFETCH(QString, metric);
        QFETCH(QString, unit);
        const CliProcess::Run r = trend({QStringLiteral("--metric"), metric, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = r.json().object();
        QCOMPARE(root.value(QStringLiteral("unit")).toString(), unit);
        QVERIFY(!root.value(QStringLiteral("points")).toArray().isEmpty());
        const QJsonArray fits = root.value(QStringLiteral("fits")).toArray();
        QCOMPARE(fits.last().toObject().value(QStringLiteral("vendor")).toString(), QStringLiteral("all"));
        for (const QJsonValue &f : fits) {
            const QJsonObject o = f.toObject();
            for (const char *key : {"vendor", "n", "slope_log10_per_year", "growth_per_year", "doubling_years", "doubling_years_low",
                                    "doubling_years_high", "r2", "note"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            // Never a negative doubling time: a falling trend has a halving time instead.
            if (!o.value(QStringLiteral("doubling_years")).isNull())
                QVERIFY(o.value(QStringLiteral("doubling_years")).toDouble() > 0);
            if (o.value(QStringLiteral("slope_log10_per_year")).toDouble() < 0) {
                QVERIFY(o.value(QStringLiteral("doubling_years")).isNull());
                QVERIFY(o.value(QStringLiteral("halving_years")).toDouble() > 0);
            }
        }
    }

    void csvAndTable()
    {
        const CliProcess::Run csv = trend({QStringLiteral("--metric"), QStringLiteral("bf16"), QStringLiteral("--vendor"), QStringLiteral("nvidia"),
                                           QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QVERIFY(lines.first().startsWith("kind,vendor,chip_id,date,x,value,projected,in_fit,n,slope_log10_per_year,"));
        QCOMPARE(lines.size(), 1 + 2 + 7); // header, NVIDIA's fit and the overall fit, seven points
        QVERIFY(lines.at(1).startsWith("fit,nvidia,"));
        QVERIFY(csv.out.contains("point,nvidia,h100-sxm,2022-Q4,2022.875,989500000000000,false,true"));

        const CliProcess::Run table = trend({QStringLiteral("--metric"), QStringLiteral("bf16"), QStringLiteral("--vendor"), QStringLiteral("nvidia")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("NVIDIA dense BF16: ×1.5 / yr, doubles every 1.8 yr (90 %: 1.3–3.1), r² 0.82, n 7"), table.out.constData());
    }

    void badUsageNamesTheValidChoices_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no metric") << QStringList{} << "--metric is required; valid: bf16, fp8, fp4, memory";
        QTest::newRow("unknown metric") << QStringList{"--metric", "fp16"} << "'fp16' is not a valid metric; valid: bf16, fp8";
        QTest::newRow("unknown date") << QStringList{"--metric", "bf16", "--by", "shipped"} << "valid: available, announced";
        QTest::newRow("unknown vendor") << QStringList{"--metric", "bf16", "--vendor", "Nokia"} << "'Nokia' is not a valid vendor; valid: nvidia, google, amd, aws, intel";
        QTest::newRow("unknown format") << QStringList{"--metric", "bf16", "--format", "xlsx"} << "valid: json, table, csv";
        QTest::newRow("unknown option") << QStringList{"--metric", "bf16", "--colour"} << "unknown option '--colour'";
    }
    void badUsageNamesTheValidChoices()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliProcess::Run r = trend(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void help()
    {
        const CliProcess::Run r = trend({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("usage: compute-atlas trend --metric"));
    }
};

QTEST_GUILESS_MAIN(TestTrendCommand)
#include "tst_trend_command.moc"
