#pragma once
// The roofline model (Williams, Waterman & Patterson, 2009): a chip's ceilings and how a kernel meets them (DESIGN §3).

#include "chip.h"
#include "precision.h"
#include "scaleup_fabric.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>

// A computed value, or the reason it could not be computed, phrased for the user (C++20 has no std::expected).
template <typename T>
struct ValueOrError {
    std::optional<T> value;
    QString error;

    static ValueOrError failure(QString message) { return ValueOrError{std::nullopt, std::move(message)}; }
    ValueOrError() = default;
    ValueOrError(T v) : value(std::move(v)) {}
    ValueOrError(std::optional<T> v, QString e) : value(std::move(v)), error(std::move(e)) {}

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &operator*() const { return *value; }
    T &operator*() { return *value; }
    const T *operator->() const { return &*value; }
    T *operator->() { return &*value; }
};

// One level of memory an operator's bytes come from: the chip's HBM, or a what-if tier such as
// high-bandwidth flash or host memory over NVLink-C2C.
struct MemoryTier {
    QString name;              // "hbm" for the chip's own memory
    double capacityBytes = 0;  // B per chip; 0 = unknown
    double bandwidth = 0;      // B/s per chip, after the memory efficiency factor
};

// Fractions of the pure ceilings a real kernel reaches. 1.0 = the pure upper bound (the default).
struct Efficiency {
    double compute = 1.0;
    double memory = 1.0; // applies to every memory tier
};

// What bounds a kernel: the compute units, a memory tier, or the scale-up link.
enum class Bound { Compute, Memory, Link };
QString boundKey(Bound b); // "compute", "memory", "link"

// The roofs of one chip at one precision.
struct Ceilings {
    static constexpr int maxTiers = 4;

    QString chipId;
    Precision precision = Precision::BF16;
    double peakFlops = 0;       // dense FLOP/s (OP/s for int8), after the compute efficiency factor
    // The chip's dense peak at every precision it has one for (0 where none), after the efficiency factor: the
    // attention matmuls of an LLM step run at their own precision, not the weights'.
    std::array<double, allPrecisions.size()> peakByPrecision{};
    QList<MemoryTier> tiers;    // [0] is the chip's HBM
    double linkBandwidth = 0;   // B/s each chip sends in one direction over the scale-up link; 0 = unknown
    ScaleupFabric fabric;       // topology and per-message latency of that link
    int scaleupDomain = 0;      // chips one scale-up link joins; 0 = unknown (no limit is applied)
    // The network beyond the domain, when a system gives its figure: a parallel group larger than the domain
    // runs its collectives over it. Unset: such a group cannot be computed.
    std::optional<ScaleOutLink> scaleOut;
    Efficiency efficiency;

    const MemoryTier &hbm() const { return tiers.front(); }
    double peakAt(Precision p) const; // 0 when the chip has no dense peak at p
    // FLOP/B at which the roof turns from memory-bound to compute-bound for a kernel reading tier `tier`.
    double ridgeIntensity(int tier = 0) const { return peakFlops / tiers.at(tier).bandwidth; }
    int tierIndex(QStringView name) const; // -1 if no tier has that name (case-insensitive)
};

// The ceilings of `chip` at precision `p`. The scale-up link runs at half the chip's bidirectional
// scale-up bandwidth in each direction (a "900 GB/s" NVLink moves 450 GB/s each way).
// Errors: the chip has no dense peak at `p` (naming the precisions it has), or no memory bandwidth.
ValueOrError<Ceilings> makeCeilings(const Chip &chip, Precision p, Efficiency efficiency = {},
                                    const std::optional<MemoryTier> &extraTier = std::nullopt);
// "fp64, bf16, fp8" — the precisions a chip has a dense peak for, in allPrecisions order.
QStringList availablePrecisionKeys(const Chip &chip);

// Work done and data moved by one kernel, on one chip.
struct Operator {
    QString name;
    double flops = 0;
    std::array<double, Ceilings::maxTiers> bytes{}; // B moved per memory tier, same order as Ceilings::tiers
    double linkBytes = 0; // B this chip sends over the scale-up link
    double peakFlops = 0; // FLOP/s this kernel's math runs at; 0 = the ceilings' peak (the weights' precision)
    double fixedTime = 0; // s the kernel cannot go below whatever it moves (a collective's per-message latency)
    double linkBandwidth = 0; // B/s one way of the slowest link its bytes cross; 0 = the ceilings' scale-up link

    double totalBytes() const;
};

// How an operator meets the roofs.
struct OperatorResult {
    QString name;
    double flops = 0;
    double bytes = 0;            // all memory tiers together
    double linkBytes = 0;        // sent over the scale-up link
    double intensity = 0;        // FLOP/B over all tiers; +inf when nothing is moved
    double attainableFlops = 0;  // FLOP/s = flops / time
    Bound bound = Bound::Memory;
    double computeTime = 0;      // s = flops / peak
    double memoryTime = 0;       // s = the slowest tier's bytes / bandwidth
    double linkTime = 0;         // s = link bytes / link bandwidth + the fixed (latency) time
    double time = 0;             // s = the largest of the three
};

// time = max(FLOPs / peak, bytes / bandwidth, link bytes / link bandwidth). Tiers are read concurrently
// (each has its own channels), so the slowest tier sets the memory time: the optimistic, pure bound.
OperatorResult evaluateOperator(const Operator &op, const Ceilings &ceilings);

// A kernel given as an intensity only, as FLOPs and bytes, or as a GEMM, evaluated against HBM.
struct KernelResult {
    std::optional<double> flops;  // absent for an intensity-only kernel
    std::optional<double> bytes;
    double intensity = 0;         // FLOP/B
    double attainableFlops = 0;   // min(peak, intensity × bandwidth)
    Bound bound = Bound::Memory;
    std::optional<double> time;   // s = max(flops / peak, bytes / bandwidth)
};

struct GemmShape {
    double m = 0, n = 0, k = 0;
};

// attainable = min(peak, intensity × bandwidth) on tier `tier`.
double attainableFlops(const Ceilings &ceilings, double intensity, int tier = 0);
KernelResult evaluateIntensity(const Ceilings &ceilings, double intensity, int tier = 0);
KernelResult evaluateFlopsBytes(const Ceilings &ceilings, double flops, double bytes, int tier = 0);
// C = A·B with A M×K, B K×N: 2MNK FLOPs; each matrix read or written once, (MK + KN + MN) × element size,
// the least traffic any GEMM can have: the model's bound.
Operator gemmOperator(const GemmShape &shape, Precision p);
KernelResult evaluateGemm(const Ceilings &ceilings, const GemmShape &shape, int tier = 0);
