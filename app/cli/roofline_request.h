#pragma once
// What a `compute-atlas roofline` command line asks for, read and checked: the chips, the scenario to put to them
// (data/model/roofline_scenario.h) and how to write the answer.

#include "calibration.h"
#include "catalog.h"
#include "roofline_scenario.h"

#include <QList>
#include <QString>
#include <QStringList>

enum class RooflineFormat { Table, Json, Csv };

struct RooflineRequest {
    bool validate = false; // --validate: the measurement report instead of the calculator
    RooflineFormat format = RooflineFormat::Table;
    bool explain = false;

    QList<const Chip *> chips; // in the order given; every chip in the catalog with --chip all
    // --chip all skips (and lists) a chip that cannot answer; a chip asked for by name that cannot is an error.
    bool allChips = false;
    RooflineScenario scenario;
    QList<int> batches{1}; // LLM workloads: --batch B, or every batch of --sweep-batch
    bool sweep = false;    // the table then leaves out each batch's operator breakdown, which would bury the summary
    // --input-tokens I --output-tokens O: whole requests (prefill once, then O decode steps); 0 = one step.
    int inputTokens = 0, outputTokens = 0;
    bool frontier = false;                     // --frontier: each result gains the Pareto front over batch and layouts
    std::optional<double> targetTokensPerUser; // --target-tokens-per-user X: the best frontier point at or above X
    int chunkedPrefill = 0;    // --chunked-prefill C: prompt tokens each decode step carries (whole requests); 0 = none
    bool disaggregate = false; // --disaggregate: prefill and decode pools sized so neither waits (whole requests)
    QList<Measurement> measurements; // the dataset's, for the expected figure beside the bound
    ValidationReport validation;     // those measurements against their bounds, for the fleet's median efficiencies
};

// The request, or the first problem found as one line naming the fix (the caller adds "compute-atlas roofline: ").
// `args` are the arguments after the word "roofline".
ValueOrError<RooflineRequest> parseRooflineRequest(const QStringList &args, const Catalog &catalog);
