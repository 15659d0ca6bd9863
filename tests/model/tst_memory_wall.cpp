// The memory wall (data/model/memory_wall.h): which chips make a vendor's flagship series, and their indexes.
#include "claimed_chip.h"
#include "memory_wall.h"

#include <QTest>
#include <cmath>

using namespace ClaimedChip;

class TestMemoryWall : public QObject {
    Q_OBJECT

    static Chip chip(const char *id, const char *available, double fp8, double bw, double cap,
                     const QString &basis = QStringLiteral("official"))
    {
        return make(QString::fromLatin1(id), QStringLiteral("v"), QStringLiteral("2019"), QString::fromLatin1(available),
                    {flops(Precision::FP8, fp8, basis), bandwidth(bw), capacity(cap)},
                    basis == QLatin1String("projected") ? QStringLiteral("projected") : QStringLiteral("shipping"));
    }

    // At 2020: a (1, 1, 1) and a slower b; at 2021 two chips tie on compute, the one with more bandwidth (d) wins;
    // at 2022 e is slower than d and never becomes the flagship; at 2023 f; at 2024 the projected g.
    static QList<Chip> chips()
    {
        return {chip("a", "2020", 1e15, 1e12, 100e9),   chip("b", "2020", 0.5e15, 2e12, 200e9), chip("c", "2021", 4e15, 1.5e12, 100e9),
                chip("d", "2021", 4e15, 2e12, 150e9),   chip("e", "2022", 3e15, 3e12, 300e9),   chip("f", "2023", 16e15, 4e12, 300e9),
                chip("g", "2024", 64e15, 8e12, 600e9, QStringLiteral("projected"))};
    }

    static QStringList ids(const MemoryWallSeries &s)
    {
        QStringList out;
        for (const MemoryWallPoint &p : s.points)
            out << p.chip->id;
        return out;
    }

private slots:
    void flagshipsAreTheChipsThatBecameTheFastest()
    {
        const QList<Chip> list = chips();
        const MemoryWall wall = MemoryWall::build(list, Precision::FP8, DateBasis::Available, false);
        QCOMPARE(wall.series.size(), 1);
        const MemoryWallSeries &s = wall.series.constFirst();
        QCOMPARE(ids(s), (QStringList{QStringLiteral("a"), QStringLiteral("d"), QStringLiteral("f")}));
        // Indexes of the first chip a: f has 16× the compute, 4× the bandwidth and 3× the capacity.
        QCOMPARE(s.last().computeIndex, 16.0);
        QCOMPARE(s.last().bandwidthIndex, 4.0);
        QCOMPARE(s.last().capacityIndex, 3.0);
        QCOMPARE(s.first().computeIndex, 1.0);
        // Ridge: a 1e15 / 1e12 = 1,000 FLOP/B; f 16e15 / 4e12 = 4,000: ×4 in 3 years (2020.5 → 2023.5), so
        // ×4^(1/3) = 1.587401 a year.
        QCOMPARE(s.first().ridge, 1000.0);
        QCOMPARE(s.last().ridge, 4000.0);
        QCOMPARE(s.years(), 3.0);
        QVERIFY(std::abs(*s.ridgeGrowthPerYear() - 1.587401) < 1e-6);
    }

    void projectionsJoinOnlyWhenIncluded()
    {
        const QList<Chip> list = chips();
        const MemoryWall wall = MemoryWall::build(list, Precision::FP8, DateBasis::Available, true);
        const MemoryWallSeries &s = wall.series.constFirst();
        QCOMPARE(s.points.size(), 4);
        QVERIFY(s.last().projected);
        QCOMPARE(s.last().computeIndex, 64.0);
    }

    void aVendorWithOneFlagshipHasNoSeries()
    {
        const QList<Chip> list{chip("a", "2020", 1e15, 1e12, 100e9), chip("b", "2021", 0.5e15, 2e12, 200e9)};
        QVERIFY(MemoryWall::build(list, Precision::FP8, DateBasis::Available, false).series.isEmpty());
        // A chip without the chosen precision is not a candidate.
        QVERIFY(MemoryWall::build(chips(), Precision::BF16, DateBasis::Available, false).series.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestMemoryWall)
#include "tst_memory_wall.moc"
