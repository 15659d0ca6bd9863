// LLM inference on the roofline: dense and MoE models, MHA/GQA/MLA and sliding windows, prefill and decode,
// tensor parallelism, memory fit and the KV wall — each case with its arithmetic.

#include "chip.h"
#include "explain.h"
#include "llm_inference.h"
#include "llm_request.h"
#include "serving_frontier.h"
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
        // 2 per layer × 80 layers → 186.4 µs a step; each all-reduce also pays 2 messages × 1 µs on a switched fabric
        // (a reduce-scatter and an all-gather step, NCCL's LL per-hop latency): 160 × (1.165 + 2) µs = 506.4 µs.
        QVERIFY(near(ringAllReduceTime(524288, 2, 450e9), 1.16508e-6, 1e-5));
        QCOMPARE(ringAllReduceTime(524288, 1, 450e9), 0.0);
        const auto r = evaluateInference(ceilings(h200()), llama31_70b(), decode(32, 4096, 2));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r->allReduceMessageBytes, 524288.0);
        QVERIFY(near(r->allReduceTime, 506.41e-6, 1e-4));
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

    void kvCacheDefaultsToFp8UnderFp4Weights()
    {
        // Defect 1 (issue 18): FP4 weights used to give an FP4 KV cache. B200, Llama-3.1-70B, context 2,048, batch 256:
        //   KV per token at FP8 = 80 layers × 2 × 8 kv heads × 128 × 1 B = 163,840 B (81,920 B at FP4)
        //   KV = 256 × 2,048 × 163,840 B = 85.90e9 B (80 GiB)
        //   KV wall = floor((0.9 × 192 GiB − 70.6e9 × 0.5 B) / (2,048 × 163,840 B))
        //           = floor((185.54e9 − 35.3e9) / 335.54e6) = floor(447.76) = 447; at FP4 floor(895.5) = 895, twice.
        const auto fp8Kv = evaluateInference(ceilings(b200(), Precision::FP4), llama31_70b(), decode(256, 2048));
        QVERIFY2(fp8Kv.ok(), qPrintable(fp8Kv.error));
        QCOMPARE(fp8Kv->kvPrecision, Precision::FP8);
        QCOMPARE(fp8Kv->activationPrecision, Precision::FP8);
        QCOMPARE(fp8Kv->kvBytesPerToken, 163840.0);
        QCOMPARE(fp8Kv->kvBytes, 256.0 * 2048 * 163840);
        QCOMPARE(*fp8Kv->maxBatch, 447LL);
        InferenceConfig asked = decode(256, 2048);
        asked.kvPrecision = Precision::FP4; // only when asked
        const auto fp4Kv = evaluateInference(ceilings(b200(), Precision::FP4), llama31_70b(), asked);
        QCOMPARE(fp4Kv->kvPrecision, Precision::FP4);
        QCOMPARE(fp4Kv->kvBytesPerToken, 81920.0);
        QCOMPARE(*fp4Kv->maxBatch, 895LL);
        // BF16 weights keep a BF16 cache: 80 × 2 × 8 × 128 × 2 B = 327,680 B a token.
        QCOMPARE(evaluateInference(ceilings(b200(), Precision::BF16), llama31_70b(), decode(1, 2048))->kvBytesPerToken, 327680.0);
        QCOMPARE(servingPrecision(Precision::FP4), Precision::FP8);
        QCOMPARE(servingPrecision(Precision::FP8), Precision::FP8);
        QCOMPARE(servingPrecision(Precision::BF16), Precision::BF16);
    }

    void attentionMatmulsRunAtTheAttentionPrecision()
    {
        // Defect 2: attention's q·k was charged at the weights' FP4 peak. B200, FP4 weights, Llama-3.1-70B, batch 256,
        // context 2,048: attn_scores = 2 × (256 × 2,048) pairs × 64 heads × 128 × 80 layers = 6.872e11 FLOP
        //   at the BF16 default: 6.872e11 / 2.25e15 = 305.4 µs (it was 6.872e11 / 9e15 = 76.4 µs at FP4)
        //   at FP8 when asked: 6.872e11 / 4.5e15 = 152.7 µs.
        const double flops = 2.0 * 256 * 2048 * 64 * 128 * 80;
        const auto bf16 = evaluateInference(ceilings(b200(), Precision::FP4), llama31_70b(), decode(256, 2048));
        QCOMPARE(bf16->attentionPrecision, Precision::BF16);
        const OperatorResult *scores = bf16->findOperator(LlmOperator::AttnScores);
        QCOMPARE(scores->flops, flops);
        QVERIFY(near(scores->computeTime, flops / 2.25e15, 1e-12));
        QVERIFY(near(bf16->findOperator(LlmOperator::AttnV)->computeTime, flops / 2.25e15, 1e-12));
        // The weights' matmuls stay at FP4: ffn = 2 × 256 × 3 × 8,192 × 28,672 × 80 FLOP / 9e15.
        QVERIFY(near(bf16->findOperator(LlmOperator::Ffn)->computeTime, 2.0 * 256 * 3 * 8192 * 28672 * 80 / 9e15, 1e-12));
        InferenceConfig fp8 = decode(256, 2048);
        fp8.attentionPrecision = Precision::FP8;
        const auto asked = evaluateInference(ceilings(b200(), Precision::FP4), llama31_70b(), fp8);
        QVERIFY(near(asked->findOperator(LlmOperator::AttnScores)->computeTime, flops / 4.5e15, 1e-12));
        // A chip without a peak at the asked precision is refused, naming it.
        fp8.attentionPrecision = Precision::FP6;
        const auto refused = evaluateInference(ceilings(b200(), Precision::FP4), llama31_70b(), fp8);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("fp6")), qPrintable(refused.error));
    }

    void allReduceCarriesActivationPrecision()
    {
        // Defect 3: all-reduce bytes used the weights' precision. B200 × 2, FP4 weights, batch 256:
        //   message = 256 tokens × 8,192 hidden × 1 B (FP8 activations) = 2,097,152 B (it was × 0.5 B = 1,048,576 B)
        //   ring: 2 × (2 − 1)/2 × 2,097,152 B / 900e9 B/s = 2.330 µs + 2 × 1 µs latency; 2 per layer × 80 = 692.8 µs a step.
        const auto r = evaluateInference(ceilings(b200(), Precision::FP4), llama31_70b(), decode(256, 2048, 2));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r->allReduceMessageBytes, 2097152.0);
        QVERIFY(near(r->allReduceTime, 160 * (2097152.0 / 900e9 + 2e-6), 1e-9));
        InferenceConfig bf16 = decode(256, 2048, 2);
        bf16.activationPrecision = Precision::BF16;
        QCOMPARE(evaluateInference(ceilings(b200(), Precision::FP4), llama31_70b(), bf16)->allReduceMessageBytes, 4194304.0);
    }

    void computeBoundBatchOnlyUnderTheKvWall()
    {
        // Defect 4: TPU v6e × 4, Llama-3.1-70B, FP8, context 1,024. The KV wall:
        //   usable 0.9 × 32 GiB = 30.92e9 B; weights 70.6e9 B / 4 = 17.65e9 B;
        //   KV per sequence per chip = 1,024 × 163,840 B / 4 = 41.94e6 B → floor(13.27e9 / 41.94e6) = floor(316.5) = 316.
        //   With memory unlimited the step turns compute-bound near batch 1,040 (weights 17.65e9 B / 1.638e12 B/s
        //   = 10.8 ms against 2 × 17.65e9 FLOP × b / 918e12 = 38.5 µs × b, plus attention) — a batch that cannot be held.
        const auto r = evaluateInference(ceilings(tpuV6e(), Precision::FP8), llama31_70b(), decode(64, 1024, 4));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(*r->maxBatch, 316LL);
        QVERIFY(!r->computeBoundBatch);
        QVERIFY(!r->computeBoundReachable());
        QVERIFY(r->computeBoundBatchUnlimited);
        QVERIFY(*r->computeBoundBatchUnlimited > 316);
        QVERIFY(near(double(*r->computeBoundBatchUnlimited), 1040, 0.05));
        const QString working = explainInference(ceilings(tpuV6e(), Precision::FP8), llama31_70b(), *r).join(QLatin1Char('\n'));
        QVERIFY2(working.contains(QStringLiteral("not reachable: the KV wall is at 316")), qPrintable(working));
    }

    void expertParallelWithDataParallelAttention()
    {
        // DeepSeek-V3 at FP8 on 8 × B200, batch 64, context 4,096.
        //   routed experts: 58 MoE layers × 256 × 3 × 7,168 × 2,048 × 1 B = 653.9e9 B; the rest 671e9 − 653.9e9 = 17.1e9 B
        //   ep 8 + dp attention: 653.9e9 / 8 + 17.1e9 = 98.85e9 B a chip (TP 8: 671e9 / 8 = 83.9e9 B)
        //   latent: 61 × 576 × 1 B = 35,136 B a token; dp attention keeps 64 / 8 = 8 sequences × 4,096 × 35,136 B
        //   = 1.151e9 B a chip, where TP 8 keeps all 64 × 4,096 × 35,136 = 9.21e9 B whole on every chip.
        //   all-to-all: each chip dispatches 64 / 8 tokens × 8 experts × 7,168 × 1 B × 7/8 = 401,408 B a MoE layer,
        //   and combines as much back.
        const double routed = 58.0 * 256 * 3 * 7168 * 2048;
        InferenceConfig epCfg = decode(64, 4096);
        epCfg.expertParallel = 8;
        epCfg.dpAttention = true;
        const auto ep = evaluateInference(ceilings(b200(), Precision::FP8), deepseekV3(), epCfg);
        QVERIFY2(ep.ok(), qPrintable(ep.error));
        QCOMPARE(ep->groupChips, 8);
        QCOMPARE(ep->attentionSplit, 1);
        QVERIFY(near(ep->weightsBytesPerChip, routed / 8 + (671e9 - routed), 1e-9));
        QVERIFY(near(ep->kvBytesPerChip, 8.0 * 4096 * 35136, 1e-12));
        QVERIFY(near(ep->allToAllMessageBytes, 401408.0, 1e-12));
        QVERIFY(ep->findOperator(LlmOperator::AllToAll));
        QVERIFY(!ep->findOperator(LlmOperator::AllReduce)); // nothing is split: no partial sums to add up
        // all_to_all time ≥ 58 layers × 2 × (401,408 B / 900e9 B/s + 1 µs) = 109.7 µs.
        QVERIFY(near(ep->allToAllTime, 58 * 2 * (401408.0 / 900e9 + 1e-6), 1e-9));
        const auto tp = evaluateInference(ceilings(b200(), Precision::FP8), deepseekV3(), decode(64, 4096, 8));
        QVERIFY(near(tp->kvBytesPerChip, 64.0 * 4096 * 35136, 1e-12));
        QVERIFY(near(tp->weightsBytesPerChip, 671e9 / 8, 1e-12));
        // The KV wall: (0.9 × 192 GiB − weights) / latent per sequence per chip; dp attention divides the latent by 8.
        QVERIFY(*ep->maxBatch > 6 * *tp->maxBatch);
        QCOMPARE(ep->tokensPerSPerChip, ep->tokensPerS / 8);

        // Layouts that do not make sense are refused.
        InferenceConfig bad = decode(64, 4096);
        bad.expertParallel = 8; // no attention layout for the other 7 chips
        QVERIFY(!evaluateInference(ceilings(b200(), Precision::FP8), deepseekV3(), bad).ok());
        bad.tensorParallel = 4;
        QVERIFY(!evaluateInference(ceilings(b200(), Precision::FP8), deepseekV3(), bad).ok());
        InferenceConfig dense = decode(1, 1024);
        dense.expertParallel = 2;
        dense.dpAttention = true;
        QVERIFY(!evaluateInference(ceilings(b200(), Precision::FP8), llama31_8b(), dense).ok());
    }

    void fullMeshGroupUsesOnlyItsLinks()
    {
        // MI300X's platform: 8 GPUs, each with 7 links to the others. TP 2 reaches one peer over one link: 1/7 of the
        // chip's one-way bandwidth. Llama-3.1-70B, batch 32: message 32 × 8,192 × 2 B = 524,288 B;
        // ring 2 × 1/2 × 524,288 B / (448e9 B/s × 1/7) + 2 × 1 µs = 8.192 µs + 2 µs a reduce; × 160 = 1.631 ms.
        Chip mi = h100();
        mi.id = QStringLiteral("mi300x");
        mi.vendorId = QStringLiteral("amd");
        mi.scaleupBandwidth = 896e9;
        mi.scaleupDomain = 8;
        mi.memoryBytes = 192 * GiB;
        const auto c = ceilings(mi);
        QCOMPARE(c.fabric.topology, FabricTopology::FullMesh);
        QCOMPARE(usableLinkShare(c.fabric, 2), 1.0 / 7);
        QCOMPARE(usableLinkShare(c.fabric, 8), 1.0);
        const auto r = evaluateInference(c, llama31_70b(), decode(32, 4096, 2));
        QVERIFY(near(r->allReduceTime, 160 * (524288.0 / (448e9 / 7) + 2e-6), 1e-9));
        // A switched fabric of the same bandwidth (NVLink) gives the pair the whole link.
        mi.vendorId = QStringLiteral("nvidia");
        const auto nv = evaluateInference(ceilings(mi), llama31_70b(), decode(32, 4096, 2));
        QVERIFY(near(nv->allReduceTime, 160 * (524288.0 / 448e9 + 2e-6), 1e-9));
    }

    void wholeRequest()
    {
        // Llama-3.1-8B on one H100 at BF16, batch 1, 2,048 input and 256 output tokens:
        //   TTFT = the 2,048-token prefill ≈ 30.32 ms (llama8bPrefillOnH100)
        //   decode at the mean context 2,048 + 257 / 2 = 2,176: (15.01e9 B weights + 2,176 × 131,072 B KV) / 3.35e12 B/s
        //   = 4.566 ms a step; 256 steps = 1.169 s; the request 1.199 s
        //   output tokens/s = 256 / 1.199 = 213.5; input tokens/s = 2,048 / 1.199 = 1,708; per user 1 / 4.566 ms = 219.0
        InferenceConfig cfg = decode(1, 1);
        const auto r = evaluateRequest(ceilings(h100()), llama31_8b(), cfg, 2048, 256);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(near(r->ttft, 30.32e-3, 2e-3));
        QCOMPARE(r->decode.config.context, 2176);
        QVERIFY(near(r->decode.stepTime, (15.01e9 + 2176 * 131072.0) / 3.35e12, 2e-3));
        QCOMPARE(r->decodeTime, 256 * r->decode.stepTime);
        QVERIFY(near(r->outputTokensPerSPerChip, 256 / (r->ttft + 256 * r->decode.stepTime), 1e-12));
        QVERIFY(near(r->outputTokensPerSPerChip, 213.5, 3e-3));
        QVERIFY(near(r->inputTokensPerSPerChip, 2048 / r->requestTime, 1e-12));
        QVERIFY(near(r->tokensPerSPerUser, 219.0, 3e-3));
        QVERIFY(r->fits);
        QVERIFY(!evaluateRequest(ceilings(h100()), llama31_8b(), cfg, 0, 256).ok());
    }

    void acceptedTokensPerStep()
    {
        // Speculative decoding / MTP accepting 2 tokens a step: Llama-3.1-8B on one H100, batch 1, context 4,096.
        // The step still reads the 15.01e9 B of weights and 536.9e6 B of KV once (4.642 ms); it computes for 2 tokens
        // (2 × 17.2e9 FLOP = 34.8 µs, still far below), so tokens/s ≈ 2 / 4.642 ms = 430.8, per user the same.
        InferenceConfig cfg = decode(1, 4096);
        cfg.acceptedTokens = 2;
        const auto r = evaluateInference(ceilings(h100()), llama31_8b(), cfg);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(near(r->stepTime, 4.642e-3, 2e-3));
        QCOMPARE(r->tokensPerStep, 2.0);
        QVERIFY(near(r->tokensPerS, 430.8, 3e-3));
        QCOMPARE(r->tokensPerSPerUser, r->tokensPerS);
        QCOMPARE(r->findOperator(LlmOperator::Ffn)->flops, 2 * 2.0 * 3 * 4096 * 14336 * 32);
        cfg.acceptedTokens = 0.5;
        QVERIFY(!evaluateInference(ceilings(h100()), llama31_8b(), cfg).ok());
    }

    void frontierIsParetoAndPicksTheTarget()
    {
        // DeepSeek-V3 at FP8 on B200 (domain 8): layouts TP 1, 2, 4, 8 and EP 2, 4, 8 with dp attention, batches
        // 1 … 4,096 per attention copy. Down the front tokens per user fall and tokens per chip rise strictly; the
        // target picks the most tokens per chip at or above it.
        FrontierSettings fs;
        fs.maxGroup = 8;
        const auto front = servingFrontier(ceilings(b200(), Precision::FP8), std::nullopt, deepseekV3(), decode(1, 2048), fs);
        QVERIFY(front.size() > 3);
        for (int i = 1; i < front.size(); ++i) {
            QVERIFY(front[i].tokensPerSPerUser <= front[i - 1].tokensPerSPerUser);
            QVERIFY(front[i].tokensPerSPerChip > front[i - 1].tokensPerSPerChip);
        }
        for (const FrontierPoint &p : front) // every point is a layout that fits: 671 GB of FP8 weights need 4+ chips
            QVERIFY(std::max(p.tp, p.ep) >= 4);
        const auto best = bestAtInteractivity(front, 50);
        QVERIFY(best);
        QVERIFY(best->tokensPerSPerUser >= 50);
        for (const FrontierPoint &p : front)
            if (p.tokensPerSPerUser >= 50)
                QVERIFY(p.tokensPerSPerChip <= best->tokensPerSPerChip);
        QVERIFY(!bestAtInteractivity(front, 1e6));
        // The point is evaluated as asked: its figure is the engine's own for that layout and batch.
        InferenceConfig at = decode(best->batch, 2048, best->tp);
        at.expertParallel = best->ep;
        at.dpAttention = best->dpAttention;
        QVERIFY(near(evaluateInference(ceilings(b200(), Precision::FP8), deepseekV3(), at)->tokensPerSPerChip, best->tokensPerSPerChip, 1e-12));
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
        // FP8 weights keep an FP8 latent cache by default: 61 × 576 × 1 = 35,136 bytes ÷ 1,024 = 34.3125: "34.31 KB".
        QVERIFY2(mlaText.contains(QStringLiteral("61 × (512 + 64) × 1 bytes = 34.31 KB")), qPrintable(mlaText));
        QVERIFY2(mlaText.contains(QStringLiteral("precisions: weights FP8, KV cache FP8, activations and collectives FP8, attention matmuls BF16 at 989.4 TFLOP/s")),
                 qPrintable(mlaText));
        QVERIFY(mlaText.contains(QStringLiteral("256 × (1 − (1 − 8/256)^64) = 222.4")));
        QVERIFY2(mlaText.contains(QStringLiteral("all_reduce: ring 2(N − 1)/N")), qPrintable(mlaText));
    }
};

QTEST_APPLESS_MAIN(TestLlmInference)
#include "tst_llm_inference.moc"
