#include "deployment_measures.h"

#include "partial_date.h"

#include <QSet>
#include <algorithm>

QList<FamilyAssumption> defaultFamilyAssumptions()
{
    const auto words = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *w : list)
            out << QString::fromLatin1(w);
        return out;
    };
    return {
        // A count already given in H100-equivalents ("1 million H100 GPU equivalents") is that many H100 SXM; its
        // own text often names the chips it was made of, which the later rules would take for a count of them.
        {QStringLiteral("h100-equivalents"), QStringLiteral("H100-equivalents"), words({"h100-equivalent", "h100 gpu equivalent"}), QStringLiteral("h100-sxm")},
        {QStringLiteral("a100-equivalents"), QStringLiteral("A100-equivalents"), words({"a100-equivalent"}), QString()},
        {QStringLiteral("gb200"), QStringLiteral("GB200 / Grace Blackwell"), words({"gb200", "grace blackwell"}), QStringLiteral("gb200")},
        {QStringLiteral("gb300"), QStringLiteral("GB300 / Blackwell Ultra"), words({"gb300", "blackwell ultra", "b300"}), QStringLiteral("gb300")},
        {QStringLiteral("blackwell"), QStringLiteral("Blackwell"), words({"blackwell", "b200"}), QStringLiteral("b200")},
        {QStringLiteral("hopper"), QStringLiteral("Hopper (H100, H200, GH200)"), words({"h100", "h200", "gh200", "hopper"}), QStringLiteral("h100-sxm")},
        {QStringLiteral("trainium"), QStringLiteral("Trainium2"), words({"trainium2"}), QStringLiteral("trainium2")},
    };
}

ChipChoice chipFor(const Deployment &row, const QList<FamilyAssumption> &assumptions)
{
    if (!row.chipId.isEmpty())
        return {row.chipId, QString()};
    const QString text = row.accelerator.toLower();
    for (const FamilyAssumption &a : assumptions)
        for (const QString &word : a.keywords)
            if (text.contains(word))
                return {a.chipId, a.key};
    return {};
}

namespace {

struct Sums {
    double units = 0, power = 0;
};

// A row's effective figures: the larger of its own and the sum of its parts' (a total at least covers its parts).
Sums effective(const QString &id, const QHash<QString, const Deployment *> &byId, const QHash<QString, QStringList> &partsOf,
               QHash<QString, Sums> &memo, QSet<QString> &visiting)
{
    if (const auto it = memo.constFind(id); it != memo.constEnd())
        return *it;
    Sums parts;
    if (!visiting.contains(id)) { // a loop (the validator refuses them) counts no parts
        visiting.insert(id);
        for (const QString &part : partsOf.value(id)) {
            const Sums s = effective(part, byId, partsOf, memo, visiting);
            parts.units += s.units;
            parts.power += s.power;
        }
        visiting.remove(id);
    }
    const Deployment *row = byId.value(id);
    const Sums own{std::max(row && row->units ? *row->units : 0.0, parts.units),
                   std::max(row && row->powerMw ? *row->powerMw : 0.0, parts.power)};
    memo.insert(id, own);
    return own;
}

} // namespace

QHash<QString, RowCount> countRows(const QList<Deployment> &rows)
{
    QHash<QString, const Deployment *> byId;
    QHash<QString, QStringList> partsOf;
    for (const Deployment &d : rows)
        byId.insert(d.id, &d);
    for (const Deployment &d : rows)
        if (!d.partOf.isEmpty() && byId.contains(d.partOf))
            partsOf[d.partOf] << d.id;

    QHash<QString, Sums> memo;
    QSet<QString> visiting;
    QHash<QString, RowCount> counts;
    for (const Deployment &d : rows) {
        RowCount c;
        c.isTotal = partsOf.contains(d.id);
        for (const QString &part : partsOf.value(d.id)) {
            const Sums s = effective(part, byId, partsOf, memo, visiting);
            c.partsUnits += s.units;
            c.partsPowerMw += s.power;
        }
        if (d.units)
            c.units = std::max(0.0, *d.units - c.partsUnits);
        if (d.powerMw)
            c.powerMw = std::max(0.0, *d.powerMw - c.partsPowerMw);
        counts.insert(d.id, c);
    }
    return counts;
}

double DeploymentTotals::unitsOf(UnitsKind kind) const
{
    switch (kind) {
    case UnitsKind::Installed: return unitsInstalled;
    case UnitsKind::Planned: return unitsPlanned;
    case UnitsKind::Unknown: break;
    }
    return unitsUnknown;
}

double DeploymentTotals::measure(DeploymentMeasure m) const
{
    switch (m) {
    case DeploymentMeasure::Units: return units();
    case DeploymentMeasure::H100e: return h100e;
    case DeploymentMeasure::Power: return powerMw.value_or(0);
    case DeploymentMeasure::Tokens: break;
    }
    return tokensPerS;
}

QString deploymentMeasureKey(DeploymentMeasure m)
{
    switch (m) {
    case DeploymentMeasure::Units: return QStringLiteral("units");
    case DeploymentMeasure::H100e: return QStringLiteral("h100e");
    case DeploymentMeasure::Power: return QStringLiteral("power");
    case DeploymentMeasure::Tokens: break;
    }
    return QStringLiteral("tokens");
}

std::optional<DeploymentMeasure> deploymentMeasureFromKey(QStringView key)
{
    for (DeploymentMeasure m : {DeploymentMeasure::Units, DeploymentMeasure::H100e, DeploymentMeasure::Power, DeploymentMeasure::Tokens})
        if (deploymentMeasureKey(m) == key)
            return m;
    return std::nullopt;
}

double DeploymentTotals::overlapUnits() const
{
    double sum = 0;
    for (const OverlapFlag &o : overlaps)
        sum += o.unitsAtRisk;
    return sum;
}

RowFacts factsOf(const Deployment &d, const RowCount &count, const MeasureContext &ctx, std::optional<qint64> announcedKey)
{
    RowFacts f;
    f.kind = d.kind();
    f.count = count;
    f.chip = chipFor(d, ctx.assumptions);
    const double bf16 = f.chip.chipId.isEmpty() ? 0.0 : ctx.bf16ByChip.value(f.chip.chipId, 0.0);
    f.h100ePerUnit = bf16 > 0 && ctx.h100Bf16 > 0 ? bf16 / ctx.h100Bf16 : 0.0;
    const auto serving = f.chip.chipId.isEmpty() ? ctx.serving.constEnd() : ctx.serving.constFind(f.chip.chipId);
    f.serves = serving != ctx.serving.constEnd() && serving->ok();
    f.tokensPerUnit = f.serves ? serving->tokensPerSPerChip : 0.0;
    if (announcedKey) {
        f.announced = *announcedKey;
    } else {
        const auto date = PartialDate::parse(d.announcedOn);
        f.announced = date ? date->sortKey() : 0;
    }
    return f;
}

QStringList DeploymentTotals::deploymentIds() const
{
    QStringList ids;
    ids.reserve(rows.size());
    for (const Deployment *d : rows)
        ids << d->id;
    return ids;
}

DeploymentTotals totalsOf(const QList<const Deployment *> &rows, const QHash<QString, RowCount> &counts, const MeasureContext &ctx)
{
    DeploymentTotals t;
    t.rows = rows;
    // Only rows that name an overlap, or are named by one, need their counted units kept for the flags.
    QSet<QString> overlapping;
    for (const Deployment *d : rows)
        if (!d->overlaps.isEmpty()) {
            overlapping.insert(d->id);
            for (const QString &other : d->overlaps)
                overlapping.insert(other);
        }
    QHash<QString, double> countedUnits;
    qint64 latest = 0;
    RowFacts local;
    for (const Deployment *d : rows) {
        const RowFacts *f = ctx.factsOf ? ctx.factsOf(*d) : nullptr;
        if (!f) {
            local = factsOf(*d, counts.value(d->id), ctx);
            f = &local;
        }
        const RowCount &c = f->count;
        // A site is a row that is not a total, or a total that adds units or power beyond its parts.
        if (!c.isTotal || c.units.value_or(0) > 0 || c.powerMw.value_or(0) > 0)
            ++t.sites;
        if (f->announced > latest) {
            latest = f->announced;
            t.asOf = d->announcedOn;
        }
        const UnitsKind kind = f->kind;
        const int k = int(kind);
        if (c.powerMw) {
            t.powerMw = t.powerMw.value_or(0) + *c.powerMw;
            t.byKind[int(DeploymentMeasure::Power)][k] += *c.powerMw;
        }
        if (!c.units)
            continue;
        const double units = *c.units;
        if (!overlapping.isEmpty() && overlapping.contains(d->id))
            countedUnits.insert(d->id, units);
        t.byKind[int(DeploymentMeasure::Units)][k] += units;
        switch (kind) {
        case UnitsKind::Installed: t.unitsInstalled += units; break;
        case UnitsKind::Planned: t.unitsPlanned += units; break;
        case UnitsKind::Unknown: t.unitsUnknown += units; break;
        }
        if (f->h100ePerUnit > 0) {
            t.h100e += units * f->h100ePerUnit;
            t.byKind[int(DeploymentMeasure::H100e)][k] += units * f->h100ePerUnit;
            if (f->chip.assumed())
                t.h100eAssumedUnits += units;
        } else {
            t.unitsWithoutH100e += units;
        }
        if (f->serves) {
            t.tokensPerS += units * f->tokensPerUnit;
            t.byKind[int(DeploymentMeasure::Tokens)][k] += units * f->tokensPerUnit;
        } else {
            t.unitsWithoutTokens += units;
        }
    }
    // Each pair once (either row may name the other), in the order the rows came.
    QSet<QString> flagged;
    for (const Deployment *d : rows)
        for (const QString &other : d->overlaps) {
            const QString pair = std::min(d->id, other) + QLatin1Char('|') + std::max(d->id, other);
            if (countedUnits.contains(d->id) && countedUnits.contains(other) && !flagged.contains(pair)) {
                flagged.insert(pair);
                t.overlaps.append({d->id, other, std::min(countedUnits.value(d->id), countedUnits.value(other))});
            }
        }
    return t;
}

QString groupKey(const Deployment &row, GroupBy by)
{
    switch (by) {
    case GroupBy::Country: return row.countryIso2;
    case GroupBy::Owner: return row.ownerId;
    case GroupBy::Chip: return row.chipId.isEmpty() ? row.accelerator : row.chipId;
    case GroupBy::Site: break;
    }
    return row.id;
}

QList<DeploymentTotals> groupTotals(const QList<const Deployment *> &rows, GroupBy by, const QHash<QString, RowCount> &counts,
                                    const MeasureContext &ctx)
{
    QStringList order;
    QHash<QString, QList<const Deployment *>> groups;
    for (const Deployment *d : rows) {
        const QString key = groupKey(*d, by);
        if (key.isEmpty())
            continue;
        if (!groups.contains(key))
            order << key;
        groups[key] << d;
    }
    QList<DeploymentTotals> out;
    out.reserve(order.size());
    for (const QString &key : order) {
        out << totalsOf(groups.value(key), counts, ctx);
        out.last().key = key;
    }
    std::stable_sort(out.begin(), out.end(), [](const DeploymentTotals &a, const DeploymentTotals &b) {
        return a.units() != b.units() ? a.units() > b.units() : a.key < b.key;
    });
    return out;
}

QHash<QString, ServingEstimate> servingByChip(const QList<Deployment> &rows, const QList<FamilyAssumption> &assumptions,
                                              const std::function<const Chip *(const QString &)> &findChip,
                                              const ServingSettings &settings)
{
    QHash<QString, ServingEstimate> out;
    for (const Deployment &d : rows) {
        const QString id = chipFor(d, assumptions).chipId;
        if (id.isEmpty() || out.contains(id))
            continue;
        if (const Chip *chip = findChip(id))
            out.insert(id, estimateServing(*chip, settings));
    }
    return out;
}
