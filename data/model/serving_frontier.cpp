#include "serving_frontier.h"

#include "llm_request.h"

#include <algorithm>

namespace {

struct Layout {
    int tp = 1, ep = 1;
    bool dp = false;
    int group() const { return std::max(tp, ep); }
};

QList<Layout> layoutsUpTo(int maxGroup, bool moe)
{
    QList<Layout> layouts;
    for (int n = 1; n <= maxGroup; n *= 2)
        layouts << Layout{n, 1, false};
    if (moe) {
        for (int n = 2; n <= maxGroup; n *= 2)
            layouts << Layout{1, n, true};
        if (maxGroup > 1 && (maxGroup & (maxGroup - 1)) != 0)
            layouts << Layout{1, maxGroup, true}; // the whole domain: 72 on NVL72
    }
    return layouts;
}

} // namespace

QList<FrontierPoint> servingFrontier(const Ceilings &bound, const std::optional<Ceilings> &expected, const LlmModel &model,
                                     const InferenceConfig &base, const FrontierSettings &settings)
{
    const bool requests = settings.inputTokens > 0 && settings.outputTokens > 0;
    QList<FrontierPoint> all;
    for (const Layout &l : layoutsUpTo(std::max(1, settings.maxGroup), model.isMoe())) {
        if (l.ep > model.experts && l.ep > 1)
            continue;
        InferenceConfig cfg = base;
        cfg.phase = InferencePhase::Decode;
        if (requests)
            cfg.context = settings.inputTokens + (settings.outputTokens + 1) / 2;
        cfg.tensorParallel = l.tp;
        cfg.expertParallel = l.ep;
        cfg.dpAttention = l.dp;
        const int copies = l.dp ? l.group() : 1;
        QList<int> batches;
        for (int b = 1; b <= 4096; b *= 2)
            batches << b * copies;
        const auto sweep = sweepInferenceBatches(bound, model, cfg, batches);
        if (!sweep)
            continue;
        for (const InferenceResult &r : *sweep) {
            if (!r.fits)
                break; // larger batches fit no better
            FrontierPoint p;
            p.batch = r.config.batch;
            p.tp = l.tp;
            p.ep = l.ep;
            p.dpAttention = l.dp;
            p.tokensPerSPerChip = r.tokensPerSPerChip;
            p.tokensPerSPerUser = r.tokensPerSPerUser;
            InferenceConfig at = cfg;
            at.batch = r.config.batch;
            if (requests) {
                const auto req = evaluateRequest(bound, model, at, settings.inputTokens, settings.outputTokens);
                if (!req || !req->fits)
                    continue;
                p.tokensPerSPerChip = req->outputTokensPerSPerChip;
                p.ttft = req->ttft;
            }
            if (expected) {
                if (requests) {
                    if (const auto req = evaluateRequest(*expected, model, at, settings.inputTokens, settings.outputTokens))
                        p.expectedTokensPerSPerChip = req->outputTokensPerSPerChip;
                } else if (const auto e = evaluateInference(*expected, model, at)) {
                    p.expectedTokensPerSPerChip = e->tokensPerSPerChip;
                }
            }
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
