#include "roofline_scenario.h"

#include "calibration.h"
#include "explain.h"

#include <QCoreApplication>
#include <algorithm>
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
        const TierUse holds = s.extraTier->holds;
        if (holds == TierUse::Weights || holds == TierUse::WeightsAndKvCache)
            cfg.weightsTier = 1;
        if (holds == TierUse::KvCache || holds == TierUse::WeightsAndKvCache)
            cfg.kvTier = 1;
    }
    return cfg;
}

// The ceilings, or the outcome saying why there are none.
std::optional<Ceilings> ceilingsFor(const Chip &chip, const RooflineScenario &s, ChipOutcome &out)
{
    if (!chip.peak(s.precision))
        out.problem = ChipOutcome::Problem::MissingPrecision;
    const Efficiency efficiency = s.calibrationMeasurements
        ? calibratedEfficiency(chip, s.precision, *s.calibrationMeasurements, &out.calibrationNotes,
                               s.calibrationIncludesLowConfidence)
        : s.efficiency;
    auto c = makeCeilings(chip, s.precision, efficiency, extraTierOf(s));
    if (!c) {
        if (out.problem == ChipOutcome::Problem::None)
            out.problem = ChipOutcome::Problem::Other;
        out.error = c.error;
        return std::nullopt;
    }
    // Beyond the scale-up domain the group pays the scale-out network, when a system gives its figure.
    const auto link = s.scaleOut.constFind(chip.id);
    if (link != s.scaleOut.constEnd())
        c->scaleOut = *link;
    const double chips = double(std::max(s.inference.tensorParallel, s.inference.expertParallel)) * s.inference.pipelineParallel;
    if (s.workload == WorkloadKind::Llm && chip.scaleupDomain && chips > *chip.scaleupDomain && !c->scaleOut) {
        out.problem = ChipOutcome::Problem::ScaleupDomain;
        out.error = QCoreApplication::translate("Engine", "%1 chips are more than %2's scale-up domain of %3, and no scale-out "
                                                          "bandwidth is known to join domains (a system with that figure gives it)",
                                                "%2: a chip id")
                        .arg(chips)
                        .arg(chip.id)
                        .arg(*chip.scaleupDomain);
        return std::nullopt;
    }
    return *c;
}

// The chip's ceilings and their working, or the outcome naming why there are none.
ChipOutcome outcomeWithCeilings(const Chip &chip, const RooflineScenario &s)
{
    ChipOutcome out;
    out.chipId = chip.id;
    if (const auto ceilings = ceilingsFor(chip, s, out)) {
        out.ceilings = *ceilings;
        out.working = explainCeilings(*ceilings);
    }
    return out;
}

// The engine refused the workload: its message, and no working (half a derivation would mislead).
void refuse(ChipOutcome &out, const QString &error)
{
    out.problem = ChipOutcome::Problem::Other;
    out.error = error;
    out.working.clear();
}

void addKernel(const RooflineScenario &s, ChipOutcome &out)
{
    const Ceilings &c = *out.ceilings;
    switch (s.workload) {
    case WorkloadKind::Intensity:
        out.kernel = evaluateIntensity(c, s.intensity);
        out.working += explainKernel(c, *out.kernel);
        break;
    case WorkloadKind::FlopsBytes:
        out.kernel = evaluateFlopsBytes(c, s.flops, s.bytes);
        out.working += explainKernel(c, *out.kernel);
        break;
    case WorkloadKind::Gemm:
        out.kernel = evaluateGemm(c, s.gemm);
        out.working += explainGemm(c, s.gemm, *out.kernel);
        break;
    case WorkloadKind::Llm: return;
    }
    out.intensity = out.kernel->intensity;
    out.attainableFlops = out.kernel->attainableFlops;
    out.bound = out.kernel->bound;
}

// One inference result with what follows from it: the step as a roofline point, energy and cost per token.
void addInference(const Chip &chip, const RooflineScenario &s, const InferenceResult &r, ChipOutcome &out)
{
    out.inference = r;
    out.working += explainInference(*out.ceilings, s.model, r);
    out.intensity = stepIntensity(r);
    double flops = 0;
    for (const OperatorResult &op : r.operators)
        flops += op.flops;
    out.attainableFlops = r.stepTime > 0 ? flops / r.stepTime : 0;
    out.bound = stepBound(r);

    // A setup that does not fit in memory does not run: it has no tokens per joule and no cost per token, only the
    // chip-hour cost its chips would have (front ends say how many chips it needs instead).
    const bool runs = r.fits;
    if (runs && chip.tdpWatts && *chip.tdpWatts > 0) {
        out.tokensPerJoule = tokensPerJoule(r.tokensPerSPerChip, *chip.tdpWatts);
        out.working << explainTokensPerJoule(r.tokensPerSPerChip, *chip.tdpWatts);
    }
    if (!s.includeCosts)
        return;

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
        if (!runs)
            return;
        out.economics = tokenEconomics(r.tokensPerSPerChip, *cost);
        out.working += explainEconomics(assumptions, *cost, *out.economics, r.tokensPerSPerChip);
    } else {
        out.costError = cost.error;
    }
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
    ChipOutcome out = outcomeWithCeilings(chip, s);
    if (!out.ok())
        return out;
    if (s.workload != WorkloadKind::Llm) {
        addKernel(s, out);
        return out;
    }
    const auto inference = evaluateInference(*out.ceilings, s.model, placedConfig(s, *out.ceilings));
    if (!inference) {
        refuse(out, inference.error);
        return out;
    }
    addInference(chip, s, *inference, out);
    return out;
}

QList<ChipOutcome> evaluateScenarioAtBatches(const Chip &chip, const RooflineScenario &s, const QList<int> &batches)
{
    if (s.workload != WorkloadKind::Llm)
        return {evaluateScenario(chip, s)};
    ChipOutcome common = outcomeWithCeilings(chip, s);
    if (!common.ok())
        return {common};
    const auto sweep = sweepInferenceBatches(*common.ceilings, s.model, placedConfig(s, *common.ceilings), batches);
    if (!sweep) {
        refuse(common, sweep.error);
        return {common};
    }
    QList<ChipOutcome> outcomes;
    outcomes.reserve(sweep->size());
    for (const InferenceResult &inference : *sweep) {
        outcomes << common;
        addInference(chip, s, inference, outcomes.last());
    }
    return outcomes;
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
