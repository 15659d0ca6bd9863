#include "roadmap_text.h"

#include "date_format.h"

#include <cmath>

QString RoadmapText::metricName(TrendMetric metric)
{
    switch (metric) {
    case TrendMetric::DenseBf16: return tr("dense BF16");
    case TrendMetric::DenseFp8: return tr("dense FP8");
    case TrendMetric::DenseFp4: return tr("dense FP4");
    case TrendMetric::MemoryCapacity: return tr("HBM capacity");
    case TrendMetric::MemoryBandwidth: return tr("HBM bandwidth");
    case TrendMetric::Bf16PerWatt: return tr("dense BF16 per watt");
    case TrendMetric::BandwidthPerWatt: return tr("bandwidth per watt");
    case TrendMetric::RidgeBf16: return tr("ridge point (BF16)");
    case TrendMetric::RidgeFp8: return tr("ridge point (FP8)");
    case TrendMetric::BytesPerFlop: return tr("bytes per FLOP (BF16)");
    }
    return {};
}

QString RoadmapText::metricTitle(TrendMetric metric)
{
    switch (metric) {
    case TrendMetric::DenseBf16: return tr("Dense BF16 (FLOP/s)");
    case TrendMetric::DenseFp8: return tr("Dense FP8 (FLOP/s)");
    case TrendMetric::DenseFp4: return tr("Dense FP4 (FLOP/s)");
    case TrendMetric::MemoryCapacity: return tr("HBM capacity (bytes)");
    case TrendMetric::MemoryBandwidth: return tr("HBM bandwidth (bytes/s)");
    case TrendMetric::Bf16PerWatt: return tr("Dense BF16 per watt (FLOP/s/W)");
    case TrendMetric::BandwidthPerWatt: return tr("Bandwidth per watt (bytes/s per W)");
    case TrendMetric::RidgeBf16: return tr("Ridge point, BF16 (FLOP/byte)");
    case TrendMetric::RidgeFp8: return tr("Ridge point, FP8 (FLOP/byte)");
    case TrendMetric::BytesPerFlop: return tr("Bytes of bandwidth per BF16 FLOP (bytes/FLOP)");
    }
    return {};
}

QString RoadmapText::value(double value, const QString &unit)
{
    // FLOP per byte and bytes per FLOP are plain ratios, three significant digits and no prefix: "591 FLOP/byte"
    // (the one formatter writes the unit out: "B" reads as "billion").
    if (unit == QLatin1String("FLOP/B") || unit == QLatin1String("B/FLOP"))
        return NumberFormat::si(value, unit, 3);
    return NumberFormat::si(value, unit, 4);
}

QString RoadmapText::value(double value, TrendMetric metric)
{
    return RoadmapText::value(value, TrendMetrics::unit(metric));
}

QString RoadmapText::basisName(DateBasis basis)
{
    return basis == DateBasis::Available ? tr("availability date") : tr("announcement date");
}

QString RoadmapText::allVendors()
{
    return tr("All vendors");
}

QString RoadmapText::growth(double perYear, int significant)
{
    return QStringLiteral("×") + NumberFormat::decimal(perYear, significant);
}

QString RoadmapText::years(double years)
{
    return NumberFormat::decimal(years, 2);
}

QString RoadmapText::fitLine(const QString &series, TrendMetric metric, const TrendSeriesFit &s)
{
    const QString what = s.vendorId.isEmpty() ? tr("%1, %2", "all vendors, metric").arg(series, metricName(metric))
                                              : tr("%1 %2", "vendor and metric: NVIDIA dense BF16").arg(series, metricName(metric));
    const TrendFit &f = s.fit;
    const QString n = QString::number(f.n);
    QString line;
    switch (f.problem) {
    case TrendFit::Problem::TooFewPoints: line = tr("%1: no fit, fewer than three points (n %2)").arg(what, n); break;
    case TrendFit::Problem::OneDate: line = tr("%1: no fit, every point on one date (n %2)").arg(what, n); break;
    case TrendFit::Problem::NonPositiveValue: line = tr("%1: no fit, a value is not positive (n %2)").arg(what, n); break;
    case TrendFit::Problem::None: {
        const QString r2 = f.r2 ? NumberFormat::decimal(*f.r2, 2) : QStringLiteral("—");
        if (f.doublingYears && f.doublingLow && f.doublingHigh)
            line = tr("%1: %2 / yr, doubles every %3 yr (90 %: %4–%5), r² %6, n %7")
                       .arg(what, growth(f.growthPerYear), years(*f.doublingYears), years(*f.doublingLow), years(*f.doublingHigh), r2, n);
        else if (f.doublingYears && f.doublingLow)
            line = tr("%1: %2 / yr, doubles every %3 yr (90 %: %4 yr or more), r² %5, n %6")
                       .arg(what, growth(f.growthPerYear), years(*f.doublingYears), years(*f.doublingLow), r2, n);
        else if (f.halvingYears)
            line = tr("%1: %2 / yr, halves every %3 yr, r² %4, n %5").arg(what, growth(f.growthPerYear), years(*f.halvingYears), r2, n);
        else
            line = tr("%1: no growth, n %2").arg(what, n);
        break;
    }
    }
    if (s.includesProjections)
        line = tr("%1, includes projections").arg(line);
    return line;
}

QStringList RoadmapText::fitNotes(const TrendSeriesFit &s)
{
    QStringList notes;
    const TrendFit &f = s.fit;
    switch (f.problem) {
    case TrendFit::Problem::TooFewPoints: notes << tr("fewer than three points: no trend can be fitted"); break;
    case TrendFit::Problem::OneDate: notes << tr("every point is on the same date: the slope is undefined"); break;
    case TrendFit::Problem::NonPositiveValue: notes << tr("a value is zero or negative and has no logarithm"); break;
    case TrendFit::Problem::None:
        if (f.direction() == TrendFit::Direction::Flat)
            notes << tr("no growth: every value is the same, so there is no doubling time and r² is undefined");
        else if (f.direction() == TrendFit::Direction::Falling)
            notes << tr("falling: it halves every %1 years; there is no doubling time").arg(years(*f.halvingYears));
        else if (!f.doublingHigh)
            notes << tr("the 90 % interval of the slope reaches zero: the data cannot rule out no growth, so the "
                        "doubling time has no upper bound");
        break;
    }
    if (s.includesProjections)
        notes << tr("includes projected figures");
    return notes;
}

QString RoadmapText::memoryWallSentence(const QString &vendor, const MemoryWallSeries &s, Precision precision, Language language)
{
    const MemoryWallPoint &a = s.first();
    const MemoryWallPoint &b = s.last();
    QString text = tr("%1, %2 (%3) to %4 (%5): dense %6 compute %7, memory bandwidth %8, capacity %9; the ridge point went "
                      "from %10 to %11 FLOP/byte, %12 in %13 yr (%14 a year).")
                       .arg(vendor, a.chip->localName(language), DateFormat::text(a.date, language), b.chip->localName(language),
                            DateFormat::text(b.date, language),
                            precisionKey(precision).toUpper(), growth(b.computeIndex), growth(b.bandwidthIndex), growth(b.capacityIndex))
                       .arg(NumberFormat::decimal(a.ridge, 3), NumberFormat::decimal(b.ridge, 3), growth(s.ridgeRatio()), years(s.years()),
                            s.ridgeGrowthPerYear() ? growth(*s.ridgeGrowthPerYear(), 3) : QStringLiteral("—"));
    if (b.projected)
        text += QLatin1Char(' ') + tr("(%1 is a projection.)").arg(b.chip->localName(language));
    return text;
}
