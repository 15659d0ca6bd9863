#include "explain.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

// The words are translated in the context "Explain" (QtCore only: no tr() without a QObject), each line one whole
// sentence so a translation can reorder it; numbers, symbols and units stay the engine's own so the working still
// multiplies out. Without a translator installed (the command line) every line is the English source, unchanged.

QString formatPlain(double value)
{
    if (std::isinf(value))
        return QStringLiteral("∞");
    const double magnitude = std::fabs(value);
    // Whole numbers a reader types (8192, 25000, 4096) stay whole; large or tiny ones read as 8.03e9.
    if (value == std::floor(value) && magnitude < 1e7)
        return QString::number(qint64(value));
    if (magnitude >= 1e7 || (magnitude > 0 && magnitude < 1e-3)) {
        QString text = QString::number(value, 'e', 3); // "8.030e+09"
        const qsizetype e = text.indexOf(QLatin1Char('e'));
        QString mantissa = text.left(e);
        while (mantissa.endsWith(QLatin1Char('0')))
            mantissa.chop(1);
        if (mantissa.endsWith(QLatin1Char('.')))
            mantissa.chop(1);
        return mantissa + QLatin1Char('e') + QString::number(text.mid(e + 1).toInt());
    }
    if (magnitude >= 1000)
        return QString::number(value, 'f', 0); // 64440.3 → "64440", not "6.444e+04"
    return QString::number(value, 'g', 4);
}

namespace {

QString flopUnit(Precision p)
{
    return isIntegerPrecision(p) ? QStringLiteral("OP") : QStringLiteral("FLOP");
}

QString rateUnit(Precision p)
{
    return flopUnit(p) + QStringLiteral("/s");
}

QString percent(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1) + QLatin1Char('%');
}

// The amount of work as a noun in a formula: "FLOPs / peak".
QString opsWord(Precision p)
{
    return isIntegerPrecision(p) ? QCoreApplication::translate("Explain", "OPs", "integer operations, an amount of work: OPs / peak")
                                 : QCoreApplication::translate("Explain", "FLOPs", "floating-point operations, an amount of work: FLOPs / peak");
}

QString boundWord(Bound b)
{
    switch (b) {
    case Bound::Compute: return QCoreApplication::translate("Explain", "compute-bound");
    case Bound::Memory: return QCoreApplication::translate("Explain", "memory-bound");
    case Bound::Link: return QCoreApplication::translate("Explain", "link-bound", "bound by the scale-up link between chips");
    }
    return {};
}

} // namespace

QStringList explainCeilings(const Ceilings &c)
{
    QStringList lines;
    const QString rate = rateUnit(c.precision);
    lines << QCoreApplication::translate("Explain", "peak = dense %1 peak × compute efficiency = %2 × %3 = %4")
                 .arg(precisionKey(c.precision), NumberFormat::si(c.peakFlops / c.efficiency.compute, rate),
                      formatPlain(c.efficiency.compute), NumberFormat::si(c.peakFlops, rate));
    for (int t = 0; t < c.tiers.size(); ++t) {
        const MemoryTier &tier = c.tiers.at(t);
        lines << QCoreApplication::translate("Explain", "%1 bandwidth = %2 × memory efficiency %3 = %4; ridge = peak / bandwidth = %5 / %4 = %6 %7/byte",
                                             "%1 is a memory tier's name (hbm)")
                     .arg(tier.name, NumberFormat::si(tier.bandwidth / c.efficiency.memory, QStringLiteral("B/s")),
                          formatPlain(c.efficiency.memory), NumberFormat::si(tier.bandwidth, QStringLiteral("B/s")),
                          NumberFormat::si(c.peakFlops, rate), formatPlain(c.ridgeIntensity(t)), flopUnit(c.precision));
    }
    if (c.linkBandwidth > 0)
        lines << QCoreApplication::translate("Explain", "scale-up link = bidirectional bandwidth / 2 = %1 / 2 = %2 each way")
                     .arg(NumberFormat::si(2 * c.linkBandwidth, QStringLiteral("B/s")), NumberFormat::si(c.linkBandwidth, QStringLiteral("B/s")));
    return lines;
}

QStringList explainKernel(const Ceilings &c, const KernelResult &k)
{
    QStringList lines;
    const QString rate = rateUnit(c.precision);
    const QString flop = flopUnit(c.precision);
    const QString ops = opsWord(c.precision);
    const double bw = c.hbm().bandwidth;
    if (k.flops && k.bytes) {
        lines << QCoreApplication::translate("Explain", "intensity = %1 / bytes = %2 / %3 = %4 %5/byte", "%1: FLOPs or OPs; %5: its unit, FLOP or OP")
                     .arg(ops, NumberFormat::si(*k.flops, flop), NumberFormat::si(*k.bytes, QStringLiteral("B")), formatPlain(k.intensity), flop);
        lines << QCoreApplication::translate("Explain", "time = max(%1 / peak, bytes / bandwidth) = max(%2 / %3, %4 / %5) = max(%6, %7) = %8",
                                             "%1: FLOPs or OPs")
                     .arg(ops, NumberFormat::si(*k.flops, flop), NumberFormat::si(c.peakFlops, rate),
                          NumberFormat::si(*k.bytes, QStringLiteral("B")), NumberFormat::si(bw, QStringLiteral("B/s")),
                          NumberFormat::si(*k.flops / c.peakFlops, QStringLiteral("s")), NumberFormat::si(*k.bytes / bw, QStringLiteral("s")),
                          NumberFormat::si(k.time.value_or(0), QStringLiteral("s")));
    }
    lines << QCoreApplication::translate("Explain", "attainable = min(peak, intensity × bandwidth) = min(%1, %2 %3/byte × %4) = %5, %6 (intensity %2 %7 ridge %8)",
                                         "%6: memory-bound or compute-bound; %7: < or ≥")
                 .arg(NumberFormat::si(c.peakFlops, rate), formatPlain(k.intensity), flop, NumberFormat::si(bw, QStringLiteral("B/s")),
                      NumberFormat::si(k.attainableFlops, rate), boundWord(k.bound),
                      k.bound == Bound::Compute ? QStringLiteral("≥") : QStringLiteral("<"),
                      formatPlain(c.ridgeIntensity()));
    return lines;
}

QStringList explainGemm(const Ceilings &c, const GemmShape &s, const KernelResult &k)
{
    const QString flop = flopUnit(c.precision);
    const double e = bytesPerElement(c.precision);
    QStringList lines;
    lines << QStringLiteral("%1 = 2 × M × N × K = 2 × %2 × %3 × %4 = %5")
                 .arg(opsWord(c.precision), formatPlain(s.m), formatPlain(s.n), formatPlain(s.k), NumberFormat::si(k.flops.value_or(0), flop));
    lines << QCoreApplication::translate("Explain", "bytes = (M×K + K×N + M×N) × element size = (%1 + %2 + %3) × %4 bytes = %5")
                 .arg(formatPlain(s.m * s.k), formatPlain(s.k * s.n), formatPlain(s.m * s.n), formatPlain(e),
                      NumberFormat::si(k.bytes.value_or(0), QStringLiteral("B")));
    return lines + explainKernel(c, k);
}

QString fabricTopologyWord(const ScaleupFabric &f)
{
    switch (f.topology) {
    case FabricTopology::Switched: return QCoreApplication::translate("Explain", "switched");
    case FabricTopology::FullMesh: return QCoreApplication::translate("Explain", "full mesh of %1").arg(f.meshSize);
    case FabricTopology::Torus: return QCoreApplication::translate("Explain", "torus");
    }
    return {};
}

QStringList explainInference(const Ceilings &c, const LlmModel &m, const InferenceResult &r)
{
    QStringList lines;
    const QString B = QStringLiteral("B");
    const QString S = QStringLiteral("s");
    const QString flop = flopUnit(c.precision);
    const QString ops = opsWord(c.precision);
    const QString rate = rateUnit(c.precision);
    const InferenceConfig &cfg = r.config;
    const bool decode = cfg.phase == InferencePhase::Decode;
    const int N = r.groupChips;
    const double wb = bytesPerElement(c.precision);
    const double kvb = bytesPerElement(r.kvPrecision);

    lines << QCoreApplication::translate("Explain", "memory in GB, MB and KB is binary (1 GB = 2³⁰ bytes), as vendors print it; "
                                                 "bandwidth is decimal (1 TB/s = 10¹² bytes/s)");
    lines << QCoreApplication::translate("Explain", "precisions: weights %1, KV cache %2, activations and collectives %3, attention matmuls %4 at %5",
                                         "%1–%4: precisions such as FP8; %5: a peak rate such as 2.25 PFLOP/s")
                 .arg(precisionKey(r.precision).toUpper(), precisionKey(r.kvPrecision).toUpper(),
                      precisionKey(r.activationPrecision).toUpper(), precisionKey(r.attentionPrecision).toUpper(),
                      NumberFormat::si(r.attentionPeakFlops, rateUnit(r.attentionPrecision)));
    if (r.groupChips > 1)
        lines << QCoreApplication::translate("Explain", "layout: %1 chip(s) per model copy; attention split %2 way(s) (%3 data-parallel copies); experts %4",
                                             "%4: how experts are placed")
                     .arg(QString::number(r.groupChips / r.pipelineStages), QString::number(r.attentionSplit),
                          QString::number(r.groupChips / r.pipelineStages / r.attentionSplit),
                          cfg.expertParallel > 1 ? QCoreApplication::translate("Explain", "spread over %1 chips, %2 each").arg(cfg.expertParallel).arg(formatPlain(double(m.experts) / cfg.expertParallel))
                                                 : QCoreApplication::translate("Explain", "split like tensor parallelism"));
    lines << QCoreApplication::translate("Explain", "weights = params_total × element size = %1 × %2 bytes = %3")
                 .arg(formatPlain(m.paramsTotal), formatPlain(wb), NumberFormat::si(r.weightsBytes, B));
    if (m.attention == LlmModel::Attention::MLA)
        lines << QCoreApplication::translate("Explain", "KV per token = layers × (kv_lora_rank + rope_head_dim) × element size = %1 × (%2 + %3) × %4 bytes = %5")
                     .arg(QString::number(m.layers), QString::number(m.kvLoraRank), QString::number(m.ropeHeadDim),
                          formatPlain(kvb), NumberFormat::si(r.kvBytesPerToken, B));
    else
        lines << QCoreApplication::translate("Explain", "KV per token = layers × 2 × kv_heads × head_dim × element size = %1 × 2 × %2 × %3 × %4 bytes = %5")
                     .arg(QString::number(m.layers), formatPlain(r.kvElementsPerTokenPerLayer / 2 / (m.headDim > 0 ? m.headDim : double(m.hidden) / m.heads)),
                          formatPlain(m.headDim > 0 ? m.headDim : double(m.hidden) / m.heads), formatPlain(kvb),
                          NumberFormat::si(r.kvBytesPerToken, B));
    const double perLayerToken = r.kvElementsPerTokenPerLayer * kvb;
    if (m.slidingLayers > 0)
        lines << QCoreApplication::translate("Explain", "KV = batch × (full layers × context + sliding layers × min(context, window)) × KV per token per layer"
                                                     " = %1 × (%2 × %3 + %4 × %5) × %6 = %7")
                     .arg(QString::number(cfg.batch), QString::number(m.layers - m.slidingLayers), formatPlain(r.contextTokens),
                          QString::number(m.slidingLayers), formatPlain(std::min<double>(r.contextTokens, m.slidingWindow)),
                          NumberFormat::si(perLayerToken, B), NumberFormat::si(r.kvBytes, B));
    else
        lines << QCoreApplication::translate("Explain", "KV = batch × context × KV per token = %1 × %2 × %3 = %4")
                     .arg(QString::number(cfg.batch), formatPlain(r.contextTokens), NumberFormat::si(r.kvBytesPerToken, B),
                          NumberFormat::si(r.kvBytes, B));

    // Every amount of memory is in binary GB (NumberFormat::si), capacities as vendors print them and computed
    // sizes alike, so a fit reads as a comparison of like with like; the first line of the working says so.
    auto usable = [&](int tier) {
        const double capacity = c.tiers.at(tier).capacityBytes;
        return QStringLiteral("(1 − %1) × %2").arg(percent(cfg.memoryReserve), NumberFormat::si(capacity, B));
    };
    // %6 is the usable capacity as a product, "(1 − 10.0%) × 80 GB"; %7 that product worked out.
    const bool spread = r.attentionSplit != r.groupChips || cfg.expertParallel > 1;
    if (spread)
        lines << (r.fits ? QCoreApplication::translate("Explain", "per chip: routed experts / %1 + the other weights / %2 + KV of batch / %3 sequences = %4 + %5 = %6 ≤ %7 → fits")
                         : QCoreApplication::translate("Explain", "per chip: routed experts / %1 + the other weights / %2 + KV of batch / %3 sequences = %4 + %5 = %6 > %7 → does not fit"))
                     .arg(QString::number(N), QString::number(r.attentionSplit), QString::number(N / r.attentionSplit),
                          NumberFormat::si(r.weightsBytesPerChip, B), NumberFormat::si(r.kvBytesPerChip, B),
                          NumberFormat::si(r.weightsBytesPerChip + r.kvBytesPerChip, B), NumberFormat::si(r.usableWeightsTierBytes, B));
    else if (cfg.weightsTier == cfg.kvTier)
        lines << (r.fits ? QCoreApplication::translate("Explain", "per chip: weights / %1 + KV / %2 = %3 + %4 = %5 ≤ %6 = %7 → fits")
                         : QCoreApplication::translate("Explain", "per chip: weights / %1 + KV / %2 = %3 + %4 = %5 > %6 = %7 → does not fit"))
                     .arg(QString::number(N), QString::number(r.kvSplit), NumberFormat::si(r.weightsBytesPerChip, B),
                          NumberFormat::si(r.kvBytesPerChip, B), NumberFormat::si(r.weightsBytesPerChip + r.kvBytesPerChip, B),
                          usable(cfg.weightsTier), NumberFormat::si(r.usableWeightsTierBytes, B));
    else
        lines << (r.fits ? QCoreApplication::translate("Explain", "per chip: weights / %1 = %2 on %3 (usable %4); KV / %5 = %6 on %7 (usable %8) → fits",
                                                       "%3, %7: memory tiers' names (hbm, hbf)")
                         : QCoreApplication::translate("Explain", "per chip: weights / %1 = %2 on %3 (usable %4); KV / %5 = %6 on %7 (usable %8) → does not fit",
                                                       "%3, %7: memory tiers' names (hbm, hbf)"))
                     .arg(QString::number(N), NumberFormat::si(r.weightsBytesPerChip, B), c.tiers.at(cfg.weightsTier).name,
                          NumberFormat::si(r.usableWeightsTierBytes, B), QString::number(r.kvSplit), NumberFormat::si(r.kvBytesPerChip, B),
                          c.tiers.at(cfg.kvTier).name, NumberFormat::si(r.usableKvTierBytes, B));
    if (r.kvSplit < r.attentionSplit)
        lines << (m.attention == LlmModel::Attention::MLA
                      ? QCoreApplication::translate("Explain", "the KV cache is not split: MLA keeps one latent per token, whole, on every chip")
                      : QCoreApplication::translate("Explain", "the KV cache splits only %1 ways: there are only %1 KV heads, so chips share copies")
                            .arg(r.kvSplit));
    lines << (r.minChips ? QCoreApplication::translate("Explain", "fewest chips that fit = %1").arg(*r.minChips)
                         : QCoreApplication::translate("Explain", "no number of chips fits: the KV cache a chip must hold alone exceeds its memory"));
    if (r.maxBatch) {
        const double kvPerSequencePerChip = cfg.batch > 0 ? r.kvBytesPerChip / cfg.batch : 0;
        lines << QCoreApplication::translate("Explain", "KV wall: max batch = floor((usable − weights per chip) / KV per sequence per chip) = floor((%1 − %2) / %3) = %4")
                     .arg(NumberFormat::si(r.usableKvTierBytes, B),
                          NumberFormat::si(cfg.weightsTier == cfg.kvTier ? r.weightsBytesPerChip : 0.0, B),
                          NumberFormat::si(kvPerSequencePerChip, B), QString::number(*r.maxBatch));
    }
    if (m.isMoe())
        lines << QCoreApplication::translate("Explain", "distinct experts per MoE layer = E × (1 − (1 − k/E)^tokens) = %1 × (1 − (1 − %2/%1)^%3) = %4 (+ %5 shared)")
                     .arg(QString::number(m.experts), QString::number(m.expertsActive), formatPlain(r.tokensPerStep),
                          formatPlain(r.distinctExperts), QString::number(m.sharedExperts));

    // Which link the group's collectives and the stages' sends cross: beyond the scale-up domain, the system's
    // scale-out network at the slower of the two links.
    const QString S2 = S;
    auto linkName = [&c](bool scaleOut) {
        return scaleOut && c.scaleOut ? QCoreApplication::translate("Explain", "the scale-out network of %1", "%1: a system id").arg(c.scaleOut->systemId)
                                      : c.fabric.name;
    };
    const int group = r.groupChips / r.pipelineStages;
    if (r.collectivesScaleOut && c.scaleOut)
        lines << QCoreApplication::translate("Explain", "a group of %1 chips is more than the scale-up domain of %2: its collectives cross %3 at %4 each way "
                                                     "(the slowest link), %5 per message (assumed: an RDMA message through a leaf-spine network)")
                     .arg(QString::number(group), QString::number(c.scaleupDomain), linkName(true),
                          NumberFormat::si(r.collectiveBandwidth, QStringLiteral("B/s")), NumberFormat::si(c.scaleOut->messageLatency, S2));
    if (r.pipelineStages > 1) {
        const double M = r.microBatches;
        lines << QCoreApplication::translate("Explain", "pipeline: %1 stages of %2 chip(s), each with 1/%1 of the layers, weights and KV cache; M = min(batch, stages) = %3 "
                                                     "micro-batch(es) of %4 sequences; stage time (one micro-batch through one stage, its send included) = %5")
                     .arg(QString::number(r.pipelineStages), QString::number(group), formatPlain(M), formatPlain(cfg.batch / M),
                          NumberFormat::si(r.stageTime, S));
        if (decode)
            lines << QCoreApplication::translate("Explain", "pipeline, decode in steady state: step = max(M, stages) × stage time = %1 × %2 = %3, a chip busy M × stage time; "
                                                         "bubble = (stages − M) / stages = %4")
                         .arg(formatPlain(std::max<double>(M, r.pipelineStages)), NumberFormat::si(r.stageTime, S), NumberFormat::si(r.stepTime, S),
                              percent(r.bubbleFraction));
        else
            lines << QCoreApplication::translate("Explain", "pipeline, prefill through an empty pipeline: TTFT = (M + stages − 1) × stage time = %1 × %2 = %3; "
                                                         "bubble = (stages − 1) / (M + stages − 1) = %4")
                         .arg(formatPlain(M + r.pipelineStages - 1), NumberFormat::si(r.stageTime, S), NumberFormat::si(r.stepTime, S),
                              percent(r.bubbleFraction));
        if (r.stagesScaleOut && c.scaleOut)
            lines << QCoreApplication::translate("Explain", "%1 chips in all are more than the scale-up domain of %2: stage sends cross %3 at %4 each way, %5 per message (assumed)")
                         .arg(QString::number(r.groupChips), QString::number(c.scaleupDomain), linkName(true),
                              NumberFormat::si(r.stageBandwidth, QStringLiteral("B/s")), NumberFormat::si(c.scaleOut->messageLatency, S2));
    }
    const bool singleTier = c.tiers.size() == 1;
    for (const OperatorResult &op : r.operators) {
        if (op.name == llmOperatorKey(LlmOperator::StageSend)) {
            lines << QCoreApplication::translate("Explain", "stage_send: each micro-batch's activations, tokens × hidden × element size / %1 chip(s) = %2 a chip, "
                                                         "to the next stage over %3 at %4 plus %5 of message latency; M = %6 sends a step → %7",
                                                 "stage_send is the operator's key; %3: a link's name, e.g. NVLink")
                         .arg(QString::number(r.attentionSplit), NumberFormat::si(r.stageSendBytes, B), linkName(r.stagesScaleOut),
                              NumberFormat::si(r.stageBandwidth, QStringLiteral("B/s")), NumberFormat::si(r.stageSendLatency, S),
                              formatPlain(r.microBatches), NumberFormat::si(op.time, S));
            continue;
        }
        if (op.name == llmOperatorKey(LlmOperator::AllReduce)) {
            lines << QCoreApplication::translate("Explain", "all_reduce: ring 2(N − 1)/N × tokens × hidden × element size per all-reduce, %1 in all "
                                                         "over %2 (%3 of the link: %4), plus %5 of message latency per all-reduce on %6 → %7",
                                                 "all_reduce is the operator's key; %6: the fabric's name, e.g. NVLink")
                         .arg(NumberFormat::si(op.linkBytes * r.linkShare, B), NumberFormat::si(r.collectiveBandwidth, QStringLiteral("B/s")),
                              percent(r.linkShare), r.collectivesScaleOut ? linkName(true) : fabricTopologyWord(c.fabric),
                              NumberFormat::si(r.allReduceLatency, S), linkName(r.collectivesScaleOut), NumberFormat::si(op.time, S));
            continue;
        }
        if (op.name == llmOperatorKey(LlmOperator::AllToAll)) {
            lines << QCoreApplication::translate("Explain", "all_to_all: dispatch and combine in each of %1 MoE layers, each tokens / %2 × %3 experts × hidden × element "
                                                         "size × (%2 − 1)/%2 = %4 a chip, over %5 plus %6 of message latency on %7 → %8",
                                                 "all_to_all is the operator's key; %7: the fabric's name")
                         .arg(QString::number(m.layers - m.denseLayers), QString::number(group), QString::number(m.expertsActive),
                              NumberFormat::si(r.allToAllMessageBytes, B), NumberFormat::si(r.collectiveBandwidth * r.linkShare, QStringLiteral("B/s")),
                              NumberFormat::si(r.allToAllLatency, S), linkName(r.collectivesScaleOut), NumberFormat::si(op.time, S));
            continue;
        }
        const bool attention = op.name == llmOperatorKey(LlmOperator::AttnScores) || op.name == llmOperatorKey(LlmOperator::AttnV);
        const double peak = attention ? r.attentionPeakFlops : c.peakFlops;
        if (singleTier)
            lines << QCoreApplication::translate("Explain", "%1: max(%2 / peak, bytes / bandwidth) = max(%3 / %4, %5 / %6) = max(%7, %8) → %9, %10",
                                                 "%1: an operator's key (qkv, ffn); %2: FLOPs or OPs; %10: memory-bound or compute-bound")
                         .arg(op.name, ops, NumberFormat::si(op.flops, flop), NumberFormat::si(peak, rate), NumberFormat::si(op.bytes, B),
                              NumberFormat::si(c.hbm().bandwidth, QStringLiteral("B/s")), NumberFormat::si(op.computeTime, S),
                              NumberFormat::si(op.memoryTime, S), NumberFormat::si(op.time, S), boundWord(op.bound));
        else
            lines << QCoreApplication::translate("Explain", "%1: %2 %3, bytes %4; max(compute %5, slowest tier %6) → %7, %8",
                                                 "%1: an operator's key (qkv, ffn); %2: FLOPs or OPs; %8: memory-bound or compute-bound")
                         .arg(op.name, ops, NumberFormat::si(op.flops, flop), NumberFormat::si(op.bytes, B), NumberFormat::si(op.computeTime, S),
                              NumberFormat::si(op.memoryTime, S), NumberFormat::si(op.time, S), boundWord(op.bound));
    }
    lines << (decode ? QCoreApplication::translate("Explain", "time per step = Σ operator times = %1")
                     : QCoreApplication::translate("Explain", "time to first token = Σ operator times = %1"))
                 .arg(NumberFormat::si(r.stepTime, S));
    if (decode)
        lines << QCoreApplication::translate("Explain", "tokens/s = batch / time per step = %1 / %2 = %3 for %4 chip(s); per chip %5; per user 1 / %2 = %6")
                     .arg(QString::number(cfg.batch), NumberFormat::si(r.stepTime, S), formatPlain(r.tokensPerS), QString::number(N),
                          formatPlain(r.tokensPerSPerChip), formatPlain(r.tokensPerSPerUser));
    else
        lines << QCoreApplication::translate("Explain", "tokens/s = batch × prompt / TTFT = %1 × %2 / %3 = %4 for %5 chip(s); per chip %6; per user %2 / %3 = %7",
                                             "TTFT: time to first token")
                     .arg(QString::number(cfg.batch), QString::number(cfg.prompt), NumberFormat::si(r.stepTime, S), formatPlain(r.tokensPerS),
                          QString::number(N), formatPlain(r.tokensPerSPerChip), formatPlain(r.tokensPerSPerUser));
    lines << QCoreApplication::translate("Explain", "memory stall = Σ (time − max(compute, link)) over memory-bound operators / step = %1 / %2 = %3")
                 .arg(NumberFormat::si(r.memoryStallFraction * r.stepTime, S), NumberFormat::si(r.stepTime, S), percent(r.memoryStallFraction));
    if (decode) {
        if (r.computeBoundBatch)
            lines << QCoreApplication::translate("Explain", "compute-bound batch = smallest batch with Σ %1 / peak ≥ Σ bytes / bandwidth at context %2 = %3",
                                                 "%1: FLOPs or OPs")
                         .arg(ops, formatPlain(r.contextTokens), QString::number(*r.computeBoundBatch));
        else if (r.computeBoundBatchUnlimited && r.maxBatch)
            lines << QCoreApplication::translate("Explain", "compute-bound batch at context %1 = %2, not reachable: the KV wall is at %3")
                         .arg(formatPlain(r.contextTokens), QString::number(*r.computeBoundBatchUnlimited), QString::number(*r.maxBatch));
        else
            lines << QCoreApplication::translate("Explain", "no batch turns the step compute-bound at context %1: attention's intensity stays below the ridge")
                         .arg(formatPlain(r.contextTokens));
    }
    return lines;
}

QStringList explainEconomics(const CostAssumptions &a, const ChipHourCost &cost, const TokenEconomics &e,
                             double tokensPerSPerChip)
{
    QStringList lines;
    if (cost.rented) {
        lines << QCoreApplication::translate("Explain", "cost per chip-hour = rental = USD %1 (power and hosting included)").arg(formatPlain(cost.usdPerHour));
    } else {
        lines << QCoreApplication::translate("Explain", "cost per chip-hour = price / (years × 8766 h) + TDP × PUE × electricity"
                                                     " = %1 / (%2 × 8766) + %3 kW × %4 × %5 USD/kWh = %6 + %7 = USD %8")
                     .arg(formatPlain(a.priceUsd.value_or(0)), formatPlain(a.years), formatPlain(cost.watts / 1000.0),
                          formatPlain(a.pue), formatPlain(a.electricityUsdPerKWh), formatPlain(cost.capitalUsdPerHour),
                          formatPlain(cost.powerUsdPerHour), formatPlain(cost.usdPerHour));
    }
    lines << QCoreApplication::translate("Explain", "USD per million tokens = cost per chip-hour / (tokens/s per chip × 3600) × 1e6 = %1 / (%2 × 3600) × 1e6 = %3")
                 .arg(formatPlain(cost.usdPerHour), formatPlain(tokensPerSPerChip), formatPlain(e.usdPerMillionTokens));
    lines << QCoreApplication::translate("Explain", "tokens per USD = tokens/s per chip × 3600 / cost per chip-hour = %1").arg(formatPlain(e.tokensPerUsd));
    return lines;
}

QString explainTokensPerJoule(double tokensPerSPerChip, double watts)
{
    return QCoreApplication::translate("Explain", "tokens per joule = tokens/s per chip / TDP = %1 / %2 W = %3")
        .arg(formatPlain(tokensPerSPerChip), formatPlain(watts), formatPlain(tokensPerJoule(tokensPerSPerChip, watts)));
}

QString explainValidation(const ValidationRow &row)
{
    const Measurement &m = row.measurement;
    if (!row.bound)
        return QStringLiteral("%1 %2: %3").arg(m.chipId, m.what, row.note);
    // %1 the chip, %2 what was measured, %3 the kind of bound ("dense bf16 peak", translated by calibration.cpp).
    return (row.exceedsBound
                ? QCoreApplication::translate("Explain", "%1 %2: measured / %3 = %4 / %5 = %6 — ABOVE THE BOUND: a figure or the bound is wrong")
                : QCoreApplication::translate("Explain", "%1 %2: measured / %3 = %4 / %5 = %6"))
        .arg(m.chipId, m.what, row.boundKind, NumberFormat::si(m.value, m.unit), NumberFormat::si(*row.bound, m.unit),
             formatPlain(row.ratio.value_or(0)));
}

QStringList explainChunkedPrefill(const RequestResult &r)
{
    const QString S = QStringLiteral("s");
    const InferenceConfig &cfg = r.decode.config;
    const double need = double(r.decode.config.batch) * cfg.acceptedTokens * r.inputTokens / r.outputTokens;
    QStringList lines;
    lines << QCoreApplication::translate("Explain", "chunked prefill: each decode step carries the prompt tokens that keep the batch full, batch × K × I / O = "
                                                 "%1 × %2 × %3 / %4 = %5, at most C = %6: %7 a step; %8 sequence(s) decode at once")
                 .arg(QString::number(cfg.batch), formatPlain(cfg.acceptedTokens), QString::number(r.inputTokens), QString::number(r.outputTokens),
                      formatPlain(need), QString::number(r.chunk), formatPlain(r.chunkTokensPerStep), QString::number(r.decodingSequences));
    lines << QCoreApplication::translate("Explain", "chunked prefill: step with its chunk = %1; TTFT = ceil(I / C) × step = %2 × %1 = %3; "
                                                 "output tokens/s per chip = sequences × K / step / chips = %4 × %5 / %1 / %6 = %7")
                 .arg(NumberFormat::si(r.decode.stepTime, S), formatPlain(std::ceil(double(r.inputTokens) / r.chunk)), NumberFormat::si(r.ttft, S),
                      QString::number(r.decodingSequences), formatPlain(cfg.acceptedTokens), QString::number(r.decode.groupChips),
                      formatPlain(r.outputTokensPerSPerChip));
    return lines;
}

QStringList explainDisaggregated(const DisaggregatedResult &d, int inputTokens, int outputTokens, const QString &linkName)
{
    const QString S = QStringLiteral("s");
    QStringList lines;
    lines << QCoreApplication::translate("Explain", "disaggregated: a decode chip makes D = %1 output tokens/s, a prefill chip takes in P = %2 input tokens/s; "
                                                 "prefill chips per decode chip = D × I / (O × P) = %1 × %3 / (%4 × %2) = %5; tokens/s per chip over both "
                                                 "pools = D / (1 + ratio) = %6")
                 .arg(formatPlain(d.decodeOutputTokensPerSPerChip), formatPlain(d.prefillInputTokensPerSPerChip), QString::number(inputTokens),
                      QString::number(outputTokens), formatPlain(d.prefillChipsPerDecodeChip), formatPlain(d.outputTokensPerSPerChip));
    lines << QCoreApplication::translate("Explain", "disaggregated: the request's KV cache, %1, moves to the decode pool over %2 in %3; TTFT = prefill %4 + %3 = %5")
                 .arg(NumberFormat::si(d.kvTransferBytes, QStringLiteral("B")), linkName, NumberFormat::si(d.kvTransferTime, S),
                      NumberFormat::si(d.prefill.stepTime, S), NumberFormat::si(d.ttft, S));
    return lines;
}
