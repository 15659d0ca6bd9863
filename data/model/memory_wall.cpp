#include "memory_wall.h"

#include "chip_figure.h"
#include "partial_date.h"

#include <algorithm>
#include <cmath>

std::optional<double> MemoryWallSeries::ridgeGrowthPerYear() const
{
    if (points.size() < 2 || years() <= 0)
        return std::nullopt;
    return std::pow(ridgeRatio(), 1.0 / years());
}

MemoryWall MemoryWall::build(const QList<Chip> &chips, Precision precision, DateBasis basis, bool includeProjected,
                             const QStringList &vendorIds)
{
    MemoryWall wall;
    wall.precision = precision;
    wall.basis = basis;
    wall.includeProjected = includeProjected;

    QStringList vendors;
    QList<MemoryWallPoint> candidates;
    for (const Chip &chip : chips) {
        if (!vendorIds.isEmpty() && !vendorIds.contains(chip.vendorId))
            continue;
        const ChipFigure compute = chipFigure(chip, Metric::PeakFlops, precision);
        const ChipFigure bandwidth = chipFigure(chip, Metric::MemoryBandwidth);
        const ChipFigure capacity = chipFigure(chip, Metric::MemoryCapacity);
        const auto date = PartialDate::parse(chipDate(chip, basis));
        if (!compute.value || !bandwidth.value || !capacity.value || !date || *bandwidth.value <= 0)
            continue;
        MemoryWallPoint p;
        p.chip = &chip;
        p.date = date->toString();
        p.x = date->middleYear();
        p.compute = *compute.value;
        p.bandwidth = *bandwidth.value;
        p.capacity = *capacity.value;
        p.ridge = p.compute / p.bandwidth;
        p.projected = compute.projected || bandwidth.projected || capacity.projected;
        p.claims = compute.claims + bandwidth.claims + capacity.claims;
        if (p.projected && !includeProjected)
            continue;
        candidates << p;
        if (!vendors.contains(chip.vendorId))
            vendors << chip.vendorId;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const MemoryWallPoint &a, const MemoryWallPoint &b) { return a.x < b.x; });

    for (const QString &vendor : std::as_const(vendors)) {
        MemoryWallSeries s;
        s.vendorId = vendor;
        for (qsizetype i = 0; i < candidates.size();) {
            // The fastest of this vendor's chips at this date.
            const double x = candidates.at(i).x;
            const MemoryWallPoint *best = nullptr;
            for (; i < candidates.size() && candidates.at(i).x == x; ++i) {
                const MemoryWallPoint &c = candidates.at(i);
                if (c.chip->vendorId != vendor)
                    continue;
                if (!best || c.compute > best->compute || (c.compute == best->compute && c.bandwidth > best->bandwidth))
                    best = &c;
            }
            if (best && (s.points.isEmpty() || best->compute > s.points.constLast().compute))
                s.points << *best;
        }
        if (s.points.size() < 2)
            continue;
        for (MemoryWallPoint &p : s.points) {
            p.computeIndex = p.compute / s.first().compute;
            p.bandwidthIndex = p.bandwidth / s.first().bandwidth;
            p.capacityIndex = p.capacity / s.first().capacity;
        }
        wall.series << s;
    }
    return wall;
}
