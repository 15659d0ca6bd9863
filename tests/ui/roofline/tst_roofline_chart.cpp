// The roofline and batch-sweep charts over the real bundled dataset: series and axis ranges for a known selection,
// series updated in place rather than rebuilt, the sweep's KV wall and compute-bound marks equal to the engine's,
// and the view rendered through the program's screenshot path in English and 繁體中文.
#include "atlas_store.h"
#include "roofline/batch_sweep_chart.h"
#include "bundled_database.h"
#include "catalog.h"
#include "roofline/roofline_chart.h"
#include "roofline/roofline_run.h"

#include <QImage>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QProcess>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

class TestRooflineChart : public QObject {
    Q_OBJECT

    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;

    static RooflineScenario intensity(Precision p, double flopPerByte)
    {
        RooflineScenario s;
        s.precision = p;
        s.workload = WorkloadKind::Intensity;
        s.intensity = flopPerByte;
        return s;
    }

    RooflineScenario llama70bDecode(int batch, int context)
    {
        RooflineScenario s;
        s.precision = Precision::FP8;
        s.workload = WorkloadKind::Llm;
        s.model = *m_catalog.findLlmModel(u"llama-3.1-70b");
        s.inference.batch = batch;
        s.inference.context = context;
        s.inference.kvPrecision = Precision::FP8;
        s.cost.rentalUsdPerHour = 3.0;
        return s;
    }

    // Renders the Roofline view with the program's --screenshot path; returns the image (null on failure).
    static QImage screenshot(const QString &language, const QString &path)
    {
        QProcess app;
        QStringList args{QStringLiteral("--view"), QStringLiteral("roofline"), QStringLiteral("--screenshot"), path};
        if (!language.isEmpty())
            args << QStringLiteral("--lang") << language;
        app.start(QStringLiteral(ATLAS_BINARY_DIR "/app/compute-atlas"), args);
        if (!app.waitForFinished(60000) || app.exitCode() != 0) {
            qWarning() << app.readAllStandardError();
            return {};
        }
        return QImage(path);
    }

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_store = AtlasStore::open(BundledDatabase::resourcePath(), QString(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_catalog = Catalog::load(m_store->databases());
    }

    void twoChipsTwoRoofs()
    {
        RooflineChart chart;
        chart.resize(640, 480);
        // H100 SXM BF16: ridge 989.5 TFLOP/s ÷ 3.35 TB/s = 295 FLOP/B; B200: 2.25 PFLOP/s ÷ 7.7 TB/s = 292 FLOP/B.
        const RooflineRun run = RooflineRun::compute(m_catalog, {QStringLiteral("h100-sxm"), QStringLiteral("b200")},
                                                     intensity(Precision::BF16, 10), QString());
        chart.setRun(run);
        QCOMPARE(chart.roofCount(), 2);
        QCOMPARE(chart.ridgeCount(), 2);
        QCOMPARE(chart.ridgeLabels(), (QStringList{QStringLiteral("H100 SXM · ridge 295"), QStringLiteral("B200 · ridge 292")}));
        // Both workload points (10 FLOP/B) are left of the ridges: memory-bound.
        QCOMPARE(chart.memoryBoundPoints()->count(), 2);
        QCOMPARE(chart.computeBoundPoints()->count(), 0);
        // The axes cover the ridges and the point, the peaks and the slopes.
        const QLogValueAxis *x = chart.intensityAxis();
        QVERIFY(x->min() <= 10 && x->max() >= 295);
        QVERIFY(x->max() / x->min() >= 1e4 - 1);
        const QLogValueAxis *y = chart.throughputAxis();
        QCOMPARE(chart.throughputScale(), 1e15); // PFLOP/s
        QVERIFY(y->max() >= 2.25 && y->min() <= 0.0335);  // B200's peak, H100's attainable at 10 FLOP/B
        QVERIFY(chart.chart()->axes(Qt::Horizontal).first()->titleText().contains(QStringLiteral("FLOP/B")));
        QVERIFY(y->titleText().contains(QStringLiteral("PFLOP/s")));

        // The hover text of a roof gives the formula with its numbers.
        const QString hover = chart.hoverText(qobject_cast<QXYSeries *>(chart.chart()->series().at(4)), QPointF(10, 0.0335));
        QVERIFY2(hover.contains(QStringLiteral("min(peak, intensity × bandwidth)")), qPrintable(hover));
    }

    void seriesAreUpdatedNotRebuilt()
    {
        RooflineChart chart;
        chart.resize(640, 480);
        chart.setRun(RooflineRun::compute(m_catalog, {QStringLiteral("h100-sxm"), QStringLiteral("b200")}, intensity(Precision::BF16, 10), QString()));
        const QList<QAbstractSeries *> before = chart.chart()->series();
        chart.setRun(RooflineRun::compute(m_catalog, {QStringLiteral("h100-sxm"), QStringLiteral("b200")}, intensity(Precision::BF16, 500), QString()));
        QCOMPARE(chart.chart()->series(), before); // the same objects, new points
        QCOMPARE(chart.computeBoundPoints()->count(), 2);

        chart.setRun(RooflineRun::compute(m_catalog, {QStringLiteral("h100-sxm"), QStringLiteral("b200"), QStringLiteral("rubin")},
                                          intensity(Precision::BF16, 500), QString()));
        QCOMPARE(chart.roofCount(), 3);
        QCOMPARE(chart.chart()->series().mid(0, before.size()), before); // the first chips' series stay
        // A chip without the precision draws no roof: Feynman has no BF16 figure.
        chart.setRun(RooflineRun::compute(m_catalog, {QStringLiteral("b200"), QStringLiteral("feynman")}, intensity(Precision::BF16, 10), QString()));
        QCOMPARE(chart.roofCount(), 1);
        QCOMPARE(chart.ridgeCount(), 1);
    }

    void operatorsOfTheFocusChip()
    {
        RooflineChart chart;
        chart.resize(640, 480);
        const RooflineRun run = RooflineRun::compute(m_catalog, {QStringLiteral("rubin"), QStringLiteral("tpu-v7")}, llama70bDecode(1, 4096),
                                                     QStringLiteral("tpu-v7"));
        chart.setRun(run);
        QCOMPARE(run.focusChipId, QStringLiteral("tpu-v7"));
        // Every operator that moves bytes and does FLOPs is a point (Llama is dense with TP 1: no router, experts
        // or all-reduce).
        QCOMPARE(chart.operatorPoints()->count(), int(run.focusOutcome()->inference->operators.size()));
        // Batch 1 decode is memory-bound on both chips.
        QCOMPARE(chart.memoryBoundPoints()->count(), 2);
    }

    void batchSweepMarksTheWallAndTheTurn()
    {
        BatchSweepChart chart;
        chart.resize(640, 480);
        const RooflineRun run = RooflineRun::compute(m_catalog, {QStringLiteral("rubin"), QStringLiteral("tpu-v7")}, llama70bDecode(64, 512), QString());
        chart.setRun(run);
        QCOMPARE(chart.curveCount(), 2);
        QList<double> walls, turns;
        for (const ChipOutcome &o : run.outcomes) {
            walls << double(*o.inference->maxBatch);
            turns << double(*o.inference->computeBoundBatch);
        }
        QCOMPARE(chart.kvWallBatches(), walls);
        QCOMPARE(chart.computeBoundBatches(), turns);
        QCOMPARE(chart.batchAxis()->min(), 1.0);
        QCOMPARE(chart.batchAxis()->max(), 4096.0);
        QCOMPARE(chart.stallAxis()->max(), 100.0);
        // At context 4,096 attention keeps the step memory-bound at every batch: no turn is marked.
        chart.setRun(RooflineRun::compute(m_catalog, {QStringLiteral("rubin"), QStringLiteral("tpu-v7")}, llama70bDecode(64, 4096), QString()));
        QVERIFY(chart.computeBoundBatches().isEmpty());
        QCOMPARE(chart.kvWallBatches().size(), 2);
    }

    void screenshotsInEnglishAndTraditionalChinese()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_TW")}) {
            const QImage image = screenshot(language, dir.filePath(QStringLiteral("roofline-%1.png").arg(language)));
            QVERIFY2(!image.isNull(), qPrintable(language));
            QCOMPARE(image.size(), QSize(1280, 800));
            // Not a blank window: charts, chip colours, text.
            QVERIFY2(distinctColours(image) > 50, qPrintable(language));
        }
    }
};

QTEST_MAIN(TestRooflineChart)
#include "tst_roofline_chart.moc"
