// The Memory view offscreen over the real bundled dataset: the market chart draws what the model groups (2025-Q2
// twice, by revenue and by shipments; 2024-Q3 a gap), every segment's hover names its basis and source, the per-chip
// panels place chips by date and value, the HBF tab shows the announced targets as targets, the words follow the
// interface language, choices are remembered, and every table and chart exports.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "language_manager.h"
#include "memory/chip_memory_chart.h"
#include "memory/memory_view.h"
#include "memory/share_chart.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

class TestMemoryView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;

    static void show(MemoryView &view)
    {
        view.resize(1160, 740); // as in a 1280×800 window
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

    static int columnOf(const ShareChart &chart, const QString &period, const QString &shareOf)
    {
        for (int i = 0; i < chart.columns.size(); ++i)
            if (chart.columns.at(i).period == period && chart.columns.at(i).shareOf == shareOf)
                return i;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setApplicationName(QStringLiteral("compute-atlas-test"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QString error;
        m_store = AtlasStore::open(BundledDatabase::resourcePath(), QString(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_catalog = Catalog::load(m_store->databases());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    void marketChartDrawsWhatTheModelGroups()
    {
        MemoryView view(m_catalog, m_store->databases());
        view.setLanguage(Language::English);
        show(view);
        QCOMPARE(view.segmentBox()->currentData().toString(), QStringLiteral("HBM"));
        const ShareChart &chart = view.shareChart()->chart();
        QCOMPARE(chart.suppliers.constFirst(), QStringLiteral("sk-hynix")); // the largest summed share
        // 2025-Q2 is in the dataset twice (Counterpoint): revenue 64/15/21 and shipments 62/17/21, two bars.
        const int revenue = columnOf(chart, QStringLiteral("2025-Q2"), QStringLiteral("revenue"));
        const int shipments = columnOf(chart, QStringLiteral("2025-Q2"), QStringLiteral("shipments"));
        QVERIFY(revenue >= 0 && shipments == revenue + 1);
        QCOMPARE(chart.columns.at(revenue).givenPct(), 100.0); // 64 + 15 + 21
        QCOMPARE(chart.columns.at(shipments).share(QStringLiteral("sk-hynix"))->sharePct, 62.0);
        // 2024-Q2 (Samsung only) then 2024-Q4: 2024-Q3 has no source and is a gap.
        const int gap = columnOf(chart, QStringLiteral("2024-Q3"), QString());
        QVERIFY(gap >= 0);
        QVERIFY(chart.columns.at(gap).isGap());
        // SK hynix's 62% bar is 62% of the plot's height and stands on the axis.
        const QRectF sk = view.shareChart()->segmentRect(shipments, QStringLiteral("sk-hynix"));
        const QRectF samsung = view.shareChart()->segmentRect(shipments, QStringLiteral("samsung"));
        QVERIFY(!sk.isEmpty() && !samsung.isEmpty());
        QVERIFY(qAbs(samsung.height() / sk.height() - 17.0 / 62.0) < 0.01);
        QVERIFY(sk.bottom() > samsung.bottom()); // SK hynix at the bottom of the stack
        // Hover: the figure, what it is a share of and the source.
        const QString tip = view.shareChart()->toolTipAt(sk.center());
        QVERIFY2(tip.contains(QStringLiteral("62%")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("share of shipments")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Korea JoongAng Daily")), qPrintable(tip));
        // A 2022 TrendForce row does not say of what: the hover says so.
        const int y2022 = columnOf(chart, QStringLiteral("2022"), QStringLiteral("unknown"));
        QVERIFY(y2022 >= 0);
        QVERIFY(view.shareChart()->toolTipAt(view.shareChart()->segmentRect(y2022, QStringLiteral("sk-hynix")).center())
                    .contains(QStringLiteral("does not say whether")));
        // The gap's box is hovered between its neighbours' bars: it says no source covers the period.
        const QRectF before = view.shareChart()->segmentRect(gap - 1, QStringLiteral("samsung"));
        const QRectF after = view.shareChart()->segmentRect(gap + 1, QStringLiteral("sk-hynix"));
        const QString gapTip = view.shareChart()->toolTipAt(QPointF((before.center().x() + after.center().x()) / 2, after.center().y()));
        QVERIFY2(gapTip.contains(QStringLiteral("no source gives HBM shares")), qPrintable(gapTip));
        // The table lists every HBM row (one per supplier and column).
        int rows = 0;
        for (const ShareColumn &c : chart.columns)
            rows += int(c.rows.size());
        QCOMPARE(view.shareTable()->rowCount(), rows);
        // The HBM3-only figure is its own segment.
        view.segmentBox()->setCurrentIndex(view.segmentBox()->findData(QStringLiteral("HBM3")));
        QCOMPARE(view.shareChart()->chart().columns.size(), 1);
    }

    void chipPanelsPlaceChipsByDateAndValue()
    {
        MemoryView view(m_catalog, m_store->databases());
        view.setLanguage(Language::English);
        show(view);
        view.tabs()->setCurrentIndex(1);
        ChipMemoryChart *upper = view.chipChart();
        // H100 (80 GB, 2022-Q4) sits left of and below B200 (180 GB usable, 2025-Q1) on the capacity panel.
        const QPointF h100 = upper->pointPosition(QStringLiteral("h100-sxm"));
        const QPointF b200 = upper->pointPosition(QStringLiteral("b200"));
        QVERIFY(!h100.isNull() && !b200.isNull());
        QVERIFY(h100.x() < b200.x());
        QVERIFY(h100.y() > b200.y());
        // H100 reads its 80 GB at 3.35 TB/s: 3.35e12 / 85,899,345,920 = 39.0 times a second.
        const QString tip = view.readsChart()->toolTipAt(view.readsChart()->pointPosition(QStringLiteral("h100-sxm")));
        QVERIFY2(tip.contains(QStringLiteral("39 times a second")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("HBM3: 5 stacks × 16 GB")), qPrintable(tip));
        // Switching the upper panel to bandwidth moves B200 (7.7 TB/s) above H100 (3.35 TB/s) still.
        view.measureBox()->setCurrentIndex(1);
        QCOMPARE(upper->measure(), ChipMemoryChart::Measure::Bandwidth);
        QVERIFY(upper->pointPosition(QStringLiteral("b200")).y() < upper->pointPosition(QStringLiteral("h100-sxm")).y());
        // A projected chip (Feynman) is there, and says it is a projection.
        QVERIFY(upper->toolTipAt(upper->pointPosition(QStringLiteral("feynman"))).contains(QStringLiteral("Projected")));
    }

    void outlookShowsTargetsWithSources()
    {
        MemoryView view(m_catalog, m_store->databases());
        view.setLanguage(Language::English);
        show(view);
        const QString text = view.outlookText()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("1.6 TB/s")));
        QVERIFY(text.contains(QStringLiteral("512 GB")));
        QVERIFY(text.contains(QStringLiteral("bandwidth target")));
        // 1.6e12 / 549,755,813,888 = 2.91 reads a second.
        QVERIFY2(text.contains(QStringLiteral("read whole 2.9 times a second")), qPrintable(text));
        QVERIFY(view.outlookText()->toHtml().contains(QStringLiteral("prnewswire.com")));
        // The button asks for the Roofline view with the announced per-stack targets as its what-if tier.
        QSignalSpy asked(&view, &AtlasView::openViewRequested);
        view.tabs()->setCurrentIndex(2);
        QVERIFY(view.rooflineButton()->isEnabled());
        QTest::mouseClick(view.rooflineButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("roofline"));
        const QVariantMap tier = asked.at(0).at(1).toMap().value(QStringLiteral("tier")).toMap();
        QCOMPARE(tier.value(QStringLiteral("capacity_bytes")).toDouble(), 549755813888.0); // 512 × 2^30
        QCOMPARE(tier.value(QStringLiteral("bandwidth_bytes_per_s")).toDouble(), 1.6e12);
        QCOMPARE(tier.value(QStringLiteral("holds")).toString(), QStringLiteral("weights"));
    }

    void wordsFollowTheLanguage()
    {
        MemoryView view(m_catalog, m_store->databases());
        QVERIFY(m_languages.setLanguage(QStringLiteral("zh_TW"), LanguageManager::Remember::No));
        view.setLanguage(Language::TraditionalChinese);
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("市場"));
        const ShareChart &chart = view.shareChart()->chart();
        const int shipments = columnOf(chart, QStringLiteral("2025-Q2"), QStringLiteral("shipments"));
        show(view);
        const QString tip = view.shareChart()->toolTipAt(view.shareChart()->segmentRect(shipments, QStringLiteral("sk-hynix")).center());
        QVERIFY2(tip.contains(QStringLiteral("SK 海力士")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("出貨量")), qPrintable(tip));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    void choicesAreRemembered()
    {
        QSettings settings;
        {
            MemoryView view(m_catalog, m_store->databases());
            view.setLanguage(Language::English);
            view.tabs()->setCurrentIndex(1);
            view.measureBox()->setCurrentIndex(1);
            view.saveSettings(settings);
        }
        MemoryView again(m_catalog, m_store->databases());
        again.setLanguage(Language::English);
        again.restoreSettings(settings);
        QCOMPARE(again.tabs()->currentIndex(), 1);
        QCOMPARE(again.chipChart()->measure(), ChipMemoryChart::Measure::Bandwidth);
    }

    // Every tab at the smallest and largest window sizes, in each language: the charts get room and the names of
    // the chips drawn on the per-chip panels stay inside them. ATLAS_SCREENSHOT_DIR=DIR keeps the images.
    void everyTabRendersAtEverySize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "zh_TW", "zh_CN"})
            for (const QSize size : {QSize(904, 580), QSize(1800, 1020)}) // 1024×640 and 1920×1080 less the navigation
                QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3").arg(QLatin1String(language)).arg(size.width()).arg(size.height())))
                    << QString::fromLatin1(language) << size;
    }

    void everyTabRendersAtEverySize()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(m_languages.setLanguage(language, LanguageManager::Remember::No));
        MemoryView view(m_catalog, m_store->databases());
        view.setLanguage(*languageFromCode(language));
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int tab = 0; tab < view.tabs()->count(); ++tab) {
            view.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QImage image = view.grab().toImage();
            QCOMPARE(image.size(), size);
            if (tab == 0)
                QVERIFY(view.shareChart()->height() >= 200);
            if (tab == 1) {
                QVERIFY(view.chipChart()->height() >= 150);
                const QPointF h100 = view.chipChart()->pointPosition(QStringLiteral("h100-sxm"));
                QVERIFY(view.chipChart()->rect().contains(h100.toPoint()));
            }
            if (const QByteArray dir = qgetenv("ATLAS_SCREENSHOT_DIR"); !dir.isEmpty())
                image.save(QStringLiteral("%1/memory-%2-%3-%4x%5.png").arg(QString::fromLocal8Bit(dir), language).arg(tab).arg(size.width()).arg(size.height()));
        }
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    void everyTableAndChartExports()
    {
        MemoryView view(m_catalog, m_store->databases());
        view.setLanguage(Language::English);
        show(view);
        // The shares report carries every row with its source; the chips report every chip the panels draw.
        const Report shares = view.report(MemoryView::Table::Shares);
        QCOMPARE(shares.table.rows.size(), view.data().shares.size());
        QVERIFY(shares.sourceNumber(QStringLiteral("joongang-2025-09-counterpoint-hbm-q2")) > 0);
        const Report chips = view.report(MemoryView::Table::Chips);
        QCOMPARE(chips.table.rows.size(), view.chipChart()->points().size());
        const Report outlook = view.report(MemoryView::Table::Outlook);
        QCOMPARE(outlook.table.rows.size(), view.data().outlook.size());
        for (int tab : {0, 1}) {
            view.tabs()->setCurrentIndex(tab);
            for (const char *suffix : {"png", "svg"}) {
                const QString path = m_dir.filePath(QStringLiteral("chart%1.%2").arg(tab).arg(QString::fromLatin1(suffix)));
                QString error;
                QVERIFY2(view.exportChart(path, &error), qPrintable(error));
                QVERIFY(QFile(path).size() > 1000);
            }
        }
        QImage png(m_dir.filePath(QStringLiteral("chart0.png")));
        QVERIFY(!png.isNull());
    }
};

QTEST_MAIN(TestMemoryView)
#include "tst_memory_view.moc"
