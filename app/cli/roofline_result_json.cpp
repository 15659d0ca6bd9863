#include "roofline_result_json.h"

#include "calibration.h"
#include "explain.h"
#include "llm_request.h"
#include "serving_frontier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

#include <cmath>

namespace {

QJsonObject ceilingsJson(const Chip &chip, const Ceilings &c)
{
    QJsonObject o{
        {QStringLiteral("chip"), chip.id},
        {QStringLiteral("chip_name"), chip.name},
        {QStringLiteral("precision"), precisionKey(c.precision)},
        {QStringLiteral("projected"), chip.isProjected(Metric::PeakFlops, c.precision)},
        {QStringLiteral("peak_flops"), c.peakFlops},
        {QStringLiteral("memory_bandwidth_bytes_per_s"), c.hbm().bandwidth},
        {QStringLiteral("memory_capacity_bytes"), c.hbm().capacityBytes > 0 ? QJsonValue(c.hbm().capacityBytes) : QJsonValue()},
        {QStringLiteral("ridge_intensity"), c.ridgeIntensity()},
        {QStringLiteral("efficiency_compute"), c.efficiency.compute},
        {QStringLiteral("efficiency_memory"), c.efficiency.memory},
    };
    if (c.tiers.size() > 1) {
        QJsonArray tiers;
        for (int t = 0; t < c.tiers.size(); ++t)
            tiers.append(QJsonObject{{QStringLiteral("name"), c.tiers[t].name},
                                     {QStringLiteral("capacity_bytes"), c.tiers[t].capacityBytes},
                                     {QStringLiteral("bandwidth_bytes_per_s"), c.tiers[t].bandwidth},
                                     {QStringLiteral("ridge_intensity"), c.ridgeIntensity(t)}});
        o.insert(QStringLiteral("memory_tiers"), tiers);
    }
    return o;
}

QJsonObject operatorJson(const OperatorResult &op)
{
    QJsonObject o{{QStringLiteral("name"), op.name},
                  {QStringLiteral("flops"), op.flops},
                  {QStringLiteral("bytes"), op.bytes},
                  {QStringLiteral("intensity"), jsonNumber(op.intensity)},
                  {QStringLiteral("bound"), boundKey(op.bound)},
                  {QStringLiteral("time_s"), op.time}};
    if (op.linkBytes > 0)
        o.insert(QStringLiteral("link_bytes"), op.linkBytes); // bytes each chip sends over the scale-up link
    return o;
}

void insertKernel(const RooflineRequest &request, const ChipOutcome &outcome, QJsonObject &r)
{
    const KernelResult &k = *outcome.kernel;
    const Ceilings &ceilings = *outcome.ceilings;
    r.insert(QStringLiteral("intensity"), jsonNumber(k.intensity));
    r.insert(QStringLiteral("flops"), jsonNumber(k.flops));
    r.insert(QStringLiteral("bytes"), jsonNumber(k.bytes));
    r.insert(QStringLiteral("attainable_flops"), k.attainableFlops);
    r.insert(QStringLiteral("bound"), boundKey(k.bound));
    r.insert(QStringLiteral("time_s"), jsonNumber(k.time));
    const GemmShape &gemm = request.scenario.gemm;
    if (request.scenario.workload == WorkloadKind::Gemm)
        r.insert(QStringLiteral("gemm"), QJsonArray{gemm.m, gemm.n, gemm.k});
    if (ceilings.tiers.size() > 1) {
        // What the same kernel reaches if its bytes came from each tier instead.
        QJsonArray tiers = r.value(QStringLiteral("memory_tiers")).toArray();
        for (int t = 0; t < tiers.size(); ++t) {
            QJsonObject tier = tiers[t].toObject();
            tier.insert(QStringLiteral("attainable_flops"), attainableFlops(ceilings, k.intensity, t));
            tiers[t] = tier;
        }
        r.insert(QStringLiteral("memory_tiers"), tiers);
    }
}

// The link a traffic crosses, as the JSON names it: the scale-up fabric, or the system's scale-out network.
QString linkName(const Ceilings &c, bool scaleOut)
{
    return scaleOut && c.scaleOut ? QStringLiteral("scale-out (%1)").arg(c.scaleOut->systemId) : c.fabric.name;
}

// Returns the working of what only whole requests have (chunked prefill, disaggregation), for --explain.
QStringList insertInference(const Chip &chip, const RooflineRequest &request, const ChipOutcome &outcome,
                            const std::optional<Ceilings> &expectedAt, QJsonObject &r)
{
    QStringList working;
    const InferenceResult &inf = *outcome.inference;
    const Ceilings &ceilings = *outcome.ceilings;
    const RooflineScenario &s = request.scenario;
    const bool decode = inf.config.phase == InferencePhase::Decode;
    r.insert(QStringLiteral("model"), s.model.id);
    r.insert(QStringLiteral("phase"), phaseKey(inf.config.phase));
    r.insert(QStringLiteral("batch"), inf.config.batch);
    r.insert(decode ? QStringLiteral("context") : QStringLiteral("prompt"), decode ? inf.config.context : inf.config.prompt);
    r.insert(QStringLiteral("tp"), inf.config.tensorParallel);
    r.insert(QStringLiteral("ep"), inf.config.expertParallel);
    r.insert(QStringLiteral("pp"), inf.config.pipelineParallel);
    r.insert(QStringLiteral("dp_attention"), inf.config.dpAttention);
    if (decode)
        r.insert(QStringLiteral("accepted_tokens_per_step"), inf.config.acceptedTokens);
    r.insert(QStringLiteral("group_chips"), inf.groupChips);
    r.insert(QStringLiteral("kv_precision"), precisionKey(inf.kvPrecision));
    r.insert(QStringLiteral("act_precision"), precisionKey(inf.activationPrecision));
    r.insert(QStringLiteral("attention_precision"), precisionKey(inf.attentionPrecision));
    if (ceilings.tiers.size() > 1) {
        r.insert(QStringLiteral("weights_tier"), ceilings.tiers[inf.config.weightsTier].name);
        r.insert(QStringLiteral("kv_tier"), ceilings.tiers[inf.config.kvTier].name);
    }
    r.insert(QStringLiteral("fits"), inf.fits);
    r.insert(QStringLiteral("min_chips"), inf.minChips ? QJsonValue(*inf.minChips) : QJsonValue());
    r.insert(QStringLiteral("weights_bytes"), inf.weightsBytes);
    r.insert(QStringLiteral("kv_bytes"), inf.kvBytes);
    r.insert(QStringLiteral("kv_bytes_per_token"), inf.kvBytesPerToken);
    r.insert(QStringLiteral("weights_bytes_per_chip"), inf.weightsBytesPerChip);
    r.insert(QStringLiteral("kv_bytes_per_chip"), inf.kvBytesPerChip);
    r.insert(QStringLiteral("max_batch"), jsonCount(inf.maxBatch));
    // A setup that does not fit in memory does not run: its time, throughput and costs are null, and min_chips says
    // how many chips it needs.
    auto ifItRuns = [&](double v) { return inf.fits ? jsonNumber(v) : QJsonValue(QJsonValue::Null); };
    r.insert(decode ? QStringLiteral("time_per_step_s") : QStringLiteral("time_to_first_token_s"), ifItRuns(inf.stepTime));
    r.insert(QStringLiteral("tokens_per_s"), ifItRuns(inf.tokensPerS));
    r.insert(QStringLiteral("tokens_per_s_per_chip"), ifItRuns(inf.tokensPerSPerChip));
    r.insert(QStringLiteral("tokens_per_s_per_user"), ifItRuns(inf.tokensPerSPerUser));
    r.insert(QStringLiteral("memory_stall_fraction"), inf.memoryStallFraction);
    r.insert(QStringLiteral("link_fraction"), inf.linkFraction);
    if (inf.pipelineStages > 1) {
        r.insert(QStringLiteral("micro_batches"), inf.microBatches);
        r.insert(QStringLiteral("bubble_fraction"), inf.bubbleFraction);
        r.insert(QStringLiteral("stage_time_s"), inf.stageTime);
        r.insert(QStringLiteral("stage_send_bytes"), inf.stageSendBytes);
        r.insert(QStringLiteral("stages_link"), linkName(ceilings, inf.stagesScaleOut));
    }
    // The second answer beside the bound: the same step at the efficiencies measurements support (the chip's own,
    // else the fleet's median), never shown alone. With whole requests, the same requests.
    QJsonValue expectedValue;
    if (inf.fits && expectedAt) {
        if (request.outputTokens > 0) {
            if (const auto req = evaluateRequest(*expectedAt, s.model, inf.config, request.inputTokens, request.outputTokens, request.chunkedPrefill))
                expectedValue = jsonNumber(req->outputTokensPerSPerChip);
        } else if (const auto expected = evaluateInference(*expectedAt, s.model, inf.config)) {
            expectedValue = jsonNumber(expected->tokensPerSPerChip);
        }
        if (!expectedValue.isNull())
            r.insert(QStringLiteral("expected_efficiency"), QJsonObject{{QStringLiteral("compute"), expectedAt->efficiency.compute},
                                                                        {QStringLiteral("memory"), expectedAt->efficiency.memory}});
    }
    r.insert(QStringLiteral("expected_tokens_per_s_per_chip"), expectedValue);
    if (request.outputTokens > 0) {
        const auto req = evaluateRequest(ceilings, s.model, inf.config, request.inputTokens, request.outputTokens, request.chunkedPrefill);
        if (req) {
            auto runs = [&](double v) { return req->fits ? jsonNumber(v) : QJsonValue(QJsonValue::Null); };
            r.insert(QStringLiteral("input_tokens"), request.inputTokens);
            r.insert(QStringLiteral("output_tokens"), request.outputTokens);
            r.insert(QStringLiteral("ttft_s"), runs(req->ttft));
            r.insert(QStringLiteral("request_time_s"), runs(req->requestTime));
            // Tokens per second count output tokens over the whole request (prefill included); input apart.
            r.insert(QStringLiteral("decode_step_tokens_per_s_per_chip"), r.value(QStringLiteral("tokens_per_s_per_chip")));
            r.insert(QStringLiteral("tokens_per_s_per_chip"), runs(req->outputTokensPerSPerChip));
            r.insert(QStringLiteral("tokens_per_s"), runs(req->outputTokensPerSPerChip * req->decode.groupChips));
            r.insert(QStringLiteral("input_tokens_per_s_per_chip"), runs(req->inputTokensPerSPerChip));
            r.insert(QStringLiteral("fits"), req->fits);
            if (request.chunkedPrefill > 0) {
                r.insert(QStringLiteral("chunked_prefill"), request.chunkedPrefill);
                r.insert(QStringLiteral("prefill_tokens_per_step"), req->chunkTokensPerStep);
                r.insert(QStringLiteral("decoding_sequences"), req->decodingSequences);
                r.insert(QStringLiteral("time_per_step_s"), runs(req->decode.stepTime));
                working += explainChunkedPrefill(*req);
            }
        }
        if (request.disaggregate) {
            // KV moves between the pools over the scale-out network when the system gives one, else the scale-up link.
            const bool out = ceilings.scaleOut.has_value();
            const double bandwidth = out ? ceilings.scaleOut->bandwidth : ceilings.linkBandwidth;
            const double latency = out ? ceilings.scaleOut->messageLatency : ceilings.fabric.messageLatency;
            if (const auto d = evaluateDisaggregated(ceilings, s.model, inf.config, request.inputTokens, request.outputTokens, bandwidth, latency)) {
                auto runs = [&](double v) { return d->fits ? jsonNumber(v) : QJsonValue(QJsonValue::Null); };
                r.insert(QStringLiteral("disaggregated"),
                         QJsonObject{{QStringLiteral("prefill_chips_per_decode_chip"), runs(d->prefillChipsPerDecodeChip)},
                                     {QStringLiteral("tokens_per_s_per_chip"), runs(d->outputTokensPerSPerChip)},
                                     {QStringLiteral("decode_tokens_per_s_per_chip"), runs(d->decodeOutputTokensPerSPerChip)},
                                     {QStringLiteral("prefill_input_tokens_per_s_per_chip"), runs(d->prefillInputTokensPerSPerChip)},
                                     {QStringLiteral("ttft_s"), runs(d->ttft)},
                                     {QStringLiteral("kv_transfer_bytes"), d->kvTransferBytes},
                                     {QStringLiteral("kv_transfer_s"), runs(d->kvTransferTime)},
                                     {QStringLiteral("kv_transfer_link"), bandwidth > 0 ? QJsonValue(linkName(ceilings, out)) : QJsonValue()},
                                     {QStringLiteral("tokens_per_s_per_user"), runs(d->tokensPerSPerUser)}});
                working += explainDisaggregated(*d, request.inputTokens, request.outputTokens,
                                                out ? QCoreApplication::translate("Explain", "the scale-out network of %1", "%1: a system id")
                                                          .arg(ceilings.scaleOut->systemId)
                                                    : ceilings.fabric.name);
            }
        }
    }
    if (request.frontier && decode) {
        FrontierSettings fs;
        fs.maxGroup = chip.scaleupDomain && ceilings.linkBandwidth > 0 ? int(std::min(*chip.scaleupDomain, 4096.0)) : 1;
        fs.inputTokens = request.inputTokens;
        fs.outputTokens = request.outputTokens;
        const QList<FrontierPoint> front = servingFrontier(ceilings, expectedAt, s.model, inf.config, fs);
        auto pointJson = [](const FrontierPoint &p) {
            return QJsonObject{{QStringLiteral("batch"), p.batch}, {QStringLiteral("tp"), p.tp}, {QStringLiteral("ep"), p.ep},
                               {QStringLiteral("pp"), p.pp}, {QStringLiteral("dp_attention"), p.dpAttention},
                               {QStringLiteral("tokens_per_s_per_chip"), p.tokensPerSPerChip},
                               {QStringLiteral("tokens_per_s_per_user"), p.tokensPerSPerUser},
                               {QStringLiteral("ttft_s"), p.ttft ? QJsonValue(*p.ttft) : QJsonValue()},
                               {QStringLiteral("expected_tokens_per_s_per_chip"),
                                p.expectedTokensPerSPerChip ? QJsonValue(*p.expectedTokensPerSPerChip) : QJsonValue()}};
        };
        QJsonArray points;
        for (const FrontierPoint &p : front)
            points.append(pointJson(p));
        r.insert(QStringLiteral("frontier"), points);
        if (request.targetTokensPerUser) {
            const auto best = bestAtInteractivity(front, *request.targetTokensPerUser);
            r.insert(QStringLiteral("target_tokens_per_s_per_user"), *request.targetTokensPerUser);
            r.insert(QStringLiteral("at_target"), best ? QJsonValue(pointJson(*best)) : QJsonValue());
        }
    }
    r.insert(QStringLiteral("compute_bound_batch"), jsonCount(inf.computeBoundBatch));
    if (decode) {
        r.insert(QStringLiteral("compute_bound_reachable"), inf.computeBoundReachable());
        if (!inf.computeBoundReachable() && inf.computeBoundBatchUnlimited && inf.maxBatch)
            r.insert(QStringLiteral("compute_bound_note"), QStringLiteral("not reachable: the KV wall is at %1").arg(*inf.maxBatch));
    }
    if (inf.groupChips > 1) {
        r.insert(QStringLiteral("all_reduce_time_s"), inf.allReduceTime);
        r.insert(QStringLiteral("all_to_all_time_s"), inf.allToAllTime);
        r.insert(QStringLiteral("fabric"), ceilings.fabric.name);
        r.insert(QStringLiteral("collectives_link"), linkName(ceilings, inf.collectivesScaleOut));
    }
    if (s.model.isMoe())
        r.insert(QStringLiteral("distinct_experts"), inf.distinctExperts);
    QJsonArray ops;
    for (const OperatorResult &op : inf.operators)
        ops.append(operatorJson(op));
    r.insert(QStringLiteral("operators"), ops);
    r.insert(QStringLiteral("tokens_per_joule"), outcome.tokensPerJoule ? QJsonValue(*outcome.tokensPerJoule) : QJsonValue());

    if (!s.includeCosts)
        return working;
    if (outcome.economics) {
        r.insert(QStringLiteral("usd_per_chip_hour"), outcome.economics->usdPerChipHour);
        r.insert(QStringLiteral("usd_per_million_tokens"), outcome.economics->usdPerMillionTokens);
        r.insert(QStringLiteral("tokens_per_usd"), outcome.economics->tokensPerUsd);
    } else {
        for (const char *key : {"usd_per_chip_hour", "usd_per_million_tokens", "tokens_per_usd"})
            r.insert(QLatin1String(key), QJsonValue());
    }
    QJsonObject a;
    if (s.cost.rentalUsdPerHour) {
        a.insert(QStringLiteral("rental_usd_per_chip_hour"), *s.cost.rentalUsdPerHour);
    } else {
        a.insert(QStringLiteral("price_usd"), jsonNumber(outcome.priceUsd)); // the chip's own estimate with --price catalog
        a.insert(QStringLiteral("years"), s.cost.years);
        a.insert(QStringLiteral("pue"), s.cost.pue);
        a.insert(QStringLiteral("electricity_usd_per_kwh"), s.cost.electricityUsdPerKWh);
    }
    r.insert(QStringLiteral("cost_assumptions"), a);
    return working;
}

} // namespace

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? jsonNumber(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonCount(const std::optional<long long> &v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonArray jsonStrings(const QStringList &lines)
{
    QJsonArray a;
    for (const QString &l : lines)
        a.append(l);
    return a;
}

std::optional<Ceilings> expectedCeilings(const Chip &chip, const Ceilings &bound, const RooflineRequest &request)
{
    return expectedCeilings(chip, bound, request.measurements, request.validation);
}

QJsonObject rooflineResultJson(const Chip &chip, const ChipOutcome &outcome, const RooflineRequest &request,
                               const QStringList &notes, const std::optional<Ceilings> &expected)
{
    QJsonObject r = ceilingsJson(chip, *outcome.ceilings);
    QStringList working = outcome.working;
    if (outcome.kernel)
        insertKernel(request, outcome, r);
    else
        working += insertInference(chip, request, outcome, expected, r);
    if (!notes.isEmpty())
        r.insert(QStringLiteral("notes"), jsonStrings(notes));
    if (request.explain)
        r.insert(QStringLiteral("explain"), jsonStrings(working));
    return r;
}
