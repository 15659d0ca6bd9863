#include "serving_capacity.h"

#include "explain.h"
#include "llm_inference.h"
#include "roofline.h"

#include <QCoreApplication>
#include <cmath>

ServingEstimate estimateServing(const Chip &chip, const ServingSettings &s)
{
    ServingEstimate out;
    out.chipId = chip.id;
    const auto ceilings = makeCeilings(chip, s.precision);
    if (!ceilings) {
        out.error = ceilings.error;
        return out;
    }
    InferenceConfig cfg;
    cfg.phase = InferencePhase::Decode;
    cfg.context = s.context;
    cfg.batch = 1;
    cfg.kvPrecision = servingPrecision(s.precision);

    // The fewest chips that hold the weights and one sequence, as a power of two (tensor parallelism splits
    // attention heads, which come in powers of two).
    const auto alone = evaluateInference(*ceilings, s.model, cfg);
    if (!alone) {
        out.error = alone.error;
        return out;
    }
    if (!alone->minChips) {
        out.error = QCoreApplication::translate("ServingCapacity", "one sequence's KV cache does not fit on any number of chips at this context");
        return out;
    }
    int tp = 1;
    while (tp < *alone->minChips)
        tp *= 2;
    if (chip.scaleupDomain && tp > *chip.scaleupDomain) {
        out.error = QCoreApplication::translate("ServingCapacity", "the model needs %1 chips, more than one scale-up domain of %2").arg(tp).arg(*chip.scaleupDomain);
        return out;
    }
    cfg.tensorParallel = tp;
    const auto probe = evaluateInference(*ceilings, s.model, cfg);
    if (!probe) {
        out.error = probe.error;
        return out;
    }
    out.tensorParallel = tp;
    out.computeBoundBatch = probe->computeBoundBatch;
    out.kvWall = probe->maxBatch;
    if (!out.kvWall || *out.kvWall < 1) {
        out.error = QCoreApplication::translate("ServingCapacity", "no batch fits at this context");
        return out;
    }
    const bool computeBound = out.computeBoundBatch && *out.computeBoundBatch <= *out.kvWall;
    out.batch = computeBound ? *out.computeBoundBatch : *out.kvWall;
    cfg.batch = int(std::min<long long>(out.batch, 1ll << 30));
    const auto result = evaluateInference(*ceilings, s.model, cfg);
    if (!result) {
        out.error = result.error;
        return out;
    }
    out.tokensPerSPerChip = result->tokensPerSPerChip;

    out.working << QCoreApplication::translate("ServingCapacity", "%1: %2 at %3, decode at context %4, KV cache %5.")
                       .arg(chip.name, s.model.name.isEmpty() ? s.model.id : s.model.name, precisionKey(s.precision).toUpper())
                       .arg(s.context)
                       .arg(precisionKey(*cfg.kvPrecision).toUpper());
    out.working << QCoreApplication::translate("ServingCapacity", "Tensor parallel over %n chip(s): the fewest that hold the weights and one sequence (%1), "
                      "rounded up to a power of two.", nullptr, tp)
                       .arg(*alone->minChips);
    out.working << (computeBound ? QCoreApplication::translate("ServingCapacity", "Batch %1: the smallest at which decode is compute-bound (the KV wall is %2).")
                                       .arg(out.batch)
                                       .arg(*out.kvWall)
                                 : QCoreApplication::translate("ServingCapacity", "Batch %1: the largest that fits (the KV wall); decode stays memory-bound below it.")
                                       .arg(out.batch));
    out.working << QCoreApplication::translate("ServingCapacity", "%1 tokens/s per model copy ÷ %n chip(s) = %2 tokens/s per chip.", nullptr, tp)
                       .arg(formatPlain(result->tokensPerS), formatPlain(out.tokensPerSPerChip));
    return out;
}
