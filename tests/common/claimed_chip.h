#pragma once
// Chips built from claims by hand, for tests of what is computed on a chip's current figures (trends, the memory
// wall): the figures go where the catalog would put them, so chipFigure() and Chip::isProjected() see them.

#include "chip.h"

#include <initializer_list>

namespace ClaimedChip {

struct Figure {
    QString metric;
    std::optional<Precision> precision;
    double value = 0;
    QString basis = QStringLiteral("official");
};

inline Chip make(const QString &id, const QString &vendorId, const QString &announced, const QString &available,
                 std::initializer_list<Figure> figures, const QString &status = QStringLiteral("shipping"))
{
    Chip c;
    c.id = id;
    c.vendorId = vendorId;
    c.vendorName = vendorId;
    c.name = id;
    c.announced = announced;
    c.available = available;
    c.status = status;
    for (const Figure &f : figures) {
        SpecClaim claim;
        claim.chipId = id;
        claim.metric = f.metric;
        claim.precision = f.precision;
        claim.value = f.value;
        claim.basis = f.basis;
        claim.sourceId = id + QStringLiteral("-source");
        c.currentClaims.insert(claimKey(f.metric, f.precision), claim);
        if (f.metric == Metric::PeakFlops && f.precision)
            c.peakFlops[*f.precision] = f.value;
        else if (f.metric == Metric::MemoryBandwidth)
            c.memoryBandwidth = f.value;
        else if (f.metric == Metric::MemoryCapacity)
            c.memoryBytes = f.value;
        else if (f.metric == Metric::Tdp)
            c.tdpWatts = f.value;
    }
    return c;
}

inline Figure flops(Precision p, double value, const QString &basis = QStringLiteral("official"))
{
    return {Metric::PeakFlops, p, value, basis};
}
inline Figure bandwidth(double value) { return {Metric::MemoryBandwidth, std::nullopt, value}; }
inline Figure capacity(double value) { return {Metric::MemoryCapacity, std::nullopt, value}; }
inline Figure tdp(double value) { return {Metric::Tdp, std::nullopt, value}; }

} // namespace ClaimedChip
