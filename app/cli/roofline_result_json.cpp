#include "roofline_result_json.h"

#include "calibration.h"
#include "llm_request.h"
#include "serving_frontier.h"

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

void insertInference(const RooflineRequest &request, const ChipOutcome &outcome, QJsonObject &r)
{
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
    // The compute-bound batch only where it fits under the KV wall; beyond it, the reason.
    // The second answer beside the bound: the same step at the efficiencies measurements support (the chip's own,
    // else the fleet's median), never shown alone.
    const Chip *chip = nullptr;
    for (const Chip &c : request.catalogChips)
        if (c.id == outcome.chipId)
            chip = &c;
    std::optional<Ceilings> expectedAt;
    if (chip) {
        const ValidationReport report = validateMeasurements(request.catalogChips, request.measurements);
        const Efficiency e = expectedEfficiency(*chip, ceilings.precision, request.measurements, report);
        const auto made = makeCeilings(*chip, ceilings.precision, e,
                                       ceilings.tiers.size() > 1 ? std::optional<MemoryTier>(MemoryTier{
                                           ceilings.tiers[1].name, ceilings.tiers[1].capacityBytes,
                                           ceilings.tiers[1].bandwidth / ceilings.efficiency.memory})
                                                                 : std::nullopt);
        if (made)
            expectedAt = *made;
    }
    if (inf.fits && outcome.ceilings && chip) {
        {
            const Efficiency e = expectedAt ? expectedAt->efficiency : Efficiency{};
            const auto expectedCeilings = expectedAt ? ValueOrError<Ceilings>(*expectedAt) : ValueOrError<Ceilings>::failure(QString());
            const auto expected = expectedCeilings ? evaluateInference(*expectedCeilings, s.model, inf.config)
                                                   : ValueOrError<InferenceResult>::failure(expectedCeilings.error);
            if (expected) {
                double value = expected->tokensPerSPerChip;
                if (request.outputTokens > 0) {
                    const auto req = evaluateRequest(*expectedCeilings, s.model, inf.config, request.inputTokens, request.outputTokens);
                    if (req)
                        value = req->outputTokensPerSPerChip;
                }
                r.insert(QStringLiteral("expected_tokens_per_s_per_chip"), jsonNumber(value));
                r.insert(QStringLiteral("expected_efficiency"), QJsonObject{{QStringLiteral("compute"), e.compute}, {QStringLiteral("memory"), e.memory}});
            }
        }
    }
    if (!r.contains(QStringLiteral("expected_tokens_per_s_per_chip")))
        r.insert(QStringLiteral("expected_tokens_per_s_per_chip"), QJsonValue());
    if (request.outputTokens > 0) {
        const auto req = evaluateRequest(ceilings, s.model, inf.config, request.inputTokens, request.outputTokens);
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
        }
    }
    if (request.frontier && decode) {
        FrontierSettings fs;
        fs.maxGroup = chip && chip->scaleupDomain && ceilings.linkBandwidth > 0 ? int(std::min(*chip->scaleupDomain, 4096.0)) : 1;
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
    }
    if (s.model.isMoe())
        r.insert(QStringLiteral("distinct_experts"), inf.distinctExperts);
    QJsonArray ops;
    for (const OperatorResult &op : inf.operators)
        ops.append(operatorJson(op));
    r.insert(QStringLiteral("operators"), ops);
    r.insert(QStringLiteral("tokens_per_joule"), outcome.tokensPerJoule ? QJsonValue(*outcome.tokensPerJoule) : QJsonValue());

    if (!s.includeCosts)
        return;
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

QJsonObject rooflineResultJson(const Chip &chip, const ChipOutcome &outcome, const RooflineRequest &request,
                               const QStringList &notes)
{
    QJsonObject r = ceilingsJson(chip, *outcome.ceilings);
    if (outcome.kernel)
        insertKernel(request, outcome, r);
    else
        insertInference(request, outcome, r);
    if (!notes.isEmpty())
        r.insert(QStringLiteral("notes"), jsonStrings(notes));
    if (request.explain)
        r.insert(QStringLiteral("explain"), jsonStrings(outcome.working));
    return r;
}
