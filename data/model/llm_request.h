#pragma once
// A whole request on the roofline: prefill its input once, then decode its output one token a step with the
// context growing (DESIGN §3). Tokens per second count output tokens, as MLPerf and the serving engines'
// benchmarks do; input tokens processed are reported apart.

#include "llm_inference.h"

struct RequestResult {
    int inputTokens = 0, outputTokens = 0;
    InferenceResult prefill;     // the batch's prompts at once: its step time is the time to first token
    InferenceResult decode;      // one decode step at the average context, input + output / 2 (with chunks: the mixed step)
    double ttft = 0;             // s
    double decodeTime = 0;       // s: output steps × the average step
    double requestTime = 0;      // s: ttft + decodeTime, for the whole batch
    double outputTokensPerSPerChip = 0;
    double inputTokensPerSPerChip = 0;
    double tokensPerSPerUser = 0; // output tokens a user sees a second while decoding: 1 / step
    bool fits = false;            // the KV cache at the end of the request (input + output) fits
    std::optional<long long> maxBatch; // the KV wall at the average occupancy
    // Chunked prefill (chunk > 0): prompt tokens each decode step carries, and the sequences decoding at once.
    int chunk = 0;
    double chunkTokensPerStep = 0; // min(C, what keeps the batch full: batch × K × I / O)
    int decodingSequences = 0;     // the batch, or fewer when C cannot feed it: floor(batch × C / (batch × K × I / O))
};

// Attention's cost and the KV cache grow linearly with the context, so one decode step at the mean context
// (input + output / 2) times the output length is the sum over the steps; fits is judged at the longest context.
//
// With `prefillChunk` C > 0 (chunked prefill, as vLLM and SGLang schedule it) there is no separate prefill: each
// decode step of the batch also carries up to C prompt tokens of the requests that will replace those finishing.
// In steady state batch × K / O requests finish a step, so the steps need batch × K × I / O prompt tokens; a
// smaller C starves the batch to what it can feed. Each mixed step takes t; a request's prompt goes in over
// ceil(I / C) steps (TTFT = ceil(I / C) × t), its output over O / K steps; output tokens/s per chip = decoding
// sequences × K / t / chips.
ValueOrError<RequestResult> evaluateRequest(const Ceilings &ceilings, const LlmModel &model, const InferenceConfig &config,
                                            int inputTokens, int outputTokens, int prefillChunk = 0);
// The request's figures from its prefill (TTFT), its decode step at the mean context and whether the KV cache fits at
// the longest context: TTFT + O / K steps; output tokens/s per chip = batch × O / that / chips.
RequestResult requestFrom(const InferenceResult &prefill, const InferenceResult &meanDecode, bool fitsAtEnd, int inputTokens,
                          int outputTokens);
// The same requests at each batch: the prefill and both decode steps are swept once each (no chunks).
ValueOrError<QList<RequestResult>> sweepRequests(const Ceilings &ceilings, const LlmModel &model, const InferenceConfig &config,
                                                 int inputTokens, int outputTokens, const QList<int> &batches);

// Disaggregated serving: a prefill pool and a decode pool of the same layout, sized so neither waits. A decode chip
// produces D output tokens/s (decode steps of the batch alone, at the mean context), finishing D / O requests a
// second; a prefill chip takes in P input tokens/s (`prefillBatch` prompts at a time, one by default, so a request's
// TTFT is its own prefill), starting P / I. Prefill chips per decode chip =
// (D / O) / (P / I) = D × I / (O × P); output tokens/s per chip of the whole = D / (1 + ratio). TTFT is the prefill
// plus moving the request's KV cache to the decode pool over `transferBandwidth` (B/s one way per chip, spread over
// the group's chips) and one message's latency. Both pools run the same layout. With prefillBatch = batch the
// figure equals the colocated request's: B × O / (TTFT + O × step) either way; what disaggregation buys is a
// prefill batch of its own (a short TTFT) and decode steps no prefill interrupts.
struct DisaggregatedResult {
    InferenceResult prefill, decode;
    double prefillInputTokensPerSPerChip = 0;  // P
    double decodeOutputTokensPerSPerChip = 0;  // D
    double prefillChipsPerDecodeChip = 0;
    double outputTokensPerSPerChip = 0;        // over both pools
    double kvTransferBytes = 0;                // one request's KV cache at its input length
    double kvTransferTime = 0;                 // s
    double ttft = 0;                           // s: the prefill + the transfer
    double tokensPerSPerUser = 0;
    bool fits = false;
};
ValueOrError<DisaggregatedResult> evaluateDisaggregated(const Ceilings &ceilings, const LlmModel &model, const InferenceConfig &config,
                                                        int inputTokens, int outputTokens, double transferBandwidth,
                                                        double transferLatency, int prefillBatch = 1);
