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
    return report;
}

Efficiency calibratedEfficiency(const Chip &chip, Precision p, const QList<Measurement> &measurements,
                                QStringList *notes)
{
    Efficiency e;
    double bestGemm = 0, bestStream = 0;
    for (const Measurement &m : measurements) {
        if (m.chipId.compare(chip.id, Qt::CaseInsensitive) != 0)
            continue;
        if (m.what == QLatin1String("gemm") && m.precision == p && isThroughputUnit(m.unit))
            bestGemm = std::max(bestGemm, m.value);
        else if (m.what == QLatin1String("stream") && m.unit == QLatin1String("B/s"))
            bestStream = std::max(bestStream, m.value);
    }
    // The best measurement is what the chip has been shown to reach; the factor never exceeds 1 (a
    // measurement above the peak is a validation failure, not a reason to raise the roof).
    const auto peak = chip.peak(p);
    if (bestGemm > 0 && peak && *peak > 0) {
        e.compute = std::min(1.0, bestGemm / *peak);
        if (notes)
            *notes << QCoreApplication::translate("Engine", "%1 compute efficiency %2 = best measured %3 gemm / dense peak",
                                                  "%1: a chip id; %2: a number; %3: a precision such as bf16")
                          .arg(chip.id, QString::number(e.compute, 'f', 3), precisionKey(p));
    } else if (notes) {
        *notes << QCoreApplication::translate("Engine", "%1: no %2 gemm measurement; compute efficiency 1.0", "%1: a chip id; %2: a precision such as bf16")
                      .arg(chip.id, precisionKey(p));
    }
    if (bestStream > 0 && chip.memoryBandwidth && *chip.memoryBandwidth > 0) {
        e.memory = std::min(1.0, bestStream / *chip.memoryBandwidth);
        if (notes)
            *notes << QCoreApplication::translate("Engine", "%1 memory efficiency %2 = best measured stream / HBM bandwidth", "%1: a chip id; %2: a number")
                          .arg(chip.id, QString::number(e.memory, 'f', 3));
    } else if (notes) {
        *notes << QCoreApplication::translate("Engine", "%1: no stream measurement; memory efficiency 1.0", "%1: a chip id").arg(chip.id);
    }
    return e;
}
