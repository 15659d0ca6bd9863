#pragma once
// What a set of deployments adds up to (issue 9): units kept apart by kind, H100-equivalents, power and serving
// capacity, with totals never added to their parts and overlaps flagged, never silently double-counted.
//
// - A total (a row other rows name in part_of) counts only what its parts do not explain: max(0, its units −
//   Σ its parts' units), and the same for power. Its parts are summed over every row given, so a filter never
//   changes what a total adds: Korea's 300,000 adds nothing beyond its itemised 365,000, whatever is shown.
// - H100-equivalents: units × the chip's dense BF16 FLOP/s ÷ the H100 SXM's. A row that names no chip takes one
//   from the first family rule its accelerator text matches (Blackwell → B200), which the caller can change;
//   a row no rule covers stays out of the H100-equivalent total, and the total says how many units that is.
// - Overlaps: two rows that may count the same accelerators are both counted, and every total holding both
//   reports the smaller of the two as units that may be counted twice.

#include "deployment.h"
#include "serving_capacity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <optional>

// Rows whose accelerator text names a family count as `chipId` in H100-equivalents and tokens.
struct FamilyAssumption {
    QString key;          // "blackwell"
    QString label;        // "Blackwell (B200, B300 …)", in English; a front end translates by key
    QStringList keywords; // lower-case words that name the family in accelerator text
    QString chipId;       // the chip counted; empty = such rows stay out of the H100-equivalent and token totals
};
// First match wins, so the narrower families come first: "A100-equivalents (incl. GB300)" is not GB300, and
// "GB200/GB300" counts as GB200, the smaller claim.
QList<FamilyAssumption> defaultFamilyAssumptions();

struct ChipChoice {
    QString chipId;     // empty: neither named nor assumed
    QString assumption; // key of the family rule that chose it; empty when the row names its chip
    bool assumed() const { return !assumption.isEmpty(); }
};
ChipChoice chipFor(const Deployment &row, const QList<FamilyAssumption> &assumptions);

// What one row adds to any total that holds it.
struct RowCount {
    std::optional<double> units;   // counted units; nullopt when the row gives none
    std::optional<double> powerMw; // counted MW; nullopt when the row gives none
    bool isTotal = false;          // other rows are part of it
    double partsUnits = 0;         // Σ of its parts' units (their own totals included)
    double partsPowerMw = 0;
};
// Per row id, for every row given (the whole dataset: a total's parts are found among them).
QHash<QString, RowCount> countRows(const QList<Deployment> &rows);

// What the measures need to know of the chips and the question asked.
struct MeasureContext {
    QHash<QString, double> bf16ByChip; // dense BF16 FLOP/s by chip id
    double h100Bf16 = 0;               // the H100 SXM's dense BF16 FLOP/s, the unit of H100-equivalents
    QList<FamilyAssumption> assumptions = defaultFamilyAssumptions();
    // Tokens per second per chip by chip id, for the serving measure; a chip absent here (or with an error)
    // leaves its units out of the token total.
    QHash<QString, ServingEstimate> serving;
    // Where the caller has worked out each row's facts already (DeploymentSet does, once per row and again only
    // when the assumptions or the serving question change), this looks them up; nullptr: work them out here.
    std::function<const struct RowFacts *(const Deployment &)> factsOf;
};

// Everything a total needs to know of one row, worked out from its count, its chip and the context.
struct RowFacts {
    UnitsKind kind = UnitsKind::Unknown;
    RowCount count;
    ChipChoice chip;
    double h100ePerUnit = 0;     // the chip's dense BF16 ÷ the H100 SXM's; 0 = no chip known
    double tokensPerUnit = 0;    // tokens/s one chip serves; 0 = none
    bool serves = false;         // tokensPerUnit is a figure (the chip can serve the model)
    qint64 announced = 0;        // PartialDate::sortKey of announced_on, 0 if it has none
};
// `announcedKey`: the date's sort key where the caller has it (saves parsing the date again).
RowFacts factsOf(const Deployment &row, const RowCount &count, const MeasureContext &context,
                 std::optional<qint64> announcedKey = std::nullopt);

struct OverlapFlag {
    QString first, second; // row ids
    double unitsAtRisk = 0; // the smaller of the two counted units
};

// What a total is measured in: units, H100-equivalents, MW, or tokens per second served.
enum class DeploymentMeasure { Units, H100e, Power, Tokens };
QString deploymentMeasureKey(DeploymentMeasure m); // "units", "h100e", "power", "tokens"
std::optional<DeploymentMeasure> deploymentMeasureFromKey(QStringView key);

struct DeploymentTotals {
    QString key;
    double unitsInstalled = 0, unitsPlanned = 0, unitsUnknown = 0;
    double h100e = 0;
    double h100eAssumedUnits = 0;  // units counted in h100e through a family rule
    double unitsWithoutH100e = 0;  // units no chip is known or assumed for
    std::optional<double> powerMw; // absent when no row gives power
    double tokensPerS = 0;
    double unitsWithoutTokens = 0; // units with no chip, or whose chip cannot serve the model
    int sites = 0;                 // rows that are not totals of others, and totals that add to their parts
    QList<const Deployment *> rows; // every row of the group, totals included
    QString asOf;                  // the latest announced_on
    QList<OverlapFlag> overlaps;

    // Each measure split by kind: [measure][kind], in enum order; power counts rows with a figure only.
    std::array<std::array<double, 3>, 4> byKind{};

    double units() const { return unitsInstalled + unitsPlanned + unitsUnknown; }
    QStringList deploymentIds() const;
    double unitsOf(UnitsKind kind) const;
    double measure(DeploymentMeasure m) const;
    double measure(DeploymentMeasure m, UnitsKind kind) const { return byKind[int(m)][int(kind)]; }
    double overlapUnits() const;
};

DeploymentTotals totalsOf(const QList<const Deployment *> &rows, const QHash<QString, RowCount> &counts,
                          const MeasureContext &context);

enum class GroupBy { Country, Owner, Chip, Site };
// The key a row is grouped under: its country, owner (empty: not attributed), chip id (else its accelerator
// text) or its own id for a site.
QString groupKey(const Deployment &row, GroupBy by);
// One total per key, largest units first (ties by key). Rows with an empty key form no group.
QList<DeploymentTotals> groupTotals(const QList<const Deployment *> &rows, GroupBy by,
                                    const QHash<QString, RowCount> &counts, const MeasureContext &context);

// The serving estimate for every chip the rows name or are assumed to be, once per chip.
QHash<QString, ServingEstimate> servingByChip(const QList<Deployment> &rows, const QList<FamilyAssumption> &assumptions,
                                              const std::function<const Chip *(const QString &)> &findChip,
                                              const ServingSettings &settings);
