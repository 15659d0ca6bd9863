#pragma once
// The memory story in values (issue 16): HBM market shares with what they are a share of, each chip's memory
// technology, announced high-bandwidth-flash targets, and the grouping the Memory view and `memory` command draw.

#include "chip.h"
#include "number_format.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One row of market_share: a supplier's share of a segment in a period, as one source gives it.
struct MarketShare {
    QString id, segment, period, companyId;
    double sharePct = 0;
    QString basis;   // official, reported, estimate (a forecast)
    QString shareOf; // revenue, shipments, bits, unknown (the source does not say)
    QString sourceId, note;

    bool isEstimate() const { return basis == QLatin1String("estimate"); }
    bool isShareOfUnknown() const { return shareOf.isEmpty() || shareOf == QLatin1String("unknown"); }
};

// One row of chip_memory: a chip's memory technology as one source gives it.
struct ChipMemory {
    QString id, chipId;
    QString generation; // HBM3E …; empty when the source does not name it
    std::optional<int> stacks;
    std::optional<double> stackBytes;
    QString claimedOn, basis, sourceId, note;
};

// One row of memory_outlook: an announcement or a target about memory that is not yet a product (HBF).
struct MemoryOutlook {
    QString id, technology, companyId, kind, statedOn, targetOn;
    std::optional<double> value;
    QString unit, titleEn, titleZhHant, titleZhHans, sourceId, note;

    QString title(Language language) const;
    // A figure or date aimed at, as opposed to something that happened (an agreement, a standardisation step).
    bool isTarget() const;
};

// One bar of the market chart: the shares of one period, of one measure (revenue, shipments …). A period no
// source covers, between two that are covered, is a gap column with no rows: the chart leaves it empty.
struct ShareColumn {
    QString period;
    QString shareOf;         // empty for a gap
    QList<MarketShare> rows; // in the chart's supplier order; a supplier the source does not give has no row

    bool isGap() const { return rows.isEmpty(); }
    const MarketShare *share(const QString &companyId) const;
    double givenPct() const;        // the sum of the shares the source gives
    double unattributedPct() const; // 100 − given, never below 0: the part the source does not attribute
    bool isEstimate() const;        // every row is a forecast
};

struct ShareChart {
    QStringList suppliers; // company ids, the largest summed share first
    QList<ShareColumn> columns;
};

// The segments present ("HBM" first, then the others in the order they appear).
QStringList shareSegments(const QList<MarketShare> &shares);
// Groups one segment's rows by period and measure, in time order (revenue, shipments, bits, unknown within a
// period), and puts a gap column for every quarter missing between two quarters that have rows. Nothing is
// interpolated: a gap has no value.
ShareChart shareChart(const QList<MarketShare> &shares, const QString &segment);

// A chip's memory as the Per-chip panels draw it.
struct ChipMemoryPoint {
    const Chip *chip = nullptr;
    QString generation; // from the newest chip_memory row that names one; empty: not given
    const ChipMemory *memory = nullptr; // the newest chip_memory row of the chip, if any
    double bytes = 0;
    double bandwidth = 0; // B/s
    QString date;         // available, else announced
    bool projected = false;

    // How many times a second the whole memory can be read: bandwidth / capacity (1/s). Decode reads every
    // weight once per step, so this bounds steps per second for a model that fills the memory.
    double readsPerSecond() const { return bandwidth / bytes; }
};

// Every chip with a current capacity and bandwidth, in date order (a tie keeps the chips' order).
QList<ChipMemoryPoint> chipMemoryPoints(const QList<Chip> &chips, const QList<ChipMemory> &memory);
// The generations in the order they came (HBM2 … HBM4E, GDDR7, LPDDR5X), for legends and colours.
QStringList memoryGenerations();

// The three tables together, as the store reads them.
struct MemoryData {
    QList<MarketShare> shares;
    QList<ChipMemory> chipMemory;
    QList<MemoryOutlook> outlook;
};
