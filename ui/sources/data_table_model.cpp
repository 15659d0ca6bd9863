#include "data_table_model.h"

#include "sql_dataset_index.h"
#include "table_report.h"

#include "common/claim_text.h"

#include <QSqlQuery>

DataTableModel::DataTableModel(const QList<QSqlDatabase> &databases, QObject *parent)
    : QAbstractTableModel(parent)
    , m_databases(databases)
{
}

QStringList DataTableModel::offeredTables()
{
    // Chip figures (Compare), deployments and money flows are added and edited in their own views.
    static const QStringList own{QStringLiteral("spec_claim"), QStringLiteral("deployment"), QStringLiteral("flow")};
    QStringList names;
    for (const TableSpec &t : datasetTables())
        if (!own.contains(t.name))
            names << t.name;
    return names;
}

void DataTableModel::setTable(const QString &table)
{
    beginResetModel();
    m_rows.clear();
    m_spec = findTable(table);
    if (m_spec) {
        // The tables are small (the largest, source, has a few hundred rows): read whole, bundled rows first.
        for (int d = 0; d < m_databases.size(); ++d) {
            QSqlQuery q(m_databases.at(d));
            q.setForwardOnly(true);
            if (!q.exec(SqlDatasetIndex::selectSql(*m_spec) + QStringLiteral(" ORDER BY rowid")))
                continue;
            while (q.next())
                m_rows.append({SqlDatasetIndex::rowAt(*m_spec, q, {}).fields, d > 0});
        }
    }
    endResetModel();
}

int DataTableModel::rowOfId(const QString &id) const
{
    if (!m_spec || id.isEmpty())
        return -1;
    const int column = m_spec->columnIndex(m_spec->idColumn());
    if (column < 0)
        return -1;
    // The user's row first: a user row with a bundled row's id is the one shown as current.
    for (int r = int(m_rows.size()) - 1; r >= 0; --r)
        if (m_rows.at(r).fields.value(column) == id)
            return r;
    return -1;
}

QString DataTableModel::rowId(int row) const
{
    if (!m_spec || row < 0 || row >= m_rows.size())
        return {};
    const int column = m_spec->columnIndex(m_spec->idColumn());
    return column < 0 ? QString() : m_rows.at(row).fields.value(column);
}

int DataTableModel::userRowCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.user; }));
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_spec ? 0 : int(m_spec->columns.size());
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_spec || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ColumnSpec &column = m_spec->columns.at(index.column());
    const QString stored = row.fields.value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        QString shown = stored;
        if (column.kind == ColumnSpec::Kind::Choice) {
            QString label = datasetCodeLabel(m_spec->name, column.name, stored);
            // A figure's basis and a product's status read the same in every table (a system's power basis, a
            // chip memory claim's basis): the words the chip figures use.
            if (label.isEmpty() && column.name.endsWith(QLatin1String("basis")))
                label = datasetCodeLabel(QStringLiteral("spec_claim"), QStringLiteral("basis"), stored);
            if (label.isEmpty() && column.name == QLatin1String("status"))
                label = datasetCodeLabel(QStringLiteral("chip"), QStringLiteral("status"), stored);
            if (!label.isEmpty())
                shown = label;
        }
        // The mark on the row's first field, as the Deployments table marks the site.
        if (row.user && index.column() == 0)
            shown = ClaimText::yourDataSign() + QLatin1Char(' ') + shown;
        return shown;
    }
    case Qt::EditRole:
    case StoredRole: return stored;
    case Qt::ToolTipRole: {
        const QString where = row.user ? tr("✎ Your data: double-click a field to change it (Edit → Undo takes it back).")
                                       : tr("Bundled row: it cannot be edited, only superseded by a newer row with its own source.");
        return stored.isEmpty() ? where : stored + QLatin1Char('\n') + where;
    }
    case RowIdRole: return rowId(index.row());
    case IsUserRole: return row.user;
    default: return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_spec || section < 0 || section >= m_spec->columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const ColumnSpec &column = m_spec->columns.at(section);
    if (role == Qt::DisplayRole)
        return datasetColumnHeader(column.name);
    if (role == Qt::ToolTipRole)
        return column.name; // the CSV column, as `db import` and `db export-user` name it
    return {};
}

Qt::ItemFlags DataTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // A user row of a table whose rows have an id can be changed field by field; its id names it, so it stays.
    if (index.isValid() && m_spec && m_rows.value(index.row()).user && !m_spec->idColumn().isEmpty()
        && m_spec->columns.at(index.column()).name != m_spec->idColumn())
        f |= Qt::ItemIsEditable;
    return f;
}

bool DataTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    if (text == m_rows.at(index.row()).fields.value(index.column()))
        return false;
    emit fieldEdited(m_spec->name, rowId(index.row()), m_spec->columns.at(index.column()).name, text);
    return false; // written (or refused) by the window, which reads the data again
}

void DataTableModel::retranslate()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}
