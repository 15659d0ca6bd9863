#pragma once
// The throughput–interactivity frontier of one chip (DESIGN §3): every batch and parallel layout that fits, kept
// where no other point gives more tokens per second per chip at as many tokens per second per user — the
// analytical counterpart of SemiAnalysis's InferenceMAX plots, for every chip in the dataset.

#include "llm_inference.h"

#include <QList>
#include <optional>

struct FrontierPoint {
    int batch = 0; // sequences the group serves together
    int tp = 1, ep = 1, pp = 1;
    bool dpAttention = false;
    double tokensPerSPerChip = 0; // output tokens (over whole requests when given)
    double tokensPerSPerUser = 0;
    std::optional<double> ttft;   // s, with whole requests
    std::optional<double> expectedTokensPerSPerChip;
};

struct FrontierSettings {
    int maxGroup = 1;        // the chip's scale-up domain: layouts (group × stages) up to this many chips
    int inputTokens = 0, outputTokens = 0; // whole requests when both > 0, else one decode step at the config's context
};

// Layouts: tensor parallelism over 1, 2, 4 … chips; for MoE models also experts over 2, 4 … chips (and the whole
// domain) with data-parallel attention; each with pipelines of 1, 2, 4 … stages while group × stages ≤ maxGroup. Batches 1, 2, 4 … 4,096 per attention copy. `expected`: the same chip at
// measured efficiencies, for the second answer. Points come sorted by tokens per user, fastest first.
QList<FrontierPoint> servingFrontier(const Ceilings &bound, const std::optional<Ceilings> &expected, const LlmModel &model,
                                     const InferenceConfig &base, const FrontierSettings &settings);
// The point with the most tokens per second per chip among those at or above `tokensPerUser`; none if no point is.
std::optional<FrontierPoint> bestAtInteractivity(const QList<FrontierPoint> &frontier, double tokensPerUser);
