// A roofline scenario put to chips: the same numbers as the engine's own calls, each chip's problem named
// (no such precision, TP wider than the scale-up domain), prices from the dataset or the user, the working;
// and what the command line adds: raw FLOPs and bytes, measured efficiencies, both or neither on a what-if
// tier, no costs unless asked, one outcome per batch.

#include "chip.h"
#include "llm_inference.h"
#include "measurement.h"
#include "roofline_scenario.h"

#include "llm_presets.h"

#include <QTest>
#include <cmath>

namespace {

using LlmPresets::llama31_8b;

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

Chip h100()
{
    Chip c;
    c.id = QStringLiteral("h100-sxm");
    c.peakFlops = {{Precision::BF16, 989.4e12}, {Precision::FP8, 1978.9e12}};
    c.memoryBytes = 80 * GiB;
    c.memoryBandwidth = 3.35e12;
    c.tdpWatts = 700;
    c.scaleupBandwidth = 900e9;
    c.scaleupDomain = 8;
    c.priceUsd = 27500;
    return c;
}

RooflineScenario decode8b()
{
    RooflineScenario s;
    s.precision = Precision::BF16;
    s.model = llama31_8b();
    s.inference.phase = InferencePhase::Decode;
    s.inference.batch = 1;
    s.inference.context = 4096;
    s.inference.kvPrecision = Precision::BF16;
    s.cost.rentalUsdPerHour = 2.0;
    return s;
}

} // namespace

class TestRooflineScenario : public QObject {
    Q_OBJECT

private slots:
    void intensityIsTheEnginesKernel()
    {
        // H100 BF16 at 10 FLOP/B: min(989.4 TFLOP/s, 10 × 3.35 TB/s) = 33.5 TFLOP/s, memory-bound.
        RooflineScenario s;
        s.precision = Precision::BF16;
        s.workload = WorkloadKind::Intensity;
        s.intensity = 10;
        const ChipOutcome o = evaluateScenario(h100(), s);
        QVERIFY(o.ok());
        QCOMPARE(o.attainableFlops, 33.5e12);
        QCOMPARE(o.bound, Bound::Memory);
        QCOMPARE(o.intensity, 10.0);
        QVERIFY(o.working.join(QLatin1Char('\n')).contains(QStringLiteral("memory-bound")));
        QVERIFY(!o.inference && !o.economics);
    }

    void decodeIsTheEnginesInference()
    {
        const RooflineScenario s = decode8b();
        const ChipOutcome o = evaluateScenario(h100(), s);
        QVERIFY2(o.ok(), qPrintable(o.error));
        const auto ceilings = makeCeilings(h100(), Precision::BF16);
        const auto engine = evaluateInference(*ceilings, s.model, s.inference);
        QVERIFY(engine);
        QCOMPARE(o.inference->tokensPerS, engine->tokensPerS);
        QCOMPARE(o.inference->memoryStallFraction, engine->memoryStallFraction);
        QVERIFY(std::abs(o.inference->tokensPerS - 215.4) < 0.1); // the engine's hand-checked case (tst_llm_inference)
        QCOMPARE(o.bound, Bound::Memory);
        // USD 2 per chip-hour at 215.4 tokens/s: 2 / (215.4 × 3600) × 1e6 ≈ USD 2.58 per million tokens.
        QVERIFY(o.economics);
        QCOMPARE(o.economics->usdPerMillionTokens, 2.0 / (engine->tokensPerSPerChip * 3600.0) * 1e6);
        QCOMPARE(*o.tokensPerJoule, engine->tokensPerSPerChip / 700.0);
        // The step's point: Σ FLOPs / Σ bytes, Σ FLOPs / step time.
        QCOMPARE(o.intensity, stepIntensity(*engine));
        QVERIFY(o.attainableFlops < 33.5e12 * 2);
    }

    void problemsAreNamed()
    {
        RooflineScenario s = decode8b();
        s.precision = Precision::FP4;
        ChipOutcome o = evaluateScenario(h100(), s);
        QCOMPARE(o.problem, ChipOutcome::Problem::MissingPrecision);
        QVERIFY2(o.error.contains(QStringLiteral("bf16, fp8")), qPrintable(o.error));

        s = decode8b();
        s.inference.tensorParallel = 16;
        o = evaluateScenario(h100(), s);
        QCOMPARE(o.problem, ChipOutcome::Problem::ScaleupDomain);
        QVERIFY(!sweepScenario(h100(), s, {1, 2}).ok());
    }

    void pricesComeFromTheDatasetOrTheUser()
    {
        RooflineScenario s = decode8b();
        s.cost.rentalUsdPerHour.reset();
        s.cost.priceUsd = 40000;
        ChipOutcome o = evaluateScenario(h100(), s);
        QVERIFY(o.catalogPrice);
        QCOMPARE(*o.priceUsd, 27500.0);
        // 27,500 / (4 × 8766) + 0.7 kW × 1.2 × 0.08 = 0.7843 + 0.0672 USD per hour.
        QVERIFY(std::abs(o.cost->usdPerHour - (27500.0 / (4 * 8766.0) + 0.7 * 1.2 * 0.08)) < 1e-9);

        s.catalogPrices = false;
        o = evaluateScenario(h100(), s);
        QVERIFY(!o.catalogPrice);
        QCOMPARE(*o.priceUsd, 40000.0);

        Chip noTdp = h100();
        noTdp.tdpWatts.reset();
        o = evaluateScenario(noTdp, s);
        QVERIFY(o.ok());
        QVERIFY(!o.cost && !o.costError.isEmpty());
        QVERIFY(!o.tokensPerJoule);
    }

    void whatIfTierHoldsTheWeights()
    {
        // Weights (16.06 GB) on a 1 TB/s tier instead of 3.35 TB/s HBM: the step slows by about 3.35×.
        RooflineScenario s = decode8b();
        const double hbmOnly = evaluateScenario(h100(), s).inference->stepTime;
        s.extraTier = WhatIfTier{MemoryTier{QStringLiteral("hbf"), 1024 * GiB, 1e12}, TierUse::Weights};
        const ChipOutcome o = evaluateScenario(h100(), s);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.ceilings->tiers.size(), 2);
        QCOMPARE(o.inference->config.weightsTier, 1);
        QCOMPARE(o.inference->config.kvTier, 0);
        QVERIFY(o.inference->stepTime > 2.5 * hbmOnly);
    }

    void sweepMatchesSingleRuns()
    {
        const RooflineScenario s = decode8b();
        const auto sweep = sweepScenario(h100(), s, {1, 64});
        QVERIFY(sweep.ok());
        QCOMPARE(sweep->size(), 2);
        RooflineScenario at64 = s;
        at64.inference.batch = 64;
        QCOMPARE(sweep->at(1).tokensPerS, evaluateScenario(h100(), at64).inference->tokensPerS);
    }

    void flopsAndBytesAreTheEnginesKernel()
    {
        // 1e12 FLOP over 4e9 B = 250 FLOP/B < ridge 989.4 / 3.35 = 295.3: memory-bound at 250 × 3.35e12 = 837.5 TFLOP/s;
        // time = max(1e12 / 989.4e12, 4e9 / 3.35e12) = max(1.011 ms, 1.194 ms) = 1.194 ms.
        RooflineScenario s;
        s.precision = Precision::BF16;
        s.workload = WorkloadKind::FlopsBytes;
        s.flops = 1e12;
        s.bytes = 4e9;
        const ChipOutcome o = evaluateScenario(h100(), s);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.intensity, 250.0);
        QCOMPARE(o.attainableFlops, 837.5e12);
        QCOMPARE(o.bound, Bound::Memory);
        QVERIFY(std::abs(*o.kernel->time - 4e9 / 3.35e12) < 1e-12);
        QVERIFY(o.working.join(QLatin1Char('\n')).contains(QStringLiteral("memory-bound")));
    }

    void calibrationTakesEachChipsBestMeasurement()
    {
        // Best BF16 GEMM 791.52 TFLOP/s of 989.4 → compute 0.8; best stream 3.015 TB/s of 3.35 → memory 0.9.
        // The FP8 GEMM and the other chip's stream are not this case's.
        auto measured = [](const char *chip, const char *what, std::optional<Precision> p, double value, const char *unit) {
            Measurement m;
            m.chipId = QLatin1String(chip);
            m.what = QLatin1String(what);
            m.precision = p;
            m.value = value;
            m.unit = QLatin1String(unit);
            return m;
        };
        RooflineScenario s;
        s.precision = Precision::BF16;
        s.workload = WorkloadKind::Intensity;
        s.intensity = 1000;
        s.efficiency = Efficiency{0.5, 0.5}; // replaced by the calibration
        s.calibrationMeasurements = QList<Measurement>{
            measured("h100-sxm", "gemm", Precision::BF16, 700e12, "FLOP/s"),
            measured("h100-sxm", "gemm", Precision::BF16, 791.52e12, "FLOP/s"),
            measured("h100-sxm", "gemm", Precision::FP8, 1500e12, "FLOP/s"),
            measured("h100-sxm", "stream", std::nullopt, 3.015e12, "B/s"),
            measured("h200-sxm", "stream", std::nullopt, 4.3e12, "B/s")};
        ChipOutcome o = evaluateScenario(h100(), s);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QVERIFY(std::abs(o.ceilings->efficiency.compute - 0.8) < 1e-12);
        QVERIFY(std::abs(o.ceilings->efficiency.memory - 0.9) < 1e-12);
        QVERIFY(std::abs(o.attainableFlops - 0.8 * 989.4e12) < 1e3); // 1000 FLOP/B is past the ridge: compute-bound
        QCOMPARE(o.calibrationNotes.size(), 2);
        QVERIFY2(o.calibrationNotes.first().contains(QStringLiteral("0.800")), qPrintable(o.calibrationNotes.first()));

        // No measurement of this chip: the pure bound, and notes that say so.
        Chip other = h100();
        other.id = QStringLiteral("b200");
        o = evaluateScenario(other, s);
        QCOMPARE(o.ceilings->efficiency.compute, 1.0);
        QCOMPARE(o.ceilings->efficiency.memory, 1.0);
        QCOMPARE(o.calibrationNotes.size(), 2);

        // Without calibration the given efficiency stands and there are no notes.
        s.calibrationMeasurements.reset();
        o = evaluateScenario(h100(), s);
        QCOMPARE(o.ceilings->efficiency.compute, 0.5);
        QVERIFY(o.calibrationNotes.isEmpty());
    }

    void whatIfTierHoldsBothOrNothing()
    {
        RooflineScenario s = decode8b();
        const double hbmOnly = evaluateScenario(h100(), s).inference->stepTime;
        const MemoryTier hbf{QStringLiteral("hbf"), 1024 * GiB, 1e12};

        s.extraTier = WhatIfTier{hbf, TierUse::WeightsAndKvCache};
        ChipOutcome o = evaluateScenario(h100(), s);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.inference->config.weightsTier, 1);
        QCOMPARE(o.inference->config.kvTier, 1);
        // Every byte from a 1 TB/s tier instead of 3.35 TB/s: about 3.35× the HBM step.
        QVERIFY(o.inference->stepTime > 3 * hbmOnly);

        // Nothing on it: the tier is a roof to compare against, and the step is HBM's.
        s.extraTier = WhatIfTier{hbf, TierUse::Nothing};
        o = evaluateScenario(h100(), s);
        QCOMPARE(o.ceilings->tiers.size(), 2);
        QCOMPARE(o.inference->config.weightsTier, 0);
        QCOMPARE(o.inference->config.kvTier, 0);
        QCOMPARE(o.inference->stepTime, hbmOnly);
    }

    void costsOnlyWhenAsked()
    {
        RooflineScenario s = decode8b();
        const ChipOutcome costed = evaluateScenario(h100(), s);
        s.includeCosts = false;
        const ChipOutcome o = evaluateScenario(h100(), s);
        QVERIFY(o.ok());
        QVERIFY(!o.cost && !o.economics && o.costError.isEmpty() && !o.priceUsd && !o.catalogPrice);
        // Energy per token needs no price: 215.4 tokens/s ÷ 700 W.
        QCOMPARE(*o.tokensPerJoule, *costed.tokensPerJoule);
        // The working stops before the economics.
        QVERIFY(o.working.size() < costed.working.size());
        QCOMPARE(costed.working.mid(0, o.working.size()), o.working);
    }

    void batchesMatchSingleRuns()
    {
        RooflineScenario s = decode8b();
        s.cost.rentalUsdPerHour = 2.0;
        const QList<ChipOutcome> outcomes = evaluateScenarioAtBatches(h100(), s, {1, 64});
        QCOMPARE(outcomes.size(), 2);
        for (const ChipOutcome &o : outcomes) {
            RooflineScenario single = s;
            single.inference.batch = o.inference->config.batch;
            const ChipOutcome expected = evaluateScenario(h100(), single);
            QCOMPARE(o.inference->tokensPerS, expected.inference->tokensPerS);
            QCOMPARE(o.economics->usdPerMillionTokens, expected.economics->usdPerMillionTokens);
            QCOMPARE(*o.tokensPerJoule, *expected.tokensPerJoule);
            QCOMPARE(o.working, expected.working);
        }
        QCOMPARE(outcomes.at(1).inference->config.batch, 64);
        // Batch 64 shares each weight read among 64 sequences: more tokens per USD than batch 1.
        QVERIFY(outcomes.at(1).economics->usdPerMillionTokens < outcomes.at(0).economics->usdPerMillionTokens);
    }

    void batchesOfAProblemOrAKernelAreOneOutcome()
    {
        RooflineScenario s = decode8b();
        s.inference.tensorParallel = 16; // H100's NVLink domain is 8
        QList<ChipOutcome> outcomes = evaluateScenarioAtBatches(h100(), s, {1, 2, 4});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().problem, ChipOutcome::Problem::ScaleupDomain);

        s = decode8b();
        s.inference.context = 0; // the engine refuses: decode needs a context
        outcomes = evaluateScenarioAtBatches(h100(), s, {1, 2});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().problem, ChipOutcome::Problem::Other);
        QVERIFY(!outcomes.first().error.isEmpty());
        QVERIFY(outcomes.first().working.isEmpty());

        s.workload = WorkloadKind::Gemm;
        outcomes = evaluateScenarioAtBatches(h100(), s, {1, 2});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().attainableFlops, evaluateScenario(h100(), s).attainableFlops);
    }
};

QTEST_MAIN(TestRooflineScenario)
#include "tst_roofline_scenario.moc"
