#include "sources_view.h"

#include "common/claim_text.h"
#include "sources_filter.h"
#include "sources_model.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

SourcesView::SourcesView(const Catalog &catalog, const QList<QSqlDatabase> &databases, QWidget *parent)
    : AtlasView(parent)
    , m_catalog(catalog)
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

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SourcesModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // rows copy as a table (Ctrl+C)
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // the full text is in the tooltip
    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("sourcesNoMatch"));
    m_noMatch->setVisible(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The title takes what the other columns leave; they are as wide as their content, the long ones (publisher,
    // address) up to a limit, elided in the middle with the whole text in the tooltip.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SourcesModel::Title, QHeaderView::Stretch);
    for (int column : {int(SourcesModel::Date), int(SourcesModel::Kind), int(SourcesModel::LanguageColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);

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
    m_language = language;
    m_model->retranslate();
    retranslateUi();
}

void SourcesView::openRequest(const QVariantMap &request)
{
    const QString id = request.value(QStringLiteral("source")).toString();
    if (!id.isEmpty())
        showSource(id);
}

bool SourcesView::showSource(const QString &id)
{
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
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return AtlasView::eventFilter(watched, event);
}

void SourcesView::fitColumns()
{
    // Publisher, what it backs and the address as wide as their content, each up to a share of the width; the title
    // takes the rest. A wide window shows them whole, a narrow one elides them in the middle.
    const int width = m_table->viewport()->width();
    const struct {
        int column;
        int percent;
    } shares[] = {{SourcesModel::Publisher, 16}, {SourcesModel::Backs, 14}, {SourcesModel::Url, 18}};
    for (const auto &share : shares) {
        const int content = std::max(static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(share.column),
                                     m_table->horizontalHeader()->sectionSizeHint(share.column));
        m_table->setColumnWidth(share.column, std::max(60, std::min(content, width * share.percent / 100)));
    }
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
    m_intro->setText(tr("Every figure in Compute Atlas cites one of these %n document(s). Select one to see what it backs; "
                        "click an address to open it. Throughput is dense (without 2:4 sparsity), memory is in binary GB, "
                        "and projections are marked as such.",
                        "", m_model->rowCount()));
    m_search->setPlaceholderText(tr("Search titles, publishers, notes"));
    updateNoMatch();
    m_detailsTitle->setText(tr("What this source backs"));
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
            if (c.sourceId != id)
                continue;
            QString item = QStringLiteral("<b>%1</b> — %2: %3 (%4, %5)")
                               .arg(chip.localName(m_language).toHtmlEscaped(), ClaimText::metric(c).toHtmlEscaped(),
                                    ClaimText::unbroken(ClaimText::value(c, m_language).toHtmlEscaped()), c.claimedOn.toHtmlEscaped(),
                                    ClaimText::basis(c.basis).toHtmlEscaped());
            if (c.isProjected())
                item += QStringLiteral(" <i>%1</i>").arg(tr("(projected)").toHtmlEscaped());
            items << QStringLiteral("<li>%1</li>").arg(item);
        }
    }
    for (const Measurement &m : m_catalog.measurements()) {
        if (m.sourceId != id)
            continue;
        const Chip *chip = m_catalog.findChip(m.chipId);
        items << QStringLiteral("<li><b>%1</b> — %2: %3 (%4)</li>")
                     .arg((chip ? chip->localName(m_language) : m.chipId).toHtmlEscaped(), ClaimText::measurement(m.what).toHtmlEscaped(),
                          ClaimText::unbroken(ClaimText::value(m.value, m.unit, m_language).toHtmlEscaped()), m.measuredOn.toHtmlEscaped());
    }
    if (!items.isEmpty())
        html += QStringLiteral("<ul>%1</ul>").arg(items.join(QString()));
    m_details->setHtml(html);
}
