#include "serving_frontier.h"

#include "llm_request.h"

#include <algorithm>

namespace {

struct Layout {
    int tp = 1, ep = 1;
    bool dp = false;
    int pp = 1;
    int group() const { return std::max(tp, ep); }
};

// Every group of tensor (or, for MoE, expert) parallelism, each with pipelines of 1, 2, 4 … stages while the whole
// copy stays in the domain.
QList<Layout> layoutsUpTo(int maxGroup, int layers, bool moe)
{
    QList<Layout> groups;
    for (int n = 1; n <= maxGroup; n *= 2)
        groups << Layout{n, 1, false};
    if (moe) {
        for (int n = 2; n <= maxGroup; n *= 2)
            groups << Layout{1, n, true};
        if (maxGroup > 1 && (maxGroup & (maxGroup - 1)) != 0)
            groups << Layout{1, maxGroup, true}; // the whole domain: 72 on NVL72
    }
    QList<Layout> layouts;
    for (const Layout &g : groups)
        for (int pp = 1; g.group() * pp <= maxGroup && pp <= layers; pp *= 2)
            layouts << Layout{g.tp, g.ep, g.dp, pp};
    return layouts;
}

} // namespace

QList<FrontierPoint> servingFrontier(const Ceilings &bound, const std::optional<Ceilings> &expected, const LlmModel &model,
                                     const InferenceConfig &base, const FrontierSettings &settings)
{
    const bool requests = settings.inputTokens > 0 && settings.outputTokens > 0;
    QList<FrontierPoint> all;
    for (const Layout &l : layoutsUpTo(std::max(1, settings.maxGroup), model.layers, model.isMoe())) {
        if (l.ep > model.experts && l.ep > 1)
            continue;
        InferenceConfig cfg = base;
        cfg.phase = InferencePhase::Decode;
        if (requests)
            cfg.context = settings.inputTokens + (settings.outputTokens + 1) / 2;
        cfg.tensorParallel = l.tp;
        cfg.expertParallel = l.ep;
        cfg.dpAttention = l.dp;
        cfg.pipelineParallel = l.pp;
        const int copies = l.dp ? l.group() : 1;
        QList<int> batches;
        for (int b = 1; b <= 4096; b *= 2)
            batches << b * copies;
        const auto sweep = sweepInferenceBatches(bound, model, cfg, batches, false);
        if (!sweep)
            continue;
        // The batches that fit (larger ones fit no better), then each figure swept once over them, without the
        // compute-bound search. Whole requests add the prefill (TTFT) and the KV wall at the longest context; the
        // decode step at the mean context is the sweep itself.
        QList<int> fitting;
        for (const InferenceResult &r : *sweep) {
            if (!r.fits)
                break;
            fitting << r.config.batch;
        }
        if (fitting.isEmpty())
            continue;
        InferenceConfig prefillCfg = cfg;
        prefillCfg.phase = InferencePhase::Prefill;
        prefillCfg.prompt = settings.inputTokens;
        InferenceConfig endCfg = cfg;
        endCfg.context = settings.inputTokens + settings.outputTokens;
        std::optional<QList<InferenceResult>> prefills, expectedSteps, expectedPrefills;
        std::optional<long long> wallAtEnd;
        if (requests) {
            auto p = sweepInferenceBatches(bound, model, prefillCfg, fitting, false);
            auto wall = kvWall(bound, model, endCfg);
            if (!p || !wall)
                continue;
            prefills = *p;
            wallAtEnd = *wall;
        }
        if (expected) {
            if (auto e = sweepInferenceBatches(*expected, model, cfg, fitting, false))
                expectedSteps = *e;
            if (requests)
                if (auto e = sweepInferenceBatches(*expected, model, prefillCfg, fitting, false))
                    expectedPrefills = *e;
        }
        for (qsizetype i = 0; i < fitting.size(); ++i) {
            const InferenceResult &r = sweep->at(i);
            FrontierPoint p;
            p.batch = r.config.batch;
            p.tp = l.tp;
            p.ep = l.ep;
            p.pp = l.pp;
            p.dpAttention = l.dp;
            p.tokensPerSPerChip = r.tokensPerSPerChip;
            p.tokensPerSPerUser = r.tokensPerSPerUser;
            if (requests) {
                if (wallAtEnd && p.batch > *wallAtEnd)
                    continue; // the KV cache at the end of the requests does not fit
                const RequestResult req = requestFrom(prefills->at(i), r, true, settings.inputTokens, settings.outputTokens);
                p.tokensPerSPerChip = req.outputTokensPerSPerChip;
                p.ttft = req.ttft;
            }
            if (expectedSteps)
                p.expectedTokensPerSPerChip = expectedPrefills ? requestFrom(expectedPrefills->at(i), expectedSteps->at(i), true, settings.inputTokens,
                                                                             settings.outputTokens)
                                                                     .outputTokensPerSPerChip
                                                               : expectedSteps->at(i).tokensPerSPerChip;
            all << p;
        }
    }
    // Pareto front: fastest per user first; keep a point only if it beats every faster one on tokens per chip.
    std::sort(all.begin(), all.end(), [](const FrontierPoint &a, const FrontierPoint &b) {
        return a.tokensPerSPerUser != b.tokensPerSPerUser ? a.tokensPerSPerUser > b.tokensPerSPerUser
                                                          : a.tokensPerSPerChip > b.tokensPerSPerChip;
    });
    QList<FrontierPoint> front;
    double best = -1;
    for (const FrontierPoint &p : all)
        if (p.tokensPerSPerChip > best) {
            front << p;
            best = p.tokensPerSPerChip;
        }
    return front;
}

std::optional<FrontierPoint> bestAtInteractivity(const QList<FrontierPoint> &frontier, double tokensPerUser)
{
    std::optional<FrontierPoint> best;
    for (const FrontierPoint &p : frontier)
        if (p.tokensPerSPerUser >= tokensPerUser && (!best || p.tokensPerSPerChip > best->tokensPerSPerChip))
            best = p;
    return best;
}
