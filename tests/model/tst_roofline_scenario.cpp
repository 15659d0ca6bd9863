// A roofline scenario put to chips: the same numbers as the engine's own calls, each chip's problem named
// (no such precision, TP wider than the scale-up domain), prices from the dataset or the user, the working.

#include "chip.h"
#include "llm_inference.h"
#include "roofline_scenario.h"

#include <QTest>
#include <cmath>

namespace {

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

LlmModel llama31_8b()
{
    LlmModel m;
    m.id = QStringLiteral("llama-3.1-8b");
    m.paramsTotal = m.paramsActive = 8.03e9;
    m.layers = 32;
    m.hidden = 4096;
    m.heads = 32;
    m.kvHeads = 8;
    m.headDim = 128;
    m.ffn = 14336;
    m.vocab = 128256;
    return m;
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
};

QTEST_MAIN(TestRooflineScenario)
#include "tst_roofline_scenario.moc"
