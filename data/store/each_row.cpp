#include "each_row.h"

#include "sqlite_handle.h"

#include <QByteArray>
#include <sqlite3.h>

QVariant SqlRow::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(m_statement, column);
        return QVariant(QByteArray(static_cast<const char *>(bytes), sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
    default: return QVariant(text(column));
    }
}

bool SqlRow::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqlRow::text(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_TEXT: {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_NULL: return QString();
    default: return value(column).toString();
    }
}

namespace EachRow {

bool run(const QSqlDatabase &db, const QString &sql, void (*take)(void *context, const SqlRow &row), void *context)
{
    sqlite3 *handle = SqliteHandle::of(db);
    if (!handle)
        return false;
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return false;
    }
    const SqlRow row(statement);
    while (sqlite3_step(statement) == SQLITE_ROW)
        take(context, row);
    sqlite3_finalize(statement);
    return true;
}

} // namespace EachRow
