#include "roofline_answers.h"

#include "roofline_result_json.h"

namespace {

// Why a chip cannot answer, in the command line's words: where a flag fixes it, the message names the flag.
QString problemText(const Chip &chip, const ChipOutcome &outcome, const RooflineRequest &request)
{
    if (outcome.problem == ChipOutcome::Problem::ScaleupDomain) {
        const InferenceConfig &c = request.scenario.inference;
        return QStringLiteral("max(--tp, --ep) × --pp = %1 chips is more than %2's scale-up domain of %3, and none of its systems gives "
                              "a scale-out bandwidth to join domains; use %3 chips or fewer")
            .arg(std::max(c.tensorParallel, c.expertParallel) * c.pipelineParallel)
            .arg(chip.id)
            .arg(*chip.scaleupDomain);
    }
    return outcome.error;
}

QString costProblemText(const Chip &chip, const ChipOutcome &outcome, const RooflineRequest &request)
{
    if (request.scenario.catalogPrices && !chip.priceUsd)
        return QStringLiteral("%1 has no price estimate in the dataset; give --price USD or --price-per-hour USD").arg(chip.id);
    return outcome.costError;
}

} // namespace

ValueOrError<RooflineAnswers> answerRooflineRequest(const RooflineRequest &request)
{
    using R = ValueOrError<RooflineAnswers>;
    RooflineAnswers answers;
    for (const Chip *chip : request.chips) {
        const QList<ChipOutcome> outcomes = evaluateScenarioAtBatches(*chip, request.scenario, request.batches);
        const ChipOutcome &first = outcomes.first();
        if (!first.ok()) {
            if (!request.allChips)
                return R::failure(problemText(*chip, first, request));
            answers.skipped << SkippedChip{chip->id, problemText(*chip, first, request)};
            continue;
        }
        // Without a cost the chip still answers everything else; under --chip all the reason goes with it.
        QStringList notes = first.calibrationNotes;
        if (request.scenario.includeCosts && first.inference && !first.cost) {
            if (!request.allChips)
                return R::failure(costProblemText(*chip, first, request));
            notes << costProblemText(*chip, first, request);
        }
        const std::optional<Ceilings> expected = first.inference ? expectedCeilings(*chip, *first.ceilings, request) : std::nullopt;
        for (const ChipOutcome &outcome : outcomes)
            answers.results << rooflineResultJson(*chip, outcome, request, notes, expected);
    }
    return answers;
}
