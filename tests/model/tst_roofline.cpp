// Roofline ceilings, kernels, calibration and "show the working", against figures checked by hand.

#include "calibration.h"
#include "chip.h"
#include "explain.h"
#include "roofline.h"

#include "chip_presets.h"
#include <QTest>
#include <cmath>

namespace {

using namespace ChipPresets;

bool near(double actual, double expected, double relative)
{
    return std::fabs(actual - expected) <= relative * std::fabs(expected);
}

Measurement measurement(const QString &chip, const QString &what, std::optional<Precision> p, double value,
                        const QString &unit)
{
    Measurement m;
    m.chipId = chip;
    m.what = what;
    m.precision = p;
    m.value = value;
    m.unit = unit;
    return m;
}

} // namespace

class TestRoofline : public QObject {
    Q_OBJECT
private slots:
    void intensityTenOnH100IsMemoryBound()
    {
        // attainable = min(989.4e12, 10 FLOP/B × 3.35e12 B/s) = min(989.4e12, 33.5e12) = 33.5 TFLOP/s
        // ridge = 989.4e12 / 3.35e12 = 295.34 FLOP/B
        const auto c = makeCeilings(h100(), Precision::BF16);
        QVERIFY2(c.ok(), qPrintable(c.error));
        const KernelResult k = evaluateIntensity(*c, 10.0);
        QVERIFY(near(k.attainableFlops, 33.5e12, 1e-12));
        QCOMPARE(k.bound, Bound::Memory);
        QVERIFY(near(c->ridgeIntensity(), 295.343, 1e-5));
        QVERIFY(!k.time);
        QVERIFY(!k.flops);

        // Above the ridge the roof is flat.
        const KernelResult flat = evaluateIntensity(*c, 1000.0);
        QCOMPARE(flat.bound, Bound::Compute);
        QCOMPARE(flat.attainableFlops, 989.4e12);
    }

    void gemm8192OnH200IsComputeBound()
    {
        // FLOPs = 2 × 8192³ = 1.0995e12; bytes = 3 × 8192² × 2 B = 402,653,184 B; intensity = 2730.7 FLOP/B
        // ridge = 989.4e12 / 4.8e12 = 206.1 < 2730.7 → compute-bound
        // time = max(1.0995e12 / 989.4e12, 402.65e6 / 4.8e12) = max(1.1113 ms, 83.9 µs) = 1.1113 ms
        const auto c = makeCeilings(h200(), Precision::BF16);
        QVERIFY(c.ok());
        const KernelResult k = evaluateGemm(*c, GemmShape{8192, 8192, 8192});
        QCOMPARE(*k.flops, 2.0 * 8192.0 * 8192.0 * 8192.0);
        QCOMPARE(*k.bytes, 402653184.0);
        QVERIFY(near(k.intensity, 2730.667, 1e-6));
        QCOMPARE(k.bound, Bound::Compute);
        QVERIFY(near(*k.time, 1.11129e-3, 1e-5));
        QCOMPARE(k.attainableFlops, 989.4e12);
    }

    void flopsAndBytes()
    {
        // 1e12 FLOP and 1e12 B on H100: time = max(1.0107 ms, 298.5 ms) = 298.5 ms, memory-bound at 3.35 TFLOP/s.
        const auto c = makeCeilings(h100(), Precision::BF16);
        const KernelResult k = evaluateFlopsBytes(*c, 1e12, 1e12);
        QCOMPARE(k.bound, Bound::Memory);
        QVERIFY(near(*k.time, 1e12 / 3.35e12, 1e-12));
        QVERIFY(near(k.attainableFlops, 3.35e12, 1e-12));
    }

    void fp4OnH100IsAnErrorNamingWhatItHas()
    {
        const auto c = makeCeilings(h100(), Precision::FP4);
        QVERIFY(!c.ok());
        QCOMPARE(c.error, QStringLiteral("h100-sxm has no dense fp4 peak; it has fp64, tf32, bf16, fp8, int8"));
    }

    void chipWithoutBandwidthIsAnError()
    {
        Chip chip = h100();
        chip.memoryBandwidth.reset();
        const auto c = makeCeilings(chip, Precision::BF16);
        QVERIFY(!c.ok());
        QVERIFY(c.error.contains(QLatin1String("memory bandwidth")));
    }

    void efficiencyLowersTheRoofs()
    {
        // peak 0.8 × 989.4e12 = 791.52e12; bandwidth 0.9 × 3.35e12 = 3.015e12; ridge = 262.5 FLOP/B
        const auto c = makeCeilings(h100(), Precision::BF16, Efficiency{0.8, 0.9});
        QVERIFY(c.ok());
        QVERIFY(near(c->peakFlops, 791.52e12, 1e-12));
        QVERIFY(near(c->hbm().bandwidth, 3.015e12, 1e-12));
        QVERIFY(near(c->ridgeIntensity(), 262.527, 1e-5));
        QVERIFY(!makeCeilings(h100(), Precision::BF16, Efficiency{1.5, 1.0}).ok());
    }

    void extraTierAndLink()
    {
        // A what-if high-bandwidth-flash tier: 512 GiB at 1.6 TB/s → ridge 989.4e12 / 1.6e12 = 618.4 FLOP/B.
        const auto c = makeCeilings(h100(), Precision::BF16, {}, MemoryTier{QStringLiteral("hbf"), 512 * GiB, 1.6e12});
        QVERIFY(c.ok());
        QCOMPARE(c->tiers.size(), 2);
        QCOMPARE(c->tierIndex(u"HBF"), 1);
        QCOMPARE(c->tierIndex(u"hbm"), 0);
        QVERIFY(near(c->ridgeIntensity(1), 618.375, 1e-9));
        // NVLink 900 GB/s bidirectional → 450 GB/s each way.
        QCOMPARE(c->linkBandwidth, 450e9);

        // Tiers are read concurrently: 3.35 GB from HBM (1 ms) and 3.2 GB from HBF (2 ms) take 2 ms.
        Operator op;
        op.flops = 1e9;
        op.bytes[0] = 3.35e9;
        op.bytes[1] = 3.2e9;
        const OperatorResult r = evaluateOperator(op, *c);
        QVERIFY(near(r.memoryTime, 2e-3, 1e-12));
        QVERIFY(near(r.time, 2e-3, 1e-12));
        QCOMPARE(r.bound, Bound::Memory);

        // A link-only operator: 450 MB at 450 GB/s = 1 ms.
        Operator link;
        link.linkBytes = 450e6;
        const OperatorResult l = evaluateOperator(link, *c);
        QCOMPARE(l.bound, Bound::Link);
        QVERIFY(near(l.time, 1e-3, 1e-12));

        QVERIFY(!makeCeilings(h100(), Precision::BF16, {}, MemoryTier{QStringLiteral("hbm"), GiB, 1e12}).ok());
    }

    void validationPutsMeasurementsBesideBounds()
    {
        const QList<Chip> chips{h100(), h200()};
        const QList<Measurement> ms{
            // 788 TFLOP/s measured / 989.4 peak = 0.7964
            measurement(QStringLiteral("h200-sxm"), QStringLiteral("gemm"), Precision::BF16, 788e12, QStringLiteral("FLOP/s")),
            // 4.3 TB/s measured / 4.8 TB/s = 0.8958
            measurement(QStringLiteral("h200-sxm"), QStringLiteral("stream"), std::nullopt, 4.3e12, QStringLiteral("B/s")),
            // a figure above the peak: 1000 / 989.4 = 1.0107 — the bug the validation exists to catch
            measurement(QStringLiteral("h100-sxm"), QStringLiteral("gemm"), Precision::BF16, 1000e12, QStringLiteral("FLOP/s")),
            measurement(QStringLiteral("h100-sxm"), QStringLiteral("mlperf_llama2_70b"), std::nullopt, 3000, QStringLiteral("tokens/s")),
            measurement(QStringLiteral("h100-sxm"), QStringLiteral("gemm"), Precision::FP4, 1e15, QStringLiteral("FLOP/s")),
        };
        const ValidationReport report = validateMeasurements(chips, ms);
        QCOMPARE(report.rows.size(), 5);
        QCOMPARE(report.checked, 3);
        QCOMPARE(report.exceeding, 1);
        QVERIFY(!report.ok());
        QVERIFY(near(*report.rows[0].ratio, 788.0 / 989.4, 1e-12));
        QVERIFY(!report.rows[0].exceedsBound);
        QCOMPARE(report.rows[0].boundKind, QStringLiteral("dense bf16 peak"));
        QVERIFY(near(*report.rows[1].ratio, 4.3 / 4.8, 1e-12));
        QCOMPARE(report.rows[1].boundKind, QStringLiteral("hbm bandwidth"));
        QVERIFY(report.rows[2].exceedsBound);
        QVERIFY(!report.rows[3].bound);
        QVERIFY(!report.rows[3].note.isEmpty());
        QVERIFY(!report.rows[4].bound);
        QVERIFY(explainValidation(report.rows[2]).contains(QLatin1String("ABOVE THE BOUND")));

        // A measurement at exactly the peak is not over it.
        const auto atPeak = validateMeasurements(chips, {measurement(QStringLiteral("h100-sxm"), QStringLiteral("gemm"),
                                                                     Precision::BF16, 989.4e12, QStringLiteral("FLOP/s"))});
        QVERIFY(atPeak.ok());
    }

    void calibratedEfficiencyUsesTheBestMeasurement()
    {
        const QList<Measurement> ms{
            measurement(QStringLiteral("h200-sxm"), QStringLiteral("gemm"), Precision::BF16, 700e12, QStringLiteral("FLOP/s")),
            measurement(QStringLiteral("h200-sxm"), QStringLiteral("gemm"), Precision::BF16, 788e12, QStringLiteral("FLOP/s")),
            measurement(QStringLiteral("h200-sxm"), QStringLiteral("stream"), std::nullopt, 4.3e12, QStringLiteral("B/s")),
        };
        QStringList notes;
        const Efficiency e = calibratedEfficiency(h200(), Precision::BF16, ms, &notes);
        QVERIFY(near(e.compute, 788.0 / 989.4, 1e-12));
        QVERIFY(near(e.memory, 4.3 / 4.8, 1e-12));
        QCOMPARE(notes.size(), 2);
        // No FP8 gemm measured: the compute factor stays 1.0.
        QCOMPARE(calibratedEfficiency(h200(), Precision::FP8, ms).compute, 1.0);
    }

    void calibrationNamesItsMeasurementsAndRefusesLowConfidence()
    {
        // Defect 5 (issue 18): each factor names the measurement it came from; a measurement marked low-confidence
        // is left out unless asked. MI300X-like case on the H200 preset: gemm 788e12 / 989.4e12 = 0.796 (measured);
        // a low-confidence stream of 2.5e12 B/s would give 2.5 / 4.8 = 0.521 — left out, so memory stays 1.0.
        Measurement gemm = measurement(QStringLiteral("h200-sxm"), QStringLiteral("gemm"), Precision::BF16, 788e12, QStringLiteral("FLOP/s"));
        gemm.id = QStringLiteral("h200.gemm.lab");
        gemm.sourceId = QStringLiteral("lab-2026");
        Measurement stream = measurement(QStringLiteral("h200-sxm"), QStringLiteral("stream"), std::nullopt, 2.5e12, QStringLiteral("B/s"));
        stream.id = QStringLiteral("h200.stream.plot");
        stream.sourceId = QStringLiteral("blog");
        stream.note = QStringLiteral("LOW CONFIDENCE: read from a plot");
        QVERIFY(isLowConfidence(stream));
        QVERIFY(!isLowConfidence(gemm));
        QStringList notes;
        const Efficiency refused = calibratedEfficiency(h200(), Precision::BF16, {gemm, stream}, &notes);
        QVERIFY(near(refused.compute, 788.0 / 989.4, 1e-12));
        QCOMPARE(refused.memory, 1.0);
        QCOMPARE(notes.size(), 3);
        QVERIFY2(notes.at(0).contains(QStringLiteral("measurement h200.gemm.lab, source lab-2026")), qPrintable(notes.at(0)));
        QVERIFY2(notes.at(1).contains(QStringLiteral("no stream measurement; memory efficiency 1.0")), qPrintable(notes.at(1)));
        QVERIFY2(notes.at(2).contains(QStringLiteral("h200.stream.plot is marked low-confidence")), qPrintable(notes.at(2)));
        notes.clear();
        const Efficiency asked = calibratedEfficiency(h200(), Precision::BF16, {gemm, stream}, &notes, true);
        QVERIFY(near(asked.memory, 2.5 / 4.8, 1e-12));
        QVERIFY2(notes.at(1).contains(QStringLiteral("measurement h200.stream.plot, source blog")), qPrintable(notes.at(1)));
    }

    void validationGivesTheExpectedFigure()
    {
        // Expected = bound × the median measured/bound of the same kind on the other chips (leave-one-out):
        //   h100 0.8 of 989.4 T, h200 0.6 of 989.4 T, b200 0.7 of 2,250 T (BF16 gemm)
        //   h100: median(0.6, 0.7) = 0.65 → expected 643.1 T, measured / expected = 0.8 / 0.65 = 1.231
        //   h200: median(0.8, 0.7) = 0.75 → 0.6 / 0.75 = 0.8;  b200: median(0.8, 0.6) = 0.7 → 1.0
        //   median measured / expected over the three = 1.0; none above its bound.
        const QList<Measurement> ms{
            measurement(QStringLiteral("h100-sxm"), QStringLiteral("gemm"), Precision::BF16, 0.8 * 989.4e12, QStringLiteral("FLOP/s")),
            measurement(QStringLiteral("h200-sxm"), QStringLiteral("gemm"), Precision::BF16, 0.6 * 989.4e12, QStringLiteral("FLOP/s")),
            measurement(QStringLiteral("b200"), QStringLiteral("gemm"), Precision::BF16, 0.7 * 2.25e15, QStringLiteral("FLOP/s")),
        };
        const ValidationReport report = validateMeasurements({h100(), h200(), b200()}, ms);
        QVERIFY(report.ok());
        QCOMPARE(report.checked, 3);
        QVERIFY(near(*report.rows[0].expected, 0.65 * 989.4e12, 1e-12));
        QVERIFY(near(*report.rows[0].expectedRatio, 0.8 / 0.65, 1e-12));
        QVERIFY(near(*report.rows[1].expectedRatio, 0.8, 1e-12));
        QVERIFY(near(*report.rows[2].expectedRatio, 1.0, 1e-12));
        QVERIFY(near(*report.medianMeasuredOverExpected, 1.0, 1e-12));
        for (const ValidationRow &row : report.rows)
            QVERIFY(*row.expected <= *row.bound);
    }

    void showTheWorking()
    {
        QCOMPARE(NumberFormat::si(989.4e12, QStringLiteral("FLOP/s")), QStringLiteral("989.4 TFLOP/s"));
        QCOMPARE(NumberFormat::si(33.5e12, QStringLiteral("FLOP/s")), QStringLiteral("33.5 TFLOP/s"));
        QCOMPARE(NumberFormat::si(0.00464, QStringLiteral("s")), QStringLiteral("4.64 ms"));
        // Memory is binary and stops at GB (every capacity shares one prefix): 999.97e9 bytes ÷ 2³⁰ = 931.3 GB, and
        // 1,023.9996 GB rounds to 1,024 GB.
        QCOMPARE(NumberFormat::si(999.97e9, QStringLiteral("B")), QStringLiteral("931.3 GB"));
        QCOMPARE(NumberFormat::si(1023.9996 * 1073741824.0, QStringLiteral("B")), QStringLiteral("1,024 GB"));
        const auto c = makeCeilings(h100(), Precision::BF16);
        const QStringList lines = explainKernel(*c, evaluateIntensity(*c, 10.0));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first(),
                 QStringLiteral("attainable = min(peak, intensity × bandwidth) = min(989.4 TFLOP/s, 10 FLOP/byte × 3.35 TB/s)"
                                " = 33.5 TFLOP/s, memory-bound (intensity 10 < ridge 295.3)"));
        const QStringList gemm = explainGemm(*c, GemmShape{8192, 8192, 8192}, evaluateGemm(*c, GemmShape{8192, 8192, 8192}));
        QVERIFY(gemm.first().contains(QStringLiteral("2 × 8192 × 8192 × 8192 = 1.1 TFLOP")));
        QVERIFY(explainCeilings(*c).join(QLatin1Char('\n')).contains(QLatin1String("ridge = peak / bandwidth = 989.4 TFLOP/s / 3.35 TB/s = 295.3 FLOP/byte")));
    }
};

QTEST_APPLESS_MAIN(TestRoofline)
#include "tst_roofline.moc"
