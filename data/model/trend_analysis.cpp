#include "trend_analysis.h"

#include "partial_date.h"

#include <algorithm>

QList<TrendMetric> TrendMetrics::all()
{
    return {TrendMetric::DenseBf16,   TrendMetric::DenseFp8,         TrendMetric::DenseFp4,  TrendMetric::MemoryCapacity,
            TrendMetric::MemoryBandwidth, TrendMetric::Bf16PerWatt, TrendMetric::BandwidthPerWatt, TrendMetric::RidgeBf16,
            TrendMetric::RidgeFp8,    TrendMetric::BytesPerFlop};
}

QString TrendMetrics::key(TrendMetric metric)
{
    switch (metric) {
    case TrendMetric::DenseBf16: return QStringLiteral("bf16");
    case TrendMetric::DenseFp8: return QStringLiteral("fp8");
    case TrendMetric::DenseFp4: return QStringLiteral("fp4");
    case TrendMetric::MemoryCapacity: return QStringLiteral("memory");
    case TrendMetric::MemoryBandwidth: return QStringLiteral("bandwidth");
    case TrendMetric::Bf16PerWatt: return QStringLiteral("flops-per-watt");
    case TrendMetric::BandwidthPerWatt: return QStringLiteral("bandwidth-per-watt");
    case TrendMetric::RidgeBf16: return QStringLiteral("ridge-bf16");
    case TrendMetric::RidgeFp8: return QStringLiteral("ridge-fp8");
    case TrendMetric::BytesPerFlop: return QStringLiteral("bytes-per-flop");
    }
    return {};
}

QStringList TrendMetrics::keys()
{
    QStringList keys;
    for (TrendMetric m : all())
        keys << key(m);
    return keys;
}

std::optional<TrendMetric> TrendMetrics::fromKey(QStringView text)
{
    for (TrendMetric m : all())
        if (key(m).compare(text, Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

QString TrendMetrics::unit(TrendMetric metric)
{
    switch (metric) {
    case TrendMetric::DenseBf16:
    case TrendMetric::DenseFp8:
    case TrendMetric::DenseFp4: return QStringLiteral("FLOP/s");
    case TrendMetric::MemoryCapacity: return QStringLiteral("B");
    case TrendMetric::MemoryBandwidth: return QStringLiteral("B/s");
    case TrendMetric::Bf16PerWatt: return QStringLiteral("FLOP/s/W");
    case TrendMetric::BandwidthPerWatt: return QStringLiteral("B/s/W");
    case TrendMetric::RidgeBf16:
    case TrendMetric::RidgeFp8: return QStringLiteral("FLOP/B");
    case TrendMetric::BytesPerFlop: return QStringLiteral("B/FLOP");
    }
    return {};
}

ChipFigure TrendMetrics::value(const Chip &chip, TrendMetric metric)
{
    const auto flops = [&](Precision p) { return chipFigure(chip, Metric::PeakFlops, p); };
    const auto bandwidth = [&] { return chipFigure(chip, Metric::MemoryBandwidth); };
    switch (metric) {
    case TrendMetric::DenseBf16: return flops(Precision::BF16);
    case TrendMetric::DenseFp8: return flops(Precision::FP8);
    case TrendMetric::DenseFp4: return flops(Precision::FP4);
    case TrendMetric::MemoryCapacity: return chipFigure(chip, Metric::MemoryCapacity);
    case TrendMetric::MemoryBandwidth: return bandwidth();
    case TrendMetric::Bf16PerWatt: return quotient(flops(Precision::BF16), chipFigure(chip, Metric::Tdp));
    case TrendMetric::BandwidthPerWatt: return quotient(bandwidth(), chipFigure(chip, Metric::Tdp));
    case TrendMetric::RidgeBf16: return quotient(flops(Precision::BF16), bandwidth());
    case TrendMetric::RidgeFp8: return quotient(flops(Precision::FP8), bandwidth());
    case TrendMetric::BytesPerFlop: return quotient(bandwidth(), flops(Precision::BF16));
    }
    return {};
}

QString dateBasisKey(DateBasis basis)
{
    return basis == DateBasis::Available ? QStringLiteral("available") : QStringLiteral("announced");
}

std::optional<DateBasis> dateBasisFromKey(QStringView key)
{
    if (key.compare(QLatin1String("available"), Qt::CaseInsensitive) == 0)
        return DateBasis::Available;
    if (key.compare(QLatin1String("announced"), Qt::CaseInsensitive) == 0)
        return DateBasis::Announced;
    return std::nullopt;
}

QString chipDate(const Chip &chip, DateBasis basis)
{
    return basis == DateBasis::Available ? chip.available : chip.announced;
}

TrendAnalysis TrendAnalysis::build(const QList<Chip> &chips, TrendMetric metric, DateBasis basis, bool includeProjected,
                                   const QStringList &vendorIds)
{
    TrendAnalysis a;
    a.metric = metric;
    a.basis = basis;
    a.includeProjected = includeProjected;
    for (const Chip &chip : chips) {
        if (!vendorIds.isEmpty() && !vendorIds.contains(chip.vendorId))
            continue;
        const ChipFigure figure = TrendMetrics::value(chip, metric);
        if (!figure.value)
            continue;
        const QString date = chipDate(chip, basis);
        const auto parsed = PartialDate::parse(date);
        if (!parsed) {
            a.undated << &chip;
            continue;
        }
        TrendPoint p;
        p.chip = &chip;
        p.date = date;
        p.x = parsed->middleYear();
        p.value = *figure.value;
        p.projected = figure.projected;
        p.inFit = includeProjected || !figure.projected;
        p.claims = figure.claims;
        a.points << p;
        if (!a.vendorIds.contains(chip.vendorId))
            a.vendorIds << chip.vendorId;
    }
    // Date order; a tie keeps the catalog's order.
    std::stable_sort(a.points.begin(), a.points.end(), [](const TrendPoint &l, const TrendPoint &r) { return l.x < r.x; });

    const auto fitOf = [&](const QString &vendorId) {
        TrendSeriesFit s;
        s.vendorId = vendorId;
        QList<TrendSample> samples;
        for (const TrendPoint &p : std::as_const(a.points)) {
            if (!p.inFit || (!vendorId.isEmpty() && p.chip->vendorId != vendorId))
                continue;
            samples << TrendSample{p.x, p.value};
            s.chips << p.chip;
            s.includesProjections |= p.projected;
        }
        s.fit = fitTrend(samples);
        return s;
    };
    for (const QString &vendor : std::as_const(a.vendorIds)) {
        TrendSeriesFit s = fitOf(vendor);
        if (s.fit.n >= 3)
            a.fits << s;
    }
    a.fits << fitOf(QString());
    return a;
}

const TrendSeriesFit *TrendAnalysis::fitFor(const QString &vendorId) const
{
    for (const TrendSeriesFit &f : fits)
        if (f.vendorId == vendorId)
            return &f;
    return nullptr;
}
