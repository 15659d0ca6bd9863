#include "llm_inference.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

QString phaseKey(InferencePhase p)
{
    return p == InferencePhase::Prefill ? QStringLiteral("prefill") : QStringLiteral("decode");
}

QString llmOperatorKey(LlmOperator op)
{
    switch (op) {
    case LlmOperator::Qkv: return QStringLiteral("qkv");
    case LlmOperator::AttnScores: return QStringLiteral("attn_scores");
    case LlmOperator::AttnV: return QStringLiteral("attn_v");
    case LlmOperator::OutProj: return QStringLiteral("out_proj");
    case LlmOperator::Ffn: return QStringLiteral("ffn");
    case LlmOperator::Router: return QStringLiteral("router");
    case LlmOperator::Experts: return QStringLiteral("experts");
    case LlmOperator::LmHead: return QStringLiteral("lm_head");
    case LlmOperator::AllReduce: return QStringLiteral("all_reduce");
    case LlmOperator::AllToAll: return QStringLiteral("all_to_all");
    case LlmOperator::StageSend: return QStringLiteral("stage_send");
    }
    return {};
}

const OperatorResult *InferenceResult::findOperator(LlmOperator op) const
{
    const QString key = llmOperatorKey(op);
    for (const OperatorResult &r : operators)
        if (r.name == key)
            return &r;
    return nullptr;
}

double expectedDistinctExperts(double experts, double k, double tokens)
{
    if (experts <= 0 || k <= 0 || tokens <= 0)
        return 0;
    return experts * (1.0 - std::pow(1.0 - k / experts, tokens));
}

double ringAllReduceTime(double bytes, int chips, double oneWayBandwidth)
{
    if (chips <= 1)
        return 0;
    return 2.0 * (chips - 1) / chips * bytes / oneWayBandwidth;
}

namespace {

// The model's dimensions as doubles, checked once, with the derived sizes every step needs.
struct ModelShape {
    double hidden = 0, heads = 0, kvHeads = 0, headDim = 0, ffn = 0, expertFfn = 0, vocab = 0;
    double experts = 0, expertsActive = 0, sharedExperts = 0;
    double fullLayers = 0, slidingLayers = 0, window = 0;
    double denseFfnLayers = 0, moeLayers = 0;
    double layers = 0;
    bool mla = false;
    double kvLoraRank = 0, ropeHeadDim = 0;
    double kvElementsPerTokenPerLayer = 0;
    double kvShardLimit = 1;     // KV heads a cache can be split into
    double mlaQkvWeights = 0;    // MLA: every attention weight but the output projection, per layer
    double paramsTotal = 0;
};

// Messages are translated in the context "Engine" (QtCore only: no tr() without a QObject), each one whole sentence;
// without a translator installed (the command line) they are the English source, unchanged.
ValueOrError<ModelShape> shapeOf(const LlmModel &m)
{
    using R = ValueOrError<ModelShape>;
    // One sentence per field, %1 the model's id; the field names are the dataset's columns (llm_model.csv).
    auto invalid = [&m](const QString &sentence) { return R::failure(sentence.arg(m.id)); };
    if (m.layers <= 0)
        return invalid(QCoreApplication::translate("Engine", "model %1: layers is missing or out of range (needed for every per-layer operator)"));
    if (m.hidden <= 0)
        return invalid(QCoreApplication::translate("Engine", "model %1: hidden is missing or out of range (needed for every projection)"));
    if (m.heads <= 0)
        return invalid(QCoreApplication::translate("Engine", "model %1: heads is missing or out of range (needed for attention)"));
    if (m.vocab <= 0)
        return invalid(QCoreApplication::translate("Engine", "model %1: vocab is missing or out of range (needed for lm_head)"));
    if (m.paramsTotal <= 0)
        return invalid(QCoreApplication::translate("Engine", "model %1: params_total is missing or out of range (needed for the weights' size)"));

    ModelShape s;
    s.layers = m.layers;
    s.paramsTotal = m.paramsTotal;
    s.hidden = m.hidden;
    s.heads = m.heads;
    s.vocab = m.vocab;
    // Models whose head_dim is not hidden / heads (Qwen3, Gemma) give it explicitly; the rest may leave it out.
    s.headDim = m.headDim > 0 ? m.headDim : double(m.hidden) / m.heads;

    switch (m.attention) {
    case LlmModel::Attention::MHA:
        s.kvHeads = m.kvHeads > 0 ? m.kvHeads : m.heads;
        s.kvElementsPerTokenPerLayer = 2.0 * s.kvHeads * s.headDim;
        s.kvShardLimit = s.kvHeads;
        break;
    case LlmModel::Attention::GQA:
        if (m.kvHeads <= 0 || m.kvHeads > m.heads)
            return invalid(QCoreApplication::translate("Engine", "model %1: kv_heads is missing or out of range (GQA needs 1 to heads key/value heads)"));
        s.kvHeads = m.kvHeads;
        s.kvElementsPerTokenPerLayer = 2.0 * s.kvHeads * s.headDim;
        s.kvShardLimit = s.kvHeads;
        break;
    case LlmModel::Attention::MLA:
        if (m.kvLoraRank <= 0)
            return invalid(QCoreApplication::translate("Engine", "model %1: kv_lora_rank is missing or out of range (MLA caches the compressed latent)"));
        s.mla = true;
        s.kvLoraRank = m.kvLoraRank;
        s.ropeHeadDim = std::max(0, m.ropeHeadDim);
        s.kvHeads = m.heads;
        s.kvElementsPerTokenPerLayer = s.kvLoraRank + s.ropeHeadDim;
        s.kvShardLimit = 1; // one latent per token serves every head: it cannot be split by heads
        break;
    }

    if (m.slidingLayers < 0 || m.slidingLayers > m.layers)
        return invalid(QCoreApplication::translate("Engine", "model %1: sliding_layers is missing or out of range (0 to layers)"));
    if (m.slidingLayers > 0 && m.slidingWindow <= 0)
        return invalid(QCoreApplication::translate("Engine", "model %1: sliding_window is missing or out of range (sliding layers need a window)"));
    s.slidingLayers = m.slidingLayers;
    s.fullLayers = m.layers - m.slidingLayers;
    s.window = m.slidingLayers > 0 ? m.slidingWindow : 0;

    if (m.isMoe()) {
        if (m.expertFfn <= 0)
            return invalid(QCoreApplication::translate("Engine", "model %1: expert_ffn is missing or out of range (MoE layers need the width of one expert)"));
        if (m.expertsActive <= 0 || m.expertsActive > m.experts)
            return invalid(QCoreApplication::translate("Engine", "model %1: experts_active is missing or out of range (1 to experts routed experts per token)"));
        if (m.denseLayers < 0 || m.denseLayers > m.layers)
            return invalid(QCoreApplication::translate("Engine", "model %1: dense_layers is missing or out of range (0 to layers)"));
        if (m.denseLayers > 0 && m.ffn <= 0)
            return invalid(QCoreApplication::translate("Engine", "model %1: ffn is missing or out of range (the leading dense layers need their FFN width)"));
        s.experts = m.experts;
        s.expertsActive = m.expertsActive;
        s.sharedExperts = std::max(0, m.sharedExperts);
        s.expertFfn = m.expertFfn;
        s.ffn = m.ffn;
        s.denseFfnLayers = m.denseLayers;
        s.moeLayers = m.layers - m.denseLayers;
    } else {
        if (m.ffn <= 0)
            return invalid(QCoreApplication::translate("Engine", "model %1: ffn is missing or out of range (needed for the FFN)"));
        s.ffn = m.ffn;
        s.denseFfnLayers = m.layers;
    }

    if (s.mla) {
        // The preset does not give MLA's query compression rank, so the attention weights are what the
        // stated parameter count leaves after embeddings, lm_head, FFNs, experts and routers (for
        // DeepSeek-V3: (671e9 − 660e9) / 61 ≈ 187e6 a layer, against ≈ 187e6 from its config).
        const double outProj = s.heads * s.headDim * s.hidden;
        const double rest = s.paramsTotal - 2.0 * s.vocab * s.hidden
            - s.denseFfnLayers * 3.0 * s.hidden * s.ffn
            - s.moeLayers * ((s.experts + s.sharedExperts) * 3.0 * s.hidden * s.expertFfn + s.hidden * s.experts);
        const double perLayer = rest / s.layers - outProj;
        // If the count leaves nothing (a preset without the embeddings, say), fall back to MLA without query
        // compression: q (heads × (head_dim + rope)), the latent down-projection and its up-projection to K and V.
        const double uncompressed = s.hidden * s.heads * (s.headDim + s.ropeHeadDim)
            + s.hidden * (s.kvLoraRank + s.ropeHeadDim) + s.kvLoraRank * s.heads * 2.0 * s.headDim;
        s.mlaQkvWeights = perLayer > 0 ? perLayer : uncompressed;
    }
    return s;
}

// Query-key pairs of one sequence: decode attends `context` keys once; prefill is causal over the prompt.
double keysPerQuery(double context, double window)
{
    return window > 0 ? std::min(context, window) : context;
}

double causalPairs(double prompt, double window)
{
    if (window <= 0 || prompt <= window)
        return prompt * (prompt + 1) / 2;
    return window * (window + 1) / 2 + (prompt - window) * window;
}

// Per-operator sums over layers, built without allocating: the sweep runs this thousands of times a second.
struct OperatorSum {
    bool present = false;
    double flops = 0, bytes = 0, linkBytes = 0, time = 0, computeTime = 0, memoryTime = 0, linkTime = 0;
    double memoryStall = 0, linkWait = 0;
    std::array<double, 3> timeByBound{};
};

struct StepSum {
    std::array<OperatorSum, llmOperatorCount> ops;
    double time = 0, computeTime = 0, memoryTime = 0, memoryStall = 0, linkWait = 0;
};

// Everything about a workload that does not change with the batch size.
struct Prepared {
    ModelShape shape;
    double chips = 1;        // the group: max(tp, ep)
    double attnSplit = 1;    // chips attention, dense layers and lm_head are split over (1 with dp attention)
    double expertParallel = 1;
    double linkShare = 1;    // usable share of the one-way link bandwidth for this group
    double allReduceFixed = 0, allToAllFixed = 0; // s of latency per collective
    double stages = 1;             // pipeline stages
    double stageSendFixed = 0;     // s of latency per stage send
    double collectiveBandwidth = 0, stageBandwidth = 0; // B/s one way of the slowest link each crosses
    bool collectivesScaleOut = false, stagesScaleOut = false;
    double routedWeightsBytes = 0; // the routed experts' weights, whole model
    double kvSplit = 1;
    double activationBytes = 0, weightBytes = 0, kvElementBytes = 0;
    Precision kvPrecision = Precision::BF16, activationPrecision = Precision::BF16, attentionPrecision = Precision::BF16;
    double attentionPeak = 0; // FLOP/s of q·k and p·v
    double contextTokens = 0;
    double kvBytesPerSequence = 0; // at the context, whole model, before splitting
    double weightsBytes = 0;
    double usableWeightsTier = 0, usableKvTier = 0;
    bool sameTier = true;
    std::optional<long long> computeBoundBatch; // with memory unlimited
    std::optional<long long> maxBatch;
};

StepSum buildStep(const Prepared &p, const Ceilings &c, const InferenceConfig &cfg, double batch)
{
    const ModelShape &s = p.shape;
    const double G = p.chips;     // the group
    const double N = p.attnSplit; // attention's tensor parallelism
    const double split = p.kvSplit;
    const double ab = p.activationBytes, wb = p.weightBytes, kvb = p.kvElementBytes;
    const bool decode = cfg.phase == InferencePhase::Decode;
    // Chunked prefill: prompt tokens riding in the decode step (per model copy), each data-parallel copy its share.
    const double chunk = decode ? cfg.prefillChunkTokens : 0;
    const double groupTokens = (decode ? batch * cfg.acceptedTokens : batch * cfg.prompt) + chunk; // tokens this step, the whole group
    const double replicas = G / N;                                   // data-parallel attention copies
    const double T = groupTokens / replicas;                         // tokens this chip's attention sees
    const double groupBatch = batch;
    batch = groupBatch / replicas;                                   // sequences this chip's attention serves
    const double q = s.heads * s.headDim;                  // query width
    const double kvWidth = 2.0 * s.kvHeads * s.headDim;    // K and V width (GQA/MHA)

    StepSum step;
    auto add = [&](LlmOperator kind, double count, double flops, double weightBytes, double activationBytes,
                   double kvBytes, double linkBytes, double fixedTime = 0) {
        if (count <= 0)
            return;
        // Every operator but the stage send runs on this stage's share of the layers (all of them without a pipeline).
        if (kind != LlmOperator::StageSend)
            count /= p.stages;
        Operator op;
        op.flops = flops;
        op.fixedTime = fixedTime;
        if (kind == LlmOperator::AllReduce || kind == LlmOperator::AllToAll)
            op.linkBandwidth = p.collectiveBandwidth;
        else if (kind == LlmOperator::StageSend)
            op.linkBandwidth = p.stageBandwidth;
        if (kind == LlmOperator::AttnScores || kind == LlmOperator::AttnV)
            op.peakFlops = p.attentionPeak;
        op.bytes[0] += activationBytes;
        op.bytes[cfg.weightsTier] += weightBytes;
        op.bytes[cfg.kvTier] += kvBytes;
        op.linkBytes = linkBytes / p.linkShare; // a full mesh's smaller group moves its bytes over fewer links
        const OperatorResult r = evaluateOperator(op, c);
        OperatorSum &sum = step.ops[int(kind)];
        sum.present = true;
        sum.flops += count * r.flops;
        sum.bytes += count * r.bytes;
        sum.linkBytes += count * r.linkBytes;
        sum.time += count * r.time;
        sum.computeTime += count * r.computeTime;
        sum.memoryTime += count * r.memoryTime;
        sum.linkTime += count * r.linkTime;
        // The compute units idle while the slower of memory and link catches up; memory stall is the part
        // memory is to blame for (the link may still be busier).
        const double memoryStall = std::max(0.0, r.time - std::max(r.computeTime, r.linkTime));
        const double linkWait = std::max(0.0, r.time - std::max(r.computeTime, r.memoryTime));
        sum.memoryStall += count * memoryStall;
        sum.linkWait += count * linkWait;
        sum.timeByBound[int(r.bound)] += count * r.time;
    };

    // qkv: projections in, new K/V (or MLA latent) written to the cache.
    if (s.mla) {
        const double w = s.mlaQkvWeights / N;
        add(LlmOperator::Qkv, s.layers, 2.0 * T * w, w * wb,
            T * s.hidden * ab + T * (s.heads * (s.headDim + s.ropeHeadDim) / N + s.kvElementsPerTokenPerLayer) * ab,
            T * s.kvElementsPerTokenPerLayer * kvb, 0);
    } else {
        // K/V projections split no further than the KV heads: with N > kv_heads each chip holds a copy.
        const double w = s.hidden * q / N + s.hidden * kvWidth / split;
        add(LlmOperator::Qkv, s.layers, 2.0 * T * w, w * wb,
            T * s.hidden * ab + T * (q / N + kvWidth / split) * ab, T * kvWidth / split * kvb, 0);
    }

    // Attention, per group of layers sharing a window (full attention, then sliding-window layers).
    const std::array<std::pair<double, double>, 2> groups{{{s.fullLayers, 0.0}, {s.slidingLayers, s.window}}};
    for (const auto &[layers, window] : groups) {
        if (layers <= 0)
            continue;
        // A chunk's tokens attend to their prompt so far (on average prefillChunkContext keys each), whose cache is
        // read once for the chunk.
        const double chunkHere = chunk / replicas;
        const double chunkKeys = chunkHere > 0 ? keysPerQuery(cfg.prefillChunkContext, window) : 0;
        const double pairs = decode ? batch * cfg.acceptedTokens * keysPerQuery(cfg.context, window) + chunkHere * chunkKeys
                                    : batch * causalPairs(cfg.prompt, window);
        const double cachedTokens = decode ? batch * keysPerQuery(cfg.context, window) + chunkKeys : batch * double(cfg.prompt);
        const double headsHere = s.heads / N;
        if (!s.mla) {
            const double kvHalf = s.kvHeads * s.headDim / split; // K or V of one token on this chip
            add(LlmOperator::AttnScores, layers, 2.0 * pairs * headsHere * s.headDim, 0,
                T * q / N * ab, cachedTokens * kvHalf * kvb, 0);
            add(LlmOperator::AttnV, layers, 2.0 * pairs * headsHere * s.headDim, 0,
                T * q / N * ab, cachedTokens * kvHalf * kvb, 0);
        } else if (decode) {
            // Absorbed MLA: queries are taken into the latent space, scores and values run on the latent.
            const double latent = s.kvLoraRank + s.ropeHeadDim;
            add(LlmOperator::AttnScores, layers, 2.0 * pairs * headsHere * latent, 0,
                T * headsHere * latent * ab, cachedTokens * latent * kvb, 0);
            add(LlmOperator::AttnV, layers, 2.0 * pairs * headsHere * s.kvLoraRank, 0,
                T * headsHere * s.kvLoraRank * ab, 0, 0);
        } else {
            // Prefill expands the latent into per-head K (head_dim + rope) and V (head_dim) activations.
            const double qk = s.headDim + s.ropeHeadDim;
            add(LlmOperator::AttnScores, layers, 2.0 * pairs * headsHere * qk, 0,
                (T + cachedTokens) * headsHere * qk * ab, 0, 0);
            add(LlmOperator::AttnV, layers, 2.0 * pairs * headsHere * s.headDim, 0,
                (T + cachedTokens) * headsHere * s.headDim * ab, 0, 0);
        }
    }

    {
        const double w = q * s.hidden / N;
        add(LlmOperator::OutProj, s.layers, 2.0 * T * w, w * wb, T * (q / N + s.hidden) * ab, 0, 0);
    }
    if (s.denseFfnLayers > 0) {
        // Gated FFN (SwiGLU): gate, up and down matrices; the intermediate is written once and read once.
        const double w = 3.0 * s.hidden * s.ffn / N;
        add(LlmOperator::Ffn, s.denseFfnLayers, 2.0 * T * w, w * wb,
            2.0 * T * s.hidden * ab + 2.0 * T * s.ffn / N * ab, 0, 0);
    }
    if (s.moeLayers > 0) {
        const double routerWeights = s.hidden * s.experts; // small: every chip keeps a copy
        add(LlmOperator::Router, s.moeLayers, 2.0 * T * routerWeights, routerWeights * wb,
            T * s.hidden * ab + T * s.experts * ab, 0, 0);
        const double perExpert = 3.0 * s.hidden * s.expertFfn;
        const double touched = expectedDistinctExperts(s.experts, s.expertsActive, groupTokens);
        if (p.expertParallel > 1) {
            // Each chip owns experts / ep routed experts whole and computes the pairs routed to them; the shared
            // experts run beside attention, split like it.
            const double E = p.expertParallel;
            const double pairs = groupTokens * s.expertsActive / E;
            const double shared = s.sharedExperts * perExpert / N;
            add(LlmOperator::Experts, s.moeLayers, 2.0 * pairs * perExpert + 2.0 * T * shared,
                (touched / E * perExpert + shared) * wb,
                2.0 * (pairs + T) * s.hidden * ab + 2.0 * (pairs + T * s.sharedExperts / N) * s.expertFfn * ab, 0, 0);
            // Dispatch and combine: each chip sends its share of the tokens to k experts, (G − 1)/G of them elsewhere.
            const double message = groupTokens / G * s.expertsActive * s.hidden * ab * (G - 1) / G;
            add(LlmOperator::AllToAll, s.moeLayers, 0, 0, 0, 0, 2.0 * message, p.allToAllFixed * 2.0);
        } else {
            // Experts split over the whole group like tensor parallelism (with dp attention the group's tokens
            // are gathered first).
            const double expertWeights = perExpert / G;
            const double perToken = s.expertsActive + s.sharedExperts;
            add(LlmOperator::Experts, s.moeLayers, 2.0 * groupTokens * perToken * expertWeights,
                (touched + s.sharedExperts) * expertWeights * wb,
                2.0 * groupTokens * s.hidden * ab + 2.0 * groupTokens * perToken * s.expertFfn / G * ab, 0, 0);
        }
    }
    {
        // decode: every token (each accepted one); prefill: the last token of each prompt
        const double lmTokens = decode ? batch * cfg.acceptedTokens : batch;
        const double w = s.hidden * s.vocab / N;
        add(LlmOperator::LmHead, 1, 2.0 * lmTokens * w, w * wb,
            lmTokens * s.hidden * ab + lmTokens * s.vocab / N * ab, 0, 0);
    }
    // All-reduces: after attention when it is split (each chip holds partial sums of T × hidden); after a dense
    // FFN split the same way; after the MoE block when its experts are split over the group (with dp attention an
    // all-gather before and a reduce-scatter after, the same bytes). Expert parallelism combines by all-to-all.
    auto ring = [](double bytes, double n) { return 2.0 * (n - 1) / n * bytes; };
    if (N > 1) {
        add(LlmOperator::AllReduce, s.layers, 0, 0, 0, 0, ring(T * s.hidden * ab, N), p.allReduceFixed);
        add(LlmOperator::AllReduce, s.denseFfnLayers, 0, 0, 0, 0, ring(T * s.hidden * ab, N), p.allReduceFixed);
    }
    if (s.moeLayers > 0 && p.expertParallel <= 1 && G > 1)
        add(LlmOperator::AllReduce, s.moeLayers, 0, 0, 0, 0, ring(groupTokens * s.hidden * ab, G), p.allReduceFixed);
    // Pipeline: the stage hands its micro-batch's activations to the next, each chip of the group its 1/N share.
    if (p.stages > 1)
        add(LlmOperator::StageSend, 1, 0, 0, 0, 0, T * s.hidden * ab / N, p.stageSendFixed);

    for (const OperatorSum &o : step.ops) {
        step.time += o.time;
        step.computeTime += o.computeTime;
        step.memoryTime += o.memoryTime;
        step.memoryStall += o.memoryStall;
        step.linkWait += o.linkWait;
    }
    return step;
}

// Bytes one chip holds on the weights' tier and on the KV tier.
struct ChipUsage {
    double weights = 0, kv = 0;
};

ChipUsage usageOn(const Prepared &p, double chips, double batch)
{
    const double split = std::min(chips, p.shape.kvShardLimit);
    return {p.weightsBytes / chips, batch * p.kvBytesPerSequence / split};
}

// The layout asked for: routed experts over the group, the rest over attention's split; each chip keeps the KV
// of its own share of the sequences. Without ep or dp attention this is usageOn(p, chips, batch).
ChipUsage layoutUsage(const Prepared &p, double batch)
{
    const double replicas = p.chips / p.attnSplit;
    return {(p.routedWeightsBytes / p.chips + (p.weightsBytes - p.routedWeightsBytes) / p.attnSplit) / p.stages,
            batch / replicas * p.kvBytesPerSequence / p.kvSplit / p.stages};
}

bool fitsUsage(const Prepared &p, const ChipUsage &u)
{
    if (p.sameTier)
        return u.weights + u.kv <= p.usableWeightsTier;
    return u.weights <= p.usableWeightsTier && u.kv <= p.usableKvTier;
}

bool fitsOn(const Prepared &p, double chips, double batch)
{
    const ChipUsage u = usageOn(p, chips, batch);
    if (p.sameTier)
        return u.weights + u.kv <= p.usableWeightsTier;
    return u.weights <= p.usableWeightsTier && u.kv <= p.usableKvTier;
}

std::optional<int> minChipsFor(const Prepared &p, double batch)
{
    const double w = p.weightsBytes, k = batch * p.kvBytesPerSequence, s = p.shape.kvShardLimit;
    double candidate = 1;
    if (p.sameTier) {
        const double u = p.usableWeightsTier;
        if (k / s >= u)
            return std::nullopt; // the KV cache alone overflows a chip however many there are
        const double allSplit = std::ceil((w + k) / u);
        candidate = allSplit <= s ? allSplit : std::max(s, std::ceil(w / (u - k / s)));
    } else {
        if (k / s > p.usableKvTier)
            return std::nullopt;
        candidate = std::max({1.0, std::ceil(w / p.usableWeightsTier), std::ceil(k / p.usableKvTier)});
    }
    candidate = std::max(1.0, candidate);
    constexpr double limit = 1e6; // beyond a million chips the answer means "no"
    if (!(candidate <= limit))
        return std::nullopt;
    // The closed form can be one off from rounding; settle it against the check itself.
    while (candidate <= limit && !fitsOn(p, candidate, batch))
        candidate += 1;
    while (candidate > 1 && fitsOn(p, candidate - 1, batch))
        candidate -= 1;
    if (candidate > limit)
        return std::nullopt;
    return int(candidate);
}

std::optional<long long> maxBatchFor(const Prepared &p)
{
    if (p.kvBytesPerSequence <= 0)
        return std::nullopt; // no KV cache: the wall is elsewhere
    const ChipUsage perSequence = layoutUsage(p, 1);
    double room = p.usableKvTier;
    if (p.sameTier)
        room -= perSequence.weights;
    else if (perSequence.weights > p.usableWeightsTier)
        return 0;
    if (room <= 0)
        return 0;
    const double batches = std::floor(room / perSequence.kv);
    return batches >= 9.0e18 ? std::numeric_limits<long long>::max() : static_cast<long long>(batches);
}

// Smallest decode batch at which the step's compute time reaches its memory time. Compute grows with the
// batch, memory with the batch too (KV, activations, more experts) but from the fixed weights, so the
// ratio rises monotonically and a search finds the crossing. Long contexts can keep it memory-bound at every
// batch (attention's intensity does not grow with it): then there is no such batch.
// Dense models on one tier are affine in the batch, so the first guess, from batches 1 and 2, is exact and
// two more steps confirm it; otherwise (MoE, several tiers) the guess only starts a doubling-and-bisecting search.
std::optional<long long> computeBoundBatchFor(const Prepared &p, const Ceilings &c, const InferenceConfig &cfg)
{
    if (cfg.phase != InferencePhase::Decode)
        return std::nullopt;
    // With a pipeline each of the pp micro-batches must turn compute-bound: the batch is pp of them.
    if (p.stages > 1) {
        Prepared one = p;
        one.stages = 1;
        const auto micro = computeBoundBatchFor(one, c, cfg);
        return micro ? std::optional<long long>(*micro * (long long)p.stages) : std::nullopt;
    }
    auto net = [&](double b) { // compute time minus memory time: ≥ 0 once compute-bound
        const StepSum s = buildStep(p, c, cfg, b);
        return s.computeTime - s.memoryTime;
    };
    constexpr double limit = double(1ll << 30);
    const double at1 = net(1);
    if (at1 >= 0)
        return 1;
    if (net(limit) < 0)
        return std::nullopt;
    const double slope = net(2) - at1;
    double guess = slope > 0 ? std::clamp(std::ceil(1.0 - at1 / slope), 2.0, limit) : 2.0;
    double lo = 1, hi = limit; // net(lo) < 0 ≤ net(hi)
    if (net(guess) >= 0) {
        if (net(guess - 1) < 0)
            return static_cast<long long>(guess);
        hi = guess;
    } else {
        lo = guess;
        for (double b = guess * 2; b < limit; b *= 2) {
            if (net(b) >= 0) {
                hi = b;
                break;
            }
            lo = b;
        }
    }
    while (hi - lo > 1) {
        const double mid = std::floor((lo + hi) / 2);
        (net(mid) >= 0 ? hi : lo) = mid;
    }
    return static_cast<long long>(hi);
}

ValueOrError<Prepared> prepare(const Ceilings &c, const LlmModel &model, const InferenceConfig &cfg, bool withComputeBound = true)
{
    using R = ValueOrError<Prepared>;
    auto shape = shapeOf(model);
    if (!shape)
        return R::failure(shape.error);
    if (cfg.tensorParallel < 1)
        return R::failure(QCoreApplication::translate("Engine", "tensor parallelism must be 1 or more chips"));
    if (cfg.expertParallel < 1)
        return R::failure(QCoreApplication::translate("Engine", "expert parallelism must be 1 or more chips"));
    if (cfg.expertParallel > 1 && !model.isMoe())
        return R::failure(QCoreApplication::translate("Engine", "expert parallelism applies to mixture-of-experts models; %1 is dense",
                                                      "%1: a model id")
                              .arg(model.id));
    if (cfg.expertParallel > 1 && cfg.expertParallel > model.experts)
        return R::failure(QCoreApplication::translate("Engine", "expert parallelism over %1 chips is more than the model's %2 experts")
                              .arg(cfg.expertParallel)
                              .arg(model.experts));
    if (cfg.tensorParallel > 1 && cfg.expertParallel > 1 && cfg.tensorParallel != cfg.expertParallel)
        return R::failure(QCoreApplication::translate("Engine", "tensor and expert parallelism share one group: give them the same number of chips, or one of them"));
    if (cfg.expertParallel > 1 && cfg.tensorParallel == 1 && !cfg.dpAttention)
        return R::failure(QCoreApplication::translate("Engine", "expert parallelism over %1 chips needs attention spread over them too: "
                                                            "tensor parallelism over %1 chips or data-parallel attention")
                              .arg(cfg.expertParallel));
    if (cfg.pipelineParallel < 1)
        return R::failure(QCoreApplication::translate("Engine", "pipeline parallelism must be 1 or more stages"));
    if (cfg.pipelineParallel > model.layers)
        return R::failure(QCoreApplication::translate("Engine", "pipeline parallelism over %1 stages is more than the model's %2 layers")
                              .arg(cfg.pipelineParallel)
                              .arg(model.layers));
    if (!(cfg.prefillChunkTokens >= 0) || (cfg.prefillChunkTokens > 0 && cfg.phase != InferencePhase::Decode))
        return R::failure(QCoreApplication::translate("Engine", "prefill chunks ride in decode steps only"));
    const int group = std::max(cfg.tensorParallel, cfg.expertParallel);
    if (cfg.dpAttention && group < 2)
        return R::failure(QCoreApplication::translate("Engine", "data-parallel attention needs a group of 2 or more chips (tensor or expert parallelism)"));
    if ((group > 1 || cfg.pipelineParallel > 1) && c.linkBandwidth <= 0)
        return R::failure(QCoreApplication::translate("Engine", "%1 has no scale-up bandwidth figure; tensor parallelism over it "
                                                            "cannot be computed", "%1: a chip id")
                              .arg(c.chipId));
    if (!(cfg.acceptedTokens >= 1 && cfg.acceptedTokens <= 16))
        return R::failure(QCoreApplication::translate("Engine", "accepted tokens per step must be from 1 to 16"));
    if (cfg.phase == InferencePhase::Decode && cfg.context < 1)
        return R::failure(QCoreApplication::translate("Engine", "decode needs a context of 1 token or more"));
    if (cfg.phase == InferencePhase::Prefill && cfg.prompt < 1)
        return R::failure(QCoreApplication::translate("Engine", "prefill needs a prompt of 1 token or more"));
    const int tierCount = std::min<int>(int(c.tiers.size()), Ceilings::maxTiers);
    if (cfg.weightsTier < 0 || cfg.weightsTier >= tierCount || cfg.kvTier < 0 || cfg.kvTier >= tierCount)
        return R::failure(QCoreApplication::translate("Engine", "weights and KV cache must be placed on one of the chip's memory tiers"));
    if (!(cfg.memoryReserve >= 0 && cfg.memoryReserve < 1))
        return R::failure(QCoreApplication::translate("Engine", "the memory reserve must be in [0, 1)"));
    for (int t : {cfg.weightsTier, cfg.kvTier})
        if (c.tiers.at(t).capacityBytes <= 0)
            return R::failure(t == 0 ? QCoreApplication::translate("Engine", "%1 has no memory capacity figure in the dataset", "%1: a chip id")
                                           .arg(c.chipId)
                                     : QCoreApplication::translate("Engine", "memory tier '%1' has no capacity", "%1: the tier's name, e.g. HBF")
                                           .arg(c.tiers.at(t).name));

    // Beyond the scale-up domain the traffic crosses the scale-out network, which must have a figure.
    const int domain = c.scaleupDomain;
    const bool groupOut = domain > 0 && group > domain;
    const bool stagesOut = domain > 0 && cfg.pipelineParallel > 1 && double(group) * cfg.pipelineParallel > domain;
    if ((groupOut || stagesOut) && (!c.scaleOut || c.scaleOut->bandwidth <= 0))
        return R::failure(QCoreApplication::translate("Engine", "%1 chips are more than %2's scale-up domain of %3, and no scale-out "
                                                            "bandwidth is known to join domains (a system with that figure gives it)",
                                                      "%2: a chip id")
                              .arg(double(group) * cfg.pipelineParallel)
                              .arg(c.chipId)
                              .arg(domain));

    Prepared p;
    p.shape = *shape;
    p.chips = group;
    p.stages = cfg.pipelineParallel;
    p.collectivesScaleOut = groupOut;
    p.stagesScaleOut = stagesOut;
    // The slowest link a collective crosses sets its pace; its latency is the slower network's per message.
    const double outBandwidth = c.scaleOut ? std::min(c.scaleOut->bandwidth, c.linkBandwidth) : 0;
    const double outLatency = c.scaleOut ? std::max(c.scaleOut->messageLatency, c.fabric.messageLatency) : 0;
    p.collectiveBandwidth = groupOut ? outBandwidth : c.linkBandwidth;
    p.stageBandwidth = stagesOut ? outBandwidth : c.linkBandwidth;
    p.stageSendFixed = p.stages > 1 ? (stagesOut ? outLatency : c.fabric.messageLatency) : 0;
    p.attnSplit = cfg.dpAttention ? 1 : group;
    p.expertParallel = cfg.expertParallel;
    p.kvSplit = std::min(p.attnSplit, p.shape.kvShardLimit);
    p.linkShare = groupOut ? 1.0 : usableLinkShare(c.fabric, group);
    if (groupOut) {
        // Across domains the collectives run as over a switch: two messages an all-reduce, one an all-to-all.
        ScaleupFabric network;
        network.messageLatency = outLatency;
        p.allReduceFixed = allReduceLatency(network, int(p.attnSplit > 1 ? p.attnSplit : group));
        p.allToAllFixed = allToAllLatency(network, group);
    } else {
        p.allReduceFixed = allReduceLatency(c.fabric, int(p.attnSplit > 1 ? p.attnSplit : group));
        p.allToAllFixed = allToAllLatency(c.fabric, group);
    }
    p.kvPrecision = kvPrecisionFor(cfg, c.precision);
    p.activationPrecision = activationPrecisionFor(cfg, c.precision);
    p.attentionPrecision = attentionPrecisionFor(cfg);
    p.attentionPeak = c.peakAt(p.attentionPrecision);
    if (p.attentionPeak <= 0) {
        // Asked for: the chip must have it. The BF16 default on a chip with no BF16 figure: the weights' peak.
        if (cfg.attentionPrecision)
            return R::failure(QCoreApplication::translate("Engine", "%1 has no dense %2 peak for the attention matmuls",
                                                          "%1: a chip id; %2: a precision such as fp8")
                                  .arg(c.chipId, precisionKey(p.attentionPrecision)));
        p.attentionPrecision = c.precision;
        p.attentionPeak = c.peakFlops;
    }
    p.weightBytes = bytesPerElement(c.precision);
    p.activationBytes = bytesPerElement(p.activationPrecision);
    p.kvElementBytes = bytesPerElement(p.kvPrecision);
    p.contextTokens = cfg.phase == InferencePhase::Decode ? cfg.context : cfg.prompt;
    const ModelShape &s = p.shape;
    p.kvBytesPerSequence = s.kvElementsPerTokenPerLayer * p.kvElementBytes
        * (s.fullLayers * p.contextTokens + s.slidingLayers * keysPerQuery(p.contextTokens, s.window));
    p.weightsBytes = s.paramsTotal * p.weightBytes;
    p.routedWeightsBytes = s.moeLayers * s.experts * 3.0 * s.hidden * s.expertFfn * p.weightBytes;
    p.sameTier = cfg.weightsTier == cfg.kvTier;
    p.usableWeightsTier = (1.0 - cfg.memoryReserve) * c.tiers.at(cfg.weightsTier).capacityBytes;
    p.usableKvTier = (1.0 - cfg.memoryReserve) * c.tiers.at(cfg.kvTier).capacityBytes;
    if (withComputeBound)
        p.computeBoundBatch = computeBoundBatchFor(p, c, cfg);
    p.maxBatch = maxBatchFor(p);
    return p;
}

InferenceResult finish(const Prepared &p, const Ceilings &c, InferenceConfig cfg, int batch)
{
    cfg.batch = batch;
    // Without a pipeline one "micro-batch" is the whole batch and M = 1. With one, a chip runs M micro-batches
    // through its stage a step, and idles the bubble (see llm_inference.h).
    const bool decodePhase = cfg.phase == InferencePhase::Decode;
    const double M = p.stages > 1 ? std::min<double>(batch, p.stages) : 1.0;
    const StepSum stage = buildStep(p, c, cfg, batch / M);
    StepSum step = stage;
    for (OperatorSum &o : step.ops) {
        o.flops *= M, o.bytes *= M, o.linkBytes *= M, o.time *= M, o.computeTime *= M, o.memoryTime *= M, o.linkTime *= M;
        o.memoryStall *= M, o.linkWait *= M;
        for (double &t : o.timeByBound)
            t *= M;
    }
    step.time *= M, step.computeTime *= M, step.memoryTime *= M, step.memoryStall *= M, step.linkWait *= M;
    const double rounds = p.stages <= 1 ? 1.0 : decodePhase ? std::max(M, p.stages) : M + p.stages - 1;
    const double bubble = (rounds - M) * stage.time;
    step.time += bubble;

    InferenceResult r;
    r.config = cfg;
    r.precision = c.precision;
    r.kvPrecision = p.kvPrecision;
    r.activationPrecision = p.activationPrecision;
    r.attentionPrecision = p.attentionPrecision;
    r.attentionPeakFlops = p.attentionPeak;
    r.config.kvPrecision = p.kvPrecision;
    r.config.activationPrecision = p.activationPrecision;
    r.config.attentionPrecision = p.attentionPrecision;
    r.operators.reserve(llmOperatorCount);
    for (int i = 0; i < llmOperatorCount; ++i) {
        const OperatorSum &o = step.ops[i];
        if (!o.present)
            continue;
        OperatorResult row;
        row.name = llmOperatorKey(LlmOperator(i));
        row.flops = o.flops;
        row.bytes = o.bytes;
        row.linkBytes = o.linkBytes;
        row.intensity = o.bytes > 0 ? o.flops / o.bytes : std::numeric_limits<double>::infinity();
        row.time = o.time;
        row.attainableFlops = o.time > 0 ? o.flops / o.time : 0;
        row.computeTime = o.computeTime;
        row.memoryTime = o.memoryTime;
        row.linkTime = o.linkTime;
        // Layers of one kind can differ (sliding windows); the row is labelled by where most of its time goes.
        const auto &tb = o.timeByBound;
        row.bound = tb[int(Bound::Link)] > std::max(tb[int(Bound::Compute)], tb[int(Bound::Memory)]) ? Bound::Link
            : tb[int(Bound::Compute)] >= tb[int(Bound::Memory)] && tb[int(Bound::Compute)] > 0 ? Bound::Compute
                                                                                               : Bound::Memory;
        r.operators.append(row);
    }

    const bool decode = cfg.phase == InferencePhase::Decode;
    r.stepTime = step.time;
    r.tokensPerStep = decode ? double(batch) * cfg.acceptedTokens : double(batch) * cfg.prompt;
    r.tokensPerS = r.tokensPerStep / step.time;
    r.tokensPerSPerChip = r.tokensPerS / (p.chips * p.stages);
    r.tokensPerSPerUser = (decode ? cfg.acceptedTokens : double(cfg.prompt)) / step.time;
    r.computeTime = step.computeTime;
    r.memoryTime = step.memoryTime;
    r.memoryStallFraction = step.time > 0 ? step.memoryStall / step.time : 0;
    r.linkFraction = step.time > 0 ? step.linkWait / step.time : 0;
    r.computeBoundBatchUnlimited = p.computeBoundBatch;
    // Reachable only at or under the KV wall (no wall at all: no KV cache to fill).
    if (p.computeBoundBatch && (!p.maxBatch || *p.computeBoundBatch <= *p.maxBatch))
        r.computeBoundBatch = p.computeBoundBatch;

    r.weightsBytes = p.weightsBytes;
    r.kvBytesPerToken = p.shape.layers * p.shape.kvElementsPerTokenPerLayer * p.kvElementBytes;
    r.kvBytes = batch * p.kvBytesPerSequence;
    const ChipUsage usage = layoutUsage(p, batch);
    r.weightsBytesPerChip = usage.weights;
    r.kvBytesPerChip = usage.kv;
    r.usableWeightsTierBytes = p.usableWeightsTier;
    r.usableKvTierBytes = p.usableKvTier;
    r.fits = fitsUsage(p, usage);
    r.minChips = minChipsFor(p, batch);
    r.maxBatch = p.maxBatch;

    r.kvElementsPerTokenPerLayer = p.shape.kvElementsPerTokenPerLayer;
    r.kvSplit = int(p.kvSplit);
    r.contextTokens = p.contextTokens;
    r.groupChips = int(p.chips * p.stages);
    r.allReduceLatency = p.allReduceFixed;
    r.allToAllLatency = p.allToAllFixed;
    r.pipelineStages = int(p.stages);
    r.microBatches = M;
    r.stageTime = stage.time;
    r.bubbleTime = bubble;
    r.bubbleFraction = step.time > 0 ? bubble / step.time : 0;
    r.stageSendLatency = p.stageSendFixed;
    r.collectivesScaleOut = p.collectivesScaleOut;
    r.stagesScaleOut = p.stagesScaleOut;
    r.collectiveBandwidth = p.collectiveBandwidth;
    r.stageBandwidth = p.stageBandwidth;
    r.attentionSplit = int(p.attnSplit);
    r.linkShare = p.linkShare;
    const double tokensPerMicroBatch = (r.tokensPerStep + (decodePhase ? cfg.prefillChunkTokens : 0)) / M;
    // Each micro-batch reads the experts its own tokens route to.
    if (p.shape.moeLayers > 0)
        r.distinctExperts = expectedDistinctExperts(p.shape.experts, p.shape.expertsActive, tokensPerMicroBatch);
    if (p.stages > 1)
        r.stageSendBytes = tokensPerMicroBatch / (p.chips / p.attnSplit) * p.shape.hidden * p.activationBytes / p.attnSplit;
    if (p.chips > 1) {
        r.allReduceMessageBytes = tokensPerMicroBatch / (p.chips / p.attnSplit) * p.shape.hidden * p.activationBytes;
        r.allReduceTime = step.ops[int(LlmOperator::AllReduce)].time;
        r.allToAllTime = step.ops[int(LlmOperator::AllToAll)].time;
        if (p.expertParallel > 1)
            r.allToAllMessageBytes = tokensPerMicroBatch / p.chips * p.shape.expertsActive * p.shape.hidden * p.activationBytes
                * (p.chips - 1) / p.chips;
    }
    return r;
}

} // namespace

double kvBytesPerToken(const LlmModel &model, Precision kvPrecision)
{
    const auto shape = shapeOf(model);
    if (!shape)
        return 0;
    return shape->layers * shape->kvElementsPerTokenPerLayer * bytesPerElement(kvPrecision);
}

Precision kvPrecisionFor(const InferenceConfig &config, Precision weights)
{
    return config.kvPrecision.value_or(servingPrecision(weights));
}

Precision activationPrecisionFor(const InferenceConfig &config, Precision weights)
{
    return config.activationPrecision.value_or(servingPrecision(weights));
}

Precision attentionPrecisionFor(const InferenceConfig &config)
{
    return config.attentionPrecision.value_or(Precision::BF16);
}

ValueOrError<InferenceResult> evaluateInference(const Ceilings &ceilings, const LlmModel &model,
                                                const InferenceConfig &config)
{
    if (config.batch < 1)
        return ValueOrError<InferenceResult>::failure(QCoreApplication::translate("Engine", "the batch must be 1 or more sequences"));
    const auto prepared = prepare(ceilings, model, config);
    if (!prepared)
        return ValueOrError<InferenceResult>::failure(prepared.error);
    return finish(*prepared, ceilings, config, config.batch);
}

ValueOrError<std::optional<long long>> kvWall(const Ceilings &ceilings, const LlmModel &model, const InferenceConfig &config)
{
    const auto prepared = prepare(ceilings, model, config, false);
    if (!prepared)
        return ValueOrError<std::optional<long long>>::failure(prepared.error);
    return prepared->maxBatch;
}

ValueOrError<QList<InferenceResult>> sweepInferenceBatches(const Ceilings &ceilings, const LlmModel &model,
                                                           const InferenceConfig &config, const QList<int> &batches,
                                                           bool withComputeBoundBatch)
{
    using R = ValueOrError<QList<InferenceResult>>;
    for (int b : batches)
        if (b < 1)
            return R::failure(QCoreApplication::translate("Engine", "every batch must be 1 or more sequences"));
    const auto prepared = prepare(ceilings, model, config, withComputeBoundBatch);
    if (!prepared)
        return R::failure(prepared.error);
    QList<InferenceResult> results;
    results.reserve(batches.size());
    for (int b : batches)
        results.append(finish(*prepared, ceilings, config, b));
    return results;
}
