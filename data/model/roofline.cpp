#include "roofline.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

QString boundKey(Bound b)
{
    switch (b) {
    case Bound::Compute: return QStringLiteral("compute");
    case Bound::Memory: return QStringLiteral("memory");
    case Bound::Link: return QStringLiteral("link");
    }
    return {};
}

double Ceilings::peakAt(Precision p) const
{
    for (size_t i = 0; i < allPrecisions.size(); ++i)
        if (allPrecisions[i] == p)
            return peakByPrecision[i];
    return 0;
}

int Ceilings::tierIndex(QStringView name) const
{
    for (int i = 0; i < tiers.size(); ++i)
        if (name.compare(tiers.at(i).name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QStringList availablePrecisionKeys(const Chip &chip)
{
    QStringList keys;
    for (Precision p : allPrecisions)
        if (chip.peak(p))
            keys << precisionKey(p);
    return keys;
}

ValueOrError<Ceilings> makeCeilings(const Chip &chip, Precision p, Efficiency efficiency,
                                    const std::optional<MemoryTier> &extraTier)
{
    const auto peak = chip.peak(p);
    if (!peak || *peak <= 0) {
        const QStringList has = availablePrecisionKeys(chip);
        return ValueOrError<Ceilings>::failure(
            has.isEmpty() ? QCoreApplication::translate("Engine", "%1 has no dense %2 peak, nor any other dense peak in the dataset",
                                                        "%1: a chip id; %2: a precision such as fp4")
                                .arg(chip.id, precisionKey(p))
                          : QCoreApplication::translate("Engine", "%1 has no dense %2 peak; it has %3",
                                                        "%1: a chip id; %2: a precision such as fp4; %3: the precisions it has, \"fp64, bf16, fp8\"")
                                .arg(chip.id, precisionKey(p), has.join(QStringLiteral(", "))));
    }
    if (!chip.memoryBandwidth || *chip.memoryBandwidth <= 0)
        return ValueOrError<Ceilings>::failure(
            QCoreApplication::translate("Engine", "%1 has no memory bandwidth figure in the dataset", "%1: a chip id").arg(chip.id));
    if (!(efficiency.compute > 0 && efficiency.compute <= 1 && efficiency.memory > 0 && efficiency.memory <= 1))
        return ValueOrError<Ceilings>::failure(QCoreApplication::translate("Engine", "efficiency factors must be in (0, 1]"));

    Ceilings c;
    c.chipId = chip.id;
    c.precision = p;
    c.efficiency = efficiency;
    c.peakFlops = *peak * efficiency.compute;
    for (size_t i = 0; i < allPrecisions.size(); ++i)
        c.peakByPrecision[i] = chip.peak(allPrecisions[i]).value_or(0.0) * efficiency.compute;
    c.tiers.append(MemoryTier{QStringLiteral("hbm"), chip.memoryBytes.value_or(0.0),
                              *chip.memoryBandwidth * efficiency.memory});
    if (extraTier) {
        if (extraTier->bandwidth <= 0 || extraTier->capacityBytes < 0)
            return ValueOrError<Ceilings>::failure(
                QCoreApplication::translate("Engine", "memory tier '%1' needs a positive bandwidth", "%1: the tier's name, e.g. HBF")
                    .arg(extraTier->name));
        if (c.tierIndex(extraTier->name) >= 0)
            return ValueOrError<Ceilings>::failure(
                QCoreApplication::translate("Engine", "memory tier name '%1' is taken; choose another", "%1: the tier's name, e.g. HBM")
                    .arg(extraTier->name));
        MemoryTier t = *extraTier;
        t.bandwidth *= efficiency.memory;
        c.tiers.append(t);
    }
    // The dataset stores scale-up bandwidth bidirectional per chip; a ring all-reduce step sends one
    // chunk while it receives another, so what limits it is the one-way half.
    c.linkBandwidth = chip.scaleupBandwidth.value_or(0.0) / 2.0;
    c.fabric = fabricFor(chip);
    c.scaleupDomain = chip.scaleupDomain ? int(*chip.scaleupDomain) : 0;
    return c;
}

double Operator::totalBytes() const
{
    double sum = 0;
    for (double b : bytes)
        sum += b;
    return sum;
}

OperatorResult evaluateOperator(const Operator &op, const Ceilings &ceilings)
{
    OperatorResult r;
    r.name = op.name;
    r.flops = op.flops;
    r.bytes = op.totalBytes();
    r.linkBytes = op.linkBytes;
    r.computeTime = op.flops / (op.peakFlops > 0 ? op.peakFlops : ceilings.peakFlops);
    const int tierCount = std::min<int>(int(ceilings.tiers.size()), Ceilings::maxTiers);
    for (int t = 0; t < tierCount; ++t)
        if (op.bytes[t] > 0)
            r.memoryTime = std::max(r.memoryTime, op.bytes[t] / ceilings.tiers[t].bandwidth);
    const double link = op.linkBandwidth > 0 ? op.linkBandwidth : ceilings.linkBandwidth;
    if (op.linkBytes > 0)
        r.linkTime = link > 0 ? op.linkBytes / link : std::numeric_limits<double>::infinity();
    r.linkTime += op.fixedTime;
    r.time = std::max({r.computeTime, r.memoryTime, r.linkTime});
    if (r.linkTime >= r.time && r.linkTime > 0)
        r.bound = Bound::Link;
    else if (r.computeTime >= r.memoryTime && r.computeTime > 0)
        r.bound = Bound::Compute;
    else
        r.bound = Bound::Memory;
    r.intensity = r.bytes > 0 ? r.flops / r.bytes : std::numeric_limits<double>::infinity();
    r.attainableFlops = r.time > 0 ? r.flops / r.time : 0.0;
    return r;
}

double attainableFlops(const Ceilings &ceilings, double intensity, int tier)
{
    return std::min(ceilings.peakFlops, intensity * ceilings.tiers.at(tier).bandwidth);
}

KernelResult evaluateIntensity(const Ceilings &ceilings, double intensity, int tier)
{
    KernelResult r;
    r.intensity = intensity;
    r.attainableFlops = attainableFlops(ceilings, intensity, tier);
    r.bound = intensity >= ceilings.ridgeIntensity(tier) ? Bound::Compute : Bound::Memory;
    return r;
}

KernelResult evaluateFlopsBytes(const Ceilings &ceilings, double flops, double bytes, int tier)
{
    KernelResult r;
    r.flops = flops;
    r.bytes = bytes;
    r.intensity = bytes > 0 ? flops / bytes : std::numeric_limits<double>::infinity();
    const double computeTime = flops / ceilings.peakFlops;
    const double memoryTime = bytes / ceilings.tiers.at(tier).bandwidth;
    r.time = std::max(computeTime, memoryTime);
    r.bound = computeTime >= memoryTime ? Bound::Compute : Bound::Memory;
    r.attainableFlops = *r.time > 0 ? flops / *r.time : attainableFlops(ceilings, r.intensity, tier);
    return r;
}

Operator gemmOperator(const GemmShape &s, Precision p)
{
    Operator op;
    op.name = QStringLiteral("gemm");
    op.flops = 2.0 * s.m * s.n * s.k;
    op.bytes[0] = (s.m * s.k + s.k * s.n + s.m * s.n) * bytesPerElement(p);
    return op;
}

KernelResult evaluateGemm(const Ceilings &ceilings, const GemmShape &shape, int tier)
{
    const Operator op = gemmOperator(shape, ceilings.precision);
    return evaluateFlopsBytes(ceilings, op.flops, op.bytes[0], tier);
}
