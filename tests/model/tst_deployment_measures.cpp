// Deployment measures (issue 9): totals never added to their parts, units kept apart by kind, H100-equivalents
// with family assumptions, overlaps flagged, serving capacity from the roofline engine. Every figure is
// worked out by hand in the comment beside it.
#include "chip_presets.h"
#include "deployment_measures.h"
#include "llm_inference.h"
#include "llm_presets.h"

#include <QTest>

namespace {

Deployment row(const char *id, const char *country, double units, const char *kind, const char *partOf = "",
               const char *owner = "", const char *accelerator = "NVIDIA Blackwell GPUs")
{
    Deployment d;
    d.id = QString::fromLatin1(id);
    d.countryIso2 = QString::fromLatin1(country);
    if (units > 0)
        d.units = units;
    d.unitsKind = QString::fromLatin1(kind);
    d.partOf = QString::fromLatin1(partOf);
    d.ownerId = QString::fromLatin1(owner);
    d.accelerator = QString::fromLatin1(accelerator);
    d.announcedOn = QStringLiteral("2025-10-31");
    return d;
}

// Korea after APEC 2025, as the dataset has it: five purchases and two estimates of the installed base, all
// parts of NVIDIA's "more than 300,000" national total.
QList<Deployment> korea()
{
    QList<Deployment> rows{
        row("kr-gov", "KR", 50000, "planned", "kr-total", "kr-gov"),
        row("kr-samsung", "KR", 50000, "planned", "kr-total", "samsung"),
        row("kr-sk", "KR", 50000, "planned", "kr-total", "sk-group"),
        row("kr-hyundai", "KR", 50000, "planned", "kr-total", "hyundai"),
        row("kr-naver", "KR", 60000, "planned", "kr-total", "naver"),
        row("kr-base", "KR", 65000, "estimated", "kr-total", "", "mixed NVIDIA GPUs"),
        row("kr-base-article", "KR", 40000, "estimated", "kr-total", "", "mixed NVIDIA GPUs"),
        row("kr-total", "KR", 300000, "planned", "", "", "mixed NVIDIA GPUs"),
    };
    rows[0].overlaps = {QStringLiteral("kr-naver")};
    rows[6].overlaps = {QStringLiteral("kr-base")};
    rows[6].announcedOn = QStringLiteral("2025-11");
    return rows;
}

QList<const Deployment *> pointers(const QList<Deployment> &rows, const QString &kind = QString())
{
    QList<const Deployment *> out;
    for (const Deployment &d : rows)
        if (kind.isEmpty() || unitsKindKey(d.kind()) == kind)
            out << &d;
    return out;
}

MeasureContext context()
{
    MeasureContext c;
    c.h100Bf16 = 989.5e12;
    c.bf16ByChip = {{QStringLiteral("h100-sxm"), 989.5e12}, {QStringLiteral("b200"), 2.25e15}, {QStringLiteral("gb200"), 2.5e15}};
    return c;
}

} // namespace

class TestDeploymentMeasures : public QObject {
    Q_OBJECT
private slots:
    void kindsFromTheDatasetWords()
    {
        QCOMPARE(unitsKindOf(u"installed"), UnitsKind::Installed);
        QCOMPARE(unitsKindOf(u"delivered"), UnitsKind::Installed);
        QCOMPARE(unitsKindOf(u"ordered"), UnitsKind::Planned);
        QCOMPARE(unitsKindOf(u"planned"), UnitsKind::Planned);
        QCOMPARE(unitsKindOf(u"estimated"), UnitsKind::Unknown);
    }

    void aTotalCountsOnlyWhatItsPartsDoNotExplain()
    {
        const QList<Deployment> rows = korea();
        const auto counts = countRows(rows);
        // Parts: 50,000 × 4 + 60,000 + 65,000 + 40,000 = 365,000 ≥ 300,000, so the total adds max(0, 300,000 − 365,000) = 0.
        QVERIFY(counts.value(QStringLiteral("kr-total")).isTotal);
        QCOMPARE(counts.value(QStringLiteral("kr-total")).partsUnits, 365000.0);
        QCOMPARE(*counts.value(QStringLiteral("kr-total")).units, 0.0);
        QCOMPARE(*counts.value(QStringLiteral("kr-naver")).units, 60000.0);
        QVERIFY(!counts.value(QStringLiteral("kr-naver")).isTotal);

        // The UK programme: 120,000 − (23,040 + 8,000 + 4,600) = 120,000 − 35,640 = 84,360 beyond its three sites.
        const QList<Deployment> uk{row("gb-programme", "GB", 120000, "planned"), row("gb-loughton", "GB", 23040, "planned", "gb-programme"),
                                   row("gb-stargate", "GB", 8000, "planned", "gb-programme"), row("gb-dgx", "GB", 4600, "planned", "gb-programme")};
        QCOMPARE(*countRows(uk).value(QStringLiteral("gb-programme")).units, 84360.0);
    }

    void nestedTotalsAndPower()
    {
        // A (100) ⊃ B (60) ⊃ C (80): B covers at least its part, max(60, 80) = 80; A adds 100 − 80 = 20, B adds
        // max(0, 60 − 80) = 0, C adds 80: 20 + 0 + 80 = 100, A's figure, counted once.
        QList<Deployment> rows{row("a", "US", 100, "planned"), row("b", "US", 60, "planned", "a"), row("c", "US", 80, "planned", "b")};
        // Power is counted the same way: a 7,000 MW programme with a 1,200 MW site in it adds 7,000 − 1,200 = 5,800.
        rows[0].powerMw = 7000;
        rows[2].powerMw = 1200;
        const auto counts = countRows(rows);
        QCOMPARE(*counts.value(QStringLiteral("a")).units, 20.0);
        QCOMPARE(*counts.value(QStringLiteral("b")).units, 0.0);
        QCOMPARE(*counts.value(QStringLiteral("c")).units, 80.0);
        QCOMPARE(*counts.value(QStringLiteral("a")).powerMw, 5800.0);
        QVERIFY(!counts.value(QStringLiteral("b")).powerMw); // B gives no power of its own
        const DeploymentTotals t = totalsOf(pointers(rows), counts, context());
        QCOMPARE(t.units(), 100.0);
        QCOMPARE(*t.powerMw, 7000.0); // 5,800 + 1,200
        QCOMPARE(t.sites, 2);         // C, and A, which adds 20 beyond its parts; B adds nothing
    }

    void koreaPlannedIs260000()
    {
        const QList<Deployment> rows = korea();
        const auto counts = countRows(rows);
        // Planned rows: the five purchases, 50,000 × 4 + 60,000 = 260,000, and the total, which adds 0.
        const DeploymentTotals planned = totalsOf(pointers(rows, QStringLiteral("planned")), counts, context());
        QCOMPARE(planned.unitsPlanned, 260000.0);
        QCOMPARE(planned.units(), 260000.0);
        QCOMPARE(planned.sites, 5);
        QCOMPARE(planned.rows.size(), 6); // the total is shown, and adds nothing
        // Every kind: 260,000 planned and 65,000 + 40,000 = 105,000 unknown (estimates of the installed base).
        const DeploymentTotals all = totalsOf(pointers(rows), counts, context());
        QCOMPARE(all.unitsPlanned, 260000.0);
        QCOMPARE(all.unitsUnknown, 105000.0);
        QCOMPARE(all.unitsInstalled, 0.0);
        QCOMPARE(all.asOf, QStringLiteral("2025-11"));
        // Flagged: the government's GPUs through NAVER Cloud (min(50,000, 60,000) = 50,000) and the two base
        // estimates (min(40,000, 65,000) = 40,000): 90,000 units may be counted twice.
        QCOMPARE(all.overlaps.size(), 2);
        QCOMPARE(all.overlaps.at(0).first, QStringLiteral("kr-gov"));
        QCOMPARE(all.overlaps.at(0).unitsAtRisk, 50000.0);
        QCOMPARE(all.overlapUnits(), 90000.0);
    }

    void anOverlapNamedFromBothSidesIsOneFlag()
    {
        QList<Deployment> rows{row("x", "NO", 100000, "planned"), row("y", "NO", 52000, "planned")};
        rows[0].overlaps = {QStringLiteral("y")};
        rows[1].overlaps = {QStringLiteral("x")};
        const DeploymentTotals t = totalsOf(pointers(rows), countRows(rows), context());
        QCOMPARE(t.overlaps.size(), 1);
        QCOMPARE(t.overlaps.first().unitsAtRisk, 52000.0);
        QCOMPARE(t.units(), 152000.0); // both counted, and said so
    }

    void familyAssumptions_data()
    {
        QTest::addColumn<QString>("chipId");
        QTest::addColumn<QString>("accelerator");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<QString>("rule");
        QTest::newRow("named chip wins") << "gb300" << "NVIDIA Blackwell GPUs" << "gb300" << "";
        QTest::newRow("Blackwell → B200") << "" << "NVIDIA Blackwell GPUs (model mix not disclosed)" << "b200" << "blackwell";
        QTest::newRow("GB200/GB300 → GB200") << "" << "NVIDIA GB200/GB300" << "gb200" << "gb200";
        QTest::newRow("Grace Blackwell → GB200") << "" << "NVIDIA Grace Blackwell" << "gb200" << "gb200";
        QTest::newRow("GB300-equivalent") << "" << "compute equivalent to GB300" << "gb300" << "gb300";
        QTest::newRow("H100-equivalents are H100 SXM, whatever chips they name") << "" << "H100-equivalents (mixed NVIDIA H100/H200/GB200/GB300)" << "h100-sxm" << "h100-equivalents";
        QTest::newRow("A100-equivalents stay out") << "" << "A100-equivalents (incl. GB300)" << "" << "a100-equivalents";
        QTest::newRow("GH200 → its Hopper GPU") << "" << "NVIDIA GH200 Grace Hopper Superchip" << "h100-sxm" << "hopper";
        QTest::newRow("H100/H200") << "" << "NVIDIA H100/H200" << "h100-sxm" << "hopper";
        QTest::newRow("H20 is not a Hopper rule") << "" << "NVIDIA H20" << "" << "";
        QTest::newRow("Ascend: no rule") << "" << "Huawei Ascend 910B/910C" << "" << "";
        QTest::newRow("mixed: no rule") << "" << "mixed NVIDIA GPUs" << "" << "";
    }
    void familyAssumptions()
    {
        QFETCH(QString, chipId);
        QFETCH(QString, accelerator);
        QFETCH(QString, chip);
        QFETCH(QString, rule);
        Deployment d;
        d.chipId = chipId;
        d.accelerator = accelerator;
        const ChipChoice choice = chipFor(d, defaultFamilyAssumptions());
        QCOMPARE(choice.chipId, chip);
        QCOMPARE(choice.assumption, rule);
    }

    void h100Equivalents()
    {
        QList<Deployment> rows{row("bw", "KR", 50000, "planned"), row("h", "US", 1000, "installed", "", "", ""),
                               row("ascend", "CN", 200000, "estimated", "", "", "Huawei Ascend 910C")};
        rows[1].chipId = QStringLiteral("h100-sxm");
        const auto counts = countRows(rows);
        MeasureContext ctx = context();
        // 50,000 Blackwell, assumed B200: 50,000 × 2.25e15 ÷ 989.5e12 = 50,000 × 2.273876 = 113,693.8;
        // 1,000 named H100 SXM: 1,000 × 1 = 1,000; the Ascend rows have no rule: 200,000 units left out.
        DeploymentTotals t = totalsOf(pointers(rows), counts, ctx);
        QCOMPARE(qRound(t.h100e * 10), qRound((50000.0 * 2.25e15 / 989.5e12 + 1000.0) * 10));
        QCOMPARE(qRound(t.h100e), 114694);
        QCOMPARE(t.h100eAssumedUnits, 50000.0);
        QCOMPARE(t.unitsWithoutH100e, 200000.0);
        // The user changes Blackwell to GB200 (2.5e15): 50,000 × 2.5e15 ÷ 989.5e12 = 126,326.4, + 1,000.
        for (FamilyAssumption &a : ctx.assumptions)
            if (a.key == QLatin1String("blackwell"))
                a.chipId = QStringLiteral("gb200");
        t = totalsOf(pointers(rows), counts, ctx);
        QCOMPARE(qRound(t.h100e), 127326);
        // … or leaves Blackwell out: only the 1,000 named H100 remain; 250,000 units are out.
        for (FamilyAssumption &a : ctx.assumptions)
            if (a.key == QLatin1String("blackwell"))
                a.chipId.clear();
        t = totalsOf(pointers(rows), counts, ctx);
        QCOMPARE(t.h100e, 1000.0);
        QCOMPARE(t.unitsWithoutH100e, 250000.0);
    }

    void groupsByOwnerLeaveUnattributedRowsOut()
    {
        const QList<Deployment> rows = korea();
        const auto groups = groupTotals(pointers(rows, QStringLiteral("planned")), GroupBy::Owner, countRows(rows), context());
        // The five owners; the national total has no owner and forms no group. NAVER's 60,000 comes first.
        QCOMPARE(groups.size(), 5);
        QCOMPARE(groups.at(0).key, QStringLiteral("naver"));
        QCOMPARE(groups.at(0).unitsPlanned, 60000.0);
        for (int i = 1; i < 5; ++i)
            QCOMPARE(groups.at(i).unitsPlanned, 50000.0);
        // By country: one group, 260,000.
        const auto countries = groupTotals(pointers(rows, QStringLiteral("planned")), GroupBy::Country, countRows(rows), context());
        QCOMPARE(countries.size(), 1);
        QCOMPARE(countries.first().units(), 260000.0);
    }

    void servingCapacityFromTheRoofline()
    {
        // Llama-3.1-70B at FP8 on one H100 (80 GiB, 10% kept back: 72 GiB = 77,309,411,328 B usable).
        // Weights 70.6e9 × 1 B fit on one chip, so tensor parallelism is 1. One sequence at context 4,096 holds
        // 80 layers × 2 × 8 KV heads × 128 × 1 B × 4,096 = 671,088,640 B of KV cache; the KV wall is
        // floor((77,309,411,328 − 70.6e9) ÷ 671,088,640) = floor(9.998) = 9 sequences.
        const Chip h100 = ChipPresets::h100();
        ServingSettings s;
        s.model = LlmPresets::llama31_70b();
        s.precision = Precision::FP8;
        s.context = 4096;
        const ServingEstimate e = estimateServing(h100, s);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QCOMPARE(e.tensorParallel, 1);
        QCOMPARE(*e.kvWall, 9ll);
        // Decode reads 70.6 GB of weights per step; at 9 sequences it is still memory-bound, so the batch is the wall.
        QVERIFY(!e.computeBoundBatch || *e.computeBoundBatch > 9);
        QCOMPARE(e.batch, 9ll);
        // The figure is the engine's own at that batch.
        InferenceConfig cfg;
        cfg.context = 4096;
        cfg.batch = 9;
        cfg.kvPrecision = Precision::FP8;
        const auto direct = evaluateInference(*makeCeilings(h100, Precision::FP8), s.model, cfg);
        QCOMPARE(e.tokensPerSPerChip, direct->tokensPerSPerChip);
        QVERIFY(!e.working.isEmpty());

        // At BF16 the 141.2 GB of weights need two chips (70.6 GB each fits in 72 GiB = 77.3 GB).
        s.precision = Precision::BF16;
        QCOMPARE(estimateServing(h100, s).tensorParallel, 2);

        // A total of 1,000 H100 serves 1,000 × the per-chip figure.
        QList<Deployment> rows{row("h", "US", 1000, "installed")};
        rows[0].chipId = QStringLiteral("h100-sxm");
        MeasureContext ctx = context();
        s.precision = Precision::FP8;
        ctx.serving.insert(QStringLiteral("h100-sxm"), estimateServing(h100, s));
        const DeploymentTotals t = totalsOf(pointers(rows), countRows(rows), ctx);
        QCOMPARE(t.tokensPerS, 1000.0 * e.tokensPerSPerChip);
        QCOMPARE(t.unitsWithoutTokens, 0.0);
    }

    void aChipWithoutThePrecisionServesNothing()
    {
        Chip c = ChipPresets::h100();
        c.peakFlops.erase(Precision::FP8);
        ServingSettings s;
        s.model = LlmPresets::llama31_70b();
        const ServingEstimate e = estimateServing(c, s);
        QVERIFY(!e.ok());
        QVERIFY(e.error.contains(QLatin1String("fp8"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentMeasures)
#include "tst_deployment_measures.moc"
