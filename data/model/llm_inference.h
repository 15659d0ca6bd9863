#pragma once
// LLM inference on the roofline: one prefill or decode step of a model on N chips, operator by operator (DESIGN §3).
//
// The model, in brief (each choice is explained where it is made, in llm_inference.cpp):
// - Per layer: qkv, attn_scores, attn_v, out_proj, then ffn (dense layers) or router + experts (MoE layers);
//   once per step: lm_head; with tensor parallelism, all_reduce. Embedding lookups, norms and
//   element-wise work are left out: they move B × hidden values, noise beside the weights.
// - Bytes: weights are read once per step from their tier; activations are read and written once from HBM;
//   attention is a fused (FlashAttention-style) kernel, so the score matrix never reaches memory and the
//   KV cache is read once per step from its tier. New K/V are written by qkv.
// - Decode at context L: each new token attends to L tokens (min(L, window) in sliding-window layers).
//   Prefill of P tokens: causal, token i attends to i tokens (min(i, window)); only the last token of each
//   prompt goes through lm_head (time to first token).
// - MLA (DeepSeek): the KV cache holds kv_lora_rank + rope_head_dim values per token per layer; decode uses the
//   absorbed form (attention runs in the latent space), prefill the expanded form (per-head q·k of
//   head_dim + rope_head_dim, v of head_dim). A fused MLA kernel reads the latent once for scores and values.
// - MoE: a step over T tokens reads the shared experts and the expected number of distinct routed experts,
//   E × (1 − (1 − k/E)^T) per MoE layer (each token picks k of E uniformly); FLOPs count k + shared per token.
//   Experts are split by tensor parallelism like the rest (no expert parallelism).
// - Tensor parallelism over N chips: weights, FLOPs and KV heads are split N ways. KV heads cannot be split
//   further than there are of them: with N > kv_heads each chip keeps a copy (as vLLM does), and MLA's one
//   latent per token is kept whole on every chip. The router is replicated. Two all-reduces per layer of
//   T × hidden activations at the activation precision, ring cost 2(N − 1)/N × bytes / one-way link bandwidth,
//   plus a per-message latency per fabric and topology (scaleup_fabric.h).
// - Expert parallelism (ep > 1): each chip keeps experts / ep routed experts whole and computes the token-expert
//   pairs routed to them (balanced: tokens × k / ep); an all-to-all dispatches each chip's share of the tokens
//   (tokens / group × k × hidden, (n − 1)/n of it leaving the chip) and another combines the outputs.
// - Data-parallel attention: attention, dense layers and lm_head run whole on every chip for its own sequences
//   (batch / group); only those sequences' KV cache or MLA latent is kept there, so MLA's unsplittable latent no
//   longer sits on every chip. With ep = 1 the experts are split over the group, reached by an all-gather and a
//   reduce-scatter (an all-reduce's bytes).
// - Precisions per tensor: weights (and their matmuls) at Ceilings::precision; KV cache, activations and
//   collectives at FP8 for FP8-or-narrower weights and BF16 otherwise; attention's q·k and p·v at BF16 (the chip's
//   dense peak at that precision), each unless the config says otherwise.
// - Pipeline parallelism (pp > 1): the layers (and lm_head) are split evenly over pp stages, each on its own group;
//   a chip holds 1/pp of its weights and KV cache. A step's batch goes through in M = min(batch, pp) micro-batches;
//   a stage's time t is one micro-batch through its layers plus sending the activations (tokens × hidden / N) to the
//   next stage. Decode in steady state (continuous batching): every user's token waits for all pp stages, so a step
//   takes pp × t and a chip is busy M × t of it: the bubble is (pp − M)/pp, none once batch ≥ pp. Prefill runs once
//   through an empty pipeline (GPipe): (M + pp − 1) × t, bubble (pp − 1)/(M + pp − 1).
// - Scale-out: a group (max(tp, ep)) larger than the chip's scale-up domain runs its collectives over the system's
//   scale-out network: the slowest link sets their pace, bytes / scale-out bandwidth plus its per-message latency
//   per hop. Pipeline stages crossing a domain (group × pp > domain) send over it likewise.
// - Chunked prefill (decode with prefillChunkTokens): new requests' prompt tokens ride in each decode step, through
//   every matmul (weights still read once) and attending to their prompt so far.
// - Fits: weights/N + KV/split ≤ (1 − reserve) × capacity on every chip and tier; the reserve (default 10%,
//   vLLM's gpu_memory_utilization = 0.9) covers activations, workspace and fragmentation.

#include "llm_model.h"
#include "roofline.h"

#include <QList>
#include <QString>
#include <array>
#include <optional>

enum class InferencePhase { Prefill, Decode };
QString phaseKey(InferencePhase p); // "prefill", "decode"

// The operators a step is made of, in the order a layer runs them.
enum class LlmOperator { Qkv, AttnScores, AttnV, OutProj, Ffn, Router, Experts, LmHead, AllReduce, AllToAll, StageSend };
inline constexpr int llmOperatorCount = 11;
QString llmOperatorKey(LlmOperator op); // "qkv", "attn_scores", … as in JSON

// The workload: what runs, how much of it, and how it is spread.
struct InferenceConfig {
    InferencePhase phase = InferencePhase::Decode;
    int batch = 1;       // sequences served together
    int context = 0;     // decode: tokens each new token attends to (prompt + tokens generated so far)
    int prompt = 0;      // prefill: prompt tokens per sequence
    // The weights and their matmuls use Ceilings::precision. The rest, unless set, follow what serving engines
    // do (servingPrecision): KV cache, activations and collectives at BF16 for BF16 weights and at FP8 for FP8 or
    // narrower weights; attention's own matmuls (q·k and p·v) at BF16.
    std::optional<Precision> kvPrecision;
    std::optional<Precision> activationPrecision; // activations and the collectives that carry them
    std::optional<Precision> attentionPrecision;  // q·k and p·v; the chip needs a dense peak at it
    int tensorParallel = 1; // chips that split every layer (attention, dense layers, lm_head; experts unless ep > 1)
    // Chips the routed experts are spread over, each holding experts / ep of them whole; tokens reach them by an
    // all-to-all (dispatch) and come back by another (combine) in every MoE layer. 1 = experts split like the rest.
    int expertParallel = 1;
    // Attention data-parallel across the group: each chip runs attention (and the dense layers, lm_head) for its own
    // batch / group sequences with the whole attention weights, and keeps only those sequences' KV cache or MLA
    // latent. The group is max(tp, ep) chips.
    bool dpAttention = false;
    // Decode: tokens each sequence gains per step (multi-token prediction or speculative decoding, as the mean
    // accepted per step). The step runs that many query tokens through every matmul and attention, but reads the
    // weights and the KV cache once. 1 = plain decoding.
    double acceptedTokens = 1;
    // Pipeline stages the layers are split over, each on its own group of max(tp, ep) chips. 1 = no pipeline.
    int pipelineParallel = 1;
    // Decode with chunked prefill: prompt tokens of new requests carried in each decode step (per model copy), each
    // attending on average to `prefillChunkContext` tokens of its own prompt. 0 = decode alone.
    double prefillChunkTokens = 0;
    double prefillChunkContext = 0;
    int weightsTier = 0; // index into Ceilings::tiers
    int kvTier = 0;
    double memoryReserve = 0.10; // share of each tier's capacity kept back (serving engines keep ~10%)
};

// One step of inference, as seen from one chip of the tensor-parallel group.
struct InferenceResult {
    InferenceConfig config;
    Precision precision = Precision::BF16; // weights and their matmuls
    Precision kvPrecision = Precision::BF16;         // as used, defaults resolved
    Precision activationPrecision = Precision::BF16;
    Precision attentionPrecision = Precision::BF16;
    double attentionPeakFlops = 0;                   // FLOP/s the attention matmuls run at

    // Per operator, summed over layers, for one chip. Only operators the model has appear.
    QList<OperatorResult> operators;

    double stepTime = 0;          // s: one decode step, or the whole prefill (time to first token)
    double tokensPerStep = 0;     // decode: batch; prefill: batch × prompt
    double tokensPerS = 0;        // the whole group of N chips
    double tokensPerSPerChip = 0;
    double tokensPerSPerUser = 0; // decode: 1 / step; prefill: prompt / TTFT
    double computeTime = 0;       // s: Σ FLOPs / peak over operators
    double memoryTime = 0;        // s: Σ bytes / bandwidth over operators
    double memoryStallFraction = 0; // share of the step the compute units wait on memory
    double linkFraction = 0;        // share of the step spent waiting on the scale-up link
    // Decode only: the smallest batch with compute time ≥ memory time, when it fits under the KV wall; a batch
    // that does not fit cannot be served, so it is not reported there.
    std::optional<long long> computeBoundBatch;
    // Decode only: that batch had memory no limit, also when it lies beyond the KV wall (for "not reachable").
    std::optional<long long> computeBoundBatchUnlimited;
    bool computeBoundReachable() const { return computeBoundBatch.has_value(); }

    // Memory
    double weightsBytes = 0;      // params_total × element size, the whole model
    double kvBytesPerToken = 0;   // one token of context, all layers, the whole model
    double kvBytes = 0;           // the batch's KV cache at this context, before splitting
    double weightsBytesPerChip = 0;
    double kvBytesPerChip = 0;
    double usableWeightsTierBytes = 0; // (1 − reserve) × capacity of the weights' tier, per chip
    double usableKvTierBytes = 0;
    bool fits = false;
    std::optional<int> minChips;        // fewest tensor-parallel chips that hold weights + KV (any integer)
    std::optional<long long> maxBatch;  // the KV wall: largest batch that fits at this context on N chips

    // The working, for "show the working"
    double kvElementsPerTokenPerLayer = 0; // 2 × kv_heads × head_dim, or kv_lora_rank + rope_head_dim
    int kvSplit = 1;                // ways the KV cache is split across the group
    double contextTokens = 0;       // decode: context; prefill: prompt
    double distinctExperts = 0;     // expected routed experts a step reads per MoE layer
    double allReduceMessageBytes = 0; // one all-reduce: tokens × hidden × element size
    double allReduceTime = 0;       // s for all the all-reduces of a step (bytes and per-message latency)
    int groupChips = 1;             // chips serving one copy of the model: max(tp, ep)
    int attentionSplit = 1;         // chips one sequence's attention is split over (1 with dp attention)
    double allToAllMessageBytes = 0; // expert parallelism: what one chip sends in one MoE layer's dispatch
    double allToAllTime = 0;        // s for all dispatches and combines of a step
    double linkShare = 1;           // share of the one-way link bandwidth the group can use (full mesh: its links)
    double allReduceLatency = 0;    // s one all-reduce pays in per-message latency (hops × latency)
    double allToAllLatency = 0;     // s one all-to-all pays
    // Pipeline parallelism
    int pipelineStages = 1;
    double microBatches = 1;        // M = min(batch, pp)
    double stageTime = 0;           // s: one micro-batch through one stage, its send included
    double bubbleTime = 0;          // s of the step a chip idles waiting on the pipeline
    double bubbleFraction = 0;      // bubbleTime / stepTime
    double stageSendBytes = 0;      // one micro-batch's activations one chip sends to the next stage
    double stageSendLatency = 0;    // s per send
    // Which link each traffic crosses: the scale-up fabric, or the scale-out network beyond the domain.
    bool collectivesScaleOut = false;
    bool stagesScaleOut = false;
    double collectiveBandwidth = 0; // B/s one way the group's collectives move at (the slowest link)
    double stageBandwidth = 0;      // B/s one way the stage sends move at

    const OperatorResult *findOperator(LlmOperator op) const;
};

// One step of `model` on the chips described by `ceilings` (compute precision = ceilings.precision).
// Errors: a model field the calculation needs is missing, the chip lacks a figure (capacity, scale-up
// bandwidth for N > 1), or the workload is out of range.
ValueOrError<InferenceResult> evaluateInference(const Ceilings &ceilings, const LlmModel &model,
                                                const InferenceConfig &config);
// The same workload at each batch size: what does not depend on the batch is computed once. Without
// `withComputeBoundBatch` the search for the compute-bound batch is skipped (computeBoundBatch stays unset): a
// frontier needs none, and the search costs as much as a dozen steps.
ValueOrError<QList<InferenceResult>> sweepInferenceBatches(const Ceilings &ceilings, const LlmModel &model,
                                                           const InferenceConfig &config, const QList<int> &batches,
                                                           bool withComputeBoundBatch = true);
// The KV wall alone (InferenceResult::maxBatch) for the config's context and layout: no step is evaluated.
ValueOrError<std::optional<long long>> kvWall(const Ceilings &ceilings, const LlmModel &model, const InferenceConfig &config);

// E × (1 − (1 − k/E)^tokens): the expected number of distinct experts `tokens` tokens route to, when each
// picks `k` of `experts` uniformly and independently.
double expectedDistinctExperts(double experts, double k, double tokens);
// 2(N − 1)/N × bytes / bandwidth: one ring all-reduce of `bytes` over N chips at `oneWayBandwidth` B/s.
double ringAllReduceTime(double bytes, int chips, double oneWayBandwidth);
// KV cache bytes one token of context adds across all layers (sliding layers included).
double kvBytesPerToken(const LlmModel &model, Precision kvPrecision);
// The precisions a config leaves unset, resolved for weights at `weights` (see InferenceConfig).
Precision kvPrecisionFor(const InferenceConfig &config, Precision weights);
Precision activationPrecisionFor(const InferenceConfig &config, Precision weights);
Precision attentionPrecisionFor(const InferenceConfig &config);
