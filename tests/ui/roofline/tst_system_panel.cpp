// The Roofline view's systems panel (issue 17), offscreen on the bundled dataset: each chip costed in its system, the
// figures checked by hand against the system table, the assumptions changing them, another system chosen, rented,
// unticked, the working and remembered settings.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "language_manager.h"
#include "report_writer.h"
#include "roofline/roofline_controls.h"
#include "roofline/roofline_results_model.h"
#include "roofline/roofline_view.h"
#include "roofline/system_panel.h"
#include "system_table.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using Row = RooflineResultsModel::Row;

class TestSystemPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    LanguageManager m_languages;
    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;
    QList<SystemSpec> m_systems;

    static QVariant raw(const RooflineResultsModel &m, Row row, const QString &chipId)
    {
        return m.index(m.rowOf(row), m.columnOf(chipId)).data(RooflineResultsModel::RawValueRole);
    }
    static void selectData(QComboBox *box, const QVariant &data)
    {
        const int at = box->findData(data);
        QVERIFY2(at >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(at);
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
        m_systems = loadSystems(m_store->databases());
        QVERIFY(m_languages.setLanguage(QStringLiteral("en"), LanguageManager::Remember::No));
    }

    void firstScreenCostsEveryChipInASystem()
    {
        RooflineView view(m_catalog, m_systems);
        const RooflineResultsModel &m = *view.resultsModel();
        QVERIFY(view.systemPanel()->isChecked());
        // Every chip of the first screen has a power figure and a cost per accelerator-hour.
        for (const QString &id : RooflineControls::defaultChipIds()) {
            QVERIFY2(raw(m, Row::FacilityPower, id).toDouble() > 0, qPrintable(id));
            QVERIFY2(raw(m, Row::SystemUsdPerHour, id).toDouble() > 0, qPrintable(id));
        }
        // Rubin in the Vera Rubin rack: 2,300 W x 1.4 x 1.2 = 3,864 W at the wall; USD 7,803,148 / 72 / (4 x 8,766 h)
        // = 3.09084 + 3.864 kW x 0.08 = 0.30912 -> 3.39996 an hour.
        QCOMPARE(raw(m, Row::System, QStringLiteral("rubin")).toString(), QStringLiteral("vera-rubin-nvl144"));
        QCOMPARE(raw(m, Row::FacilityPower, QStringLiteral("rubin")).toDouble(), 3864.0);
        const double usdHour = raw(m, Row::SystemUsdPerHour, QStringLiteral("rubin")).toDouble();
        QCOMPARE(qRound(usdHour * 1e5), 339996);
        const double tps = raw(m, Row::TokensPerChip, QStringLiteral("rubin")).toDouble();
        QVERIFY(tps > 0);
        QCOMPARE(raw(m, Row::SystemUsdPerMillionTokens, QStringLiteral("rubin")).toDouble(), usdHour / (tps * 3600) * 1e6);
        QCOMPARE(raw(m, Row::TokensPerMW, QStringLiteral("rubin")).toDouble(), tps * 1e6 / 3864);
        // A gigawatt: 1e9 / 3,864 = 258,799 GPUs = 3,594 racks of 72, x USD 108,377.06 = USD 28.05 billion.
        QCOMPARE(qRound(raw(m, Row::GwAccelerators, QStringLiteral("rubin")).toDouble()), 258799);
        QCOMPARE(qRound(raw(m, Row::GwSystems, QStringLiteral("rubin")).toDouble()), 3594);
        QCOMPARE(qRound(raw(m, Row::GwCapex, QStringLiteral("rubin")).toDouble() / 1e6), 28048);
        QCOMPARE(raw(m, Row::GwTokens, QStringLiteral("rubin")).toDouble(), 1e9 / 3864 * tps);
        // Shown in millions and billions: 84,634 tokens/s (the first screen's batch of 1,024) x 1e6 / 3,864 W
        // = 21.9 million per MW, x 1,000 = 21.9 billion per GW.
        const auto shown = [&](Row row) { return m.index(m.rowOf(row), m.columnOf(QStringLiteral("rubin"))).data().toString(); };
        QCOMPARE(qRound(tps), 84634);
        QCOMPARE(shown(Row::TokensPerMW), QStringLiteral("21.9M"));
        QCOMPARE(shown(Row::GwTokens), QStringLiteral("21.9B"));
        // The panel names the sources of the system's price.
        QVERIFY2(view.systemPanel()->sourcesLabel()->text().contains(QLatin1String("BuySellRam")),
                 qPrintable(view.systemPanel()->sourcesLabel()->text()));
    }

    void assumptionsChangeTheCost()
    {
        RooflineView view(m_catalog, m_systems);
        const RooflineResultsModel &m = *view.resultsModel();
        SystemPanel *panel = view.systemPanel();
        // Half the hours paid: (3.09084 + 0.30912) / 0.5 = 6.79991.
        panel->utilizationBox()->setValue(50);
        QCOMPARE(qRound(raw(m, Row::SystemUsdPerHour, QStringLiteral("rubin")).toDouble() * 1e5), 679991);
        // Rented at USD 2.00 an accelerator-hour at 50 %: 2 / 0.5 = 4.00; nothing bought, no capex per GW.
        selectData(panel->basisBox(), QStringLiteral("rental"));
        panel->rentalBox()->setValue(2.0);
        QCOMPARE(raw(m, Row::SystemUsdPerHour, QStringLiteral("rubin")).toDouble(), 4.0);
        QVERIFY(!raw(m, Row::GwCapex, QStringLiteral("rubin")).isValid());
        QVERIFY(panel->rentalBox()->isVisibleTo(panel) && !panel->waccBox()->isVisibleTo(panel));
    }

    void rentedAtAPriceListsOffer()
    {
        RooflineView view(m_catalog, m_systems, loadRentalPrices(m_store->databases()));
        const RooflineResultsModel &m = *view.resultsModel();
        view.controls()->setFocusChipId(QStringLiteral("b200"));
        SystemPanel *panel = view.systemPanel();
        panel->utilizationBox()->setValue(50);
        selectData(panel->basisBox(), QStringLiteral("rental"));
        // B200 is offered by CoreWeave (68.80 / 8 = 8.60) and Lambda (6.69), then the typed price; the first is taken:
        // 8.60 / 0.5 = 17.20 an hour of paid work.
        QCOMPARE(panel->rentalPriceBox()->count(), 3);
        QCOMPARE(panel->rentalPriceBox()->currentData().toString(), QStringLiteral("coreweave-hgx-b200"));
        QCOMPARE(qRound(raw(m, Row::SystemUsdPerHour, QStringLiteral("b200")).toDouble() * 100), 1720);
        QVERIFY2(panel->sourcesLabel()->text().contains(QLatin1String("CoreWeave")), qPrintable(panel->sourcesLabel()->text()));
        QVERIFY(!panel->rentalBox()->isVisibleTo(panel)); // a listed price: nothing to type
        // Lambda's 6.69 / 0.5 = 13.38; Rubin, which no list offers, stays at the typed price: 3.00 / 0.5 = 6.00.
        selectData(panel->rentalPriceBox(), QStringLiteral("lambda-8x-b200"));
        QCOMPARE(qRound(raw(m, Row::SystemUsdPerHour, QStringLiteral("b200")).toDouble() * 100), 1338);
        QCOMPARE(raw(m, Row::SystemUsdPerHour, QStringLiteral("rubin")).toDouble(), 6.0);
        // The typed price for B200 too: 2.50 / 0.5 = 5.00.
        selectData(panel->rentalPriceBox(), QString());
        QVERIFY(panel->rentalBox()->isVisibleTo(panel));
        panel->rentalBox()->setValue(2.5);
        QCOMPARE(raw(m, Row::SystemUsdPerHour, QStringLiteral("b200")).toDouble(), 5.0);
        // The choice is the chip's: back on Lambda, shown again after another chip.
        selectData(panel->rentalPriceBox(), QStringLiteral("lambda-8x-b200"));
        view.controls()->setFocusChipId(QStringLiteral("rubin"));
        QCOMPARE(panel->rentalPriceBox()->count(), 1); // the typed price alone
        view.controls()->setFocusChipId(QStringLiteral("b200"));
        QCOMPARE(panel->rentalPriceBox()->currentData().toString(), QStringLiteral("lambda-8x-b200"));
    }

    void anotherSystemOfTheChosenChip()
    {
        RooflineView view(m_catalog, m_systems);
        const RooflineResultsModel &m = *view.resultsModel();
        view.controls()->setFocusChipId(QStringLiteral("b200"));
        SystemPanel *panel = view.systemPanel();
        // B200's default is the DGX B200: 14,300 W / 8 = 1,787.5 W x 1.2 = 2,145 W; no DGX price, so the chip's
        // USD 35,000 estimate x 8.
        QCOMPARE(panel->systemBox()->currentData().toString(), QStringLiteral("dgx-b200"));
        QCOMPARE(raw(m, Row::FacilityPower, QStringLiteral("b200")).toDouble(), 2145.0);
        // The chip alone: 1,000 W TDP x 1.4 x 1.2 = 1,680 W; Rubin keeps its rack.
        selectData(panel->systemBox(), QStringLiteral("b200-chip-only"));
        QCOMPARE(raw(m, Row::FacilityPower, QStringLiteral("b200")).toDouble(), 1680.0);
        QCOMPARE(raw(m, Row::System, QStringLiteral("rubin")).toString(), QStringLiteral("vera-rubin-nvl144"));
        // The choice stays with B200 when another chip is shown and back.
        view.controls()->setFocusChipId(QStringLiteral("rubin"));
        QCOMPARE(panel->systemBox()->currentData().toString(), QStringLiteral("vera-rubin-nvl144"));
        view.controls()->setFocusChipId(QStringLiteral("b200"));
        QCOMPARE(panel->systemBox()->currentData().toString(), QStringLiteral("b200-chip-only"));
    }

    void untickedShowsTheChipLevelAlone()
    {
        RooflineView view(m_catalog, m_systems);
        const RooflineResultsModel &m = *view.resultsModel();
        QVERIFY(m.rowOf(Row::TokensPerMW) >= 0);
        view.systemPanel()->setChecked(false);
        QCOMPARE(m.rowOf(Row::TokensPerMW), -1);
        QCOMPARE(m.rowOf(Row::GwAccelerators), -1);
        QVERIFY(m.rowOf(Row::UsdPerMillionTokens) >= 0); // the chip-level row stays
    }

    void theWorkingCoversTheSystem()
    {
        RooflineView view(m_catalog, m_systems);
        view.workingToggle()->setChecked(true);
        const QString working = view.workingPanel()->toPlainText();
        QVERIFY2(working.contains(QLatin1String("In the system")), qPrintable(working));
        QVERIFY2(working.contains(QLatin1String("Tokens/s per MW: tokens/s per chip")), qPrintable(working));
        QVERIFY2(working.contains(QStringLiteral("Per gigawatt: accelerators: 10⁹ W ÷ 3,864 W")), qPrintable(working.right(1500)));
    }

    void exportsCarryTheAssumptions()
    {
        RooflineView view(m_catalog, m_systems);
        QTemporaryDir dir;
        QString error;
        const QString md = dir.filePath(QStringLiteral("roofline.md"));
        QVERIFY2(view.exportTo(md, ReportFormat::Markdown, &error), qPrintable(error));
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const qsizetype at = text.indexOf(QLatin1String("## Assumptions"));
        QVERIFY2(at >= 0, qPrintable(text.right(2000)));
        const QString section = text.mid(at, text.indexOf(QLatin1String("\n## "), at + 5) - at);
        // Each chip with its system, the price's source, and the facility defaults.
        QVERIFY2(section.contains(QLatin1String("Rubin (VR200 / R200) in NVIDIA Vera Rubin NVL72")), qPrintable(section));
        QVERIFY2(section.contains(QLatin1String("Why NVIDIA's Vera Rubin Racks Cost Double")), qPrintable(section));
        QVERIFY2(section.contains(QLatin1String("PUE 1.2")), qPrintable(section));
        QVERIFY2(section.contains(QLatin1String("Utilisation 100.0%")), qPrintable(section));
        // The system rows are in the table, and the systems' sources are cited.
        QVERIFY(text.contains(QLatin1String("Tokens/s per MW")));
        QVERIFY(text.contains(QLatin1String("Per gigawatt: capex")));
        QVERIFY(text.contains(QLatin1String("buysellram.com")));
        // JSON carries them too.
        const QString json = dir.filePath(QStringLiteral("roofline.json"));
        QVERIFY2(view.exportTo(json, ReportFormat::Json, &error), qPrintable(error));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(jsonFile.readAll()).object().value(QStringLiteral("assumptions")).toArray().size() >= 6);
    }

    void settingsAreRemembered()
    {
        QSettings settings;
        {
            RooflineView view(m_catalog, m_systems);
            view.systemPanel()->waccBox()->setValue(8);
            view.controls()->setFocusChipId(QStringLiteral("b200"));
            selectData(view.systemPanel()->systemBox(), QStringLiteral("b200-chip-only"));
            view.saveSettings(settings);
        }
        RooflineView again(m_catalog, m_systems);
        again.restoreSettings(settings);
        QCOMPARE(again.systemPanel()->waccBox()->value(), 8.0);
        QCOMPARE(again.run().systemInput->facility.costOfCapital, 0.08);
        QCOMPARE(again.run().systemInput->systems.value(QStringLiteral("b200")).id, QStringLiteral("b200-chip-only"));
        settings.clear();
    }
};

QTEST_MAIN(TestSystemPanel)
#include "tst_system_panel.moc"
