#include "roofline_run.h"

#include "calibration.h"

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
                                 const QString &focusChipId, bool withSweep, const std::optional<RequestLengths> &request)
{
    RooflineRun run;
    run.scenario = scenario;
    if (request && request->input > 0 && request->output > 0 && scenario.workload == WorkloadKind::Llm
        && scenario.inference.phase == InferencePhase::Decode)
        run.request = request;
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
    if (run.isLlm())
        run.fillServing(catalog);
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

namespace {

// How many measurements of a kind the fleet median behind an expected factor is taken over (as expectedEfficiency
// takes it: rows with a bound, low-confidence ones left out).
int fleetCount(const ValidationReport &report, const QString &what)
{
    return int(std::count_if(report.rows.cbegin(), report.rows.cend(), [&](const ValidationRow &row) {
        return row.ratio && row.measurement.what == what && !isLowConfidence(row.measurement);
    }));
}

bool hasOwn(const Chip &chip, Precision p, const QList<Measurement> &measurements, const QString &what)
{
    return std::any_of(measurements.cbegin(), measurements.cend(), [&](const Measurement &m) {
        return m.chipId.compare(chip.id, Qt::CaseInsensitive) == 0 && !isLowConfidence(m) && m.what == what
            && (what != QLatin1String("gemm") || m.precision == p);
    });
}

} // namespace

void RooflineRun::fillServing(const Catalog &catalog)
{
    const QList<Measurement> &measurements = catalog.measurements();
    const ValidationReport report = validateMeasurements(catalog.chips(), measurements);
    const int fleetGemm = fleetCount(report, QStringLiteral("gemm"));
    const int fleetStream = fleetCount(report, QStringLiteral("stream"));
    const Precision p = scenario.precision;
    for (int i = 0; i < chips.size(); ++i) {
        const Chip &chip = *chips.at(i);
        const ChipOutcome &o = outcomes.at(i);
        std::optional<RequestResult> req;
        if (request && o.ok() && o.inference && o.ceilings)
            if (const auto r = evaluateRequest(*o.ceilings, scenario.model, o.inference->config, request->input, request->output,
                                                request->chunk))
                req = *r;
        if (request) {
            requests << req;
            // Over whole requests a chip makes its output tokens more slowly (prefill takes its share of the time):
            // cost and energy per token follow the request's rate, not one decode step's.
            ChipOutcome &out = outcomes[i];
            out.economics.reset();
            out.tokensPerJoule.reset();
            if (req && req->fits && out.runs()) {
                if (out.cost)
                    out.economics = tokenEconomics(req->outputTokensPerSPerChip, *out.cost);
                if (chip.tdpWatts && *chip.tdpWatts > 0)
                    out.tokensPerJoule = tokensPerJoule(req->outputTokensPerSPerChip, *chip.tdpWatts);
            }
        }

        ExpectedFigure e;
        e.efficiency = expectedEfficiency(chip, p, measurements, report);
        e.ownCompute = hasOwn(chip, p, measurements, QStringLiteral("gemm"));
        e.ownMemory = hasOwn(chip, p, measurements, QStringLiteral("stream"));
        e.fleetGemm = fleetGemm;
        e.fleetStream = fleetStream;
        if (e.ownCompute || e.ownMemory)
            calibratedEfficiency(chip, p, measurements, &e.notes);
        if (o.ok() && o.inference && o.ceilings)
            e.ceilings = expectedCeilings(chip, *o.ceilings, measurements, report); // the bound's tier and scale-out link kept
        if (e.ceilings && runs(i)) {
            if (request) {
                if (const auto r = evaluateRequest(*e.ceilings, scenario.model, o.inference->config, request->input, request->output,
                                                request->chunk))
                    e.tokensPerSPerChip = r->outputTokensPerSPerChip;
            } else if (const auto r = evaluateInference(*e.ceilings, scenario.model, o.inference->config)) {
                e.tokensPerSPerChip = r->tokensPerSPerChip;
            }
        }
        expected << e;
    }
}

const RequestResult *RooflineRun::requestResult(int chipIndex) const
{
    return chipIndex >= 0 && chipIndex < requests.size() && requests.at(chipIndex) ? &*requests.at(chipIndex) : nullptr;
}

const ExpectedFigure *RooflineRun::expectedFigure(int chipIndex) const
{
    return chipIndex >= 0 && chipIndex < expected.size() ? &expected.at(chipIndex) : nullptr;
}

bool RooflineRun::runs(int chipIndex) const
{
    if (chipIndex < 0 || chipIndex >= outcomes.size() || !outcomes.at(chipIndex).runs())
        return false;
    if (!request)
        return true;
    const RequestResult *r = requestResult(chipIndex);
    return r && r->fits;
}

std::optional<double> RooflineRun::tokensPerSPerChip(int chipIndex) const
{
    if (!runs(chipIndex) || !outcomes.at(chipIndex).inference)
        return std::nullopt;
    if (const RequestResult *r = requestResult(chipIndex))
        return r->outputTokensPerSPerChip;
    return outcomes.at(chipIndex).inference->tokensPerSPerChip;
}

void RooflineRun::computeFrontiers(double target, const QList<int> &chipIndexes)
{
    targetTokensPerUser = target;
    frontiers.resize(chips.size());
    picks.resize(chips.size());
    if (!canHaveFrontier())
        return;
    for (int i = 0; i < chips.size(); ++i) {
        if (!chipIndexes.isEmpty() && !chipIndexes.contains(i))
            continue;
        const Chip &chip = *chips.at(i);
        const ChipOutcome &o = outcomes.at(i);
        frontiers[i].clear();
        picks[i].reset();
        if (!o.ok() || !o.inference || !o.ceilings)
            continue;
        FrontierSettings fs;
        // Layouts up to the scale-up domain, as the command line's --frontier sweeps them; one chip without a link.
        fs.maxGroup = chip.scaleupDomain && o.ceilings->linkBandwidth > 0 ? int(std::min(*chip.scaleupDomain, 4096.0)) : 1;
        if (request) {
            fs.inputTokens = request->input;
            fs.outputTokens = request->output;
        }
        const ExpectedFigure *e = expectedFigure(i);
        frontiers[i] = servingFrontier(*o.ceilings, e ? e->ceilings : std::nullopt, scenario.model, o.inference->config, fs);
        picks[i] = bestAtInteractivity(frontiers.at(i), target);
    }
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
        const std::optional<double> tokensPerChip = o.inference ? tokensPerSPerChip(i) : std::nullopt;
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
