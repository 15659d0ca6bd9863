// The Sources view over the real bundled dataset: a source lists every figure it backs with its role (its own
// rows and the rows that cite it), the Latest tab lists dated facts newest first in the interface language, a
// search ranks sources by the field it matched (issue 10, item 12), a search that finds nothing says so, and the
// intro speaks of the sources, not of the repository.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "fact_timeline.h"
#include "partial_date.h"
#include "sources/latest_model.h"
#include "sources/sources_filter.h"
#include "sources/sources_model.h"
#include "sources/sources_view.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

class TestSourcesView : public QObject {
    Q_OBJECT

    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;

    static QStringList shownIds(const SourcesView &view)
    {
        QStringList ids;
        const QAbstractItemModel *m = view.table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            ids << m->index(r, SourcesModel::Title).data(SourcesModel::SourceIdRole).toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_store = AtlasStore::open(BundledDatabase::resourcePath(), QString(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_catalog = Catalog::load(m_store->databases());
    }

    void aSourceListsTheRoleItPlays()
    {
        SourcesView view(m_catalog, m_store->databases());
        // Glenn Lockwood's B200 notes are the lead source of the GTC 2024 figures and dispute the current 7.7 TB/s.
        QVERIFY(view.showSource(QStringLiteral("glennklockwood-b200")));
        const QString details = view.detailPanel()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Memory bandwidth: 8 TB/s (2024-03-18, reported, not confirmed by the vendor; Primary source)")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Memory bandwidth: 7.7 TB/s (2025, reported, not confirmed by the vendor; Disputed by)")),
                 qPrintable(details));
        // The kind says what the source is.
        QVERIFY(view.showSource(QStringLiteral("nvidia-blog-inside-rubin-platform")));
        QVERIFY(view.detailPanel()->toPlainText().contains(QStringLiteral("NVIDIA Technical Blog, 2026-01-06, official publication")));
        // A source cited only through the citation table still counts what it backs.
        const QMap<QString, int> usage = view.model()->usage(QStringLiteral("chipcraft-2026-rubin-platform-copy"));
        QCOMPARE(usage.value(QStringLiteral("spec_claim")), 6); // the six Rubin figures of CES 2026 it reproduces
        QCOMPARE(usage.size(), 1);
    }

    void systemRowsAreCounted()
    {
        // The Vera Rubin rack's price source backs the GB300, Vera Rubin and Feynman rows; DGX B200's user guide backs
        // its own system row (beside its spec claims).
        const SourcesModel model(m_catalog, m_store->databases());
        // (No translator here: the plural reads "system(s)".)
        QVERIFY2(model.backsText(QStringLiteral("buysellram-2026-vera-rubin-rack-cost")).startsWith(QLatin1String("3 system")),
                 qPrintable(model.backsText(QStringLiteral("buysellram-2026-vera-rubin-rack-cost"))));
        QVERIFY2(model.backsText(QStringLiteral("nvidia-dgxb200-user-guide")).contains(QLatin1String("1 system")),
                 qPrintable(model.backsText(QStringLiteral("nvidia-dgxb200-user-guide"))));
    }

    void rentalPriceRowsAreCounted()
    {
        // CoreWeave's price page backs four offers (GB200 NVL72, HGX B200, H200, H100), Lambda's two (B200, H100):
        // a source of rental prices is not "background".
        const SourcesModel model(m_catalog, m_store->databases());
        QCOMPARE(model.usage(QStringLiteral("apievangelist-2026-09-coreweave-pricing")).value(QStringLiteral("rental_price")), 4);
        QCOMPARE(model.usage(QStringLiteral("apievangelist-2026-09-lambda-pricing")).value(QStringLiteral("rental_price")), 2);
        QVERIFY2(model.backsText(QStringLiteral("apievangelist-2026-09-lambda-pricing")).startsWith(QLatin1String("2 rental price")),
                 qPrintable(model.backsText(QStringLiteral("apievangelist-2026-09-lambda-pricing"))));
    }

    void latestIsNewestFirst()
    {
        SourcesView view(m_catalog, m_store->databases());
        LatestModel *latest = view.latestModel();
        QAbstractItemModelTester tester(latest, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<DatedFact> facts = FactTimeline::read(m_store->databases());
        QCOMPARE(latest->rowCount(), int(facts.size()));
        QVERIFY(latest->rowCount() > 300);
        QCOMPARE(latest->index(0, LatestModel::Date).data().toString(), FactTimeline::newestDate(facts));
        for (int r = 1; r < latest->rowCount(); ++r)
            QVERIFY(PartialDate::parse(latest->index(r - 1, LatestModel::Date).data().toString())->sortKey()
                    >= PartialDate::parse(latest->index(r, LatestModel::Date).data().toString())->sortKey());
        // A claim is put into words: chip, metric, value.
        int tpu8t = -1;
        for (int r = 0; r < latest->rowCount() && tpu8t < 0; ++r)
            if (latest->index(r, 0).data(LatestModel::RowIdRole).toString() == QLatin1String("tpu-8t.bw.2026-04-22"))
                tpu8t = r;
        QVERIFY(tpu8t >= 0);
        QCOMPARE(latest->index(tpu8t, LatestModel::Kind).data().toString(), QStringLiteral("Chip figure"));
        QCOMPARE(latest->index(tpu8t, LatestModel::What).data().toString(), QStringLiteral("TPU 8t — Memory bandwidth: 6.5 TB/s"));
        QCOMPARE(latest->index(tpu8t, LatestModel::SourceColumn).data().toString(), QStringLiteral("CORSummit"));
    }

    void latestFollowsTheLanguage()
    {
        SourcesView view(m_catalog, m_store->databases());
        LatestModel *latest = view.latestModel();
        int event = -1;
        for (int r = 0; r < latest->rowCount() && event < 0; ++r)
            if (latest->index(r, 0).data(LatestModel::RowIdRole).toString() == QLatin1String("maia-200-launch"))
                event = r;
        QVERIFY(event >= 0);
        QCOMPARE(latest->index(event, LatestModel::What).data().toString(), QStringLiteral("Microsoft launches Maia 200, deployed in Azure"));
        view.setLanguage(Language::TraditionalChinese);
        QCOMPARE(latest->index(event, LatestModel::What).data().toString(), QStringLiteral("微軟推出 Maia 200 並部署於 Azure"));
        // A chip figure names the chip in the interface language (chip.name_zh_hant).
        int ascend = -1;
        for (int r = 0; r < latest->rowCount() && ascend < 0; ++r)
            if (latest->index(r, 0).data(LatestModel::RowIdRole).toString() == QLatin1String("ascend-950pr.fp8.2025-09-18"))
                ascend = r;
        QVERIFY(ascend >= 0);
        QVERIFY2(latest->index(ascend, LatestModel::What).data().toString().startsWith(QStringLiteral("昇騰 950PR — ")),
                 qPrintable(latest->index(ascend, LatestModel::What).data().toString()));
        view.setLanguage(Language::SimplifiedChinese);
        QCOMPARE(latest->index(event, LatestModel::What).data().toString(), QStringLiteral("微软推出 Maia 200 并部署于 Azure"));
    }

    void tabIsRememberedAndCanBeAskedFor()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        SourcesView view(m_catalog, m_store->databases());
        QCOMPARE(view.tabs()->currentIndex(), 0);
        view.openRequest({{QStringLiteral("tab"), QStringLiteral("latest")}});
        QCOMPARE(view.tabs()->currentIndex(), 1);
        view.saveSettings(settings);
        SourcesView again(m_catalog, m_store->databases());
        again.restoreSettings(settings);
        QCOMPARE(again.tabs()->currentIndex(), 1);
    }

    void doubleClickShowsTheSource()
    {
        SourcesView view(m_catalog, m_store->databases());
        view.tabs()->setCurrentIndex(1);
        const QModelIndex first = view.latestModel()->index(0, LatestModel::What);
        emit view.latestTable()->doubleClicked(first);
        QCOMPARE(view.tabs()->currentIndex(), 0);
        QCOMPARE(view.table()->currentIndex().data(SourcesModel::SourceIdRole).toString(),
                 first.data(LatestModel::SourceIdRole).toString());
    }

    void rankByTheFieldMatched()
    {
        SourcesView view(m_catalog, m_store->databases());
        view.searchBox()->setText(QStringLiteral("Korea"));
        const QStringList ids = shownIds(view);
        // "Korea" as a word in the title first, newest first: the 260,000-GPU deal of 2025-10-31 …
        QCOMPARE(ids.value(0), QStringLiteral("lokmat-2025-10-nvidia-korea-260k"));
        // … then "Korean" (part of a word in a title), then sources that name Korea only in their note.
        const qsizetype study = ids.indexOf(QStringLiteral("art-llm-gambling"));
        QVERIFY(study > ids.indexOf(QStringLiteral("koreaherald-counterpoint-hbm-2024q2")));
        QVERIFY(study < ids.indexOf(QStringLiteral("art-korea-260k")));
        // The best match is selected, with what it backs.
        QCOMPARE(view.table()->currentIndex().data(SourcesModel::SourceIdRole).toString(), ids.first());
        QVERIFY(view.noMatchLabel()->isHidden());

        // Every word must be found; the search is not case-sensitive.
        view.searchBox()->setText(QStringLiteral("korea counterpoint"));
        QVERIFY(shownIds(view).contains(QStringLiteral("koreaherald-counterpoint-hbm-2024q2")));
        QVERIFY(!shownIds(view).contains(QStringLiteral("lokmat-2025-10-nvidia-korea-260k")));

        // Cleared, the table is sorted by date again, newest first.
        view.searchBox()->clear();
        QCOMPARE(shownIds(view).size(), m_catalog.sources().size());
    }

    void aSearchThatFindsNothingSaysSo()
    {
        SourcesView view(m_catalog, m_store->databases());
        view.searchBox()->setText(QStringLiteral("zzzqqq"));
        QCOMPARE(view.table()->model()->rowCount(), 0);
        QVERIFY(!view.noMatchLabel()->isHidden());
        QVERIFY(view.noMatchLabel()->text().contains(QStringLiteral("\"zzzqqq\"")));
    }

    void introSpeaksOfTheSourcesNotTheRepository()
    {
        SourcesView view(m_catalog, m_store->databases());
        for (QLabel *label : view.findChildren<QLabel *>())
            QVERIFY2(!label->text().contains(QStringLiteral(".md")) && !label->text().contains(QStringLiteral(".csv")), qPrintable(label->text()));
    }
};

QTEST_MAIN(TestSourcesView)
#include "tst_sources_view.moc"
