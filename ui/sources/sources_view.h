#pragma once
// The Sources view (DESIGN §4): every document the dataset cites, what it backs, and for the selected source
// its note, its address and every chip figure it backs with its role (primary, secondary, article, dispute);
// and a "Latest" tab listing claims, flows, deployments and events by date, newest first (issue 14); and a "Data"
// tab with the tables that have no view of their own, where the user's rows are added and edited (issue 20).

#include <QHash>
#include "catalog.h"
#include "common/atlas_view.h"
#include "number_format.h"

#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;
class LatestModel;
class QTabWidget;
class SourcesFilter;
class SourcesModel;
class DataTablePage;

class SourcesView : public AtlasView {
    Q_OBJECT
public:
    SourcesView(const Catalog &catalog, const QList<QSqlDatabase> &databases, QWidget *parent = nullptr);

    void setLanguage(Language language) override;
    // The tab last shown (all sources, Latest or Data), the selected source and the data table's table and row are
    // kept between runs and when the view is rebuilt for new data.
    void restoreSettings(const QSettings &settings) override;
    void saveSettings(QSettings &settings) const override;
    // Accepts {"source": id}: selects that source; {"tab": "latest"}: shows the Latest list; {"tab": "data",
    // "table": name, "id": row}: shows that table of the data tab, with that row selected.
    void openRequest(const QVariantMap &request) override;
    // Selects the source with `id` (e.g. from a Compare tooltip's citation); false if there is none.
    bool showSource(const QString &id);

    SourcesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detailPanel() const { return m_details; }
    QLineEdit *searchBox() const { return m_search; }
    SourcesFilter *filter() const { return m_filter; }
    QLabel *noMatchLabel() const { return m_noMatch; }
    // Filters and ranks the sources by `text` (SourcesFilter) and selects the best match.
    void search(const QString &text);
    QTabWidget *tabs() const { return m_tabs; }
    LatestModel *latestModel() const { return m_latest; }
    QTableView *latestTable() const { return m_latestTable; }
    // The Data tab, built the first time it is shown (nullptr until then).
    DataTablePage *dataPage() const { return m_dataPage; }
    // Shows the Data tab, building it if needed.
    DataTablePage *showDataPage();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void showDetails();
    void updateNoMatch();
    void fitColumns();
    void tabShown(int tab);
    // Each shared column's content width (its widest cell or header), measured once per change of the rows: a
    // resize only shares the width out again (measuring asks every row of the column for its size).
    // A column's content width, or (whole false) a width it reaches at least: a column capped at a share of the
    // view is measured only until a cell reaches the cap, and again if the cap grows past it.
    struct ContentWidth {
        int width = 0;
        bool whole = false;
    };
    QHash<const QTableView *, QHash<int, ContentWidth>> m_contentWidths;
    bool m_fitPending = false;

    const Catalog &m_catalog;
    Language m_language = Language::English;
    SourcesModel *m_model = nullptr;
    SourcesFilter *m_filter = nullptr;
    QLabel *m_noMatch = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QTextBrowser *m_details = nullptr;
    QTabWidget *m_tabs = nullptr;
    LatestModel *m_latest = nullptr;
    QTableView *m_latestTable = nullptr;
    QLabel *m_latestIntro = nullptr;
    QList<QSqlDatabase> m_databases;
    QWidget *m_dataTab = nullptr;
    DataTablePage *m_dataPage = nullptr;
};
