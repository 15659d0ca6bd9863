#pragma once
// The SQLite connection under a QtSql one (QSqlDriver::handle()), for the loops that move a million rows: QtSql
// binds each value under a generated placeholder name and fetches text through UTF-16 copies, which cost more
// than SQLite's own work. Everything else goes through QtSql.

#include <QSqlDatabase>
#include <QSqlError>

struct sqlite3;

namespace SqliteHandle {
// Null if `db` is not an open SQLite connection.
sqlite3 *of(const QSqlDatabase &db);
// SQLite's last error on `handle` as QtSql reports errors (nativeErrorCode: SQLite's extended result code).
QSqlError lastError(sqlite3 *handle, const QString &what);
}
