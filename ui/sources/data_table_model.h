#pragma once
// One dataset table as it is stored, for the data table under Sources (issue 20): the bundled rows, then the
// user's own (marked ✎). A field of a user row can be typed into; the model does not write it but asks
// (fieldEdited), and the window checks and writes the change through its undo stack, then reads the data again.
// Bundled rows are read-only: they can only be superseded by a newer row.

#include "table_schema.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

class DataTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        RowIdRole = Qt::UserRole + 1, // the row's id (TableSpec::idColumn), empty for a table without one
        IsUserRole,                   // true for a row of the user's database
        StoredRole,                   // the field as stored (a code, an SI number), not the label shown
    };

    // `databases`: the bundled database first, then the user's (absent when View → Show my data is off).
    explicit DataTableModel(const QList<QSqlDatabase> &databases, QObject *parent = nullptr);

    // Reads `table` (a name from table_schema.cpp); an unknown name empties the model.
    void setTable(const QString &table);
    QString table() const { return m_spec ? m_spec->name : QString(); }
    const TableSpec *spec() const { return m_spec; }
    // The row whose id is `id`, -1 if none.
    int rowOfId(const QString &id) const;
    QString rowId(int row) const;
    bool isUserRow(int row) const { return m_rows.value(row).user; }
    int userRowCount() const;
    // The tables the data table offers: those without a view of their own to edit them in.
    static QStringList offeredTables();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Emits fieldEdited for a changed field of a user row; the model itself is unchanged until the data is read again.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // Headers and code labels in the interface language.
    void retranslate();

signals:
    void fieldEdited(const QString &table, const QString &id, const QString &column, const QString &value);

private:
    struct Row {
        QStringList fields;
        bool user = false;
    };
    QList<QSqlDatabase> m_databases;
    const TableSpec *m_spec = nullptr;
    QList<Row> m_rows;
};
