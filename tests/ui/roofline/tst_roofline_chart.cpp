// The roofline and batch-sweep charts over the real bundled dataset: series and axis ranges for a known selection,
// series updated in place rather than rebuilt, the sweep's KV wall and compute-bound marks equal to the engine's,
// and the view rendered through the program's screenshot path in English and 繁體中文.
#include "atlas_store.h"
#include "roofline/batch_sweep_chart.h"
#include "bundled_database.h"
#include "catalog.h"
#include "roofline/roofline_chart.h"
#include "roofline/roofline_run.h"
#include "common/chip_palette.h"

#include <QImage>
#include <QLegend>
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
        // Both workload points (10 FLOP/B) are left of the ridges: memory-bound, a circle each in its chip's colour.
        QCOMPARE(chart.memoryBoundPoints()->count(), 2);
        QCOMPARE(chart.computeBoundPoints()->count(), 0);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(chart.memoryBoundPoints()->pointConfiguration(i).value(QXYSeries::PointConfiguration::Color).value<QColor>(),
                     ChipPalette::color(i));
        QCOMPARE(chart.memoryBoundPoints()->markerShape(), QScatterSeries::MarkerShapeCircle);
        QCOMPARE(chart.computeBoundPoints()->markerShape(), QScatterSeries::MarkerShapeTriangle);
        // The legend draws the real marks, not squares.
        QCOMPARE(chart.chart()->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
        // The axes cover the ridges and the point, the peaks and the slopes.
        const QLogValueAxis *x = chart.intensityAxis();
        QVERIFY(x->min() <= 10 && x->max() >= 295);
        QVERIFY(x->max() / x->min() >= 1e4 - 1);
        const QLogValueAxis *y = chart.throughputAxis();
        QCOMPARE(chart.throughputScale(), 1e15); // PFLOP/s
        QVERIFY(y->max() >= 2.25 && y->min() <= 0.0335);  // B200's peak, H100's attainable at 10 FLOP/B
        QVERIFY(chart.chart()->axes(Qt::Horizontal).first()->titleText().contains(QStringLiteral("FLOP/byte")));
        QVERIFY(y->titleText().contains(QStringLiteral("PFLOP/s")));

        // The hover text of a roof gives the formula with its numbers.
        const QString hover = chart.hoverText(qobject_cast<QXYSeries *>(chart.chart()->series().at(4)), QPointF(10, 0.0335));
        QVERIFY2(hover.contains(QStringLiteral("min(peak, intensity × bandwidth)")), qPrintable(hover));
    }

    // Issue 10, item 8: a what-if tier's crossover lies on the axis; roofs that lie on each other are told apart.
    void axesIncludeTheTierAndOverlapsAreToldApart()
    {
        RooflineChart chart;
        chart.resize(640, 480);
        RooflineScenario s = llama70bDecode(64, 512);
        // High-bandwidth flash at 1 TB/s beside Rubin's HBM: FP8 17.5e15 ÷ 1e12 = 17,500 FLOP/byte, where it turns flat.
        s.extraTier = WhatIfTier{MemoryTier{QStringLiteral("HBF"), 2048.0 * 1073741824.0, 1e12}, TierUse::Weights};
        chart.setRun(RooflineRun::compute(m_catalog, {QStringLiteral("rubin")}, s, QStringLiteral("rubin")));
        QVERIFY2(chart.intensityAxis()->max() >= 17500, qPrintable(QString::number(chart.intensityAxis()->max())));
        // B200 (7.7 TB/s), GB300 (8 TB/s) and Ironwood (7.37 TB/s) share a memory slope: hovering it names all three.
        const RooflineRun run = RooflineRun::compute(m_catalog, {QStringLiteral("b200"), QStringLiteral("gb300"), QStringLiteral("tpu-v7")},
                                                     intensity(Precision::FP8, 10), QString());
        chart.setRun(run);
        const QString hover = chart.hoverText(qobject_cast<QXYSeries *>(chart.chart()->series().at(4)), QPointF(10, 0.077));
        for (const Chip *chip : run.chips)
            QVERIFY2(hover.contains(chip->name), qPrintable(chip->name));
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
        // A little room beyond batch 1 and 4,096, so a mark at either end is drawn whole (1 ÷ 1.25, 4,096 × 1.25).
        QCOMPARE(chart.batchAxis()->min(), 0.8);
        QCOMPARE(chart.batchAxis()->max(), 5120.0);
        QCOMPARE(chart.stallAxis()->max(), 100.0);
        // At context 4,096 attention keeps the step memory-bound at every batch: no turn is marked.
        chart.setRun(RooflineRun::compute(m_catalog, {QStringLiteral("rubin"), QStringLiteral("tpu-v7")}, llama70bDecode(64, 4096), QString()));
        QVERIFY(chart.computeBoundBatches().isEmpty());
        QCOMPARE(chart.kvWallBatches().size(), 2);
    }

    // Issue 10, item 6: a 1024-pixel laptop gets a 1024-pixel window (the charts become tabs), not a wider picture.
    void fitsA1024PixelScreen()
    {
        QTemporaryDir dir;
        QProcess app;
        const QString path = dir.filePath(QStringLiteral("narrow.png"));
        for (const QString &view : {QStringLiteral("compare"), QStringLiteral("sources"), QStringLiteral("roofline")}) {
            app.start(QStringLiteral(ATLAS_BINARY_DIR "/app/compute-atlas"),
                      {QStringLiteral("--view"), view, QStringLiteral("--screenshot"), path, QStringLiteral("--size"), QStringLiteral("1024x640")});
            QVERIFY(app.waitForFinished(60000) && app.exitCode() == 0);
            QCOMPARE(QImage(path).size(), QSize(1024, 640));
        }
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
