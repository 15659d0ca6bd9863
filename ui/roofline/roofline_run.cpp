#include "roofline_run.h"

#include <algorithm>
#include <cmath>

QList<int> RooflineRun::defaultSweepBatches()
{
    QList<int> batches;
    for (int step = 0; step <= 12 * 4; ++step) {
        const int b = int(std::lround(std::pow(2.0, step / 4.0)));
        if (batches.isEmpty() || b != batches.last())
            batches << b;
    }
    return batches;
}

RooflineRun RooflineRun::compute(const Catalog &catalog, const QStringList &chipIds, const RooflineScenario &scenario,
                                 const QString &focusChipId, bool withSweep)
{
    RooflineRun run;
    run.scenario = scenario;
    for (const Chip &chip : catalog.chips())
        if (chipIds.contains(chip.id))
            run.chips << &chip;
    if (run.isLlm() && withSweep)
        run.sweepBatches = defaultSweepBatches();
    for (const Chip *chip : run.chips) {
        run.outcomes << evaluateScenario(*chip, scenario);
        QList<InferenceResult> sweep;
        const ChipOutcome &o = run.outcomes.last();
        if (o.ok() && o.inference && !run.sweepBatches.isEmpty()) {
            // The chip's own landmarks join the sweep, so its curve passes exactly through them.
            QList<int> batches = run.sweepBatches;
            for (const std::optional<long long> &b : {o.inference->maxBatch, o.inference->computeBoundBatch,
                                                      std::optional<long long>(scenario.inference.batch)})
                if (b && *b >= 1 && *b <= run.sweepBatches.last() && !batches.contains(int(*b)))
                    batches << int(*b);
            std::sort(batches.begin(), batches.end());
            const auto s = sweepScenario(*chip, scenario, batches);
            if (s)
                sweep = *s;
        }
        run.sweeps << sweep;
    }
    run.focusChipId = focusChipId;
    const int focus = run.indexOf(focusChipId);
    if (focus < 0 || !run.outcomes.at(focus).ok()) {
        // The preferred chip is gone or cannot run this: show the first one that can.
        run.focusChipId = focus >= 0 ? focusChipId : (run.chips.isEmpty() ? QString() : run.chips.first()->id);
        for (int i = 0; i < run.chips.size(); ++i) {
            if (run.outcomes.at(i).ok()) {
                run.focusChipId = run.chips.at(i)->id;
                break;
            }
        }
    }
    return run;
}

int RooflineRun::indexOf(const QString &chipId) const
{
    for (int i = 0; i < chips.size(); ++i)
        if (chips.at(i)->id == chipId)
            return i;
    return -1;
}

const ChipOutcome *RooflineRun::focusOutcome() const
{
    const int i = indexOf(focusChipId);
    return i < 0 ? nullptr : &outcomes.at(i);
}

const Chip *RooflineRun::focusChip() const
{
    const int i = indexOf(focusChipId);
    return i < 0 ? nullptr : chips.at(i);
}

void RooflineRun::costInSystems(const SystemInput &input)
{
    systemInput = input;
    systemCosts.clear();
    for (int i = 0; i < chips.size(); ++i) {
        const Chip &chip = *chips.at(i);
        const ChipOutcome &o = outcomes.at(i);
        std::optional<double> tokensPerChip;
        if (o.runs() && o.inference)
            tokensPerChip = o.inference->tokensPerSPerChip;
        const SystemSpec system = input.systems.contains(chip.id) ? input.systems.value(chip.id) : defaultSystemFor(chip, {});
        const auto listed = input.rentalPrices.constFind(chip.id);
        if (input.rentalUsdPerHour && listed != input.rentalPrices.constEnd())
            systemCosts << costInSystem(system, chip, input.facility, *listed, tokensPerChip);
        else
            systemCosts << costInSystem(system, chip, input.facility, input.rentalUsdPerHour, tokensPerChip);
    }
}

const SystemCosting *RooflineRun::systemCost(int chipIndex) const
{
    return chipIndex >= 0 && chipIndex < systemCosts.size() ? &systemCosts.at(chipIndex) : nullptr;
}
