// Serving layouts beyond one tensor-parallel group: pipeline stages with their bubble, groups wider than the
// scale-up domain over the scale-out network, chunked prefill and disaggregated prefill and decode pools — each case
// with its arithmetic.

#include "explain.h"
#include "llm_inference.h"
#include "llm_request.h"
#include "roofline.h"
#include "serving_frontier.h"

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

InferenceConfig decode(int batch, int context, int tp = 1, int pp = 1)
{
    InferenceConfig c;
    c.phase = InferencePhase::Decode;
    c.batch = batch;
    c.context = context;
    c.tensorParallel = tp;
    c.pipelineParallel = pp;
    return c;
}

InferenceConfig prefill(int batch, int prompt, int pp = 1)
{
    InferenceConfig c;
    c.phase = InferencePhase::Prefill;
    c.batch = batch;
    c.prompt = prompt;
    c.pipelineParallel = pp;
    return c;
}

Ceilings ceilings(const Chip &chip, Precision p = Precision::BF16)
{
    return *makeCeilings(chip, p);
}

// One stage send on H100's NVLink (450 GB/s each way, 1 µs a message) of `tokens` BF16 activations of Llama-3.1-8B:
// tokens × 4,096 × 2 B / 450e9 B/s + 1 µs.
double h100Send(double tokens)
{
    return tokens * 4096 * 2 / 450e9 + 1e-6;
}

} // namespace

class TestServingLayouts : public QObject {
    Q_OBJECT
private slots:
    void pipelineDecodeBubbleAtSmallBatch()
    {
        // Llama-3.1-8B on H100 at BF16, context 4,096, two stages. Each stage runs half the layers (and half of
        // lm_head), so one micro-batch through a stage takes half the one-chip step plus its send.
        // Batch 1: M = min(1, 2) = 1 micro-batch; a step = 2 stage times (the token waits for both stages) =
        // the one-chip step + 2 sends of one token (8,192 B / 450e9 + 1 µs = 1.018 µs each); a chip is busy one
        // stage time of the two: bubble (2 − 1) / 2 = 50 %. Per chip: 1 token / step / 2 chips.
        const Ceilings c = ceilings(h100());
        const auto one = evaluateInference(c, llama31_8b(), decode(1, 4096));
        const auto pp2 = evaluateInference(c, llama31_8b(), decode(1, 4096, 1, 2));
        QVERIFY2(pp2.ok(), qPrintable(pp2.error));
        QCOMPARE(pp2->microBatches, 1.0);
        QVERIFY(near(pp2->stageTime, one->stepTime / 2 + h100Send(1), 1e-12));
        QVERIFY(near(pp2->stepTime, one->stepTime + 2 * h100Send(1), 1e-12));
        QVERIFY(near(pp2->bubbleFraction, 0.5, 1e-12));
        QCOMPARE(pp2->groupChips, 2);
        QVERIFY(near(pp2->tokensPerSPerChip, 1 / pp2->stepTime / 2, 1e-12));
        QVERIFY(near(pp2->tokensPerSPerUser, 1 / pp2->stepTime, 1e-12));
        // Batch 4: M = 2 micro-batches of 2; the pipeline stays full (bubble 0); step = 2 × (step(2) / 2 + send(2)).
        const auto two = evaluateInference(c, llama31_8b(), decode(2, 4096));
        const auto full = evaluateInference(c, llama31_8b(), decode(4, 4096, 1, 2));
        QCOMPARE(full->microBatches, 2.0);
        QCOMPARE(full->bubbleFraction, 0.0);
        QVERIFY(near(full->stepTime, two->stepTime + 2 * h100Send(2), 1e-12));
        QVERIFY(near(full->tokensPerSPerChip, 4 / full->stepTime / 2, 1e-12));
        // Memory: each chip holds half the weights (15.01e9 B / 2) and half of each sequence's KV cache, so the KV
        // wall more than doubles: floor((0.9 × 80 GiB − 15.01e9 / 2) / (536.9e6 / 2)).
        QVERIFY(near(full->weightsBytesPerChip, one->weightsBytes / 2, 1e-12));
        const double usable = 0.9 * 80 * 1024.0 * 1024 * 1024;
        QCOMPARE(*full->maxBatch, (long long)std::floor((usable - one->weightsBytes / 2) / (4096 * 131072.0 / 2)));
        QVERIFY(*full->maxBatch > 2 * *one->maxBatch);
        // The stage send is its own operator; nothing else is added.
        QVERIFY(full->findOperator(LlmOperator::StageSend));
        QVERIFY(near(full->findOperator(LlmOperator::StageSend)->time, 2 * h100Send(2), 1e-12));
    }

    void pipelinePrefillRunsThroughAnEmptyPipeline()
    {
        // Prefill of 2,048-token prompts, two stages. Batch 1: M = 1, TTFT = (1 + 2 − 1) × stage = the one-chip
        // TTFT + 2 sends of 2,048 tokens (16.78 MB / 450e9 = 37.28 µs + 1 µs); bubble (2 − 1)/(1 + 2 − 1) = 1/2.
        // Batch 4: M = 2 micro-batches of 2 prompts, TTFT = 3 × (TTFT(2) / 2 + send(4,096)); bubble 1/3.
        const Ceilings c = ceilings(h100());
        const auto one = evaluateInference(c, llama31_8b(), prefill(1, 2048));
        const auto pp1 = evaluateInference(c, llama31_8b(), prefill(1, 2048, 2));
        QVERIFY2(pp1.ok(), qPrintable(pp1.error));
        QVERIFY(near(pp1->stepTime, one->stepTime + 2 * h100Send(2048), 1e-12));
        QVERIFY(near(pp1->bubbleFraction, 0.5, 1e-12));
        const auto two = evaluateInference(c, llama31_8b(), prefill(2, 2048));
        const auto pp4 = evaluateInference(c, llama31_8b(), prefill(4, 2048, 2));
        QVERIFY(near(pp4->stepTime, 3 * (two->stepTime / 2 + h100Send(4096)), 1e-12));
        QVERIFY(near(pp4->bubbleFraction, 1.0 / 3, 1e-12));
        // More stages than layers is refused.
        QVERIFY(!evaluateInference(c, llama31_8b(), decode(1, 4096, 1, 33)).ok());
    }

    void groupBeyondTheDomainPaysTheScaleOutLink()
    {
        // B200 (domain 8) at FP8, Llama-3.1-70B, TP 16, batch 32, context 4,096. Without a scale-out figure: refused.
        Ceilings c = ceilings(b200(), Precision::FP8);
        QVERIFY(!evaluateInference(c, llama31_70b(), decode(32, 4096, 16)).ok());
        // DGX B200's network: 50 GB/s a GPU each way, 2 µs a message (assumed). Each all-reduce carries
        // 32 × 8,192 × 1 B (FP8 activations) = 262,144 B: ring 2 × 15/16 × 262,144 / 50e9 = 9.830 µs, plus 2 messages
        // × 2 µs (the slower of NVLink's 1 µs and the network's 2 µs) = 13.83 µs; 2 a layer × 80 layers = 2.213 ms.
        c.scaleOut = ScaleOutLink{QStringLiteral("dgx-b200"), 50e9};
        const auto r = evaluateInference(c, llama31_70b(), decode(32, 4096, 16));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r->collectivesScaleOut);
        QCOMPARE(r->collectiveBandwidth, 50e9);
        QVERIFY(near(r->allReduceLatency, 4e-6, 1e-12));
        QVERIFY(near(r->allReduceTime, 160 * (2 * 15.0 / 16 * 262144 / 50e9 + 4e-6), 1e-9));
        // Within the domain the same group size pays NVLink: TP 8 is not scale-out.
        const auto inside = evaluateInference(c, llama31_70b(), decode(32, 4096, 8));
        QVERIFY(!inside->collectivesScaleOut);
        QCOMPARE(inside->collectiveBandwidth, 900e9);
        // TP 8 × PP 2 = 16 chips: the group stays on NVLink, the stage sends cross the network:
        // one micro-batch of 16 sequences, 16 × 8,192 × 1 B / 8 chips = 16,384 B a chip / 50e9 + 2 µs = 2.328 µs.
        const auto staged = evaluateInference(c, llama31_70b(), decode(32, 4096, 8, 2));
        QVERIFY(!staged->collectivesScaleOut);
        QVERIFY(staged->stagesScaleOut);
        QVERIFY(near(staged->findOperator(LlmOperator::StageSend)->time, 2 * (16384 / 50e9 + 2e-6), 1e-12));
    }

    void chunkedPrefillRidesInTheDecodeSteps()
    {
        // Llama-3.1-8B on H100 at BF16, batch 64, 2,048 in and 256 out. 64 × 1 × 2,048 / 256 = 512 prompt tokens a
        // step keep the batch full. C = 512: all 64 sequences decode, each step carries 512 prompt tokens, a prompt
        // goes in over ceil(2,048 / 512) = 4 steps: TTFT = 4 steps; output tokens/s per chip = 64 / step.
        const Ceilings c = ceilings(h100());
        InferenceConfig cfg = decode(64, 1);
        const auto r = evaluateRequest(c, llama31_8b(), cfg, 2048, 256, 512);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r->chunkTokensPerStep, 512.0);
        QCOMPARE(r->decodingSequences, 64);
        QVERIFY(near(r->ttft, 4 * r->decode.stepTime, 1e-12));
        QVERIFY(near(r->outputTokensPerSPerChip, 64 / r->decode.stepTime, 1e-12));
        // The mixed step: 64 decode tokens + 512 prompt tokens through every matmul (ffn: 2 × 576 × 3 × 4,096 ×
        // 14,336 × 32 layers); attention pairs 64 × 2,176 (the mean context) + 512 × 1,024 (half the prompt).
        const OperatorResult *ffn = r->decode.findOperator(LlmOperator::Ffn);
        QCOMPARE(ffn->flops, 2.0 * 576 * 3 * 4096 * 14336 * 32);
        const OperatorResult *scores = r->decode.findOperator(LlmOperator::AttnScores);
        QCOMPARE(scores->flops, 2.0 * (64 * 2176 + 512 * 1024) * 32 * 128 * 32);
        // C = 64 cannot feed 64 sequences: floor(64 × 64 / 512) = 8 decode, carrying 8 × 2,048 / 256 = 64 tokens a
        // step; TTFT = 32 steps.
        const auto starved = evaluateRequest(c, llama31_8b(), cfg, 2048, 256, 64);
        QCOMPARE(starved->decodingSequences, 8);
        QCOMPARE(starved->chunkTokensPerStep, 64.0);
        QVERIFY(near(starved->ttft, 32 * starved->decode.stepTime, 1e-12));
        QVERIFY(near(starved->outputTokensPerSPerChip, 8 / starved->decode.stepTime, 1e-12));
    }

    void disaggregatedPoolsNeitherWait()
    {
        // Same requests, batch 64. A decode chip makes D = 64 / step output tokens/s; a prefill chip, one prompt at a
        // time, P = 2,048 / TTFT(1). Prefill chips per decode chip = D × I / (O × P); per chip of both pools
        // D / (1 + ratio). The KV cache of one request, 2,048 × 131,072 B = 268.4 MB, moves over NVLink: / 450e9 + 1 µs.
        const Ceilings c = ceilings(h100());
        InferenceConfig cfg = decode(64, 1);
        const auto d = evaluateDisaggregated(c, llama31_8b(), cfg, 2048, 256, c.linkBandwidth, c.fabric.messageLatency);
        QVERIFY2(d.ok(), qPrintable(d.error));
        const auto req = evaluateRequest(c, llama31_8b(), cfg, 2048, 256);
        const auto one = evaluateInference(c, llama31_8b(), prefill(1, 2048));
        const double D = 64 / req->decode.stepTime, P = 2048 / one->stepTime;
        QVERIFY(near(d->decodeOutputTokensPerSPerChip, D, 1e-12));
        QVERIFY(near(d->prefillInputTokensPerSPerChip, P, 1e-12));
        QVERIFY(near(d->prefillChipsPerDecodeChip, D * 2048 / (256 * P), 1e-12));
        QVERIFY(near(d->outputTokensPerSPerChip, D / (1 + D * 2048 / (256 * P)), 1e-12));
        QCOMPARE(d->kvTransferBytes, 2048 * 131072.0);
        QVERIFY(near(d->ttft, one->stepTime + 2048 * 131072.0 / 450e9 + 1e-6, 1e-12));
        // With the prefill pool batching like the decode pool, the figure is the colocated one:
        // D / (1 + D I / (O P)) with D = B / t and P = B I / TTFT is B O / (O t + TTFT).
        const auto same = evaluateDisaggregated(c, llama31_8b(), cfg, 2048, 256, 0, 0, 64);
        QVERIFY(near(same->outputTokensPerSPerChip, req->outputTokensPerSPerChip, 1e-12));
    }

    void frontierSweepsPipelines()
    {
        // Llama-3.1-70B at BF16 on H100 (a domain of 8): 141 GB of weights need 2+ chips. Layouts TP 1 … 8, each with
        // pipelines while TP × PP ≤ 8. A point with a pipeline is evaluated as asked; no point leaves the domain.
        FrontierSettings fs;
        fs.maxGroup = 8;
        const Ceilings c = ceilings(h100());
        const auto front = servingFrontier(c, std::nullopt, llama31_70b(), decode(1, 2048), fs);
        QVERIFY(!front.isEmpty());
        bool staged = false;
        for (const FrontierPoint &p : front) {
            QVERIFY(p.tp * p.pp <= 8);
            staged |= p.pp > 1;
            const auto at = evaluateInference(c, llama31_70b(), decode(p.batch, 2048, p.tp, p.pp));
            QVERIFY(near(at->tokensPerSPerChip, p.tokensPerSPerChip, 1e-12));
        }
        // TP 4 × PP 2 holds the KV cache of more sequences than TP 8 at no all-reduce cost across 8: some batch only
        // a pipeline reaches is on the front.
        QVERIFY(staged);
    }

    void theWorkingNamesEachLinkAndTerm()
    {
        // Scale-out: the working says which link the collectives crossed, at what bandwidth and latency.
        Ceilings c = ceilings(b200(), Precision::FP8);
        c.scaleOut = ScaleOutLink{QStringLiteral("dgx-b200"), 50e9};
        const auto r = evaluateInference(c, llama31_70b(), decode(32, 4096, 16));
        const QStringList lines = explainInference(c, llama31_70b(), *r);
        QVERIFY(lines.contains(QStringLiteral("a group of 16 chips is more than the scale-up domain of 8: its collectives cross the scale-out network "
                                              "of dgx-b200 at 50 GB/s each way (the slowest link), 2 µs per message (assumed: an RDMA message "
                                              "through a leaf-spine network)")));
        // Chunked prefill: 64 × 1 × 2,048 / 256 = 512, at most 512.
        const auto chunked = evaluateRequest(ceilings(h100()), llama31_8b(), decode(64, 1), 2048, 256, 512);
        QCOMPARE(explainChunkedPrefill(*chunked).first(),
                 QStringLiteral("chunked prefill: each decode step carries the prompt tokens that keep the batch full, batch × K × I / O = "
                                "64 × 1 × 2048 / 256 = 512, at most C = 512: 512 a step; 64 sequence(s) decode at once"));
        const Ceilings h = ceilings(h100());
        const auto pools = evaluateDisaggregated(h, llama31_8b(), decode(64, 1), 2048, 256, h.linkBandwidth, h.fabric.messageLatency);
        QVERIFY(explainDisaggregated(*pools, 2048, 256, QStringLiteral("NVLink")).last().startsWith(
            QStringLiteral("disaggregated: the request's KV cache, 256 MB, moves to the decode pool over NVLink in 597.5 µs")));
    }

    void frontierOfWholeRequestsIsTheRequestsOwn()
    {
        // The frontier sweeps each layout's prefill and decode once; every point must still be what evaluateRequest
        // gives for that layout and batch (1,024 in, 1,024 out), the bound and the expected figure alike, and fit at
        // the longest context (2,048 tokens).
        FrontierSettings fs;
        fs.maxGroup = 8;
        fs.inputTokens = fs.outputTokens = 1024;
        const Ceilings c = ceilings(h100());
        const Ceilings slower = *makeCeilings(h100(), Precision::BF16, Efficiency{0.7, 0.85});
        const auto front = servingFrontier(c, slower, llama31_70b(), decode(1, 1024 + 512), fs);
        QVERIFY(front.size() > 3);
        for (const FrontierPoint &p : front) {
            const InferenceConfig at = decode(p.batch, 1, p.tp, p.pp);
            const auto req = evaluateRequest(c, llama31_70b(), at, 1024, 1024);
            QVERIFY(req->fits);
            QVERIFY(near(p.tokensPerSPerChip, req->outputTokensPerSPerChip, 1e-12));
            QVERIFY(near(*p.ttft, req->ttft, 1e-12));
            QVERIFY(near(*p.expectedTokensPerSPerChip, evaluateRequest(slower, llama31_70b(), at, 1024, 1024)->outputTokensPerSPerChip, 1e-12));
        }
    }
};

QTEST_APPLESS_MAIN(TestServingLayouts)
#include "tst_serving_layouts.moc"
