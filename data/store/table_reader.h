#pragma once
// Reads a dataset table (or meta) from the store's databases, bundled rows first: whole into a DataTable, or a
// row at a time for tables too big to hold (a user's million imported events).

#include "data_table.h"

#include <QList>
#include <QSqlDatabase>
#include <functional>

namespace TableReader {
// Every table of DESIGN §2.1, meta included.
QStringList tableNames();
// The columns of `table`, in schema order.
QStringList columns(const QString &table);
// Hands each row of `table` from every database in order to `take`; SQL NULL becomes an invalid QVariant.
// Returns how many rows there were.
qint64 forEachRow(const QList<QSqlDatabase> &databases, const QString &table, const std::function<void(const QVariantList &)> &take);
// The same rows as the database holds them (text as UTF-8), for writers that stream: no copy per value.
qint64 forEachRawRow(const QList<QSqlDatabase> &databases, const QString &table, const std::function<void(const QList<RawCell> &)> &take);
// The same rows, all held in memory.
DataTable read(const QList<QSqlDatabase> &databases, const QString &table);
}
