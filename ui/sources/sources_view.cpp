#include "sources_view.h"

#include "common/claim_text.h"
#include "common/column_fitter.h"
#include "data_table_page.h"
#include "latest_model.h"
#include "sources_filter.h"
#include "sources_model.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {
const QString kTabKey = QStringLiteral("sources/tab");
const QString kSourceKey = QStringLiteral("sources/source");
const QString kDataTableKey = QStringLiteral("sources/dataTable");
const QString kDataRowKey = QStringLiteral("sources/dataRow");
const QString kDataColumnKey = QStringLiteral("sources/dataColumn");
enum Tab { SourcesTab, LatestTab, DataTab };

// A read-only list of rows, its `stretch` column taking the room left.
QTableView *newListTable(const QString &name, QAbstractItemModel *model, int stretch, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection); // rows copy as a table (Ctrl+C)
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle); // the full text is in the tooltip
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return table;
}
} // namespace

SourcesView::SourcesView(const Catalog &catalog, const QList<QSqlDatabase> &databases, QWidget *parent)
    : AtlasView(parent)
    , m_catalog(catalog)
    , m_databases(databases)
{
    m_model = new SourcesModel(catalog, databases, this);
    m_filter = new SourcesFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(SourcesModel::SortRole);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("sourceSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(300);

    m_table = newListTable(QStringLiteral("sourcesTable"), m_filter, SourcesModel::Title, this);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SourcesModel::Date, Qt::DescendingOrder);
    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("sourcesNoMatch"));
    m_noMatch->setVisible(false);
    // The title takes what the other columns leave; they are as wide as their content, the long ones (publisher,
    // what it backs, address) up to a limit, elided in the middle with the whole text in the tooltip.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : {int(SourcesModel::Date), int(SourcesModel::Kind), int(SourcesModel::LanguageColumn)})
        header->setSectionResizeMode(column, QHeaderView::Fixed); // as wide as their content (fitColumns)
    header->setMinimumSectionSize(40);
    m_table->viewport()->installEventFilter(this); // the long columns follow the table's width (fitColumns)

    auto *detailsBox = new QWidget(this);
    m_detailsTitle = new QLabel(detailsBox);
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    m_details = new QTextBrowser(detailsBox);
    m_details->setObjectName(QStringLiteral("sourceDetails"));
    m_details->setOpenExternalLinks(true);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_details, 1);

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_noMatch);
    tableLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePane);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 220});
    splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_search);
    auto *sourcesPage = new QWidget(this);
    auto *sourcesLayout = new QVBoxLayout(sourcesPage);
    sourcesLayout->setContentsMargins(4, 4, 4, 4);
    sourcesLayout->addWidget(m_intro);
    sourcesLayout->addWidget(splitter, 1);

    // What changed: every dated fact, newest first; a double-click shows the fact's source.
    m_latest = new LatestModel(catalog, databases, this);
    m_latestTable = newListTable(QStringLiteral("latestTable"), m_latest, LatestModel::What, this);
    // Date and kind as wide as their content; the source (a publisher) up to a share of the width (fitColumns);
    // what moved takes the rest.
    QHeaderView *latestHeader = m_latestTable->horizontalHeader();
    for (int column : {int(LatestModel::Date), int(LatestModel::Kind)})
        latestHeader->setSectionResizeMode(column, QHeaderView::Fixed); // as wide as their content (fitColumns)
    m_latestTable->viewport()->installEventFilter(this);
    // New rows or texts (a search, a language, an import) are measured again at the next fit.
    for (QTableView *table : {m_table, m_latestTable}) {
        const QAbstractItemModel *model = table->model();
        const auto stale = [this, table] {
            m_contentWidths.remove(table);
            if (m_fitPending)
                return;
            m_fitPending = true;
            QTimer::singleShot(0, this, [this] {
                m_fitPending = false;
                fitColumns();
            });
        };
        connect(model, &QAbstractItemModel::modelReset, this, stale);
        connect(model, &QAbstractItemModel::layoutChanged, this, stale);
        connect(model, &QAbstractItemModel::rowsInserted, this, stale);
        connect(model, &QAbstractItemModel::rowsRemoved, this, stale);
        connect(model, &QAbstractItemModel::dataChanged, this, stale);
        connect(model, &QAbstractItemModel::headerDataChanged, this, stale);
    }
    m_latestIntro = new QLabel(this);
    m_latestIntro->setWordWrap(true);
    auto *latestPage = new QWidget(this);
    auto *latestLayout = new QVBoxLayout(latestPage);
    latestLayout->setContentsMargins(4, 4, 4, 4);
    latestLayout->addWidget(m_latestIntro);
    latestLayout->addWidget(m_latestTable, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sourcesTabs"));
    m_tabs->addTab(sourcesPage, QString());
    m_tabs->addTab(latestPage, QString());
    // The data tab is filled the first time it is shown: most visits to Sources never open it.
    m_dataTab = new QWidget(this);
    auto *dataLayout = new QVBoxLayout(m_dataTab);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_dataTab, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SourcesView::tabShown);
    connect(m_latestTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString source = index.data(LatestModel::SourceIdRole).toString();
        m_tabs->setCurrentIndex(0);
        showSource(source);
    });

    connect(m_search, &QLineEdit::textChanged, this, &SourcesView::search);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SourcesView::showDetails);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == SourcesModel::Url && !index.data().toString().isEmpty())
            QDesktopServices::openUrl(QUrl(index.data().toString()));
    });
    retranslateUi();
    // Open on the newest source, so the panel shows what a source backs from the start.
    m_table->setCurrentIndex(m_filter->index(0, SourcesModel::Title));
}

void SourcesView::setLanguage(Language language)
{
    // The window sets the language on every view it builds; the constructor already wrote English.
    if (language == m_language)
        return;
    m_language = language;
    m_model->retranslate();
    m_latest->setLanguage(language);
    retranslateUi();
}

void SourcesView::tabShown(int tab)
{
    m_search->setEnabled(tab == SourcesTab);
    if (tab == DataTab)
        showDataPage();
    fitColumns(); // a table on a hidden tab is measured when it is first shown
}

DataTablePage *SourcesView::showDataPage()
{
    if (!m_dataPage) {
        m_dataPage = new DataTablePage(m_databases, m_dataTab);
        m_dataTab->layout()->addWidget(m_dataPage);
        connect(m_dataPage, &DataTablePage::rowFormRequested, this, &AtlasView::rowFormRequested);
        connect(m_dataPage, &DataTablePage::rowDeleteRequested, this, &AtlasView::rowDeleteRequested);
        connect(m_dataPage, &DataTablePage::rowFieldEdited, this, &AtlasView::rowFieldEdited);
        connect(m_dataPage, &DataTablePage::statusMessage, this, &AtlasView::statusMessage);
    }
    m_tabs->setCurrentIndex(DataTab);
    return m_dataPage;
}

void SourcesView::openRequest(const QVariantMap &request)
{
    const QString id = request.value(QStringLiteral("source")).toString();
    const QString tab = request.value(QStringLiteral("tab")).toString();
    if (!id.isEmpty())
        showSource(id);
    else if (tab == QLatin1String("latest"))
        m_tabs->setCurrentIndex(LatestTab);
    else if (tab == QLatin1String("data"))
        showDataPage()->showTable(request.value(QStringLiteral("table")).toString(), request.value(QStringLiteral("id")).toString());
}

void SourcesView::restoreSettings(const QSettings &settings)
{
    if (const QString source = settings.value(kSourceKey).toString(); !source.isEmpty()) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const QModelIndex index = m_filter->index(row, SourcesModel::Title);
            if (index.data(SourcesModel::SourceIdRole).toString() == source) {
                m_table->setCurrentIndex(index);
                m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
                break;
            }
        }
    }
    const QString tab = settings.value(kTabKey).toString();
    if (tab == QLatin1String("data")) {
        DataTablePage *page = showDataPage();
        page->showTable(settings.value(kDataTableKey).toString(), settings.value(kDataRowKey).toString());
        page->setCurrentColumn(settings.value(kDataColumnKey).toString());
    } else {
        m_tabs->setCurrentIndex(tab == QLatin1String("latest") ? LatestTab : SourcesTab);
    }
}

void SourcesView::saveSettings(QSettings &settings) const
{
    const int tab = m_tabs->currentIndex();
    settings.setValue(kTabKey, tab == DataTab     ? QStringLiteral("data")
                               : tab == LatestTab ? QStringLiteral("latest")
                                                  : QStringLiteral("sources"));
    settings.setValue(kSourceKey, m_table->currentIndex().data(SourcesModel::SourceIdRole).toString());
    if (m_dataPage) {
        settings.setValue(kDataTableKey, m_dataPage->table());
        settings.setValue(kDataRowKey, m_dataPage->selectedId());
        settings.setValue(kDataColumnKey, m_dataPage->currentColumn());
    }
}

bool SourcesView::showSource(const QString &id)
{
    m_tabs->setCurrentIndex(0);
    m_search->clear();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, SourcesModel::Title);
        if (index.data(SourcesModel::SourceIdRole).toString() == id) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool SourcesView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == m_table->viewport() || watched == m_latestTable->viewport()))
        fitColumns();
    return AtlasView::eventFilter(watched, event);
}

void SourcesView::fitColumns()
{
    // Publisher, what it backs and the address (and the Latest list's source) as wide as their content, each up to a
    // share of the width; the title (what moved) takes the rest, never less than a third of the width: on a narrow
    // window the shared columns give way first, elided in the middle with the whole text in the tooltip.
    struct Share {
        int column;
        int percent;
    };
    const auto fit = [this](QTableView *table, int stretch, std::initializer_list<Share> shares) {
        // Measuring asks every cell for its size (the Latest list's 600 rows cost more than the rest of the
        // first frame): a table on a hidden tab waits until it is shown.
        if (!table->isVisible())
            return;
        QHash<int, ContentWidth> &measured = m_contentWidths[table];
        const int width = table->viewport()->width();
        // Measured here, once per change of the rows, rather than by the header's ResizeToContents: the header
        // measures again after every width set, which made the first show of this view slower than all the rest.
        // Up to `limit`: what is wider than that is not used.
        const auto content = [table, &measured](int column, int limit = std::numeric_limits<int>::max()) {
            ContentWidth &w = measured[column];
            if (!w.whole && w.width < limit) {
                const int cells = ColumnFitter::contentWidth(table, column, limit);
                w.whole = cells < limit;
                w.width = std::max(cells, table->horizontalHeader()->sectionSizeHint(column));
            }
            return w.width;
        };
        int others = 0; // the columns sized to their content (date, kind, language)
        for (int c = 0; c < table->model()->columnCount(); ++c)
            if (c != stretch && std::none_of(shares.begin(), shares.end(), [c](const Share &s) { return s.column == c; })) {
                const int w = content(c);
                if (table->columnWidth(c) != w)
                    table->setColumnWidth(c, w);
                others += w;
            }
        QList<int> widths;
        int total = 0;
        for (const Share &share : shares) {
            widths << std::min(content(share.column, width * share.percent / 100), width * share.percent / 100);
            total += widths.constLast();
        }
        const int room = std::max(0, width - others - width / 3);
        int i = 0;
        for (const Share &share : shares) {
            const int w = total > room && total > 0 ? widths.at(i) * room / total : widths.at(i);
            if (table->columnWidth(share.column) != std::max(60, w))
                table->setColumnWidth(share.column, std::max(60, w));
            ++i;
        }
    };
    fit(m_table, SourcesModel::Title, {{SourcesModel::Publisher, 16}, {SourcesModel::Backs, 14}, {SourcesModel::Url, 18}});
    fit(m_latestTable, LatestModel::What, {{LatestModel::SourceColumn, 22}});
}

void SourcesView::search(const QString &text)
{
    m_filter->setSearch(text);
    // Without a search, the column the user sorted by applies again.
    if (text.trimmed().isEmpty())
        m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());
    else if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, SourcesModel::Title)); // the best match, with what it backs
    updateNoMatch();
}

void SourcesView::updateNoMatch()
{
    const QString text = m_search->text().trimmed();
    m_noMatch->setText(tr("No source matches \"%1\". The search looks in titles, publishers, notes, kinds and addresses.").arg(text));
    m_noMatch->setVisible(!text.isEmpty() && m_filter->rowCount() == 0);
}

void SourcesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SourcesView::retranslateUi()
{
    m_title->setText(tr("Sources"));
    m_intro->setText(tr("Every figure in Compute Atlas cites one or more of these %n document(s). Select one to see what it "
                        "backs and in which role (primary source, copy, discussion or dispute); click an address to open it. "
                        "Throughput is dense (without 2:4 sparsity), memory is in binary GB, and projections are marked as such.",
                        "", m_model->rowCount()));
    m_search->setPlaceholderText(tr("Search titles, publishers, notes"));
    updateNoMatch();
    m_detailsTitle->setText(tr("What this source backs"));
    m_tabs->setTabText(0, tr("All sources"));
    m_tabs->setTabText(1, tr("Latest"));
    m_tabs->setTabToolTip(1, tr("Chip figures, money flows, deployments and events by date, newest first"));
    m_tabs->setTabText(DataTab, tr("Data"));
    m_tabs->setTabToolTip(DataTab, tr("Systems, measurements, chip memory, model presets, companies, sources and the other tables: "
                                      "add your own rows and edit them"));
    if (m_dataPage)
        m_dataPage->retranslate();
    m_latestIntro->setText(tr("What moved, newest first: %n dated fact(s). The newest is from %1. Double-click a row to see its source.",
                              "", m_latest->rowCount())
                               .arg(m_latest->rowCount() > 0 ? m_latest->fact(0).date : QString()));
    m_details->setPlaceholderText(tr("Select a source to see its note and every figure it backs."));
    showDetails();
}

void SourcesView::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QString id = current.data(SourcesModel::SourceIdRole).toString();
    const Source *s = m_catalog.source(id);
    if (!s)
        return;

    QString html = QStringLiteral("<p><b>%1</b></p>").arg(ClaimText::sourceHtml(m_catalog, id));
    QStringList facts;
    if (!s->language.isEmpty())
        facts << tr("Language: %1").arg(ClaimText::languageName(s->language));
    facts << tr("Identifier: %1").arg(s->id);
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    if (!s->note.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(ClaimText::noteLine(s->note, QString(), QString(), m_language).toHtmlEscaped());
    const QString backs = m_model->backsText(id);
    html += QStringLiteral("<p>%1</p>").arg(tr("Backs: %1").toHtmlEscaped().arg((backs.isEmpty() ? tr("no figure: background reading") : backs).toHtmlEscaped()));

    QStringList items;
    for (const Chip &chip : m_catalog.chips()) {
        for (const SpecClaim &c : m_catalog.claims(chip.id)) {
            // The source's role for this figure: its own source, or named by a citation.
            QString role;
            for (const Citation &cite : m_catalog.sourcesOf(c))
                if (cite.sourceId == id)
                    role = cite.role;
            if (role.isEmpty())
                continue;
            QString item = tr("%1 — %2: %3 (%4, %5; %6)", "chip — metric: value (date, basis; the source's role)")
                               .toHtmlEscaped()
                               .arg(QStringLiteral("<b>%1</b>").arg(chip.localName(m_language).toHtmlEscaped()), ClaimText::metric(c).toHtmlEscaped(),
                                    ClaimText::unbroken(ClaimText::value(c, m_language).toHtmlEscaped()), c.claimedOn.toHtmlEscaped(),
                                    ClaimText::basis(c.basis).toHtmlEscaped(), ClaimText::role(role).toHtmlEscaped());
            if (c.isProjected())
                item += QStringLiteral(" <i>%1</i>").arg(tr("(projected)").toHtmlEscaped());
            items << QStringLiteral("<li>%1</li>").arg(item);
        }
    }
    // Rows of other tables that cite the source besides their own source_id.
    for (const Citation &cite : m_catalog.citationsOf(id)) {
        if (cite.table == QLatin1String("spec_claim"))
            continue;
        QString item = tr("%1 %2 (%3)", "what the row is, its id (the source's role)")
                           .toHtmlEscaped()
                           .arg(SourcesModel::tableLabel(cite.table).toHtmlEscaped(), QStringLiteral("<b>%1</b>").arg(cite.rowId.toHtmlEscaped()),
                                ClaimText::role(cite.role).toHtmlEscaped());
        if (!cite.note.isEmpty())
            item = tr("%1: %2", "a cited row: the citation's note").toHtmlEscaped().arg(item, cite.note.toHtmlEscaped());
        items << QStringLiteral("<li>%1</li>").arg(item);
    }
    for (const Measurement &m : m_catalog.measurements()) {
        if (m.sourceId != id)
            continue;
        const Chip *chip = m_catalog.findChip(m.chipId);
        const QString item = tr("%1 — %2: %3 (%4)", "chip — what was measured: value (date)")
                                 .toHtmlEscaped()
                                 .arg(QStringLiteral("<b>%1</b>").arg((chip ? chip->localName(m_language) : m.chipId).toHtmlEscaped()),
                                      ClaimText::measurement(m.what).toHtmlEscaped(),
                                      ClaimText::unbroken(ClaimText::value(m.value, m.unit, m_language).toHtmlEscaped()),
                                      m.measuredOn.toHtmlEscaped());
        items << QStringLiteral("<li>%1</li>").arg(item);
    }
    if (!items.isEmpty())
        html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
    m_details->setHtml(html);
}
