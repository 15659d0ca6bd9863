// The Roadmap view offscreen over the real bundled dataset: lanes and chips on the timeline with no label over
// another at the sizes people use, the side panel's claim history (Rubin's HBM bandwidth 13 → 20.5 → 20 → 22 TB/s),
// "Open in Compare", the trend legend giving the same fit as `compute-atlas trend`, the memory wall's flagships,
// exports of every tab, settings, and the language switch. Set ATLAS_SCREENSHOT_DIR to keep a PNG of every tab at
// every size and language checked here.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "language_manager.h"
#include "main_window.h"
#include "report_writer.h"
#include "roadmap/chip_panel.h"
#include "roadmap/memory_wall_chart.h"
#include "roadmap/roadmap_view.h"
#include "roadmap/timeline_chart.h"
#include "roadmap/trend_chart.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <cmath>

class TestRoadmapView : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    LanguageManager m_languages;
    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;

    void setLanguage(RoadmapView &view, const QString &code)
    {
        QVERIFY(m_languages.setLanguage(code, LanguageManager::Remember::No));
        view.setLanguage(*languageFromCode(code));
    }

    // Shows the view at `size` and lets the layouts settle.
    static void showAt(RoadmapView &view, const QSize &size)
    {
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
    }

    static void keepScreenshot(QWidget &view, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ATLAS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            view.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }

    // No chip's bar or name covers another chip's, no event label another's, and everything is inside the chart.
    static void checkTimelineLabels(const TimelineChart &timeline, const QString &where)
    {
        const QList<TimelineChart::Item> items = timeline.items();
        const QRectF bounds(0, 0, timeline.width(), timeline.height());
        for (int i = 0; i < items.size(); ++i) {
            const TimelineChart::Item &a = items.at(i);
            if (!a.labelRect.isNull())
                QVERIFY2(bounds.contains(a.labelRect), qPrintable(where + QStringLiteral(": label of %1 outside the chart").arg(a.id)));
            for (int j = i + 1; j < items.size(); ++j) {
                const TimelineChart::Item &b = items.at(j);
                if (a.kind != b.kind)
                    continue; // events and chips are on lines of their own
                const auto clash = [&](const QRectF &x, const QRectF &y) { return !x.isNull() && !y.isNull() && x.intersects(y); };
                const bool overlap = a.kind == TimelineChart::Item::Kind::Chip
                    ? clash(a.labelRect, b.labelRect) || clash(a.labelRect, b.shape) || clash(a.shape, b.labelRect) || clash(a.shape, b.shape)
                    : clash(a.labelRect, b.labelRect);
                QVERIFY2(!overlap, qPrintable(where + QStringLiteral(": %1 overlaps %2").arg(a.id, b.id)));
            }
        }
    }

    static void checkChartLabels(const RoadmapChart &chart, const QString &where)
    {
        const QList<QRectF> rects = chart.pointLabelRects();
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)), qPrintable(where + QStringLiteral(": point labels %1 and %2 overlap")
                                                                                        .arg(chart.pointLabels().at(i), chart.pointLabels().at(j))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setApplicationName(QStringLiteral("compute-atlas-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QString error;
        m_store = AtlasStore::open(BundledDatabase::resourcePath(), QString(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_catalog = Catalog::load(m_store->databases());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    void timelineHasALanePerVendorAndEveryChip()
    {
        RoadmapView view(m_catalog);
        view.setLanguage(Language::English);
        showAt(view, QSize(1280, 800));
        const TimelineChart *t = view.timeline();
        QCOMPARE(t->laneVendors(), (QStringList{QStringLiteral("nvidia"), QStringLiteral("google"), QStringLiteral("amd"), QStringLiteral("aws"),
                                                QStringLiteral("intel"), QStringLiteral("microsoft"), QStringLiteral("huawei"),
                                                QStringLiteral("qualcomm")}));
        QStringList chips;
        bool feynmanProjected = false;
        bool gtc2026 = false;
        for (const TimelineChart::Item &item : t->items()) {
            if (item.kind == TimelineChart::Item::Kind::Chip) {
                chips << item.id;
                if (item.id == QLatin1String("feynman"))
                    feynmanProjected = item.projected;
            } else if (item.ids.contains(QStringLiteral("nvidia-gtc-2026"))) {
                gtc2026 = item.label == QLatin1String("GTC 2026") && !item.labelRect.isNull(); // labelled, the vendor's name off
            }
        }
        QCOMPARE(chips.size(), m_catalog.chips().size()); // every chip, in its vendor's lane
        QVERIFY(feynmanProjected);
        QVERIFY(gtc2026);
        // The default selection is the chip whose claims moved most, and the panel shows it.
        QCOMPARE(view.selectedChip(), QStringLiteral("rubin"));
        QCOMPARE(t->selectedChip(), QStringLiteral("rubin"));
        // Hover texts: dates in words, status and the source of the event.
        const QString rubin = t->chipToolTip(QStringLiteral("rubin"));
        QVERIFY2(rubin.contains(QStringLiteral("Announced: June 2024")) && rubin.contains(QStringLiteral("Available: H2 2026")), qPrintable(rubin));
        const QString gtc = t->eventToolTip({QStringLiteral("nvidia-gtc-2026")});
        QVERIFY2(gtc.contains(QStringLiteral("16–19 March 2026 · San Jose, California, US")), qPrintable(gtc));
    }

    void nothingOverlapsAtTheSizesPeopleUse_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_TW"), QStringLiteral("zh_CN")})
            for (const QSize &size : {QSize(1024, 640), QSize(1280, 800), QSize(1920, 1080)})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3").arg(language).arg(size.width()).arg(size.height()))) << size << language;
    }
    void nothingOverlapsAtTheSizesPeopleUse()
    {
        // In the window, as `--view roadmap --screenshot` renders it: the view gets what the navigation leaves.
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QVERIFY(m_languages.setLanguage(language, LanguageManager::Remember::No));
        MainWindow window(*m_store, m_catalog, MainWindow::Options{.rememberState = false, .initialView = QStringLiteral("roadmap")});
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *view = static_cast<RoadmapView *>(window.view(QStringLiteral("roadmap")));
        const QString where = QStringLiteral("%1 %2x%3").arg(language).arg(size.width()).arg(size.height());
        for (const RoadmapView::Tab tab : {RoadmapView::Tab::Timeline, RoadmapView::Tab::Trends, RoadmapView::Tab::MemoryWall}) {
            view->setTab(tab);
            QCoreApplication::processEvents();
            // The window keeps the size asked for: no control or panel makes the view wider than the room it has.
            QCOMPARE(window.size(), size);
            QVERIFY2(view->geometry().right() < window.width(), qPrintable(where));
            const QString name = QStringList{QStringLiteral("timeline"), QStringLiteral("trends"), QStringLiteral("memory-wall")}.at(int(tab));
            keepScreenshot(window, QStringLiteral("roadmap-%1-%2-%3x%4").arg(name, language).arg(size.width()).arg(size.height()));
        }
        checkTimelineLabels(*view->timeline(), where);
        checkChartLabels(*view->trendChart(), where + QStringLiteral(" trends"));
        checkChartLabels(*view->memoryWallChart(), where + QStringLiteral(" memory wall"));
        // Every metric, projections in: the chips are named anew, still apart.
        view->setTab(RoadmapView::Tab::Trends);
        view->setIncludeProjected(true);
        for (const TrendMetric metric : TrendMetrics::all()) {
            view->setMetric(metric);
            QCoreApplication::processEvents();
            QVERIFY2(!view->trendChart()->pointLabels().isEmpty(), qPrintable(where + TrendMetrics::key(metric)));
            checkChartLabels(*view->trendChart(), where + QLatin1Char(' ') + TrendMetrics::key(metric));
        }
        // Eight vendors' lanes fit without scrolling at 1920×1080 (smaller windows scroll).
        if (size.height() >= 1080)
            QVERIFY2(view->timeline()->height() <= view->findChild<QScrollArea *>(QStringLiteral("timelineScroll"))->viewport()->height(),
                     qPrintable(where));
        window.close();
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    void panelShowsHowEachClaimChanged()
    {
        RoadmapView view(m_catalog);
        view.setLanguage(Language::English);
        view.selectChip(QStringLiteral("rubin"));
        QString bandwidth;
        for (const QString &line : view.chipPanel()->historyLines())
            if (line.startsWith(QStringLiteral("Memory bandwidth: ")))
                bandwidth = line;
        // 13 TB/s at GTC 2025, 20.5 then 20 (reported, September 2025), 22 at CES 2026: oldest first, each dated and sourced.
        static const QRegularExpression steps(QStringLiteral("^Memory bandwidth: 13 TB/s \\(18 March 2025, [^)]+\\)[^→]* → 20\\.5 TB/s \\(10 September 2025, "
                                                             ".+→ 20 TB/s \\(29 September 2025, .+→ 22 TB/s \\(5 January 2026, NVIDIA Technical Blog\\)$"));
        QVERIFY2(steps.match(bandwidth).hasMatch(), qPrintable(bandwidth));
        QVERIFY(view.chipPanel()->browser()->toPlainText().contains(QStringLiteral("Memory bandwidth: 22 TB/s")));

        // Dates as the language writes them.
        setLanguage(view, QStringLiteral("zh_TW"));
        QString tw;
        for (const QString &line : view.chipPanel()->historyLines())
            if (line.contains(QStringLiteral("22 TB/s")))
                tw = line;
        QVERIFY2(tw.contains(QStringLiteral("22 TB/s（2026 年 1 月 5 日，NVIDIA Technical Blog）")), qPrintable(tw));
        setLanguage(view, QStringLiteral("en"));

        // A chip whose figures were each claimed once says so.
        view.selectChip(QStringLiteral("tpu-v4"));
        QVERIFY(view.chipPanel()->historyLines().isEmpty());
        QVERIFY(view.chipPanel()->browser()->toPlainText().contains(QStringLiteral("Each figure has been claimed once.")));
    }

    void openInCompareAsksTheWindow()
    {
        RoadmapView view(m_catalog);
        view.setLanguage(Language::English);
        QSignalSpy open(&view, &AtlasView::openViewRequested);
        view.selectChip(QStringLiteral("tpu-v7"));
        QTest::mouseClick(view.chipPanel()->compareButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("compare"));
        QCOMPARE(open.at(0).at(1).toMap().value(QStringLiteral("chips")).toStringList(), QStringList{QStringLiteral("tpu-v7")});
    }

    void clickingAChipOnTheTimelineSelectsIt()
    {
        RoadmapView view(m_catalog);
        view.setLanguage(Language::English);
        showAt(view, QSize(1280, 800));
        QRectF mi300x;
        for (const TimelineChart::Item &item : view.timeline()->items())
            if (item.id == QLatin1String("mi300x"))
                mi300x = item.shape;
        QVERIFY(!mi300x.isNull());
        QTest::mouseClick(view.timeline(), Qt::LeftButton, {}, mi300x.center().toPoint());
        QCOMPARE(view.selectedChip(), QStringLiteral("mi300x"));
        QCOMPARE(view.chipPanel()->chipId(), QStringLiteral("mi300x"));
    }

    void trendLegendStatesTheSameFitAsTheCommandLine()
    {
        RoadmapView view(m_catalog);
        view.setLanguage(Language::English);
        view.setTab(RoadmapView::Tab::Trends);
        QCOMPARE(view.metric(), TrendMetric::DenseBf16);
        // `compute-atlas trend --metric bf16` prints the same line (tests/cli/tst_trend_command.cpp checks its numbers).
        QVERIFY2(view.trendChart()->fitLines().contains(
                     QStringLiteral("NVIDIA dense BF16: ×1.5 / yr, doubles every 1.8 yr (90 %: 1.3–3.1), r² 0.82, n 7")),
                 qPrintable(view.trendChart()->fitLines().join(QLatin1Char('\n'))));
        QVERIFY(view.trendChart()->fitLines().constLast().startsWith(QStringLiteral("All vendors, dense BF16: ")));
        QVERIFY(view.trendChart()->fitSeries(QStringLiteral("nvidia")));
        QVERIFY(view.trendChart()->fitSeries(QString()));
        QVERIFY(!view.trendChart()->fitSeries(QStringLiteral("aws"))); // two points: no fit
        QVERIFY(view.trendChart()->legend()->text().contains(QStringLiteral("left out, no availability date in the data: TPU v5e")));

        // Dense FP8: Feynman is drawn hollow and left out of NVIDIA's fit until projections are included.
        view.setMetric(TrendMetric::DenseFp8);
        QCOMPARE(view.trendChart()->pointSeries(QStringLiteral("nvidia"), true)->count(), 1);
        const QString without = view.trendChart()->fitLines().constFirst();
        QVERIFY2(without.startsWith(QStringLiteral("NVIDIA dense FP8: ")) && without.endsWith(QStringLiteral("n 8")), qPrintable(without));
        view.setIncludeProjected(true);
        const QString with = view.trendChart()->fitLines().constFirst();
        QVERIFY2(with.endsWith(QStringLiteral("n 9, includes projections")), qPrintable(with));
        // A hover names the chip, its figure and where it comes from.
        const QString tip = view.trendChart()->toolTipOf(view.trendChart()->pointSeries(QStringLiteral("nvidia"), true), QStringLiteral("feynman"));
        QVERIFY2(tip.contains(QStringLiteral("103 PFLOP/s")) && tip.contains(QStringLiteral("A projection, included in the fits.")), qPrintable(tip));
    }

    void memoryWallFollowsEachVendorsFlagships()
    {
        RoadmapView view(m_catalog);
        view.setLanguage(Language::English);
        view.setTab(RoadmapView::Tab::MemoryWall);
        QCOMPARE(view.wallPrecision(), Precision::FP8);
        const MemoryWall &wall = view.memoryWallChart()->wall();
        QVERIFY(!wall.series.isEmpty());
        const MemoryWallSeries &nvidia = wall.series.constFirst();
        QCOMPARE(nvidia.vendorId, QStringLiteral("nvidia"));
        QStringList ids;
        for (const MemoryWallPoint &p : nvidia.points)
            ids << p.chip->id;
        QCOMPARE(ids, (QStringList{QStringLiteral("h100-sxm"), QStringLiteral("gb200"), QStringLiteral("rubin"), QStringLiteral("rubin-ultra")}));
        // Rubin Ultra against H100: FP8 34.72e15 / 1.979e15 = ×17.54; bandwidth 31.94e12 / 3.35e12 = ×9.53;
        // ridge 34.72e15 / 31.94e12 = 1,087 FLOP/B against 1.979e15 / 3.35e12 = 591.
        QVERIFY(std::abs(nvidia.last().computeIndex - 34.72 / 1.979) < 1e-9);
        QVERIFY(std::abs(nvidia.last().bandwidthIndex - 31.94 / 3.35) < 1e-9);
        const QString sentence = view.memoryWallChart()->sentences().constFirst();
        QVERIFY2(sentence.startsWith(QStringLiteral("NVIDIA, H100 SXM (Q4 2022) to Rubin Ultra (H2 2027): dense FP8 compute ×18, memory "
                                                    "bandwidth ×9.5, capacity ×13; the ridge point went from 591 to 1,087 FLOP/byte")),
                 qPrintable(sentence));
        QCOMPARE(view.memoryWallChart()->line(QStringLiteral("nvidia"), MemoryWallChart::Quantity::Bandwidth)->count(), 4);
        // Feynman joins when projections are included.
        view.setIncludeProjected(true);
        QCOMPARE(view.memoryWallChart()->wall().series.constFirst().points.constLast().chip->id, QStringLiteral("feynman"));
    }

    void vendorsFilterEveryTab()
    {
        RoadmapView view(m_catalog);
        view.setLanguage(Language::English);
        view.setVendors({QStringLiteral("google"), QStringLiteral("amd")});
        QCOMPARE(view.timeline()->laneVendors(), (QStringList{QStringLiteral("google"), QStringLiteral("amd")}));
        QCOMPARE(view.trendChart()->analysis().vendorIds, (QStringList{QStringLiteral("google"), QStringLiteral("amd")}));
        for (const MemoryWallSeries &s : view.memoryWallChart()->wall().series)
            QVERIFY(s.vendorId == QLatin1String("google") || s.vendorId == QLatin1String("amd"));
        QVERIFY(view.vendorButton()->text().contains(QStringLiteral("2 of 8")));
        view.setVendors({});
        QCOMPARE(view.timeline()->laneVendors().size(), 8);
    }

    // Start-up builds the chart of the tab shown only; a hidden tab's chart is built when it is shown, once, and
    // again only after a choice changed.
    void hiddenTabsAreBuiltWhenShown()
    {
        RoadmapView view(m_catalog);
        QCOMPARE(view.tab(), RoadmapView::Tab::Timeline);
        QCOMPARE(view.chartRebuilds(), 1); // the timeline
        view.setTab(RoadmapView::Tab::Trends);
        QCOMPARE(view.chartRebuilds(), 2); // + the trend chart
        QVERIFY(!view.trendChart()->fitLines().isEmpty());
        view.setTab(RoadmapView::Tab::Timeline);
        view.setTab(RoadmapView::Tab::Trends);
        QCOMPARE(view.chartRebuilds(), 2); // both up to date: nothing rebuilt
        view.setIncludeProjected(!view.includeProjected());
        QCOMPARE(view.chartRebuilds(), 3); // the trend chart shown; timeline and memory wall wait
        view.setTab(RoadmapView::Tab::MemoryWall);
        QCOMPARE(view.chartRebuilds(), 4);
        QVERIFY(!view.memoryWallChart()->wall().series.isEmpty());
        view.setTab(RoadmapView::Tab::Timeline);
        QCOMPARE(view.chartRebuilds(), 5);
        view.trendChart(); // up to date: the accessor rebuilds nothing
        QCOMPARE(view.chartRebuilds(), 5);
    }

    void exportsEveryTab()
    {
        RoadmapView view(m_catalog);
        view.setLanguage(Language::English);
        showAt(view, QSize(1280, 800));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const RoadmapView::Tab tab : {RoadmapView::Tab::Timeline, RoadmapView::Tab::Trends, RoadmapView::Tab::MemoryWall}) {
            view.setTab(tab);
            QCoreApplication::processEvents();
            const QString base = dir.filePath(QString::number(int(tab)));
            QString error;
            QVERIFY2(view.exportTo(base + QStringLiteral(".csv"), ReportFormat::Csv, &error), qPrintable(error));
            QVERIFY2(view.exportTo(base + QStringLiteral(".json"), ReportFormat::Json, &error), qPrintable(error));
            QVERIFY2(view.exportTo(base + QStringLiteral(".xlsx"), ReportFormat::Xlsx, &error), qPrintable(error));
            QVERIFY2(view.exportChart(base + QStringLiteral(".png"), ChartImageFormat::Png, &error), qPrintable(error));
            QVERIFY2(view.exportChart(base + QStringLiteral(".svg"), ChartImageFormat::Svg, &error), qPrintable(error));
            for (const char *suffix : {".csv", ".json", ".xlsx", ".png", ".svg"})
                QVERIFY2(QFileInfo(base + QLatin1String(suffix)).size() > 200, suffix);
            QImage image(base + QStringLiteral(".png"));
            QVERIFY(!image.isNull());
        }
        // The trend's JSON: fits first (with their numbers), then points with their SI values and sources.
        QFile json(dir.filePath(QStringLiteral("1.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("fit"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("vendor")).toString(), QStringLiteral("nvidia"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("n")).toInt(), 7);
        bool h100 = false;
        for (const QJsonValue &v : rows)
            if (v.toObject().value(QStringLiteral("chip_id")).toString() == QLatin1String("h100-sxm")) {
                h100 = v.toObject().value(QStringLiteral("value")).toDouble() == 989.5e12;
                QVERIFY(v.toObject().contains(QStringLiteral("source_ids")));
            }
        QVERIFY(h100);

        // In Chinese, the table's headers and dates follow the language.
        setLanguage(view, QStringLiteral("zh_TW"));
        view.setTab(RoadmapView::Tab::Timeline);
        QString error;
        const QString csv = dir.filePath(QStringLiteral("tw.csv"));
        QVERIFY2(view.exportTo(csv, ReportFormat::Csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("2026 年 3 月 16 日")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("輝達 GTC 2026 大會")));
        setLanguage(view, QStringLiteral("en"));
    }

    void remembersItsChoices()
    {
        QSettings().clear();
        {
            RoadmapView view(m_catalog);
            view.setLanguage(Language::English);
            view.setTab(RoadmapView::Tab::Trends);
            view.setMetric(TrendMetric::MemoryBandwidth);
            view.setBasis(DateBasis::Announced);
            view.setIncludeProjected(true);
            view.setWallPrecision(Precision::BF16);
            view.setVendors({QStringLiteral("nvidia")});
            view.selectChip(QStringLiteral("b200"));
            QSettings settings;
            view.saveSettings(settings);
        }
        RoadmapView view(m_catalog);
        view.setLanguage(Language::English);
        view.restoreSettings(QSettings());
        QCOMPARE(view.tab(), RoadmapView::Tab::Trends);
        QCOMPARE(view.metric(), TrendMetric::MemoryBandwidth);
        QCOMPARE(view.basis(), DateBasis::Announced);
        QVERIFY(view.includeProjected());
        QCOMPARE(view.wallPrecision(), Precision::BF16);
        QCOMPARE(view.vendors(), QStringList{QStringLiteral("nvidia")});
        QCOMPARE(view.selectedChip(), QStringLiteral("b200"));
        QCOMPARE(view.trendChart()->analysis().metric, TrendMetric::MemoryBandwidth);
    }

    void speaksTheInterfaceLanguage()
    {
        RoadmapView view(m_catalog);
        setLanguage(view, QStringLiteral("zh_TW"));
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("時間軸"));
        QCOMPARE(view.tabs()->tabText(2), QStringLiteral("記憶體牆"));
        QVERIFY(view.timeline()->laneVendors().contains(QStringLiteral("nvidia")));
        QVERIFY2(view.timeline()->chipToolTip(QStringLiteral("rubin")).contains(QStringLiteral("2024 年 6 月")),
                 qPrintable(view.timeline()->chipToolTip(QStringLiteral("rubin"))));
        view.setTab(RoadmapView::Tab::Trends);
        QVERIFY2(view.trendChart()->fitLines().constFirst().startsWith(QStringLiteral("輝達 稠密 BF16")), qPrintable(view.trendChart()->fitLines().constFirst()));
        setLanguage(view, QStringLiteral("zh_CN"));
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("时间轴"));
        QVERIFY(view.trendChart()->fitLines().constFirst().startsWith(QStringLiteral("英伟达 稠密 BF16")));
        setLanguage(view, QStringLiteral("en"));
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("Timeline"));
    }
};

QTEST_MAIN(TestRoadmapView)
#include "tst_roadmap_view.moc"
