#pragma once
// The trends of the Roadmap view and `compute-atlas trend` (issue 12): one metric of every chip placed at a date,
// a log-linear fit per vendor with three or more points, and one over all of them. Projected figures are drawn
// but kept out of the fits unless asked for; a fit then says it includes projections.

#include "chip.h"
#include "chip_figure.h"
#include "trend_fit.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

enum class TrendMetric {
    DenseBf16, DenseFp8, DenseFp4, // FLOP/s
    MemoryCapacity,                // B
    MemoryBandwidth,               // B/s
    Bf16PerWatt,                   // dense BF16 FLOP/s ÷ TDP
    BandwidthPerWatt,              // memory bandwidth ÷ TDP
    RidgeBf16, RidgeFp8,           // dense FLOP/s ÷ memory bandwidth (FLOP/B)
    BytesPerFlop,                  // memory bandwidth ÷ dense BF16 FLOP/s (B/FLOP): the ridge point turned over
};

namespace TrendMetrics {
QList<TrendMetric> all();
// The command line's key: "bf16", "fp8", "fp4", "memory", "bandwidth", "flops-per-watt", "bandwidth-per-watt",
// "ridge-bf16", "ridge-fp8", "bytes-per-flop".
QString key(TrendMetric metric);
QStringList keys();
std::optional<TrendMetric> fromKey(QStringView key);
QString unit(TrendMetric metric); // SI: "FLOP/s", "B", "B/s", "FLOP/s/W", "B/s/W", "FLOP/B", "B/FLOP"
// The metric's current value for a chip, with the claims it is made of.
ChipFigure value(const Chip &chip, TrendMetric metric);
}

// Which of a chip's dates places its point.
enum class DateBasis { Available, Announced };
QString dateBasisKey(DateBasis basis); // "available", "announced"
std::optional<DateBasis> dateBasisFromKey(QStringView key);
// The chip's date on that basis, as written in the data; empty when the data has none.
QString chipDate(const Chip &chip, DateBasis basis);

struct TrendPoint {
    const Chip *chip = nullptr;
    QString date;      // as written in the data ("2022-Q4")
    double x = 0;      // the decimal year it sits at (PartialDate::middleYear)
    double value = 0;  // SI
    bool projected = false;
    bool inFit = false; // projected points are drawn but fitted only when projections are included
    QList<SpecClaim> claims;
};

struct TrendSeriesFit {
    QString vendorId; // empty: every vendor together ("all")
    TrendFit fit;
    bool includesProjections = false; // some fitted point is a projection
    QList<const Chip *> chips;        // the fitted chips, in date order
};

struct TrendAnalysis {
    TrendMetric metric = TrendMetric::DenseBf16;
    DateBasis basis = DateBasis::Available;
    bool includeProjected = false;
    QList<TrendPoint> points;         // every chip with a value and a date, in date order
    QList<const Chip *> undated;      // chips with a value but no date on this basis (left out, said so)
    QStringList vendorIds;            // the vendors with points, in the catalog's order
    // One per vendor with three or more fitted points (in vendor order), then the fit over all vendors.
    QList<TrendSeriesFit> fits;

    // `chips` must outlive the result. `vendorIds`: only these vendors (empty: every vendor).
    static TrendAnalysis build(const QList<Chip> &chips, TrendMetric metric, DateBasis basis, bool includeProjected,
                               const QStringList &vendorIds = {});
    const TrendSeriesFit *fitFor(const QString &vendorId) const; // empty id: the fit over all vendors
};
