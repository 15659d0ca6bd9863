#pragma once
// One roofline question put to several chips (a precision, a workload, an optional what-if memory tier, prices),
// answered chip by chip with everything a front end shows: ceilings, the result, economics and the working.
// It only arranges the engine's calls (roofline.h, llm_inference.h, economics.h, explain.h); no new physics.

#include "chip.h"
#include "economics.h"
#include "llm_inference.h"
#include "llm_model.h"
#include "measurement.h"
#include "roofline.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

enum class WorkloadKind { Intensity, Gemm, Llm, FlopsBytes };

// What a what-if tier holds: the weights or the KV cache (the rest stays in HBM). The command line can also put
// both there, or neither (the tier is then only a roof to compare against).
enum class TierUse { Weights, KvCache, WeightsAndKvCache, Nothing };

struct WhatIfTier {
    MemoryTier tier;                 // name, capacity (B per chip), bandwidth (B/s per chip)
    TierUse holds = TierUse::Weights;
};

// A rental price when nothing else is given: a round figure near 2025 on-demand prices for H100/B200-class
// accelerators (USD 2–4 per GPU-hour). The same for every chip, so USD per million tokens compares throughput
// per chip alone; a front end shows it as an assumption the user can change.
inline constexpr double defaultRentalUsdPerChipHour = 3.0;

// The precision the calculator answers in unless told otherwise, in the window and on the command line alike:
// FP8, the format LLM inference is served in on Hopper and later (BF16 would need about twice the chips).
inline constexpr Precision defaultRooflinePrecision = Precision::FP8;

struct RooflineScenario {
    Precision precision = defaultRooflinePrecision;
    Efficiency efficiency;                       // 1.0 = the pure bound
    WorkloadKind workload = WorkloadKind::Llm;
    double intensity = 10;                       // FLOP/B, for WorkloadKind::Intensity
    GemmShape gemm{8192, 8192, 8192};            // for WorkloadKind::Gemm
    double flops = 0, bytes = 0;                 // FLOP and B of one kernel, for WorkloadKind::FlopsBytes
    LlmModel model;                              // for WorkloadKind::Llm
    InferenceConfig inference;                   // phase, batch, context, prompt, KV precision, TP; tiers are set here
    std::optional<WhatIfTier> extraTier;
    CostAssumptions cost;                        // rental, or price + years + PUE + electricity
    bool catalogPrices = true;                   // buying: a chip's own price estimate from the dataset, where it has one
    // false: no chip-hour cost, token economics or their working, for a front end asked for none (otherwise a
    // chip with a price estimate in the dataset is costed whether or not anyone gave a price).
    bool includeCosts = true;
    // Set: each chip's efficiency comes from its best measurements in this list (calibratedEfficiency), in
    // place of `efficiency`, so chips are compared at what they have been shown to reach.
    std::optional<QList<Measurement>> calibrationMeasurements;
    bool calibrationIncludesLowConfidence = false; // use measurements marked low-confidence too
    // Per chip id: the scale-out network of the system it is served in. A layout wider than the chip's scale-up
    // domain is computed only for a chip listed here.
    QHash<QString, ScaleOutLink> scaleOut;
};

// What one chip makes of the scenario.
struct ChipOutcome {
    enum class Problem {
        None,
        MissingPrecision, // the chip has no dense peak at the scenario's precision
        ScaleupDomain,    // a layout wider than the chip's scale-up domain, with no scale-out figure to join domains
        Other,            // anything else the engine refused (its message is in `error`)
    };

    QString chipId;
    Problem problem = Problem::None;
    QString error; // the engine's message when problem != None

    std::optional<Ceilings> ceilings;
    std::optional<KernelResult> kernel;       // intensity and GEMM workloads
    std::optional<InferenceResult> inference; // LLM workloads

    // The workload as one point on the roofline: FLOP/B over all bytes moved, attainable FLOP/s, its bound.
    double intensity = 0;
    double attainableFlops = 0;
    Bound bound = Bound::Memory;

    // LLM workloads only.
    std::optional<ChipHourCost> cost;
    QString costError; // why there is no cost (no price or TDP for the chip)
    std::optional<double> priceUsd; // the purchase price used, when bought
    bool catalogPrice = false;      // that price is the dataset's estimate for this chip
    std::optional<TokenEconomics> economics; // absent where the model does not fit: a setup that cannot run costs nothing per token
    std::optional<double> tokensPerJoule; // absent without a TDP figure, or where the model does not fit

    QStringList working; // the formulas with the numbers put in, in the order the engine explains them
    QStringList calibrationNotes; // with calibrationMeasurements: which measurement set each efficiency, or none

    bool ok() const { return problem == Problem::None; }
    // The workload runs: the chip can compute it and, for an LLM, weights and KV cache fit in memory. Throughput,
    // time, cost and energy per token are shown only then.
    bool runs() const { return ok() && (!inference || inference->fits); }
};

ChipOutcome evaluateScenario(const Chip &chip, const RooflineScenario &scenario);

// The LLM workload at each batch, one outcome per batch with everything evaluateScenario gives (economics and
// the working included); the model is prepared once for all of them. A kernel workload, or a chip that cannot
// run the scenario, gives a single outcome, as evaluateScenario would.
QList<ChipOutcome> evaluateScenarioAtBatches(const Chip &chip, const RooflineScenario &scenario, const QList<int> &batches);

// The LLM workload at each batch (tokens/s, memory stall, fits, the KV wall), for a batch sweep.
// Errors as for evaluateScenario; an empty list for non-LLM workloads.
ValueOrError<QList<InferenceResult>> sweepScenario(const Chip &chip, const RooflineScenario &scenario,
                                                   const QList<int> &batches);

// What bounds a whole step: the link when it takes most of the step, else compute when Σ FLOPs / peak ≥
// Σ bytes / bandwidth (the definition behind InferenceResult::computeBoundBatch), else memory.
Bound stepBound(const InferenceResult &r);
// Σ FLOPs / Σ bytes over the step's operators (FLOP/B); +inf if nothing is moved.
double stepIntensity(const InferenceResult &r);
