#include "sqlite_handle.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace SqliteHandle {

sqlite3 *of(const QSqlDatabase &db)
{
    const QVariant handle = db.isOpen() && db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

QSqlError lastError(sqlite3 *handle, const QString &what)
{
    return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError, QString::number(sqlite3_extended_errcode(handle)));
}

} // namespace SqliteHandle
