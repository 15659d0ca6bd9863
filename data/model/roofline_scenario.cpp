#include "roofline_scenario.h"

#include "explain.h"

#include <limits>

namespace {

std::optional<MemoryTier> extraTierOf(const RooflineScenario &s)
{
    return s.extraTier ? std::optional<MemoryTier>(s.extraTier->tier) : std::nullopt;
}

// The inference config with the weights and KV placed on their tiers.
InferenceConfig placedConfig(const RooflineScenario &s, const Ceilings &c)
{
    InferenceConfig cfg = s.inference;
    cfg.weightsTier = 0;
    cfg.kvTier = 0;
    if (s.extraTier && c.tiers.size() > 1) {
        if (s.extraTier->holds == TierUse::Weights)
            cfg.weightsTier = 1;
        else
            cfg.kvTier = 1;
    }
    return cfg;
}

// The ceilings, or the outcome saying why there are none.
std::optional<Ceilings> ceilingsFor(const Chip &chip, const RooflineScenario &s, ChipOutcome &out)
{
    if (!chip.peak(s.precision))
        out.problem = ChipOutcome::Problem::MissingPrecision;
    auto c = makeCeilings(chip, s.precision, s.efficiency, extraTierOf(s));
    if (!c) {
        if (out.problem == ChipOutcome::Problem::None)
            out.problem = ChipOutcome::Problem::Other;
        out.error = c.error;
        return std::nullopt;
    }
    if (s.workload == WorkloadKind::Llm && chip.scaleupDomain && s.inference.tensorParallel > *chip.scaleupDomain) {
        out.problem = ChipOutcome::Problem::ScaleupDomain;
        out.error = QStringLiteral("tensor parallelism over %1 chips is more than %2's scale-up domain of %3 chips")
                        .arg(s.inference.tensorParallel)
                        .arg(chip.id)
                        .arg(*chip.scaleupDomain);
        return std::nullopt;
    }
    return *c;
}

} // namespace

Bound stepBound(const InferenceResult &r)
{
    if (r.linkFraction >= 0.5)
        return Bound::Link;
    return r.computeTime >= r.memoryTime && r.computeTime > 0 ? Bound::Compute : Bound::Memory;
}

double stepIntensity(const InferenceResult &r)
{
    double flops = 0, bytes = 0;
    for (const OperatorResult &op : r.operators) {
        flops += op.flops;
        bytes += op.bytes;
    }
    return bytes > 0 ? flops / bytes : std::numeric_limits<double>::infinity();
}

ChipOutcome evaluateScenario(const Chip &chip, const RooflineScenario &s)
{
    ChipOutcome out;
    out.chipId = chip.id;
    const auto ceilings = ceilingsFor(chip, s, out);
    if (!ceilings)
        return out;
    out.ceilings = *ceilings;
    out.working = explainCeilings(*ceilings);

    switch (s.workload) {
    case WorkloadKind::Intensity:
        out.kernel = evaluateIntensity(*ceilings, s.intensity);
        out.working += explainKernel(*ceilings, *out.kernel);
        break;
    case WorkloadKind::Gemm:
        out.kernel = evaluateGemm(*ceilings, s.gemm);
        out.working += explainGemm(*ceilings, s.gemm, *out.kernel);
        break;
    case WorkloadKind::Llm: {
        const auto inference = evaluateInference(*ceilings, s.model, placedConfig(s, *ceilings));
        if (!inference) {
            out.problem = ChipOutcome::Problem::Other;
            out.error = inference.error;
            out.working.clear();
            return out;
        }
        out.inference = *inference;
        out.working += explainInference(*ceilings, s.model, *inference);
        break;
    }
    }

    if (out.kernel) {
        out.intensity = out.kernel->intensity;
        out.attainableFlops = out.kernel->attainableFlops;
        out.bound = out.kernel->bound;
        return out;
    }

    const InferenceResult &r = *out.inference;
    out.intensity = stepIntensity(r);
    double flops = 0;
    for (const OperatorResult &op : r.operators)
        flops += op.flops;
    out.attainableFlops = r.stepTime > 0 ? flops / r.stepTime : 0;
    out.bound = stepBound(r);

    if (chip.tdpWatts && *chip.tdpWatts > 0) {
        out.tokensPerJoule = tokensPerJoule(r.tokensPerSPerChip, *chip.tdpWatts);
        out.working << explainTokensPerJoule(r.tokensPerSPerChip, *chip.tdpWatts);
    }

    CostAssumptions assumptions = s.cost;
    if (!assumptions.rentalUsdPerHour && s.catalogPrices && chip.priceUsd) {
        assumptions.priceUsd = chip.priceUsd;
        out.catalogPrice = true;
    }
    if (!assumptions.rentalUsdPerHour)
        out.priceUsd = assumptions.priceUsd;
    const auto cost = costPerChipHour(chip, assumptions);
    if (cost) {
        out.cost = *cost;
        out.economics = tokenEconomics(r.tokensPerSPerChip, *cost);
        out.working += explainEconomics(assumptions, *cost, *out.economics, r.tokensPerSPerChip);
    } else {
        out.costError = cost.error;
    }
    return out;
}

ValueOrError<QList<InferenceResult>> sweepScenario(const Chip &chip, const RooflineScenario &s, const QList<int> &batches)
{
    using R = ValueOrError<QList<InferenceResult>>;
    if (s.workload != WorkloadKind::Llm)
        return QList<InferenceResult>{};
    ChipOutcome problem;
    const auto ceilings = ceilingsFor(chip, s, problem);
    if (!ceilings)
        return R::failure(problem.error);
    return sweepInferenceBatches(*ceilings, s.model, placedConfig(s, *ceilings), batches);
}
