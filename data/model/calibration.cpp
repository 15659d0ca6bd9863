#include "calibration.h"

#include <QCoreApplication>
#include <algorithm>

namespace {

// Measured values are compared with a hair of slack so a measurement quoted at exactly the peak is not a failure.
constexpr double tolerance = 1e-9;

const Chip *findChip(const QList<Chip> &chips, const QString &id)
{
    for (const Chip &c : chips)
        if (c.id.compare(id, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

bool isThroughputUnit(const QString &unit)
{
    return unit == QLatin1String("FLOP/s") || unit == QLatin1String("OP/s");
}

// The middle value (the mean of the two middle ones for an even count); nullopt for none.
std::optional<double> median(QList<double> v)
{
    if (v.isEmpty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
} // namespace

ValidationReport validateMeasurements(const QList<Chip> &chips, const QList<Measurement> &measurements)
{
    ValidationReport report;
    for (const Measurement &m : measurements) {
        ValidationRow row;
        row.measurement = m;
        const Chip *chip = findChip(chips, m.chipId);
        if (!chip) {
            row.note = QCoreApplication::translate("Engine", "unknown chip '%1'").arg(m.chipId);
        } else if (m.what == QLatin1String("gemm")) {
            if (!m.precision)
                row.note = QCoreApplication::translate("Engine", "a gemm measurement needs a precision");
            else if (!isThroughputUnit(m.unit))
                row.note = QCoreApplication::translate("Engine", "a gemm measurement is in FLOP/s or OP/s, not %1", "%1: the measurement's unit").arg(m.unit);
            else if (const auto peak = chip->peak(*m.precision)) {
                row.bound = *peak;
                row.boundKind = QCoreApplication::translate("Engine", "dense %1 peak", "the kind of bound a measurement is checked against; %1: a precision such as bf16")
                                   .arg(precisionKey(*m.precision));
            } else {
                row.note = QCoreApplication::translate("Engine", "%1 has no dense %2 peak", "%1: a chip id; %2: a precision such as fp4")
                               .arg(chip->id, precisionKey(*m.precision));
            }
        } else if (m.what == QLatin1String("stream")) {
            if (m.unit != QLatin1String("B/s"))
                row.note = QCoreApplication::translate("Engine", "a stream measurement is in B/s, not %1", "%1: the measurement's unit").arg(m.unit);
            else if (chip->memoryBandwidth) {
                row.bound = *chip->memoryBandwidth;
                row.boundKind = QCoreApplication::translate("Engine", "hbm bandwidth", "the kind of bound a stream measurement is checked against");
            } else {
                row.note = QCoreApplication::translate("Engine", "%1 has no memory bandwidth figure", "%1: a chip id").arg(chip->id);
            }
        } else {
            row.note = QCoreApplication::translate("Engine", "no calculator bound for '%1': it needs a serving configuration",
                                                  "%1: what was measured, e.g. tokens_per_s")
                           .arg(m.what);
        }
        if (row.bound && *row.bound > 0) {
            row.ratio = m.value / *row.bound;
            row.exceedsBound = m.value > *row.bound * (1.0 + tolerance);
            ++report.checked;
            if (row.exceedsBound)
                ++report.exceeding;
        }
        report.rows.append(row);
    }
    // Expected figures, leave-one-out: the median efficiency of the same kind on the other chips.
    QList<double> ratios;
    for (ValidationRow &row : report.rows) {
        if (!row.bound || !row.ratio)
            continue;
        QList<double> others;
        for (const ValidationRow &other : std::as_const(report.rows))
            if (other.ratio && other.measurement.what == row.measurement.what
                && other.measurement.chipId.compare(row.measurement.chipId, Qt::CaseInsensitive) != 0
                && !isLowConfidence(other.measurement))
                others << *other.ratio;
        row.expectedEfficiency = median(others);
        if (!row.expectedEfficiency)
            continue;
        row.expected = *row.bound * *row.expectedEfficiency;
        row.expectedRatio = row.measurement.value / *row.expected;
        if (!isLowConfidence(row.measurement))
            ratios << *row.expectedRatio;
    }
    report.medianMeasuredOverExpected = median(ratios);
    return report;
}

Efficiency expectedEfficiency(const Chip &chip, Precision p, const QList<Measurement> &measurements,
                              const ValidationReport &report)
{
    auto fleetMedian = [&report](const QString &what) {
        QList<double> v;
        for (const ValidationRow &row : report.rows)
            if (row.ratio && row.measurement.what == what && !isLowConfidence(row.measurement))
                v << std::min(1.0, *row.ratio);
        return median(v).value_or(1.0);
    };
    bool ownGemm = false, ownStream = false;
    for (const Measurement &m : measurements) {
        if (m.chipId.compare(chip.id, Qt::CaseInsensitive) != 0 || isLowConfidence(m))
            continue;
        ownGemm |= m.what == QLatin1String("gemm") && m.precision == p;
        ownStream |= m.what == QLatin1String("stream");
    }
    const Efficiency own = calibratedEfficiency(chip, p, measurements);
    return Efficiency{ownGemm ? own.compute : fleetMedian(QStringLiteral("gemm")),
                      ownStream ? own.memory : fleetMedian(QStringLiteral("stream"))};
}

Efficiency calibratedEfficiency(const Chip &chip, Precision p, const QList<Measurement> &measurements,
                                QStringList *notes, bool includeLowConfidence)
{
    Efficiency e;
    const Measurement *bestGemm = nullptr, *bestStream = nullptr;
    QStringList leftOut;
    for (const Measurement &m : measurements) {
        if (m.chipId.compare(chip.id, Qt::CaseInsensitive) != 0)
            continue;
        const bool gemm = m.what == QLatin1String("gemm") && m.precision == p && isThroughputUnit(m.unit);
        const bool stream = m.what == QLatin1String("stream") && m.unit == QLatin1String("B/s");
        if (!gemm && !stream)
            continue;
        if (isLowConfidence(m) && !includeLowConfidence) {
            leftOut << m.id;
            continue;
        }
        const Measurement *&best = gemm ? bestGemm : bestStream;
        if (!best || m.value > best->value)
            best = &m;
    }
    // The best measurement is what the chip has been shown to reach; the factor never exceeds 1 (a
    // measurement above the peak is a validation failure, not a reason to raise the roof).
    const auto peak = chip.peak(p);
    if (bestGemm && peak && *peak > 0) {
        e.compute = std::min(1.0, bestGemm->value / *peak);
        if (notes)
            *notes << QCoreApplication::translate("Engine", "%1 compute efficiency %2 = best measured %3 gemm / dense peak (measurement %4, source %5)",
                                                  "%1: a chip id; %2: a number; %3: a precision such as bf16; %4, %5: ids")
                          .arg(chip.id, QString::number(e.compute, 'f', 3), precisionKey(p), bestGemm->id, bestGemm->sourceId);
    } else if (notes) {
        *notes << QCoreApplication::translate("Engine", "%1: no %2 gemm measurement; compute efficiency 1.0", "%1: a chip id; %2: a precision such as bf16")
                      .arg(chip.id, precisionKey(p));
    }
    if (bestStream && chip.memoryBandwidth && *chip.memoryBandwidth > 0) {
        e.memory = std::min(1.0, bestStream->value / *chip.memoryBandwidth);
        if (notes)
            *notes << QCoreApplication::translate("Engine", "%1 memory efficiency %2 = best measured stream / HBM bandwidth (measurement %3, source %4)",
                                                  "%1: a chip id; %2: a number; %3, %4: ids")
                          .arg(chip.id, QString::number(e.memory, 'f', 3), bestStream->id, bestStream->sourceId);
    } else if (notes) {
        *notes << QCoreApplication::translate("Engine", "%1: no stream measurement; memory efficiency 1.0", "%1: a chip id").arg(chip.id);
    }
    if (notes)
        for (const QString &id : leftOut)
            *notes << QCoreApplication::translate("Engine", "%1: measurement %2 is marked low-confidence and is not used (ask for it to include it)",
                                                  "%1: a chip id; %2: a measurement id")
                          .arg(chip.id, id);
    return e;
}

std::optional<Ceilings> expectedCeilings(const Chip &chip, const Ceilings &bound, const QList<Measurement> &measurements,
                                         const ValidationReport &report)
{
    const Efficiency e = expectedEfficiency(chip, bound.precision, measurements, report);
    const auto made = makeCeilings(chip, bound.precision, e,
                                   bound.tiers.size() > 1 ? std::optional<MemoryTier>(MemoryTier{bound.tiers[1].name, bound.tiers[1].capacityBytes,
                                                                                                 bound.tiers[1].bandwidth / bound.efficiency.memory})
                                                          : std::nullopt);
    if (!made)
        return std::nullopt;
    Ceilings c = *made;
    c.scaleOut = bound.scaleOut;
    return c;
}

