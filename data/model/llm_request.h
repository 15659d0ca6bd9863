#pragma once
// A whole request on the roofline: prefill its input once, then decode its output one token a step with the
// context growing (DESIGN §3). Tokens per second count output tokens, as MLPerf and the serving engines'
// benchmarks do; input tokens processed are reported apart.

#include "llm_inference.h"

struct RequestResult {
    int inputTokens = 0, outputTokens = 0;
    InferenceResult prefill;     // the batch's prompts at once: its step time is the time to first token
    InferenceResult decode;      // one decode step at the average context, input + output / 2
    double ttft = 0;             // s
    double decodeTime = 0;       // s: output steps × the average step
    double requestTime = 0;      // s: ttft + decodeTime, for the whole batch
    double outputTokensPerSPerChip = 0;
    double inputTokensPerSPerChip = 0;
    double tokensPerSPerUser = 0; // output tokens a user sees a second while decoding: 1 / step
    bool fits = false;            // the KV cache at the end of the request (input + output) fits
    std::optional<long long> maxBatch; // the KV wall at the average occupancy
};

// Attention's cost and the KV cache grow linearly with the context, so one decode step at the mean context
// (input + output / 2) times the output length is the sum over the steps; fits is judged at the longest context.
ValueOrError<RequestResult> evaluateRequest(const Ceilings &ceilings, const LlmModel &model, const InferenceConfig &config,
                                            int inputTokens, int outputTokens);
