// compareReport (data/export/compare_report.h): the comparison table as a Report — columns, raw values and
// ratios, display strings, headers (translated), best and projected marks, sources in citation order, notes.
// The figures and their arithmetic are in compare_fixture.h.
#include "compare_fixture.h"

#include <QTest>

using namespace Fixture;

class TestCompareReport : public QObject {
    Q_OBJECT

private slots:
    void columnsAndHeaders()
    {
        const Report r = report();
        QCOMPARE(r.table.columns, (QStringList{"metric", "unit", "h100-sxm", "b200", "feynman", "b200_vs_h100-sxm", "feynman_vs_h100-sxm"}));
        QCOMPARE(r.table.headers, (QStringList{"Metric", "Unit", "H100 SXM", "B200", "Feynman", "B200 ÷ H100 SXM", "Feynman ÷ H100 SXM"}));
        QCOMPARE(r.title, QStringLiteral("Accelerator comparison"));
        QCOMPARE(r.subtitle, QStringLiteral("Baseline: H100 SXM"));
        QCOMPARE(r.sheetName, QStringLiteral("Comparison"));
        QCOMPARE(r.datasetVersion, QStringLiteral("2026.01"));
        QCOMPARE(r.date, QDate(2026, 1, 15));
        // One row per compared metric, in the table's order, each with its unit.
        QCOMPARE(r.table.rows.size(), CompareTable::rowKeys().size());
        for (int i = 0; i < r.table.rows.size(); ++i)
            QCOMPARE(r.table.rows.at(i).value(0).toString(), CompareTable::rowKeys().at(i));
        QCOMPARE(r.units.size(), r.table.rows.size());
        QCOMPARE(r.styles.size(), r.table.rows.size());
    }

    void valuesStayRawAndReadAsPeopleReadThem()
    {
        const Report r = report();
        const int bf16 = rowOf(r, QStringLiteral("bf16_flops"));
        QCOMPARE(r.table.rows.at(bf16).value(1).toString(), QStringLiteral("FLOP/s"));
        QCOMPARE(r.table.rows.at(bf16).value(2).toDouble(), 989.5e12);
        QCOMPARE(r.table.rows.at(bf16).value(3).toDouble(), 2250e12);
        QVERIFY(!r.table.rows.at(bf16).value(4).isValid()); // Feynman has no BF16 figure
        QCOMPARE(r.cellText(bf16, 0), QStringLiteral("Dense BF16"));
        QCOMPARE(r.cellText(bf16, 2), QStringLiteral("989.5 TFLOP/s"));
        QCOMPARE(r.cellText(bf16, 3), QStringLiteral("2.25 PFLOP/s"));
        QCOMPARE(r.cellText(bf16, 4), QString());
        QCOMPARE(r.unit(bf16, 2), QStringLiteral("FLOP/s"));

        // Vendor GB are binary: 80 × 2^30 B reads "80 GB".
        const int memory = rowOf(r, QStringLiteral("memory_capacity"));
        QCOMPARE(r.table.rows.at(memory).value(2).toDouble(), 85899345920.0);
        QCOMPARE(r.cellText(memory, 2), QStringLiteral("80 GB"));
        QCOMPARE(r.cellText(memory, 3), QStringLiteral("180 GB"));

        // Ridge point 989.5 / 3.35 = 295.37 FLOP per byte.
        const int ridge = rowOf(r, QStringLiteral("ridge_bf16"));
        QVERIFY(qAbs(r.table.rows.at(ridge).value(2).toDouble() - 295.373) < 1e-3);

        const int status = rowOf(r, QStringLiteral("status"));
        QCOMPARE(r.cellText(status, 2), QStringLiteral("shipping"));
        QCOMPARE(r.cellText(status, 4), QStringLiteral("projected"));
        QVERIFY(!r.isNumber(status, 2));
    }

    void ratiosToTheBaseline()
    {
        const Report r = report();
        const int bf16 = rowOf(r, QStringLiteral("bf16_flops"));
        const int bandwidth = rowOf(r, QStringLiteral("memory_bandwidth"));
        // 2,250 / 989.5 = 2.2739
        QVERIFY(qAbs(r.table.rows.at(bf16).value(5).toDouble() - 2.2739) < 1e-4);
        QCOMPARE(r.cellText(bf16, 5), QStringLiteral("2.27×"));
        QCOMPARE(r.unit(bf16, 5), QStringLiteral("×"));
        QVERIFY(!r.table.rows.at(bf16).value(6).isValid()); // no Feynman BF16, no ratio
        // 8 / 3.35 = 2.388; 82 / 3.35 = 24.48, a ratio of a projection is itself projected.
        QCOMPARE(r.cellText(bandwidth, 5), QStringLiteral("2.39×"));
        QCOMPARE(r.cellText(bandwidth, 6), QStringLiteral("24.5×"));
        QVERIFY(!r.style(bandwidth, 5).projected);
        QVERIFY(r.style(bandwidth, 6).projected);
        // Text rows have no ratios.
        QVERIFY(!r.table.rows.at(rowOf(r, QStringLiteral("process"))).value(5).isValid());
    }

    void bestAndProjectedMarks()
    {
        const Report r = report();
        const int bf16 = rowOf(r, QStringLiteral("bf16_flops"));
        const int bandwidth = rowOf(r, QStringLiteral("memory_bandwidth"));
        const int tdp = rowOf(r, QStringLiteral("tdp"));
        QVERIFY(r.style(bf16, 3).best);   // B200's 2,250 > H100's 989.5
        QVERIFY(!r.style(bf16, 2).best);
        QVERIFY(!r.style(bandwidth, 4).best); // Feynman's projected 82 TB/s does not win a row…
        QVERIFY(r.style(bandwidth, 3).best);  // …B200's claimed 8 TB/s does
        QVERIFY(r.style(bandwidth, 4).projected);
        QVERIFY(!r.style(bandwidth, 2).projected);
        QVERIFY(!r.style(tdp, 2).best && !r.style(tdp, 3).best); // a property, not a merit
        // An unknown value is not marked projected even for a projected chip.
        QVERIFY(!r.style(bf16, 4).projected);
        QVERIFY(r.anyBest());
        QVERIFY(r.anyProjected());
    }

    void sourcesInCitationOrder()
    {
        const Report r = report();
        QStringList ids;
        for (const Source &s : r.sources)
            ids << s.id;
        // H100's datasheet is cited first (row 1, column 1), then B200's; the unrelated source is left out and
        // Feynman's, unknown to the caller, still appears under its id.
        QCOMPARE(ids, (QStringList{"nvidia-h100-datasheet", "nvidia-dgx-b200", "trend-feynman"}));
        QCOMPARE(r.sources.at(0).title, QStringLiteral("NVIDIA H100 Tensor Core GPU datasheet"));
        QCOMPARE(r.sources.at(2).title, QStringLiteral("trend-feynman"));
        const int bf16 = rowOf(r, QStringLiteral("bf16_flops"));
        QCOMPARE(r.style(bf16, 3).sourceIds, QStringList{QStringLiteral("nvidia-dgx-b200")});
        QCOMPARE(r.citations(bf16, 3), QList<int>{2});
        QCOMPARE(citedSourceIds(table()), ids);
    }

    void notesExplainTheConventions()
    {
        const QString notes = report().notes.join(QLatin1Char('\n'));
        QVERIFY(notes.contains(QLatin1String("dense FLOP/s")));
        QVERIFY(notes.contains(QLatin1String("2:4 structured sparsity")));
        QVERIFY(notes.contains(QStringLiteral("1 GB = 2³⁰ bytes")));
        QVERIFY(notes.contains(QLatin1String("baseline's (H100 SXM)")));
        QVERIFY(notes.contains(QStringLiteral("Ridge point (BF16) = dense BF16 FLOP/s ÷ memory bandwidth")));
        QVERIFY(notes.contains(QStringLiteral("† marks a projection")));
        // The projection's own note, once, named by chip and metric.
        QVERIFY(notes.contains(QLatin1String("How each projected value in this table was made:\nFeynman, ")));
        QCOMPARE(notes.count(feynmanNote()), 1);
        QVERIFY(notes.contains(QLatin1String("Feynman, Memory bandwidth: ") + feynmanNote()));
    }

    void translatedHeadersAndLabels()
    {
        const ChineseScope chinese;
        const Report r = report(Language::TraditionalChinese);
        QCOMPARE(r.language, Language::TraditionalChinese);
        QCOMPARE(r.title, QStringLiteral("加速器比較"));
        QCOMPARE(r.subtitle, QStringLiteral("基準：H100 SXM"));
        QCOMPARE(r.table.header(0), QStringLiteral("指標"));
        QCOMPARE(r.table.header(1), QStringLiteral("單位"));
        QCOMPARE(r.cellText(rowOf(r, QStringLiteral("bf16_flops")), 0), QStringLiteral("稠密 BF16"));
        QCOMPARE(r.cellText(rowOf(r, QStringLiteral("memory_bandwidth")), 0), QStringLiteral("記憶體頻寬"));
        // Machine keys never change with the language.
        QCOMPARE(r.table.columns.at(0), QStringLiteral("metric"));
        QCOMPARE(r.table.rows.at(0).value(0).toString(), QStringLiteral("bf16_flops"));
    }

    void baselineElsewhere()
    {
        const Report r = compareReport(CompareTable::build({h100(), b200()}, 1), {}, Language::English, {}, {});
        QCOMPARE(r.table.columns, (QStringList{"metric", "unit", "h100-sxm", "b200", "h100-sxm_vs_b200"}));
        QCOMPARE(r.table.header(4), QStringLiteral("H100 SXM ÷ B200"));
        // 989.5 / 2,250 = 0.4398
        QCOMPARE(r.cellText(rowOf(r, QStringLiteral("bf16_flops")), 4), QStringLiteral("0.44×"));
        // Nothing projected: the convention is stated, but there is no list of how projections were made.
        const QString notes = r.notes.join(QLatin1Char('\n'));
        QVERIFY(notes.contains(QStringLiteral("† marks a projection")));
        QVERIFY(!notes.contains(QLatin1String("How each projected value")));
    }

    void emptyTable()
    {
        const Report r = compareReport(CompareTable::build({}, 0), {}, Language::English, {}, {});
        QCOMPARE(r.table.columns, (QStringList{"metric", "unit"}));
        QVERIFY(r.sources.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCompareReport)
#include "tst_compare_report.moc"
