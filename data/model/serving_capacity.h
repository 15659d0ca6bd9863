#pragma once
// How many tokens per second a number of accelerators could serve: one chip's decode throughput from the roofline
// engine (llm_inference.h) at the batch where it turns compute-bound, or the largest batch that fits, times the
// units. The bound, as everywhere in the calculator: dense peaks, full bandwidth, no scheduling losses.

#include "chip.h"
#include "llm_model.h"
#include "precision.h"

#include <QString>
#include <QStringList>
#include <optional>

struct ServingSettings {
    LlmModel model;
    Precision precision = Precision::FP8; // weights, activations and compute
    int context = 4096;                   // tokens each new token attends to
};

struct ServingEstimate {
    QString chipId;
    QString error;                  // why there is no figure (no peak at the precision, does not fit …)
    int tensorParallel = 1;         // chips per model copy: the fewest that hold it, rounded up to a power of two
    long long batch = 0;            // sequences decoded together per model copy
    std::optional<long long> computeBoundBatch;
    std::optional<long long> kvWall; // the largest batch that fits at the context
    double tokensPerSPerChip = 0;
    QStringList working;            // the choices and the result in words, with the numbers

    bool ok() const { return error.isEmpty(); }
};

ServingEstimate estimateServing(const Chip &chip, const ServingSettings &settings);
