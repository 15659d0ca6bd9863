#pragma once
// One recomputation of the Roofline view: the scenario, the chosen chips, each chip's outcome and its batch sweep.
// The results table, the operator table and both charts read the same run, so they never disagree.

#include "catalog.h"
#include "llm_request.h"
#include "roofline_scenario.h"
#include "serving_frontier.h"
#include "system_economics.h"

#include <QMap>

#include <QList>
#include <QString>
#include <QStringList>

// A whole request: prefill `input` tokens once, then decode `output` tokens (llm_request.h).
struct RequestLengths {
    int input = 0, output = 0;
    int chunk = 0; // chunked prefill: prompt tokens each decode step carries; 0 = a separate prefill
    bool operator==(const RequestLengths &) const = default;
};

// The second answer beside the bound (issue 18): the same workload at efficiencies fitted to the measurement table,
// each factor the chip's own best measurement where it has one, else the median over every chip measured.
struct ExpectedFigure {
    Efficiency efficiency;             // compute and memory factors (1.0 where nothing of the kind is measured)
    bool ownCompute = false, ownMemory = false; // from this chip's own measurement, not the fleet's median
    int fleetGemm = 0, fleetStream = 0;         // measurements the fleet medians are taken over
    QStringList notes;                 // which measurement (id, source) set the chip's own factors
    std::optional<Ceilings> ceilings;  // the chip's ceilings at those factors
    std::optional<double> tokensPerSPerChip; // output tokens (over whole requests when set); none where the bound does not run
};

struct RooflineRun {
    RooflineScenario scenario;
    QList<const Chip *> chips;             // chosen, in the catalog's order
    QList<ChipOutcome> outcomes;           // one per chip
    QList<int> sweepBatches;               // the batch sweep's x values (LLM workloads only)
    // One per chip, at sweepBatches plus the chip's KV wall, compute-bound batch and the current batch (each read
    // from InferenceResult::config.batch); empty where the chip cannot run the workload.
    QList<QList<InferenceResult>> sweeps;
    QString focusChipId;                   // the chip whose operators and working are shown

    // Whole requests (decode only): each chip's request over its outcome's layout; none where it cannot run.
    std::optional<RequestLengths> request;
    QList<std::optional<RequestResult>> requests; // one per chip when `request` is set, else empty
    QList<ExpectedFigure> expected;               // one per chip (LLM workloads), else empty
    const RequestResult *requestResult(int chipIndex) const;
    const ExpectedFigure *expectedFigure(int chipIndex) const;
    // The workload runs on the chip: it fits in memory, and with a whole request it still fits at its last token.
    bool runs(int chipIndex) const;
    // Output tokens/s per chip: over the whole request when one is set, else the step's.
    std::optional<double> tokensPerSPerChip(int chipIndex) const;

    // The throughput–interactivity frontier (decode only), computed when asked: it costs milliseconds per chip.
    // `frontiers` has one list per chip (empty where not computed or the chip cannot run), `picks` the best point
    // at or above `targetTokensPerUser`.
    std::optional<double> targetTokensPerUser;
    QList<QList<FrontierPoint>> frontiers;
    QList<std::optional<FrontierPoint>> picks;
    bool canHaveFrontier() const { return isLlm() && scenario.inference.phase == InferencePhase::Decode; }
    bool hasFrontier(int chipIndex) const { return chipIndex >= 0 && chipIndex < frontiers.size() && !frontiers.at(chipIndex).isEmpty(); }
    // Computes the frontier of the chips at `chipIndexes` (all chips when empty) and picks each one's point at the target.
    void computeFrontiers(double targetTokensPerUser, const QList<int> &chipIndexes = {});

    // Each chip costed as part of a system (the economics panel, issue 17): the system chosen per chip (its default
    // where none is), the facility assumptions and a rental price when rented. Absent: chip-level economics only.
    struct SystemInput {
        QMap<QString, SystemSpec> systems; // by chip id
        FacilityAssumptions facility;
        std::optional<double> rentalUsdPerHour;       // rented: the typed price, for chips without a listed offer
        QMap<QString, RentalPrice> rentalPrices;      // rented: the price list's offer chosen for a chip, by chip id
    };
    std::optional<SystemInput> systemInput;
    QList<SystemCosting> systemCosts; // one per chip with systemInput, else empty
    // Costs every chip in its system at the tokens/s per chip of its outcome (none where the model does not run).
    void costInSystems(const SystemInput &input);
    const SystemCosting *systemCost(int chipIndex) const;

    // Batches from 1 to 4096, four per doubling: smooth curves on a log axis.
    static QList<int> defaultSweepBatches();
    // Evaluates `scenario` on the chips with `chipIds` (unknown ids left out). The focus falls back to the first
    // chip that could run the workload, then to the first chip.
    static RooflineRun compute(const Catalog &catalog, const QStringList &chipIds, const RooflineScenario &scenario,
                               const QString &focusChipId, bool withSweep = true,
                               const std::optional<RequestLengths> &request = std::nullopt);

    int indexOf(const QString &chipId) const;
    const ChipOutcome *focusOutcome() const;
    const Chip *focusChip() const;
    bool isLlm() const { return scenario.workload == WorkloadKind::Llm; }

private:
    void fillServing(const Catalog &catalog); // requests and expected figures, after the outcomes
};
