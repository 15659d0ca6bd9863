// tableReport (data/export/table_report.h): a dataset table as a Report for `export TABLE --format
// xlsx|html|md|pdf` — translated title and headers with units, raw values kept, units per value, projected
// claims marked, and the sources its source_id column cites.
#include "compare_fixture.h"
#include "table_report.h"

#include <QTest>

using namespace Fixture;

namespace {
DataTable specClaims()
{
    DataTable t;
    t.name = QStringLiteral("spec_claim");
    t.columns = QStringList{"chip_id", "metric", "precision", "value", "unit", "sparse", "basis", "claimed_on", "source_id", "note"};
    t.rows << QVariantList{"h100-sxm", "peak_flops", "bf16", 989.5e12, "FLOP/s", qlonglong(0), "official", "2022-03", "nvidia-h100-datasheet", QVariant()};
    t.rows << QVariantList{"h100-sxm", "peak_flops", "bf16", 1979e12, "FLOP/s", qlonglong(1), "official", "2022-03", "nvidia-h100-datasheet", "with sparsity"};
    t.rows << QVariantList{"feynman", "memory_bandwidth", QVariant(), 82e12, "B/s", qlonglong(0), "projected", "2026-11", "trend-feynman", "trend"};
    return t;
}
}

class TestTableReport : public QObject {
    Q_OBJECT

private slots:
    void titleAndHeaders()
    {
        const Report r = tableReport(specClaims(), knownSources(), Language::English, QStringLiteral("2026.01"), QDate(2026, 1, 15));
        QCOMPARE(r.title, QStringLiteral("Spec claims"));
        QCOMPARE(r.sheetName, QStringLiteral("Spec claims"));
        QCOMPARE(r.table.columns, specClaims().columns); // machine keys unchanged
        QCOMPARE(r.table.header(0), QStringLiteral("Chip"));
        QCOMPARE(r.table.header(3), QStringLiteral("Value"));
        QCOMPARE(r.table.header(8), QStringLiteral("Source"));
        QCOMPARE(datasetColumnHeader(QStringLiteral("amount_usd")), QStringLiteral("Amount (USD)"));
        QCOMPARE(datasetColumnHeader(QStringLiteral("no_such_column")), QStringLiteral("no_such_column"));
        QCOMPARE(datasetTableTitle(QStringLiteral("flow")), QStringLiteral("Money flows"));
    }

    void valuesKeepTheirUnits()
    {
        const Report r = tableReport(specClaims(), {}, Language::English, {}, {});
        QCOMPARE(r.table.rows.at(0).at(3).toDouble(), 989.5e12);
        QCOMPARE(r.unit(0, 3), QStringLiteral("FLOP/s"));
        QCOMPARE(r.cellText(0, 3), QStringLiteral("989.5 TFLOP/s"));
        QCOMPARE(r.unit(2, 3), QStringLiteral("B/s"));
        QCOMPARE(r.cellText(2, 3), QStringLiteral("82 TB/s"));
        QCOMPARE(r.cellText(1, 5), QStringLiteral("1")); // the sparse flag stays a plain number
        QVERIFY(r.unit(1, 5).isEmpty());
        QVERIFY(r.style(2, 3).projected); // basis = projected
        QVERIFY(!r.style(0, 3).projected);
    }

    void amountsInTheLanguage()
    {
        DataTable flows;
        flows.name = QStringLiteral("flow");
        flows.columns = QStringList{"id", "amount_usd", "source_id"};
        flows.rows << QVariantList{"oracle-openai", 300e9, "wsj"};
        // USD 300 billion → "USD 300B"; in Traditional Chinese 3,000 億美元.
        QCOMPARE(tableReport(flows, {}, Language::English, {}, {}).cellText(0, 1), QStringLiteral("USD 300B"));
        QCOMPARE(tableReport(flows, {}, Language::TraditionalChinese, {}, {}).cellText(0, 1), QStringLiteral("3,000 億美元"));
        QCOMPARE(tableReport(flows, {}, Language::English, {}, {}).unit(0, 1), QStringLiteral("USD"));
    }

    void codesNamedForPeopleKeptForMachines()
    {
        DataTable flows;
        flows.name = QStringLiteral("flow");
        flows.columns = QStringList{"id", "kind", "status", "announced_on"};
        flows.rows << QVariantList{"oracle-openai", "compute_contract", "active", "2025-09-10"};
        const Report r = tableReport(flows, {}, Language::English, {}, {});
        // A report a person reads names the kind; the id and the date are data, shown as stored.
        QCOMPARE(r.cellText(0, 1), QStringLiteral("Compute contract"));
        QCOMPARE(r.cellText(0, 2), QStringLiteral("Active"));
        QCOMPARE(r.cellText(0, 0), QStringLiteral("oracle-openai"));
        QCOMPARE(r.cellText(0, 3), QStringLiteral("2025-09-10"));
        // CSV and JSON keep the code a program matches on.
        QVERIFY(r.style(0, 1).rawInCsv);
        QCOMPARE(r.table.rows.at(0).at(1).toString(), QStringLiteral("compute_contract"));
        QVERIFY(!r.style(0, 0).rawInCsv);

        DataTable claims = specClaims();
        QCOMPARE(tableReport(claims, {}, Language::English, {}, {}).cellText(2, 6), QStringLiteral("projection"));
    }

    void sourcesFromTheSourceIdColumn()
    {
        const Report r = tableReport(specClaims(), knownSources(), Language::English, {}, {});
        QCOMPARE(citedSourceIds(specClaims()), (QStringList{"nvidia-h100-datasheet", "trend-feynman"}));
        QCOMPARE(r.sources.size(), 2);
        QCOMPARE(r.sources.at(0).title, QStringLiteral("NVIDIA H100 Tensor Core GPU datasheet"));
        QCOMPARE(r.sources.at(1).title, QStringLiteral("trend-feynman")); // unknown to the caller: listed by id
        QCOMPARE(r.citations(0, 8), QList<int>{1});
        // A table without a source_id column cites nothing.
        DataTable meta;
        meta.name = QStringLiteral("meta");
        meta.columns = QStringList{"key", "value"};
        meta.rows << QVariantList{"dataset_version", "2026.01"};
        QVERIFY(tableReport(meta, knownSources(), Language::English, {}, {}).sources.isEmpty());
    }

    void notesForSpecClaims()
    {
        const QString notes = tableReport(specClaims(), {}, Language::English, {}, {}).notes.join(QLatin1Char('\n'));
        QVERIFY(notes.contains(QLatin1String("sparse = 1")));
        QVERIFY(notes.contains(QStringLiteral("† marks a projected value")));
    }

    void translatedTitle()
    {
        const ChineseScope chinese; // the fixture translator knows "Sources"
        DataTable sources;
        sources.name = QStringLiteral("source");
        sources.columns = QStringList{"id"};
        QCOMPARE(tableReport(sources, {}, Language::TraditionalChinese, {}, {}).title, QStringLiteral("資料來源"));
    }
};

QTEST_GUILESS_MAIN(TestTableReport)
#include "tst_table_report.moc"
