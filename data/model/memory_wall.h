#pragma once
// The memory wall (issue 12): how each vendor's flagship grew in compute, memory bandwidth and memory capacity,
// each as an index of the series' first chip (= 1), so the gap between FLOP/s and bytes/s shows on one log chart.
// A vendor's flagship series lists each chip that became its fastest at the chosen precision: at every date the
// fastest chip of that date, kept if it beats every earlier one (ties at a date go to the higher bandwidth).

#include "chip.h"
#include "trend_analysis.h"

#include <QList>
#include <QString>
#include <optional>

struct MemoryWallPoint {
    const Chip *chip = nullptr;
    QString date;   // as written in the data
    double x = 0;   // decimal year
    double compute = 0, bandwidth = 0, capacity = 0; // dense FLOP/s, B/s, B
    double computeIndex = 1, bandwidthIndex = 1, capacityIndex = 1; // ÷ the series' first chip
    double ridge = 0; // compute ÷ bandwidth, FLOP/B
    bool projected = false;
    QList<SpecClaim> claims; // behind compute, bandwidth and capacity
};

struct MemoryWallSeries {
    QString vendorId;
    QList<MemoryWallPoint> points; // two or more, in date order

    const MemoryWallPoint &first() const { return points.constFirst(); }
    const MemoryWallPoint &last() const { return points.constLast(); }
    double years() const { return last().x - first().x; }
    double ridgeRatio() const { return last().ridge / first().ridge; }
    // The ridge point's growth per year, first to last chip (compound); none when they share a date.
    std::optional<double> ridgeGrowthPerYear() const;
};

struct MemoryWall {
    Precision precision = Precision::FP8;
    DateBasis basis = DateBasis::Available;
    bool includeProjected = false;
    QList<MemoryWallSeries> series; // vendors with two or more flagships, in the catalog's order

    // `chips` must outlive the result. `vendorIds`: only these vendors (empty: every vendor).
    static MemoryWall build(const QList<Chip> &chips, Precision precision, DateBasis basis, bool includeProjected,
                            const QStringList &vendorIds = {});
};
