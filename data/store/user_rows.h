#pragma once
// Single rows of the user database, added, replaced or removed from a form (issue 20). A change is checked by the
// dataset's rules (DatasetChecker, the same as `db import`) against the bundled and user rows together, inside a
// transaction that is rolled back, and written as one transaction: all of its rows or none.
// Bundled rows are never touched: a change only deletes rows whose id is in the user database.

#include "atlas_store.h"
#include "dataset_validator.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

struct UserRow {
    QString table;      // "flow", "deployment", "spec_claim", "source" …
    QStringList fields; // one per column of the table, in TableSpec::columns order

    const TableSpec *spec() const { return findTable(table); }
    QString id() const; // the value of the table's id column (TableSpec::idColumn)
    QString value(QStringView column) const;
    bool operator==(const UserRow &) const = default;
};

// One change: the rows it removes (user rows, by id) and the rows it adds, in that order.
struct UserRowChange {
    QList<UserRow> removed;
    QList<UserRow> added;
    UserRowChange inverse() const { return {added, removed}; }
};

namespace UserRows {
// Problems the change would cause, nothing written. A problem names the row as origin "form" and line = the
// row's index in `change.added` + 1, column = its column's index in the table + 1. `error`: the database could
// not be read or the change cannot be made at all (no writable user database).
QList<Problem> check(const AtlasStore &store, const UserRowChange &change, QString *error);
// Writes the change as one transaction. False with `error` (nothing written) if it cannot.
bool apply(const AtlasStore &store, const UserRowChange &change, QString *error);
// The user database's row of `table` with that id, if there is one.
std::optional<UserRow> find(const AtlasStore &store, const QString &table, const QString &id);
// The row of `table` with that id in `db` (the bundled database: the row a new one starts from).
std::optional<UserRow> findIn(const QSqlDatabase &db, const QString &table, const QString &id);
// The ids of `table` in the given database (the user's: which rows are the user's own).
QSet<QString> ids(const QSqlDatabase &db, const QString &table);
// An id not yet used in `table` by the bundled or user rows: `stem`, else stem-2, stem-3 …
QString freeId(const AtlasStore &store, const QString &table, const QString &stem);
}
