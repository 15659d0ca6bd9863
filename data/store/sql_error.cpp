#include "sql_error.h"

namespace SqlErrors {

namespace {
// SQLite's primary result codes (sqlite3.h), as QtSql's driver reports them in nativeErrorCode().
enum Code { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14, Constraint = 19, NotADatabase = 26 };
}

QString describe(const QSqlError &error)
{
    QString sqlite = error.databaseText().trimmed();
    if (sqlite.isEmpty())
        sqlite = error.driverText().trimmed();
    const QString detail = sqlite.isEmpty() ? QStringLiteral("SQLite gave no reason") : QStringLiteral("SQLite: %1").arg(sqlite);
    QString cause;
    // QtSql turns on SQLite's extended result codes (SQLITE_IOERR_WRITE is 778): the low byte is the primary one.
    switch (error.nativeErrorCode().toInt() & 0xFF) {
    case Full: cause = QStringLiteral("the disk is full"); break;
    case IoError: cause = QStringLiteral("the disk could not be written or read (it may be full, or a file size limit reached)"); break;
    case ReadOnly: cause = QStringLiteral("the database is read-only (no permission to write it or its folder)"); break;
    case Busy:
    case Locked: cause = QStringLiteral("another program is writing the database"); break;
    case Corrupt:
    case NotADatabase: cause = QStringLiteral("the database file is damaged"); break;
    case CantOpen: cause = QStringLiteral("the database file cannot be opened"); break;
    default: return sqlite.isEmpty() ? QStringLiteral("SQLite gave no reason") : sqlite;
    }
    return QStringLiteral("%1 (%2)").arg(cause, detail);
}

bool isConstraint(const QSqlError &error)
{
    return (error.nativeErrorCode().toInt() & 0xFF) == Constraint;
}

} // namespace SqlErrors
