// LLM inference on the roofline: dense and MoE models, MHA/GQA/MLA and sliding windows, prefill and decode,
// tensor parallelism, memory fit and the KV wall — each case with its arithmetic.

#include "chip.h"
#include "explain.h"
#include "llm_inference.h"
#include "llm_model.h"
#include "roofline.h"

#include "chip_presets.h"
#include "llm_presets.h"

#include <QTest>
#include <cmath>

namespace {

using namespace ChipPresets;

using namespace LlmPresets;

bool near(double actual, double expected, double relative)
{
    return std::fabs(actual - expected) <= relative * std::fabs(expected);
}

InferenceConfig decode(int batch, int context, int tp = 1)
{
    InferenceConfig c;
    c.phase = InferencePhase::Decode;
    c.batch = batch;
    c.context = context;
    c.tensorParallel = tp;
    return c;
}

Ceilings ceilings(const Chip &chip, Precision p = Precision::BF16)
{
    return *makeCeilings(chip, p);
}

} // namespace

class TestLlmInference : public QObject {
    Q_OBJECT
private slots:
    void llama8bDecodeOnH100()
    {
        // Bytes one decode step reads (batch 1, context 4096, BF16):
        //   weights: per layer qkv 4096 × (4096 + 2 × 1024) = 25.17e6, out 4096² = 16.78e6,
        //            ffn 3 × 4096 × 14336 = 176.16e6 → 218.1e6 × 32 = 6.98e9; lm_head 4096 × 128256 = 0.525e9;
        //            (the 0.525e9 embedding table is not read: a step looks up one row) → 7.50e9 × 2 B = 15.01e9 B
        //   KV: 32 layers × 2 × 8 × 128 × 2 B = 131,072 B a token × 4096 = 536.9e6 B; activations ≈ 1 MB
        //   → 15.55e9 B / 3.35e12 B/s = 4.642 ms a token → 215.4 tokens/s
        // (The all-parameters shortcut, (16.06e9 + 0.54e9) / 3.35e12 = 4.95 ms → 202 tokens/s, agrees: ≈ 200.)
        // Compute: ≈ 17.2e9 FLOP / 989.4e12 = 17.4 µs, so 1 − 17.4 µs / 4.642 ms = 99.6% of the step waits on memory.
        const auto r = evaluateInference(ceilings(h100()), llama31_8b(), decode(1, 4096));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(near(r->stepTime, 4.642e-3, 1e-3));
        QVERIFY(near(r->tokensPerS, 215.4, 1e-3));
        QVERIFY(near(r->tokensPerS, 200, 0.10));
        QCOMPARE(r->tokensPerSPerChip, r->tokensPerS);
        QCOMPARE(r->tokensPerSPerUser, r->tokensPerS);
        QVERIFY(r->memoryStallFraction > 0.95);
        QVERIFY(near(r->memoryStallFraction, 0.9963, 1e-3));
        QCOMPARE(r->kvBytesPerToken, 131072.0);
        QCOMPARE(r->kvBytes, 536870912.0);
        QCOMPARE(r->weightsBytes, 16.06e9);
        QVERIFY(r->fits);
        QCOMPARE(*r->minChips, 1);
        // Every operator of a batch-1 decode is memory-bound.
        QCOMPARE(r->operators.size(), 6);
        for (const OperatorResult &op : r->operators)
            QCOMPARE(op.bound, Bound::Memory);
        const OperatorResult *ffn = r->findOperator(LlmOperator::Ffn);
        QVERIFY(ffn);
        QCOMPARE(ffn->flops, 2.0 * 3 * 4096 * 14336 * 32);
        QVERIFY(!r->findOperator(LlmOperator::Experts));
        QVERIFY(!r->findOperator(LlmOperator::AllReduce));
    }

    void llama8bKvWallOnH100()
    {
        // usable = 0.9 × 80 GiB = 77.31e9 B; weights 16.06e9 B; KV per sequence at 4096 = 536.9e6 B
        // max batch = floor((77.31e9 − 16.06e9) / 536.9e6) = floor(114.09) = 114
        const auto r = evaluateInference(ceilings(h100()), llama31_8b(), decode(1, 4096));
        QCOMPARE(*r->maxBatch, 114LL);
        QVERIFY(evaluateInference(ceilings(h100()), llama31_8b(), decode(114, 4096))->fits);
        QVERIFY(!evaluateInference(ceilings(h100()), llama31_8b(), decode(115, 4096))->fits);
    }

    void llama8bPrefillOnH100()
    {
        // Prompt 2048, batch 1: the projections run 2 × 2048 × 6.98e9 = 2.859e13 FLOP → 28.90 ms (compute-bound,
        // intensity ≈ 2048 FLOP/B); causal attention 2 × 2 × (2048 × 2049 / 2) × 32 heads × 128 × 32 layers
        // = 1.100e12 FLOP → 1.112 ms; lm_head for the last token only reads 1.05e9 B → 0.314 ms.
        // TTFT ≈ 28.90 + 1.112 + 0.314 = 30.32 ms.
        InferenceConfig cfg;
        cfg.phase = InferencePhase::Prefill;
        cfg.batch = 1;
        cfg.prompt = 2048;
        const auto r = evaluateInference(ceilings(h100()), llama31_8b(), cfg);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(near(r->stepTime, 30.32e-3, 2e-3));
        QCOMPARE(r->findOperator(LlmOperator::Ffn)->bound, Bound::Compute);
        QCOMPARE(r->findOperator(LlmOperator::AttnScores)->bound, Bound::Compute);
        QCOMPARE(r->findOperator(LlmOperator::LmHead)->bound, Bound::Memory);
        QVERIFY(near(r->tokensPerS, 2048 / 30.32e-3, 2e-3));
        QVERIFY(!r->computeBoundBatch); // asked of decode only
        QCOMPARE(r->kvBytes, 2048.0 * 131072.0);
    }

    void llama70bFitsOnTwoH200NotOne()
    {
        // weights 70.6e9 × 2 B = 141.2e9 B; one H200 holds 0.9 × 141 GiB = 136.26e9 B usable → no.
        // Two: 70.6e9 + KV (80 × 2 × 8 × 128 × 2 B × 4096 = 1.342e9) / 2 = 71.27e9 ≤ 136.26e9 → yes.
        const auto one = evaluateInference(ceilings(h200()), llama31_70b(), decode(1, 4096, 1));
        QVERIFY2(one.ok(), qPrintable(one.error));
        QVERIFY(!one->fits);
        QCOMPARE(*one->minChips, 2);
        QCOMPARE(*one->maxBatch, 0LL);
        const auto two = evaluateInference(ceilings(h200()), llama31_70b(), decode(1, 4096, 2));
        QVERIFY(two->fits);
        QVERIFY(near(two->weightsBytesPerChip + two->kvBytesPerChip, 70.6e9 + 1342177280.0 / 2, 1e-12));
        QCOMPARE(two->kvSplit, 2);
    }

    void tensorParallelAllReduce()
    {
        // Llama-3.1-70B decode, batch 32, on 2 × H200: each all-reduce moves 32 × 8192 × 2 B = 524,288 B;
        // ring: 2(2 − 1)/2 × 524,288 B / 450e9 B/s (NVLink 900 GB/s bidirectional, 450 GB/s each way) = 1.165 µs;
        // 2 per layer × 80 layers → 186.4 µs a step.
        QVERIFY(near(ringAllReduceTime(524288, 2, 450e9), 1.16508e-6, 1e-5));
        QCOMPARE(ringAllReduceTime(524288, 1, 450e9), 0.0);
        const auto r = evaluateInference(ceilings(h200()), llama31_70b(), decode(32, 4096, 2));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r->allReduceMessageBytes, 524288.0);
        QVERIFY(near(r->allReduceTime, 186.41e-6, 1e-4));
        const OperatorResult *ar = r->findOperator(LlmOperator::AllReduce);
        QVERIFY(ar);
        QCOMPARE(ar->bound, Bound::Link);
        QVERIFY(r->linkFraction > 0);
        QVERIFY(near(r->tokensPerSPerChip, r->tokensPerS / 2, 1e-12));
        // The step is shorter than on one chip, but not half: the link costs time.
        const auto one = evaluateInference(ceilings(h200()), llama31_70b(), decode(32, 4096, 1));
        QVERIFY(r->stepTime < one->stepTime);
        QVERIFY(r->stepTime > one->stepTime / 2);
    }

    void kvHeadsReplicateBeyondTheirCount()
    {
        // 8 KV heads on 16 chips: each chip keeps a copy of one head's cache, so the cache splits 8 ways, not 16.
        const auto r = evaluateInference(ceilings(h200()), llama31_70b(), decode(1, 4096, 16));
        QCOMPARE(r->kvSplit, 8);
        QVERIFY(near(r->kvBytesPerChip, 1342177280.0 / 8, 1e-12));
    }

    void deepseekMlaKvPerToken()
    {
        // MLA caches kv_lora_rank + rope_head_dim = 512 + 64 = 576 values per token per layer:
        // 61 × 576 × 2 B = 70,272 B a token in BF16 (vs 61 × 2 × 128 × 128 × 2 B = 4.0 MB for MHA); FP8: 35,136 B.
        QCOMPARE(kvBytesPerToken(deepseekV3(), Precision::BF16), 70272.0);
        QCOMPARE(kvBytesPerToken(deepseekV3(), Precision::FP8), 35136.0);
        InferenceConfig cfg = decode(1, 4096, 8);
        cfg.kvPrecision = Precision::FP8;
        const auto r = evaluateInference(ceilings(h200(), Precision::FP8), deepseekV3(), cfg);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r->kvBytesPerToken, 35136.0);
        QCOMPARE(r->kvBytes, 35136.0 * 4096);
        // One latent per token serves all heads: every chip of the 8 keeps the whole cache.
        QCOMPARE(r->kvSplit, 1);
        QCOMPARE(r->kvBytesPerChip, r->kvBytes);
        // 671e9 × 1 B = 671e9 B over 8 × 0.9 × 141 GiB = 1090e9 B → fits; on 4 chips (545e9 B) it does not.
        QVERIFY(r->fits);
        QCOMPARE(*r->minChips, 5);
    }

    void deepseekBatchOneReadsItsActiveParameters()
    {
        // At batch 1 a step reads what one token passes through: 37e9 active parameters less the
        // 129280 × 7168 = 0.93e9 embedding table = 36.1e9 B in FP8. The calculator builds it from the
        // architecture — attention 11.39e9 (what 671e9 leaves after experts, FFN, embeddings), dense FFN 1.19e9,
        // 58 MoE layers × (8 + 1 shared) × 44.04e6 = 22.99e9, routers 0.11e9, lm_head 0.93e9 → 36.6e9 — within 2%.
        // (One chip, whether or not it fits: the step is evaluated all the same, with fits = false.)
        const auto r = evaluateInference(ceilings(h200(), Precision::FP8), deepseekV3(), decode(1, 1));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r->fits);
        double bytes = 0;
        for (const OperatorResult &op : r->operators)
            bytes += op.bytes;
        QVERIFY(near(bytes, 36.1e9, 0.02));
        QVERIFY(near(r->distinctExperts, 8, 1e-12));
        QVERIFY(r->findOperator(LlmOperator::Experts));
        QVERIFY(r->findOperator(LlmOperator::Router));
        QVERIFY(r->findOperator(LlmOperator::Ffn)); // the 3 leading dense layers
    }

    void moeDistinctExperts()
    {
        // E × (1 − (1 − k/E)^T) with E = 256, k = 8:
        //   T = 1: 256 × (1 − 31/32) = 8; T = 64: 256 × (1 − (31/32)^64) = 256 × (1 − 0.13111) = 222.44;
        //   T = 4096: (31/32)^4096 ≈ 1e-57 → all 256.
        QVERIFY(near(expectedDistinctExperts(256, 8, 1), 8, 1e-12));
        QVERIFY(near(expectedDistinctExperts(256, 8, 64), 222.442, 1e-5));
        QVERIFY(near(expectedDistinctExperts(256, 8, 4096), 256, 1e-12));
        QCOMPARE(expectedDistinctExperts(256, 8, 0), 0.0);
        const auto r = evaluateInference(ceilings(h200(), Precision::FP8), deepseekV3(), decode(64, 1024, 8));
        QVERIFY(near(r->distinctExperts, 222.442, 1e-5));
    }

    void computeBoundBatch()
    {
        // Context 128, per sequence: FLOPs 2 × 7.50e9 weights + 2 × 2 × 128 × 4096 × 32 attention = 15.07e9
        // → 15.23 µs; bytes 128 × 131,072 KV = 16.8 MB plus ≈ 4.4 MB of activations → 6.3 µs. The weights,
        // 15.01e9 B, take 4.48 ms whatever the batch. Compute catches up with memory at
        // B = 4.48 ms / (15.23 − 6.3) µs ≈ 502 sequences (≈ 295, the ridge, if KV and activations were free).
        const auto shortContext = evaluateInference(ceilings(h100()), llama31_8b(), decode(1, 128));
        QVERIFY(shortContext->computeBoundBatch);
        const long long b = *shortContext->computeBoundBatch;
        QVERIFY2(b > 480 && b < 530, qPrintable(QString::number(b)));
        const auto at = evaluateInference(ceilings(h100()), llama31_8b(), decode(int(b), 128));
        const auto below = evaluateInference(ceilings(h100()), llama31_8b(), decode(int(b - 1), 128));
        QVERIFY(at->computeTime >= at->memoryTime);
        QVERIFY(below->computeTime < below->memoryTime);

        // At 32k context each sequence's KV read (131,072 B × 32768 = 4.3e9 B, 1.28 ms) outweighs its FLOPs
        // (≈ 32e9, 32 µs): GQA attention runs at heads / kv_heads = 4 FLOP/B whatever the batch. Never compute-bound.
        const auto longContext = evaluateInference(ceilings(h100()), llama31_8b(), decode(1, 32768));
        QVERIFY(!longContext->computeBoundBatch);

        // MoE: every extra sequence also wakes more experts, so the crossing is found by search, not a formula;
        // check it is the crossing.
        const auto moe = evaluateInference(ceilings(h200(), Precision::FP8), deepseekV3(), decode(1, 128, 8));
        QVERIFY(moe->computeBoundBatch);
        const int m = int(*moe->computeBoundBatch);
        const auto moeAt = evaluateInference(ceilings(h200(), Precision::FP8), deepseekV3(), decode(m, 128, 8));
        const auto moeBelow = evaluateInference(ceilings(h200(), Precision::FP8), deepseekV3(), decode(m - 1, 128, 8));
        QVERIFY(moeAt->computeTime >= moeAt->memoryTime);
        QVERIFY(moeBelow->computeTime < moeBelow->memoryTime);
    }

    void slidingWindowLayers()
    {
        // 4 layers, 2 with a 128-token window, 2 KV heads of 64: 2 × 2 × 64 × 2 B = 512 B a token a layer.
        // At context 1000: (2 × 1000 + 2 × min(1000, 128)) × 512 B = 2256 × 512 = 1,155,072 B a sequence.
        LlmModel m;
        m.id = QStringLiteral("tiny-swa");
        m.paramsTotal = 50e6;
        m.layers = 4;
        m.hidden = 512;
        m.heads = 8;
        m.kvHeads = 2;
        m.headDim = 64;
        m.ffn = 2048;
        m.vocab = 32000;
        m.slidingWindow = 128;
        m.slidingLayers = 2;
        const auto r = evaluateInference(ceilings(h100()), m, decode(3, 1000));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r->kvBytesPerToken, 2048.0);
        QCOMPARE(r->kvBytes, 3 * 1155072.0);
        // Attention FLOPs: 2 × 3 sequences × (2 layers × 1000 + 2 × 128) keys × 8 heads × 64.
        QCOMPARE(r->findOperator(LlmOperator::AttnScores)->flops, 2.0 * 3 * (2 * 1000 + 2 * 128) * 8 * 64);
    }

    void sweepMatchesSingleEvaluations()
    {
        const QList<int> batches{1, 8, 64};
        const auto sweep = sweepInferenceBatches(ceilings(h100()), llama31_8b(), decode(1, 4096), batches);
        QVERIFY(sweep.ok());
        QCOMPARE(sweep->size(), 3);
        for (int i = 0; i < batches.size(); ++i) {
            const auto one = evaluateInference(ceilings(h100()), llama31_8b(), decode(batches[i], 4096));
            QCOMPARE(sweep->at(i).stepTime, one->stepTime);
            QCOMPARE(sweep->at(i).config.batch, batches[i]);
            QCOMPARE(sweep->at(i).maxBatch, one->maxBatch);
        }
    }

    void extraTierHoldsTheWeights()
    {
        // Weights on a what-if 1 TiB flash tier at 1.6 TB/s: Llama-70B fits one H100 by capacity, but each step
        // reads 70B weights at 1.6 TB/s instead of 3.35 TB/s.
        const auto c = makeCeilings(h100(), Precision::BF16, {}, MemoryTier{QStringLiteral("hbf"), 1024 * GiB, 1.6e12});
        InferenceConfig cfg = decode(1, 4096);
        cfg.weightsTier = 1;
        const auto r = evaluateInference(*c, llama31_70b(), cfg);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r->fits);
        // Weights read ≈ (80 × (8192 × 10240 + 8192² + 3 × 8192 × 28672) + 8192 × 128256) × 2 B = 139.0e9 B → 86.9 ms
        QVERIFY(near(r->stepTime, 139.0e9 / 1.6e12, 0.01));
        QVERIFY(explainInference(*c, llama31_70b(), *r).join(QLatin1Char('\n')).contains(QLatin1String("on hbf")));
    }

    void errors()
    {
        Chip noLink = h100();
        noLink.scaleupBandwidth.reset();
        const auto tp = evaluateInference(ceilings(noLink), llama31_8b(), decode(1, 1024, 2));
        QVERIFY(!tp.ok());
        QVERIFY(tp.error.contains(QLatin1String("scale-up")));

        LlmModel broken = llama31_8b();
        broken.kvHeads = 0;
        const auto noKv = evaluateInference(ceilings(h100()), broken, decode(1, 1024));
        QVERIFY(!noKv.ok());
        QVERIFY(noKv.error.contains(QLatin1String("kv_heads")));

        QVERIFY(!evaluateInference(ceilings(h100()), llama31_8b(), decode(0, 1024)).ok());
        QVERIFY(!evaluateInference(ceilings(h100()), llama31_8b(), decode(1, 0)).ok());

        Chip noCapacity = h100();
        noCapacity.memoryBytes.reset();
        QVERIFY(evaluateInference(ceilings(noCapacity), llama31_8b(), decode(1, 1024)).error.contains(QLatin1String("capacity")));
    }

    void showTheWorking()
    {
        const auto r = evaluateInference(ceilings(h100()), llama31_8b(), decode(1, 4096));
        const QString text = explainInference(ceilings(h100()), llama31_8b(), *r).join(QLatin1Char('\n'));
        // 32 × 2 × 8 × 128 × 2 = 131,072 bytes = 128 × 1,024: 128 KB, binary like every amount of memory.
        QVERIFY2(text.contains(QStringLiteral("KV per token = layers × 2 × kv_heads × head_dim × element size = 32 × 2 × 8 × 128 × 2 bytes = 128 KB")),
                 qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("memory in GB, MB and KB is binary (1 GB = 2³⁰ bytes)")));
        QVERIFY(text.contains(QLatin1String("KV wall: max batch")));
        QVERIFY(text.contains(QLatin1String("= 114")));
        QVERIFY(text.contains(QLatin1String("tokens/s = batch / time per step = 1 / 4.642 ms = 215.4")));
        const auto mla = evaluateInference(ceilings(h200(), Precision::FP8), deepseekV3(), decode(64, 1024, 8));
        const QString mlaText = explainInference(ceilings(h200(), Precision::FP8), deepseekV3(), *mla).join(QLatin1Char('\n'));
        // 61 × 576 × 2 = 70,272 bytes ÷ 1,024 = 68.625: "68.63 KB".
        QVERIFY2(mlaText.contains(QStringLiteral("61 × (512 + 64) × 2 bytes = 68.63 KB")), qPrintable(mlaText));
        QVERIFY(mlaText.contains(QStringLiteral("256 × (1 − (1 − 8/256)^64) = 222.4")));
        QVERIFY(mlaText.contains(QLatin1String("all_reduce: 2 per layer")));
    }
};

QTEST_APPLESS_MAIN(TestLlmInference)
#include "tst_llm_inference.moc"
