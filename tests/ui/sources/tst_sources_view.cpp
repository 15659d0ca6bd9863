// The Sources view over the real bundled dataset: a search ranks sources by the field it matched (issue 10,
// item 12), a search that finds nothing says so, and the intro speaks of the sources, not of the repository.
#include "atlas_store.h"
#include "bundled_database.h"
#include "catalog.h"
#include "sources/sources_filter.h"
#include "sources/sources_model.h"
#include "sources/sources_view.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

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
