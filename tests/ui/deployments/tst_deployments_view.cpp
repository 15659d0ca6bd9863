// The Deployments view (issue 9) on the bundled dataset: the map is drawn from the vendored shapes and coloured by
// the totals the model computes; hover, click, zoom and filters; the table and its provenance; the exports; the
// language; settings kept between runs.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "deployments/deployment_charts.h"
#include "deployments/deployments_table_model.h"
#include "deployments/deployments_view.h"
#include "deployments/world_map_shapes.h"
#include "deployments/world_map_widget.h"
#include "language_manager.h"
#include "system_table.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <algorithm>

class TestDeploymentsView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;

    static void selectData(QComboBox *box, const QVariant &data)
    {
        const int at = box->findData(data);
        QVERIFY2(at >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(at);
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

    void koreaOnTheMap()
    {
        DeploymentsView view(m_catalog);
        view.resize(1280, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setKindFilter(UnitsKind::Planned);
        // Planned in Korea: the five purchases, 50,000 × 4 + 60,000 = 260,000; the 300,000 total adds nothing.
        QCOMPARE(view.countryTotals().value(QStringLiteral("KR")).units(), 260000.0);
        // Seoul (127° E, 37.5° N) is in the shape the file gives id 410, which the country table maps to KR.
        const QPointF seoul = view.map()->toWidget(127, 37.5);
        QCOMPARE(view.map()->countryAt(seoul), QStringLiteral("KR"));
        const QString tip = view.countryToolTip(QStringLiteral("KR"));
        QVERIFY2(tip.contains(QLatin1String("South Korea")) && tip.contains(QLatin1String("planned 260K")), qPrintable(tip));
        QVERIFY(tip.contains(QLatin1String("5 sites, as of 2025-10-31")));
        QVERIFY(tip.contains(QLatin1String("up to 50K units may be counted twice")));
        // Drawn in the legend's colour for 260,000, not in the no-data grey (inland, at 128° E, 36.5° N, away from
        // the anti-aliased coast and borders).
        const QImage image = view.map()->grab().toImage();
        const QPointF inland = view.map()->toWidget(128, 36.5);
        const QColor drawn = image.pixelColor(inland.toPoint() * image.devicePixelRatio());
        QCOMPARE(drawn.rgb(), view.map()->colorFor(260000).rgb());
        QVERIFY(drawn.rgb() != view.map()->colorFor(0).rgb());
        // A country without deployments stays grey: Brazil (−50°, −10°).
        const QPointF brazil = view.map()->toWidget(-50, -10);
        QCOMPARE(view.map()->countryAt(brazil), QStringLiteral("BR"));
        QCOMPARE(image.pixelColor(brazil.toPoint() * image.devicePixelRatio()).rgb(), view.map()->colorFor(0).rgb());
        QVERIFY(view.countryToolTip(QStringLiteral("BR")).contains(QLatin1String("No deployments shown")));
    }

    void clickZoomAndPan()
    {
        DeploymentsView view(m_catalog);
        view.resize(1280, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        WorldMapWidget *map = view.map();
        const QPointF seoul = map->toWidget(127, 37.5);
        QTest::mouseClick(map, Qt::LeftButton, {}, seoul.toPoint());
        QCOMPARE(view.selectedCountry(), QStringLiteral("KR"));
        // Everything but the map and the country chart follows: every row of the table is Korean.
        QVERIFY(view.model()->rowCount() == 8);
        for (int r = 0; r < view.model()->rowCount(); ++r)
            QCOMPARE(view.model()->rowAt(r)->countryIso2, QStringLiteral("KR"));
        QVERIFY(view.summaryLabel()->text().contains(QLatin1String("8 deployments")));
        // Zooming about Seoul keeps Seoul under the cursor; dragging moves the map with the mouse.
        map->zoomAt(seoul, 4);
        QCOMPARE(map->zoom(), 4.0);
        QVERIFY((map->toWidget(127, 37.5) - seoul).manhattanLength() < 0.5);
        map->panBy(QPointF(30, -20));
        QVERIFY((map->toWidget(127, 37.5) - (seoul + QPointF(30, -20))).manhattanLength() < 0.5);
        map->resetView();
        QCOMPARE(map->zoom(), 1.0);
        // A click on the chosen country again shows every country.
        QTest::mouseClick(map, Qt::LeftButton, {}, map->toWidget(127, 37.5).toPoint());
        QVERIFY(view.selectedCountry().isEmpty());
        QVERIFY(view.model()->rowCount() > 8);
    }

    void filtersAndAssumptions()
    {
        DeploymentsView view(m_catalog);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setSelectedCountry(QStringLiteral("KR"));
        view.setKindFilter(UnitsKind::Planned);
        // 260,000 Blackwell counted as B200: 260,000 × 2.25e15 ÷ 989.5e12 = 591,207.7 H100-equivalents.
        QCOMPARE(qRound(view.shownTotals().h100e), 591208);
        QCOMPARE(view.shownTotals().h100eAssumedUnits, 260000.0);
        // Leaving Blackwell out takes all of it out of the H100-equivalents, and says so.
        view.setFamilyChip(QStringLiteral("blackwell"), QString());
        QCOMPARE(view.shownTotals().h100e, 0.0);
        QCOMPARE(view.shownTotals().unitsWithoutH100e, 260000.0);
        QVERIFY(view.summaryLabel()->text().contains(QLatin1String("260K units of no known chip left out")));
        // As GB200 (2.5e15): 260,000 × 2.5e15 ÷ 989.5e12 = 656,897.4.
        view.setFamilyChip(QStringLiteral("blackwell"), QStringLiteral("gb200"));
        QCOMPARE(qRound(view.shownTotals().h100e), 656897);
        // Sector: the government's purchase is the only public row.
        selectData(view.findChild<QComboBox *>(QStringLiteral("sectorBox")), QStringLiteral("public"));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->rowAt(0)->id, QStringLiteral("kr-gov-2025"));
        // Tokens: the measure puts 50,000 GB200 × one GB200's tokens/s in the total, and the working in the panel.
        view.setMeasure(DeploymentMeasure::Tokens);
        const ServingEstimate gb200 = view.deployments().context().serving.value(QStringLiteral("gb200"));
        QVERIFY(gb200.ok());
        QCOMPARE(view.shownTotals().tokensPerS, 50000 * gb200.tokensPerSPerChip);
        QVERIFY(view.provenancePanel()->toPlainText().contains(QLatin1String("tokens/s per chip")));
    }

    void tableAndProvenance()
    {
        DeploymentsView view(m_catalog);
        view.setSelectedCountry(QStringLiteral("KR"));
        DeploymentsTableModel *model = view.model();
        // Sorted by units, largest first: the national total (300,000, marked as a total) heads the table.
        QCOMPARE(model->rowAt(0)->id, QStringLiteral("kr-total-2025-planned"));
        QCOMPARE(model->index(0, DeploymentsTableModel::Units).data().toString(), QStringLiteral("300K (total)"));
        QVERIFY(model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("its parts add up to 365K, so it adds 0")));
        const int gov = model->rowOf(QStringLiteral("kr-gov-2025"));
        QCOMPARE(model->index(gov, DeploymentsTableModel::Units).data().toString(), QStringLiteral("⚠ 50K"));
        view.table()->setCurrentIndex(model->index(gov, 0));
        const QString panel = view.provenancePanel()->toPlainText();
        QVERIFY2(panel.contains(QLatin1String("May overlap: NAVER Cloud AI infrastructure expansion")), qPrintable(panel));
        QVERIFY(panel.contains(QLatin1String("counted as B200 (HGX), an assumption")));
        QVERIFY(panel.contains(QLatin1String("Source:")));
        // Sorting by country name keeps every row (and the model consistent, checked by the tester).
        model->sort(DeploymentsTableModel::Site, Qt::AscendingOrder);
        QCOMPARE(model->rowCount(), 8);
    }

    void sitePowerAsAccelerators()
    {
        DeploymentsView view(m_catalog);
        view.setSystems(loadSystems(m_store->databases()));
        view.setSelectedCountry(QStringLiteral("US"));
        DeploymentsTableModel *model = view.model();
        const int abilene = model->rowOf(QStringLiteral("us-oracle-abilene"));
        QVERIFY(abilene >= 0);
        view.table()->setCurrentIndex(model->index(abilene, 0));
        // Abilene's 1,200 MW of GB200: the NVL72 rack's 120,000 W / 72 = 1,666.7 W x PUE 1.2 = 2,000 W a GPU at the
        // wall, so 1,200 x 1e6 / 2,000 = 600,000 GPUs.
        const QString panel = view.provenancePanel()->toPlainText();
        QVERIFY2(panel.contains(QStringLiteral("Its power holds: 600K × GB200")) && panel.contains(QLatin1String("NVIDIA GB200 NVL72, at 2,000 W")),
                 qPrintable(panel));
    }

    void exports()
    {
        DeploymentsView view(m_catalog);
        view.resize(1280, 760);
        view.setKindFilter(UnitsKind::Planned);
        const Report table = view.tableReport();
        QCOMPARE(table.table.rows.size(), view.model()->rowCount());
        QVERIFY(!table.sources.isEmpty());
        const Report totals = view.totalsReport(GroupBy::Country);
        const qsizetype key = totals.table.columns.indexOf(QStringLiteral("key"));
        const qsizetype units = totals.table.columns.indexOf(QStringLiteral("units"));
        bool korea = false;
        for (const QVariantList &row : totals.table.rows)
            if (row.at(key).toString() == QLatin1String("KR")) {
                korea = true;
                QCOMPARE(row.at(units).toDouble(), 260000.0);
            }
        QVERIFY(korea);
        for (const QString &name : {QStringLiteral("map.png"), QStringLiteral("map.svg")}) {
            QString error;
            QVERIFY2(view.exportMap(m_dir.filePath(name), &error), qPrintable(error));
            QVERIFY(QFile(m_dir.filePath(name)).size() > 1000);
        }
        QString error;
        QVERIFY2(view.exportChart(m_dir.filePath(QStringLiteral("chart.svg")), &error), qPrintable(error));
        QFile svg(m_dir.filePath(QStringLiteral("map.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<path"));
    }

    void chartsFollowTheMeasure()
    {
        DeploymentsView view(m_catalog);
        view.setKindFilter(UnitsKind::Planned);
        QChart *countries = view.charts()->chart(DeploymentCharts::TopCountries);
        auto *series = qobject_cast<QHorizontalStackedBarSeries *>(countries->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 3); // installed, planned, unknown
        QVERIFY(countries->title().contains(QLatin1String("units")));
        view.setMeasure(DeploymentMeasure::H100e);
        QVERIFY(countries->title().contains(QLatin1String("h100-equivalents")));
    }

    // The shapes atlas-mapc projected at build time are those the TopoJSON file gives when decoded here.
    void mapShapesAsProjectedAtBuildTime()
    {
        const WorldMapShapes built = WorldMapShapes::load(m_catalog.countries());
        const WorldMapShapes decoded = WorldMapShapes::load(m_catalog.countries(), QStringLiteral(ATLAS_SOURCE_DIR "/resources/maps/countries-110m.json"));
        QVERIFY2(built.error.isEmpty(), qPrintable(built.error));
        QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
        QCOMPARE(built.shapes.size(), decoded.shapes.size());
        QVERIFY(built.shapes.size() > 170); // Natural Earth 1:110m has 177 countries
        QVERIFY(built.outline == decoded.outline);
        int named = 0;
        for (qsizetype i = 0; i < built.shapes.size(); ++i) {
            const MapShape &a = built.shapes.at(i), &b = decoded.shapes.at(i);
            QCOMPARE(a.fileId, b.fileId);
            QCOMPARE(a.fileName, b.fileName);
            QCOMPARE(a.iso2, b.iso2);
            QCOMPARE(a.bounds, b.bounds);
            QVERIFY2(a.path == b.path, qPrintable(a.fileName));
            named += a.iso2.isEmpty() ? 0 : 1;
        }
        QVERIFY(named > 160);
        // "840" is the United States in the country table.
        const auto us = std::find_if(built.shapes.begin(), built.shapes.end(), [](const MapShape &m) { return m.fileId == QLatin1String("840"); });
        QVERIFY(us != built.shapes.end());
        QCOMPARE(us->iso2, QStringLiteral("US"));
        // Not a file of shapes: an error, no shapes.
        QVERIFY(!WorldMapShapes::deserialized(QByteArray("{\"type\": \"Topology\"}")));
        QVERIFY(!WorldMapShapes::deserialized(built.serialized().chopped(1)));
        QCOMPARE(WorldMapShapes::deserialized(built.serialized())->shapes.size(), built.shapes.size());
    }

    // The charts of the hidden tabs are filled when shown, once, with what was set last.
    void hiddenChartsFilledWhenShown()
    {
        DeploymentsView view(m_catalog);
        DeploymentCharts *charts = view.charts();
        QCOMPARE(charts->currentIndex(), int(DeploymentCharts::TopCountries));
        const int atStart = charts->fills();
        view.setMeasure(DeploymentMeasure::H100e);
        QCOMPARE(charts->fills(), atStart + 1); // the top countries, shown; owners and time wait
        charts->setCurrentIndex(DeploymentCharts::TopOwners);
        QCOMPARE(charts->fills(), atStart + 2);
        QVERIFY(charts->chart(DeploymentCharts::TopOwners)->title().contains(QLatin1String("h100-equivalents")));
        charts->setCurrentIndex(DeploymentCharts::TopCountries);
        charts->setCurrentIndex(DeploymentCharts::TopOwners);
        QCOMPARE(charts->fills(), atStart + 2); // nothing new to fill
        // Asked for while hidden, a chart is filled first.
        QVERIFY(charts->chart(DeploymentCharts::OverTime)->title().contains(QLatin1String("over time")));
        QCOMPARE(charts->fills(), atStart + 3);
        QVERIFY(!qobject_cast<QLineSeries *>(charts->chart(DeploymentCharts::OverTime)->series().value(0))->points().isEmpty());
    }

    void followsTheLanguage()
    {
        DeploymentsView view(m_catalog);
        view.setSelectedCountry(QStringLiteral("KR"));
        view.setLanguage(Language::TraditionalChinese);
        QCOMPARE(view.model()->countryText(*view.model()->rowAt(0)), QStringLiteral("南韓"));
        QVERIFY(view.countryToolTip(QStringLiteral("KR")).contains(QStringLiteral("26萬")));
        view.setLanguage(Language::SimplifiedChinese);
        QCOMPARE(view.model()->countryText(*view.model()->rowAt(0)), QStringLiteral("韩国"));
        view.setLanguage(Language::English);
    }

    void remembersItsChoices()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        {
            DeploymentsView view(m_catalog);
            view.setKindFilter(UnitsKind::Planned);
            view.setMeasure(DeploymentMeasure::H100e);
            view.setSelectedCountry(QStringLiteral("GB"));
            view.setFamilyChip(QStringLiteral("blackwell"), QStringLiteral("b300"));
            view.saveSettings(settings);
        }
        DeploymentsView view(m_catalog);
        view.restoreSettings(settings);
        QCOMPARE(view.filter().kind, std::optional<UnitsKind>(UnitsKind::Planned));
        QCOMPARE(view.measure(), DeploymentMeasure::H100e);
        QCOMPARE(view.selectedCountry(), QStringLiteral("GB"));
        for (const FamilyAssumption &a : view.deployments().assumptions())
            if (a.key == QLatin1String("blackwell"))
                QCOMPARE(a.chipId, QStringLiteral("b300"));
    }
};

QTEST_MAIN(TestDeploymentsView)
#include "tst_deployments_view.moc"
