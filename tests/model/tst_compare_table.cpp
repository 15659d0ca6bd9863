// The comparison table: ratios to the baseline, the best of each row, derived rows, projections, provenance.
#include "compare_table.h"

#include <QTest>

namespace {
SpecClaim claim(const QString &chip, const QString &metric, std::optional<Precision> p, double value, const QString &basis = QStringLiteral("official"))
{
    SpecClaim c;
    c.chipId = chip;
    c.metric = metric;
    c.precision = p;
    c.value = value;
    c.basis = basis;
    c.sourceId = chip + QStringLiteral("-src");
    c.claimedOn = QStringLiteral("2025");
    return c;
}

void put(Chip &chip, const SpecClaim &c)
{
    chip.currentClaims.insert(claimKey(c.metric, c.precision), c);
    if (c.precision)
        chip.peakFlops[*c.precision] = c.value;
}

Chip h100()
{
    Chip c;
    c.id = QStringLiteral("h100-sxm");
    c.status = QStringLiteral("shipping");
    c.processNode = QStringLiteral("TSMC 4N");
    put(c, claim(c.id, Metric::PeakFlops, Precision::BF16, 989.5e12));
    put(c, claim(c.id, Metric::MemoryBandwidth, std::nullopt, 3.35e12));
    put(c, claim(c.id, Metric::Tdp, std::nullopt, 700));
    return c;
}

Chip b200()
{
    Chip c;
    c.id = QStringLiteral("b200");
    c.status = QStringLiteral("shipping");
    put(c, claim(c.id, Metric::PeakFlops, Precision::BF16, 2250e12));
    put(c, claim(c.id, Metric::PeakFlops, Precision::FP4, 9000e12));
    put(c, claim(c.id, Metric::MemoryBandwidth, std::nullopt, 7.7e12));
    put(c, claim(c.id, Metric::Tdp, std::nullopt, 1000));
    return c;
}

Chip feynman()
{
    Chip c;
    c.id = QStringLiteral("feynman");
    c.status = QStringLiteral("projected");
    put(c, claim(c.id, Metric::MemoryBandwidth, std::nullopt, 82e12, QStringLiteral("projected")));
    return c;
}

const CompareRow &row(const CompareTable &t, const QString &key)
{
    for (const CompareRow &r : t.rows)
        if (r.key == key)
            return r;
    qFatal("no row %s", qPrintable(key));
}
} // namespace

class TestCompareTable : public QObject {
    Q_OBJECT
private slots:
    void rowsInOrder()
    {
        const CompareTable t = CompareTable::build({h100(), b200()}, 0);
        QStringList keys;
        for (const CompareRow &r : t.rows)
            keys << r.key;
        QCOMPARE(keys, CompareTable::rowKeys());
    }

    void ratioToBaselineAndBest()
    {
        const CompareTable t = CompareTable::build({h100(), b200()}, 0);
        const CompareRow &bf16 = row(t, QStringLiteral("bf16_flops"));
        // B200 / H100 BF16 = 2250 / 989.5 = 2.2739
        QCOMPARE(bf16.cells[0].ratio.value(), 1.0);
        QVERIFY(qAbs(bf16.cells[1].ratio.value() - 2.2739) < 1e-4);
        QVERIFY(!bf16.cells[0].best);
        QVERIFY(bf16.cells[1].best);
        // H100 has no FP4: the cell is unknown, not zero, and has no ratio.
        const CompareRow &fp4 = row(t, QStringLiteral("fp4_flops"));
        QVERIFY(!fp4.cells[0].value.isValid());
        QVERIFY(!fp4.cells[1].ratio.has_value());
        QVERIFY(!fp4.cells[1].best); // one known value: nothing to be best against
    }

    void systemRowsCiteTheSystem()
    {
        // H100 in a DGX-like server: 10,200 W and USD 199,000 over 8 GPUs = 1,275 W and USD 24,875 each. B200 has no
        // system here: empty cells, not a guess.
        SystemSpec dgx;
        dgx.id = QStringLiteral("dgx");
        dgx.name = QStringLiteral("DGX");
        dgx.chipId = h100().id;
        dgx.accelerators = 8;
        dgx.powerW = 10200;
        dgx.powerBasis = QStringLiteral("reported");
        dgx.priceUsd = 199000;
        dgx.priceBasis = QStringLiteral("estimate");
        dgx.priceOn = QStringLiteral("2023");
        dgx.priceSourceId = QStringLiteral("price-src");
        dgx.sourceId = QStringLiteral("spec-src");
        dgx.claimedOn = QStringLiteral("2022");
        const CompareTable t = CompareTable::build({h100(), b200()}, 0, {dgx});
        const CompareRow &power = row(t, QStringLiteral("system_power_per_accelerator"));
        QCOMPARE(power.cells[0].value.toDouble(), 1275.0);
        QCOMPARE(power.cells[0].claims.first().sourceId, QStringLiteral("spec-src"));
        QCOMPARE(power.cells[0].claims.first().basis, QStringLiteral("reported"));
        QVERIFY(!power.cells[1].value.isValid());
        const CompareRow &price = row(t, QStringLiteral("system_price_per_accelerator"));
        QCOMPARE(price.cells[0].value.toDouble(), 24875.0);
        QCOMPARE(price.cells[0].claims.first().sourceId, QStringLiteral("price-src"));
        QCOMPARE(price.cells[0].claims.first().basis, QStringLiteral("estimate"));
        // Without the system table the rows are there and empty.
        QVERIFY(!row(CompareTable::build({h100()}, 0), QStringLiteral("system_price_per_accelerator")).cells[0].value.isValid());
    }

    void derivedRows()
    {
        const CompareTable t = CompareTable::build({h100(), b200()}, 1);
        // H100 ridge (BF16) = 989.5e12 / 3.35e12 = 295.37 FLOP/B; B200 = 2250e12 / 7.7e12 = 292.21
        QVERIFY(qAbs(row(t, QStringLiteral("ridge_bf16")).cells[0].value.toDouble() - 295.37) < 0.01);
        QVERIFY(qAbs(row(t, QStringLiteral("ridge_bf16")).cells[1].value.toDouble() - 292.21) < 0.01);
        // FLOP/s per watt: H100 989.5e12 / 700 = 1.4136e12; B200 2250e12 / 1000 = 2.25e12 (best)
        const CompareRow &perWatt = row(t, QStringLiteral("flops_per_watt"));
        QVERIFY(qAbs(perWatt.cells[0].value.toDouble() - 1.4136e12) < 1e8);
        QVERIFY(perWatt.cells[1].best);
        // Baseline is B200 now: H100's ratio is 1.4136 / 2.25 = 0.6283
        QVERIFY(qAbs(perWatt.cells[0].ratio.value() - 0.6283) < 1e-4);
        // A derived cell carries both claims it was computed from.
        QCOMPARE(perWatt.cells[0].claims.size(), 2);
        QVERIFY(!perWatt.formula.isEmpty());
    }

    void projectedCellsAreMarked()
    {
        const CompareTable t = CompareTable::build({h100(), feynman()}, 0);
        QVERIFY(!row(t, QStringLiteral("memory_bandwidth")).cells[0].projected);
        QVERIFY(row(t, QStringLiteral("memory_bandwidth")).cells[1].projected);
        QVERIFY(row(t, QStringLiteral("status")).cells[1].projected);
        QCOMPARE(row(t, QStringLiteral("memory_bandwidth")).cells[1].claims.first().sourceId, QStringLiteral("feynman-src"));
        // Feynman's projected 82 TB/s is higher than H100's 3.35 TB/s but a projection does not win a row;
        // with one claimed figure left there is nothing to be best against.
        QVERIFY(!row(t, QStringLiteral("memory_bandwidth")).cells[1].best);
        QVERIFY(!row(t, QStringLiteral("memory_bandwidth")).cells[0].best);
        const CompareTable three = CompareTable::build({h100(), b200(), feynman()}, 0);
        QVERIFY(row(three, QStringLiteral("memory_bandwidth")).cells[1].best); // B200 7.7 TB/s, claimed
    }

    void textRowsHaveNoRatio()
    {
        const CompareTable t = CompareTable::build({h100(), b200()}, 0);
        const CompareRow &process = row(t, QStringLiteral("process"));
        QCOMPARE(process.cells[0].value.toString(), QStringLiteral("TSMC 4N"));
        QVERIFY(!process.cells[1].value.isValid());
        QVERIFY(!process.cells[0].ratio.has_value());
    }

    void baselineIsClamped()
    {
        QCOMPARE(CompareTable::build({h100(), b200()}, 7).baseline, 1);
        QCOMPARE(CompareTable::build({}, 3).rows.first().cells.size(), 0);
    }
};

QTEST_APPLESS_MAIN(TestCompareTable)
#include "tst_compare_table.moc"
