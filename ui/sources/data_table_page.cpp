#include "data_table_page.h"

#include "data_table_model.h"
#include "table_report.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DataTablePage::DataTablePage(const QList<QSqlDatabase> &databases, QWidget *parent)
    : QWidget(parent)
{
    m_model = new DataTableModel(databases, this);
    m_tables = new QComboBox(this);
    m_tables->setObjectName(QStringLiteral("dataTableChoice"));
    m_tables->setFocusPolicy(Qt::StrongFocus); // the wheel leaves it alone unless it has the focus
    for (const QString &t : DataTableModel::offeredTables())
        m_tables->addItem(QString(), t);
    m_tableLabel = new QLabel(this);
    m_tableLabel->setBuddy(m_tables);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dataTableSummary"));
    m_summary->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("dataTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // A user row's field is typed into where it is; a bundled row's cells are not editable (DataTableModel::flags).
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(140);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("dataAdd"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("dataEdit"));
    m_newFrom = new QPushButton(this);
    m_newFrom->setObjectName(QStringLiteral("dataNewFrom"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("dataDelete"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_tableLabel);
    top->addWidget(m_tables);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_newFrom);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_tables, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setTable(m_tables->currentData().toString());
        m_view->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c) // a long title or note is elided, whole in its tooltip
            m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 320));
        updateSummary();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DataTablePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DataTablePage::updateButtons);
    connect(m_model, &DataTableModel::fieldEdited, this, &DataTablePage::rowFieldEdited);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!m_model->isUserRow(index.row()))
            emit statusMessage(tr("Bundled rows cannot be edited, only superseded: use \"New row from this one…\"."));
        else if (!(m_model->flags(index) & Qt::ItemIsEditable))
            emit statusMessage(tr("The id names the row: to change it, make a new row from this one and delete this one."));
    });
    connect(m_add, &QPushButton::clicked, this, [this] { emit rowFormRequested(table(), {}); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            emit rowFormRequested(table(), {{QStringLiteral("id"), id}});
    });
    connect(m_newFrom, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            emit rowFormRequested(table(), {{QStringLiteral("from"), id}});
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedId(); !id.isEmpty())
            emit rowDeleteRequested(table(), id);
    });
    retranslate();
    // The first table people miss a view for: the systems that are bought and deployed.
    showTable(QStringLiteral("system"));
}

void DataTablePage::showTable(const QString &table, const QString &id)
{
    const int at = m_tables->findData(table);
    if (at >= 0 && at != m_tables->currentIndex())
        m_tables->setCurrentIndex(at); // reads the table
    else if (at >= 0 && m_model->table() != table)
        m_model->setTable(table);
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, std::max(0, m_view->currentIndex().column()));
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

QString DataTablePage::table() const
{
    return m_model->table();
}

int DataTablePage::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString DataTablePage::selectedId() const
{
    return m_model->rowId(selectedRow());
}

QString DataTablePage::currentColumn() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_model->spec() ? m_model->spec()->columns.at(current.column()).name : QString();
}

void DataTablePage::setCurrentColumn(const QString &column)
{
    const QModelIndex current = m_view->currentIndex();
    const int c = m_model->spec() ? m_model->spec()->columnIndex(column) : -1;
    if (current.isValid() && c >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(current.row(), c), QItemSelectionModel::NoUpdate);
}

void DataTablePage::updateButtons()
{
    const int row = selectedRow();
    const bool keyed = m_model->spec() && !m_model->spec()->idColumn().isEmpty();
    const bool user = row >= 0 && m_model->isUserRow(row);
    m_edit->setEnabled(user && keyed);
    m_delete->setEnabled(user && keyed);
    m_newFrom->setEnabled(row >= 0 && keyed);
    const QString why = keyed ? QString() : tr("Rows of this table have no id: they can be added here, and changed or removed by a new import.");
    m_edit->setToolTip(why);
    m_delete->setToolTip(why);
}

void DataTablePage::updateSummary()
{
    const int user = m_model->userRowCount();
    m_summary->setText(tr("%n row(s): %1 bundled, %2 ✎ yours. Bundled rows are read-only; double-click a field of your own row to change it.", "",
                          m_model->rowCount())
                           .arg(m_model->rowCount() - user)
                           .arg(user));
}

void DataTablePage::retranslate()
{
    m_tableLabel->setText(tr("&Table:"));
    for (int i = 0; i < m_tables->count(); ++i)
        m_tables->setItemText(i, datasetTableTitle(m_tables->itemData(i).toString()));
    m_add->setText(tr("&Add a row…"));
    m_add->setToolTip(tr("A new row of this table with its source, checked by the dataset's rules as you type"));
    m_newFrom->setText(tr("&New row from this one…"));
    m_newFrom->setToolTip(tr("A new row that starts from the selected one (a newer figure, a similar system): its own id and source"));
    m_edit->setText(tr("&Edit…"));
    m_delete->setText(tr("&Delete"));
    m_model->retranslate();
    updateSummary();
    updateButtons();
}
