#pragma once
// One recomputation of the Roofline view: the scenario, the chosen chips, each chip's outcome and its batch sweep.
// The results table, the operator table and both charts read the same run, so they never disagree.

#include "catalog.h"
#include "roofline_scenario.h"
#include "system_economics.h"

#include <QMap>

#include <QList>
#include <QString>
#include <QStringList>

struct RooflineRun {
    RooflineScenario scenario;
    QList<const Chip *> chips;             // chosen, in the catalog's order
    QList<ChipOutcome> outcomes;           // one per chip
    QList<int> sweepBatches;               // the batch sweep's x values (LLM workloads only)
    // One per chip, at sweepBatches plus the chip's KV wall, compute-bound batch and the current batch (each read
    // from InferenceResult::config.batch); empty where the chip cannot run the workload.
    QList<QList<InferenceResult>> sweeps;
    QString focusChipId;                   // the chip whose operators and working are shown

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
                               const QString &focusChipId, bool withSweep = true);

    int indexOf(const QString &chipId) const;
    const ChipOutcome *focusOutcome() const;
    const Chip *focusChip() const;
    bool isLlm() const { return scenario.workload == WorkloadKind::Llm; }
};
