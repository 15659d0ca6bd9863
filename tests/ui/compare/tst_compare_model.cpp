// CompareModel over the real bundled dataset: the item-model contract, selection changes, hand-checked values
// and ratios, the best of a row, projections, and the provenance every cell carries.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "compare/compare_model.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

class TestCompareModel : public QObject {
    Q_OBJECT

    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;

    static int rowOf(const CompareModel &model, const QString &key)
    {
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.headerData(r, Qt::Vertical, CompareModel::RowKeyRole).toString() == key)
                return r;
        return -1;
    }
    static int columnOf(const CompareModel &model, const QString &chipId) { return int(model.chipIds().indexOf(chipId)); }
    static QModelIndex cell(const CompareModel &model, const QString &key, const QString &chipId)
    {
        return model.index(rowOf(model, key), columnOf(model, chipId));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_store = AtlasStore::open(BundledDatabase::resourcePath(), QString(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_catalog = Catalog::load(m_store->databases());
        QVERIFY(m_catalog.findChip(u"b200"));
    }

    void passesTheModelTester()
    {
        CompareModel model(m_catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSelection({QStringLiteral("h100-sxm"), QStringLiteral("b200"), QStringLiteral("rubin"), QStringLiteral("feynman")},
                           QStringLiteral("h100-sxm"));
        model.setSelection({QStringLiteral("tpu-v7"), QStringLiteral("mi355x")}, QStringLiteral("mi355x"));
        model.setLanguage(Language::TraditionalChinese);
        model.setSelection({}, QString());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void selectionChangeUpdatesRowsAndColumns()
    {
        CompareModel model(m_catalog);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSelection({QStringLiteral("h100-sxm"), QStringLiteral("b200")}, QStringLiteral("h100-sxm"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.rowCount(), int(CompareTable::rowKeys().size()));

        // Aliases resolve, unknown ids and repeats are left out, the baseline follows.
        model.setSelection({QStringLiteral("Ironwood"), QStringLiteral("no-such-chip"), QStringLiteral("rubin"), QStringLiteral("tpu-v7")},
                           QStringLiteral("rubin"));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.chipIds(), (QStringList{QStringLiteral("tpu-v7"), QStringLiteral("rubin")}));
        QCOMPARE(model.baselineId(), QStringLiteral("rubin"));
        QCOMPARE(model.headerData(1, Qt::Horizontal, CompareModel::BaselineRole).toBool(), true);

        // A baseline that is not among the chips falls back to the first.
        model.setSelection({QStringLiteral("b200"), QStringLiteral("mi355x")}, QStringLiteral("h100-sxm"));
        QCOMPARE(model.baselineId(), QStringLiteral("b200"));
    }

    void valuesAndRatiosMatchTheDataset()
    {
        CompareModel model(m_catalog);
        model.setSelection({QStringLiteral("h100-sxm"), QStringLiteral("b200")}, QStringLiteral("h100-sxm"));

        // Dense BF16: H100 SXM 989.5 TFLOP/s (1,979 sparse ÷ 2), B200 2.25 PFLOP/s (4.5 sparse ÷ 2).
        const QModelIndex h100 = cell(model, QStringLiteral("bf16_flops"), QStringLiteral("h100-sxm"));
        const QModelIndex b200 = cell(model, QStringLiteral("bf16_flops"), QStringLiteral("b200"));
        QCOMPARE(h100.data(CompareModel::RawValueRole).toDouble(), 989.5e12);
        QCOMPARE(b200.data(CompareModel::RawValueRole).toDouble(), 2.25e15);
        QVERIFY(qAbs(b200.data(CompareModel::RatioRole).toDouble() - 2.25e15 / 989.5e12) < 1e-9);
        QCOMPARE(h100.data(Qt::DisplayRole).toString(), QStringLiteral("989.5 TFLOP/s")); // the baseline shows no ratio
        QCOMPARE(b200.data(Qt::DisplayRole).toString(), QStringLiteral("2.25 PFLOP/s\n2.27×"));
        QCOMPARE(b200.data(CompareModel::RatioTextRole).toString(), QStringLiteral("2.27×"));
        QVERIFY(b200.data(CompareModel::BestRole).toBool());
        QVERIFY(!h100.data(CompareModel::BestRole).toBool());
        QVERIFY(b200.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(b200.data(Qt::BackgroundRole).isValid());

        // Memory bandwidth 3.35 TB/s vs 7.7 TB/s (the current HGX B200 table, not GTC 2024's 8 TB/s): 2.30×.
        const QModelIndex bw = cell(model, QStringLiteral("memory_bandwidth"), QStringLiteral("b200"));
        QCOMPARE(bw.data(CompareModel::ValueTextRole).toString(), QStringLiteral("7.7 TB/s"));
        QCOMPARE(bw.data(CompareModel::RatioTextRole).toString(), QStringLiteral("2.3×"));

        // Ridge point, derived: 989.5e12 / 3.35e12 = 295.4 FLOP/B; its tooltip shows the formula with the inputs.
        const QModelIndex ridge = cell(model, QStringLiteral("ridge_bf16"), QStringLiteral("h100-sxm"));
        QCOMPARE(ridge.data(CompareModel::ValueTextRole).toString(), QStringLiteral("295 FLOP/byte"));
        const QString ridgeTip = ridge.data(Qt::ToolTipRole).toString();
        QVERIFY2(ridgeTip.contains(QStringLiteral("dense BF16 FLOP/s ÷ memory bandwidth = 989.5 TFLOP/s ÷ 3.35 TB/s")), qPrintable(ridgeTip));

        // H100 has no FP4: unknown, not zero, no ratio.
        const QModelIndex fp4 = cell(model, QStringLiteral("fp4_flops"), QStringLiteral("h100-sxm"));
        QCOMPARE(fp4.data(Qt::DisplayRole).toString(), QStringLiteral("—"));
        QVERIFY(!fp4.data(CompareModel::RatioRole).isValid());

        // Rows carry their unit.
        QCOMPARE(model.headerData(rowOf(model, QStringLiteral("memory_bandwidth")), Qt::Vertical).toString(), QStringLiteral("Memory bandwidth\nbytes/s"));
        QCOMPARE(model.headerData(rowOf(model, QStringLiteral("status")), Qt::Vertical).toString(), QStringLiteral("Status"));
        QCOMPARE(model.data(cell(model, QStringLiteral("status"), QStringLiteral("b200"))).toString(), QStringLiteral("Shipping"));
        // Columns: the chip, its vendor, and which one is the baseline.
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("NVIDIA\nH100 SXM\n(baseline)"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("NVIDIA\nB200\n(HGX)"));
    }

    // Issue 10, item 11: a Chinese reader sees the dataset's Chinese names and processes; a note the dataset gives
    // only in English says so.
    void chipTextFollowsTheLanguage()
    {
        CompareModel model(m_catalog);
        model.setSelection({QStringLiteral("h100-sxm"), QStringLiteral("gb300")}, QStringLiteral("h100-sxm"));
        model.setLanguage(Language::TraditionalChinese);
        const QString header = model.headerData(1, Qt::Horizontal).toString();
        QVERIFY2(header.endsWith(QStringLiteral("GB300\n（每顆 GPU，NVL72）")), qPrintable(header));
        QCOMPARE(cell(model, QStringLiteral("process"), QStringLiteral("h100-sxm")).data(CompareModel::ValueTextRole).toString(),
                 QStringLiteral("台積電 4N"));
        model.setLanguage(Language::SimplifiedChinese);
        QVERIFY(model.headerData(1, Qt::Horizontal).toString().endsWith(QStringLiteral("（每个 GPU，NVL72）")));
        QCOMPARE(cell(model, QStringLiteral("process"), QStringLiteral("h100-sxm")).data(CompareModel::ValueTextRole).toString(),
                 QStringLiteral("台积电 4N"));
        const QString process = cell(model, QStringLiteral("process"), QStringLiteral("h100-sxm")).data(CompareModel::ProvenanceRole).toString();
        QVERIFY2(process.contains(QStringLiteral("Note (in English): ")), qPrintable(process)); // no translator here: the label's source text
        QVERIFY(!process.contains(QStringLiteral("chip.csv")));
        model.setLanguage(Language::English);
        QCOMPARE(cell(model, QStringLiteral("process"), QStringLiteral("h100-sxm")).data(CompareModel::ValueTextRole).toString(),
                 QStringLiteral("TSMC 4N"));
    }

    void tooltipTellsWhereAValueComesFrom()
    {
        CompareModel model(m_catalog);
        model.setSelection({QStringLiteral("h100-sxm"), QStringLiteral("rubin")}, QStringLiteral("h100-sxm"));
        const QModelIndex bw = cell(model, QStringLiteral("memory_bandwidth"), QStringLiteral("rubin"));
        QCOMPARE(bw.data(CompareModel::ValueTextRole).toString(), QStringLiteral("22 TB/s"));
        const QString tip = bw.data(Qt::ToolTipRole).toString();
        // Every source of the current claim: NVIDIA's technical blog as the primary source (the vendor's own
        // publication), the CES 2026 report as a secondary copy, and the history since GTC 2025.
        QVERIFY2(tip.contains(QStringLiteral("Primary source: <a href=\"https://developer.nvidia.com/blog/inside-the-nvidia-rubin-platform")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("NVIDIA Technical Blog, 2026-01-06, official publication")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Secondary (copy or report): ")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Genius Firms")), qPrintable(tip));
        QTextDocument text; // each value is kept on one line in the rich text ("22 TB/s" never breaks after the slash)
        text.setHtml(tip);
        const QString plain = text.toPlainText();
        QVERIFY2(plain.contains(QStringLiteral("13 TB/s (2025-03-18, AI Tide) → ")), qPrintable(plain));
        QVERIFY2(plain.contains(QStringLiteral(" → 22 TB/s (2026-01-05, NVIDIA Technical Blog)")), qPrintable(plain));
        QVERIFY(tip.contains(QStringLiteral("<span style=\"white-space:nowrap\">22 TB/s</span>")));
        QVERIFY(!bw.data(CompareModel::DisputedRole).toBool());
        QCOMPARE(bw.data(CompareModel::ProvenanceRole).toString(), tip);
    }

    void disputedFiguresStayDisputed()
    {
        // B200's current bandwidth (7.7 TB/s, NVIDIA's later HGX table) is disputed by the 8 TB/s of GTC 2024;
        // B300's 1,100 W by the 1,400 W others list. H100's bandwidth is not disputed.
        CompareModel model(m_catalog);
        model.setSelection({QStringLiteral("h100-sxm"), QStringLiteral("b200"), QStringLiteral("b300")}, QStringLiteral("h100-sxm"));
        const QModelIndex b200 = cell(model, QStringLiteral("memory_bandwidth"), QStringLiteral("b200"));
        QCOMPARE(b200.data(CompareModel::ValueTextRole).toString(), QStringLiteral("7.7 TB/s"));
        QVERIFY(b200.data(CompareModel::DisputedRole).toBool());
        const QString tip = b200.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Disputed by: ")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("(gives 8 TB/s, the GTC 2024 figure)")), qPrintable(tip));
        QVERIFY(cell(model, QStringLiteral("tdp"), QStringLiteral("b300")).data(CompareModel::DisputedRole).toBool());
        QVERIFY(!cell(model, QStringLiteral("memory_bandwidth"), QStringLiteral("h100-sxm")).data(CompareModel::DisputedRole).toBool());
    }

    void projectionsAreMarked()
    {
        CompareModel model(m_catalog);
        model.setSelection({QStringLiteral("rubin"), QStringLiteral("feynman")}, QStringLiteral("rubin"));
        const QModelIndex fp8 = cell(model, QStringLiteral("fp8_flops"), QStringLiteral("feynman"));
        QVERIFY(fp8.data(CompareModel::ProjectedRole).toBool());
        QVERIFY(fp8.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(fp8.data(Qt::ForegroundRole).isValid());
        const QString tip = fp8.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("(projected)")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("PROJECTED")), qPrintable(tip)); // the note saying how it was projected
        QVERIFY(!cell(model, QStringLiteral("fp8_flops"), QStringLiteral("rubin")).data(CompareModel::ProjectedRole).toBool());
    }

    void numbersFollowTheLanguage()
    {
        CompareModel model(m_catalog);
        model.setSelection({QStringLiteral("h100-sxm")}, QStringLiteral("h100-sxm"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        model.setLanguage(Language::SimplifiedChinese);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(headers.count(), 2);
        QVERIFY(model.headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("英伟达"))); // vendor names from the dataset
    }
};

QTEST_MAIN(TestCompareModel)
#include "tst_compare_model.moc"
