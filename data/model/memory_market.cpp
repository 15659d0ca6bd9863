#include "memory_market.h"

#include "partial_date.h"

#include <QHash>
#include <algorithm>
#include <limits>

QString MemoryOutlook::title(Language language) const
{
    const QString &zh = language == Language::TraditionalChinese ? titleZhHant
        : language == Language::SimplifiedChinese                ? titleZhHans
                                                                 : titleEn;
    return zh.isEmpty() ? titleEn : zh;
}

bool MemoryOutlook::isTarget() const
{
    return kind == QLatin1String("capacity_target") || kind == QLatin1String("bandwidth_target")
        || kind == QLatin1String("sample") || kind == QLatin1String("product");
}

const MarketShare *ShareColumn::share(const QString &companyId) const
{
    for (const MarketShare &r : rows)
        if (r.companyId == companyId)
            return &r;
    return nullptr;
}

double ShareColumn::givenPct() const
{
    double sum = 0;
    for (const MarketShare &r : rows)
        sum += r.sharePct;
    return sum;
}

double ShareColumn::unattributedPct() const
{
    return isGap() ? 0 : std::max(0.0, 100.0 - givenPct());
}

bool ShareColumn::isEstimate() const
{
    return !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [](const MarketShare &r) { return r.isEstimate(); });
}

QStringList shareSegments(const QList<MarketShare> &shares)
{
    QStringList segments;
    for (const MarketShare &s : shares)
        if (!segments.contains(s.segment))
            segments << s.segment;
    if (segments.removeAll(QStringLiteral("HBM")) > 0)
        segments.prepend(QStringLiteral("HBM"));
    return segments;
}

namespace {
int shareOfRank(const QString &shareOf)
{
    static const QStringList order{QStringLiteral("revenue"), QStringLiteral("shipments"), QStringLiteral("bits")};
    const int i = order.indexOf(shareOf);
    return i < 0 ? order.size() : i;
}

qint64 periodKey(const QString &period)
{
    const auto d = PartialDate::parse(period);
    return d ? d->sortKey() : 0;
}

// The quarter after `period` if it is a quarter ("2024-Q4" → "2025-Q1"), else empty.
QString nextQuarter(const QString &period)
{
    const auto d = PartialDate::parse(period);
    if (!d || d->precision != PartialDate::Precision::Quarter)
        return {};
    const int q = (d->month - 1) / 3 + 1;
    return q == 4 ? QStringLiteral("%1-Q1").arg(d->year + 1) : QStringLiteral("%1-Q%2").arg(d->year).arg(q + 1);
}
} // namespace

ShareChart shareChart(const QList<MarketShare> &shares, const QString &segment)
{
    ShareChart chart;
    QHash<QString, double> totals;
    QStringList firstSeen;
    QList<MarketShare> rows;
    for (const MarketShare &s : shares) {
        if (s.segment != segment)
            continue;
        rows << s;
        totals[s.companyId] += s.sharePct;
        if (!firstSeen.contains(s.companyId))
            firstSeen << s.companyId;
    }
    chart.suppliers = firstSeen;
    std::stable_sort(chart.suppliers.begin(), chart.suppliers.end(),
                     [&](const QString &a, const QString &b) { return totals.value(a) > totals.value(b); });

    std::stable_sort(rows.begin(), rows.end(), [](const MarketShare &a, const MarketShare &b) {
        const qint64 ka = periodKey(a.period), kb = periodKey(b.period);
        if (ka != kb)
            return ka < kb;
        return shareOfRank(a.shareOf) < shareOfRank(b.shareOf);
    });
    for (const MarketShare &r : rows) {
        const QString shareOf = r.shareOf.isEmpty() ? QStringLiteral("unknown") : r.shareOf;
        if (chart.columns.isEmpty() || chart.columns.constLast().period != r.period || chart.columns.constLast().shareOf != shareOf) {
            // Quarters missing between the last period and this one are gaps.
            if (!chart.columns.isEmpty() && chart.columns.constLast().period != r.period) {
                const auto here = PartialDate::parse(r.period);
                if (here && here->precision == PartialDate::Precision::Quarter) {
                    for (QString q = nextQuarter(chart.columns.constLast().period); !q.isEmpty() && q != r.period
                         && periodKey(q) < periodKey(r.period);
                         q = nextQuarter(q))
                        chart.columns.append({q, QString(), {}});
                }
            }
            chart.columns.append({r.period, shareOf, {}});
        }
        chart.columns.last().rows << r;
    }
    for (ShareColumn &c : chart.columns)
        std::stable_sort(c.rows.begin(), c.rows.end(), [&](const MarketShare &a, const MarketShare &b) {
            return chart.suppliers.indexOf(a.companyId) < chart.suppliers.indexOf(b.companyId);
        });
    return chart;
}

QStringList memoryGenerations()
{
    return {QStringLiteral("HBM2"), QStringLiteral("HBM2E"), QStringLiteral("HBM3"), QStringLiteral("HBM3E"),
            QStringLiteral("HBM4"), QStringLiteral("HBM4E"), QStringLiteral("GDDR7"), QStringLiteral("LPDDR5X")};
}

QList<ChipMemoryPoint> chipMemoryPoints(const QList<Chip> &chips, const QList<ChipMemory> &memory)
{
    QList<ChipMemoryPoint> points;
    for (const Chip &chip : chips) {
        if (!chip.memoryBytes || !chip.memoryBandwidth || *chip.memoryBytes <= 0)
            continue;
        ChipMemoryPoint p;
        p.chip = &chip;
        p.bytes = *chip.memoryBytes;
        p.bandwidth = *chip.memoryBandwidth;
        p.date = chip.available.isEmpty() ? chip.announced : chip.available;
        p.projected = chip.isProjected(QStringLiteral("memory_capacity")) || chip.isProjected(QStringLiteral("memory_bandwidth"));
        qint64 newest = std::numeric_limits<qint64>::min();
        qint64 newestNamed = std::numeric_limits<qint64>::min();
        for (const ChipMemory &m : memory) {
            if (m.chipId != chip.id)
                continue;
            const qint64 k = periodKey(m.claimedOn);
            if (k >= newest) {
                newest = k;
                p.memory = &m;
            }
            if (!m.generation.isEmpty() && k >= newestNamed) {
                newestNamed = k;
                p.generation = m.generation;
            }
        }
        points << p;
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const ChipMemoryPoint &a, const ChipMemoryPoint &b) { return periodKey(a.date) < periodKey(b.date); });
    return points;
}
