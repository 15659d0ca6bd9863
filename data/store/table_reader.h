#pragma once
// Reads a whole dataset table (or meta) from the store's databases into a DataTable, bundled rows first.

#include "data_table.h"

#include <QList>
#include <QSqlDatabase>

namespace TableReader {
// Every table of DESIGN §2.1, meta included.
QStringList tableNames();
// Rows of `table` from every database in order; columns in schema order; SQL NULL becomes an invalid QVariant.
DataTable read(const QList<QSqlDatabase> &databases, const QString &table);
}
