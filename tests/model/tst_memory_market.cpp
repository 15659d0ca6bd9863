// The memory story's grouping (issue 16): shares by period and supplier with gaps left empty, and chips' memory
// with the reads per second that bound decode. Every number can be checked by hand.

#include "memory_market.h"

#include <QTest>

namespace {
MarketShare share(const char *period, const char *company, double pct, const char *shareOf, const char *basis = "reported",
                  const char *segment = "HBM")
{
    MarketShare s;
    s.segment = QString::fromLatin1(segment);
    s.period = QString::fromLatin1(period);
    s.companyId = QString::fromLatin1(company);
    s.sharePct = pct;
    s.shareOf = QString::fromLatin1(shareOf);
    s.basis = QString::fromLatin1(basis);
    s.sourceId = QStringLiteral("src-") + s.period;
    s.id = s.segment.toLower() + QLatin1Char('.') + s.period.toLower() + QLatin1Char('.') + s.companyId;
    return s;
}

Chip chip(const char *id, const char *available, double bytes, double bandwidth, const char *status = "shipping")
{
    Chip c;
    c.id = QString::fromLatin1(id);
    c.name = c.id;
    c.available = QString::fromLatin1(available);
    c.status = QString::fromLatin1(status);
    c.memoryBytes = bytes;
    c.memoryBandwidth = bandwidth;
    return c;
}
} // namespace

class TestMemoryMarket : public QObject {
    Q_OBJECT
private slots:
    void sharesAreGroupedByPeriodAndMeasure();
    void missingQuartersAreGaps();
    void suppliersAreOrderedByTheirSummedShare();
    void unattributedIsWhatTheSourceLeavesOut();
    void segmentsPutHbmFirst();
    void chipPointsCarryReadsPerSecond();
    void chipGenerationIsTheNewestNamed();
    void outlookTargetsAreMarked();
};

void TestMemoryMarket::sharesAreGroupedByPeriodAndMeasure()
{
    // 2025-Q2 is given twice by the same firm: by shipments (62/21/17) and by revenue (64/21/15). They are two
    // columns, revenue first, never summed together (62 + 64 would be 126%).
    const QList<MarketShare> rows{share("2025-Q2", "sk-hynix", 62, "shipments"), share("2025-Q2", "micron", 21, "shipments"),
                                  share("2025-Q2", "samsung", 17, "shipments"), share("2025-Q2", "sk-hynix", 64, "revenue"),
                                  share("2025-Q2", "samsung", 15, "revenue"), share("2025-Q2", "micron", 21, "revenue"),
                                  share("2022", "sk-hynix", 50, "unknown")};
    const ShareChart chart = shareChart(rows, QStringLiteral("HBM"));
    QCOMPARE(chart.columns.size(), 3);
    // 2022 (a year) sorts before 2025-Q2; between a year and a quarter no gap is made.
    QCOMPARE(chart.columns.at(0).period, QStringLiteral("2022"));
    QCOMPARE(chart.columns.at(0).shareOf, QStringLiteral("unknown"));
    QCOMPARE(chart.columns.at(1).shareOf, QStringLiteral("revenue"));
    QCOMPARE(chart.columns.at(2).shareOf, QStringLiteral("shipments"));
    // Revenue column: 64 + 15 + 21 = 100.
    QCOMPARE(chart.columns.at(1).givenPct(), 100.0);
    QCOMPARE(chart.columns.at(1).share(QStringLiteral("samsung"))->sharePct, 15.0);
    QCOMPARE(chart.columns.at(2).share(QStringLiteral("samsung"))->sharePct, 17.0);
}

void TestMemoryMarket::missingQuartersAreGaps()
{
    // 2024-Q2 and 2024-Q4 have rows; 2024-Q3 has none, so it is a gap. 2024-Q4 → 2025-Q3 misses Q1 and Q2:
    // two more gaps. Columns: Q2, [Q3], Q4, [2025-Q1], [2025-Q2], 2025-Q3 = 6.
    const QList<MarketShare> rows{share("2024-Q2", "samsung", 41, "shipments"), share("2024-Q4", "sk-hynix", 51, "revenue"),
                                  share("2025-Q3", "sk-hynix", 57, "revenue")};
    const ShareChart chart = shareChart(rows, QStringLiteral("HBM"));
    QStringList periods;
    for (const ShareColumn &c : chart.columns)
        periods << c.period + (c.isGap() ? QStringLiteral(" gap") : QString());
    QCOMPARE(periods, (QStringList{QStringLiteral("2024-Q2"), QStringLiteral("2024-Q3 gap"), QStringLiteral("2024-Q4"),
                                   QStringLiteral("2025-Q1 gap"), QStringLiteral("2025-Q2 gap"), QStringLiteral("2025-Q3")}));
    // A gap has no value at all, not zero shares.
    QCOMPARE(chart.columns.at(1).givenPct(), 0.0);
    QCOMPARE(chart.columns.at(1).unattributedPct(), 0.0);
    QVERIFY(!chart.columns.at(1).share(QStringLiteral("samsung")));
}

void TestMemoryMarket::suppliersAreOrderedByTheirSummedShare()
{
    // SK hynix 50 + 57 = 107, Samsung 40 + 22 = 62, Micron 10 + 21 = 31: SK hynix, Samsung, Micron, although
    // Micron appears first in the file.
    const QList<MarketShare> rows{share("2022", "micron", 10, "unknown"), share("2022", "samsung", 40, "unknown"),
                                  share("2022", "sk-hynix", 50, "unknown"), share("2025-Q3", "micron", 21, "revenue"),
                                  share("2025-Q3", "samsung", 22, "revenue"), share("2025-Q3", "sk-hynix", 57, "revenue")};
    const ShareChart chart = shareChart(rows, QStringLiteral("HBM"));
    QCOMPARE(chart.suppliers, (QStringList{QStringLiteral("sk-hynix"), QStringLiteral("samsung"), QStringLiteral("micron")}));
    // Each column's rows follow the same order.
    QCOMPARE(chart.columns.at(0).rows.at(0).companyId, QStringLiteral("sk-hynix"));
    QCOMPARE(chart.columns.at(0).rows.at(2).companyId, QStringLiteral("micron"));
}

void TestMemoryMarket::unattributedIsWhatTheSourceLeavesOut()
{
    // 2024-Q4 by revenue: SK hynix 51, Samsung 40, Micron not given → 100 − 51 − 40 = 9 unattributed.
    const QList<MarketShare> rows{share("2024-Q4", "sk-hynix", 51, "revenue"), share("2024-Q4", "samsung", 40, "revenue")};
    const ShareChart chart = shareChart(rows, QStringLiteral("HBM"));
    QCOMPARE(chart.columns.size(), 1);
    QCOMPARE(chart.columns.at(0).unattributedPct(), 9.0);
    QVERIFY(!chart.columns.at(0).isEstimate());
    // A forecast column (every row an estimate) is marked as one.
    const ShareChart forecast = shareChart({share("2026", "samsung", 30, "shipments", "estimate")}, QStringLiteral("HBM"));
    QVERIFY(forecast.columns.at(0).isEstimate());
    QCOMPARE(forecast.columns.at(0).unattributedPct(), 70.0); // 100 − 30
}

void TestMemoryMarket::segmentsPutHbmFirst()
{
    const QList<MarketShare> rows{share("2024-Q1", "sk-hynix", 90, "unknown", "reported", "HBM3"), share("2022", "sk-hynix", 50, "unknown")};
    QCOMPARE(shareSegments(rows), (QStringList{QStringLiteral("HBM"), QStringLiteral("HBM3")}));
    // The HBM3 row is not in the HBM chart.
    QCOMPARE(shareChart(rows, QStringLiteral("HBM")).columns.size(), 1);
}

void TestMemoryMarket::chipPointsCarryReadsPerSecond()
{
    const double GiB = 1024.0 * 1024 * 1024;
    // H100: 3.35e12 B/s over 80 GiB = 3.35e12 / 85,899,345,920 = 39.0 reads a second.
    // B200: 8e12 B/s over 192 GiB = 8e12 / 206,158,430,208 = 38.8 reads a second.
    // A chip without a bandwidth is left out; order is by availability (2022-Q4 before 2025-Q1).
    QList<Chip> chips{chip("b200", "2025-Q1", 192 * GiB, 8e12), chip("h100-sxm", "2022-Q4", 80 * GiB, 3.35e12)};
    Chip noBandwidth = chip("mystery", "2024", 64 * GiB, 0);
    noBandwidth.memoryBandwidth.reset();
    chips << noBandwidth;
    const QList<ChipMemoryPoint> points = chipMemoryPoints(chips, {});
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).chip->id, QStringLiteral("h100-sxm"));
    QCOMPARE(qRound(points.at(0).readsPerSecond() * 10), 390);
    QCOMPARE(qRound(points.at(1).readsPerSecond() * 10), 388);
    QVERIFY(points.at(0).generation.isEmpty()); // no chip_memory row: not given
}

void TestMemoryMarket::chipGenerationIsTheNewestNamed()
{
    const double GiB = 1024.0 * 1024 * 1024;
    const QList<Chip> chips{chip("trn", "2025", 96 * GiB, 2.9e12), chip("feynman", "2028", 1024 * GiB, 82e12, "projected")};
    ChipMemory older{QStringLiteral("a"), QStringLiteral("trn"), QStringLiteral("HBM3"), 4, 24 * GiB, QStringLiteral("2024"), QStringLiteral("reported"), QStringLiteral("s"), {}};
    ChipMemory newerUnnamed{QStringLiteral("b"), QStringLiteral("trn"), QString(), 4, 24 * GiB, QStringLiteral("2025"), QStringLiteral("official"), QStringLiteral("s"), {}};
    const QList<ChipMemory> memory{older, newerUnnamed};
    const QList<ChipMemoryPoint> points = chipMemoryPoints(chips, memory);
    // The newest row (2025) is the one shown, but it names no generation: the 2024 row's HBM3 stands.
    QCOMPARE(points.at(0).memory->id, QStringLiteral("b"));
    QCOMPARE(points.at(0).generation, QStringLiteral("HBM3"));
    QCOMPARE(*points.at(0).memory->stacks, 4);
    // A projected chip is drawn as a projection.
    QVERIFY(points.at(1).projected);
    QVERIFY(!points.at(0).projected);
}

void TestMemoryMarket::outlookTargetsAreMarked()
{
    MemoryOutlook mou;
    mou.kind = QStringLiteral("agreement");
    mou.titleEn = QStringLiteral("MoU");
    MemoryOutlook bandwidth;
    bandwidth.kind = QStringLiteral("bandwidth_target");
    bandwidth.titleEn = QStringLiteral("1.6 TB/s");
    bandwidth.titleZhHant = QStringLiteral("1.6 TB/s 目標");
    QVERIFY(!mou.isTarget());
    QVERIFY(bandwidth.isTarget());
    QCOMPARE(bandwidth.title(Language::TraditionalChinese), QStringLiteral("1.6 TB/s 目標"));
    QCOMPARE(bandwidth.title(Language::SimplifiedChinese), QStringLiteral("1.6 TB/s")); // no zh_CN: the English
}

QTEST_APPLESS_MAIN(TestMemoryMarket)
#include "tst_memory_market.moc"
