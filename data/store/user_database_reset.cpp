#include "user_database_reset.h"

#include "sql_connection.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>

namespace UserDatabaseReset {

QString asideName(const QString &userPath, const QDateTime &when)
{
    const QFileInfo info(userPath);
    const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString name = stem + suffix;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")); ++n)
        name = stem + QLatin1Char('-') + QString::number(n) + suffix;
    return name;
}

Result moveAside(const QString &userPath, const QDateTime &when)
{
    Result result;
    if (!QFileInfo::exists(userPath))
        return result;
    // The lock every import takes (csv_importer.cpp): a database being imported into is not moved under it.
    QLockFile importLock(userPath + QStringLiteral(".import-lock"));
    importLock.setStaleLockTime(0);
    if (!importLock.tryLock(0)) {
        result.error = QStringLiteral("an import into %1 is running; nothing was moved. Try again when it has finished").arg(userPath);
        result.failure = Failure::ImportRunning;
        result.file = userPath;
        return result;
    }
    {
        // Whatever is still only in the write-ahead log goes into the file, so the file moved aside is whole.
        // A database too damaged to open is moved as it is, with its log beside it.
        SqlConnection db(userPath, SqlConnection::Mode::ReadWrite);
        if (db.isOpen())
            QSqlQuery(db.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const QString target = asideName(userPath, when);
    if (!QFile::rename(userPath, target)) {
        result.error = QStringLiteral("cannot move %1 to %2 (no permission to write its folder?); nothing was moved").arg(userPath, target);
        result.failure = Failure::CannotMove;
        result.file = userPath;
        result.target = target;
        return result;
    }
    for (const QString &companion : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(userPath + companion))
            continue;
        if (companion == QLatin1String("-shm")) {
            // The shared-memory index is rebuilt from the log; it belongs to no file once the log has moved.
            QFile::remove(userPath + companion);
            continue;
        }
        if (!QFile::rename(userPath + companion, target + companion)) {
            QFile::rename(target, userPath);
            result.error = QStringLiteral("cannot move %1 beside %2; nothing was moved").arg(userPath + companion, target);
            result.failure = Failure::CannotMoveLog;
            result.file = userPath + companion;
            result.target = target;
            return result;
        }
    }
    result.movedTo = target;
    return result;
}

} // namespace UserDatabaseReset
