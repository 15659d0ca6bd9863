#include "atlas_store.h"

#include "schema_migrations.h"
#include "table_schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

QString AtlasStore::defaultUserPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("user.sqlite"));
}

QString AtlasStore::checkDatabase(const QSqlDatabase &db, const QString &label)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("%1 is not a readable SQLite database (%2)").arg(label, q.lastError().text());
    const QString verdict = q.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return QStringLiteral("%1 is corrupt (integrity check: %2)").arg(label, verdict);
    const int version = SchemaMigrations::version(db);
    if (version < 0)
        return QStringLiteral("%1 is not a Compute Atlas database (no schema version)").arg(label);
    if (version > kSchemaVersion)
        return QStringLiteral("%1 has schema version %2, newer than this program reads (%3); update Compute Atlas")
            .arg(label).arg(version).arg(kSchemaVersion);
    return {};
}

std::unique_ptr<AtlasStore> AtlasStore::open(const QString &bundled, const QString &user, QString *error)
{
    std::unique_ptr<AtlasStore> store(new AtlasStore);
    QString bundledFile = bundled;
    if (bundled.startsWith(QLatin1Char(':'))) {
        store->m_extracted = std::make_unique<QTemporaryDir>();
        bundledFile = store->m_extracted->filePath(QStringLiteral("atlas.sqlite"));
        if (!store->m_extracted->isValid() || !QFile::copy(bundled, bundledFile)) {
            *error = QStringLiteral("cannot unpack the bundled database %1 to a temporary folder").arg(bundled);
            return nullptr;
        }
    }
    if (!QFileInfo::exists(bundledFile)) {
        *error = QStringLiteral("the bundled database %1 does not exist").arg(bundledFile);
        return nullptr;
    }
    store->m_bundled = std::make_unique<SqlConnection>(bundledFile, SqlConnection::Mode::ReadOnly);
    if (!store->m_bundled->isOpen()) {
        *error = QStringLiteral("cannot open the bundled database: %1").arg(store->m_bundled->errorText());
        return nullptr;
    }
    if (const QString problem = checkDatabase(store->bundled(), QStringLiteral("the bundled database")); !problem.isEmpty()) {
        *error = problem;
        return nullptr;
    }
    if (SchemaMigrations::version(store->bundled()) != kSchemaVersion) {
        *error = QStringLiteral("the bundled database has schema version %1, this program needs %2; rebuild it")
                     .arg(SchemaMigrations::version(store->bundled())).arg(kSchemaVersion);
        return nullptr;
    }

    if (user.isEmpty())
        return store;
    store->m_userPath = user;
    const bool existed = QFileInfo::exists(user);
    if (!existed && !QDir().mkpath(QFileInfo(user).absolutePath())) {
        store->m_userProblem = QStringLiteral("cannot create the folder for the user database %1; using bundled data only").arg(user);
        return store;
    }
    auto connection = std::make_unique<SqlConnection>(user, SqlConnection::Mode::ReadWrite);
    QSqlDatabase db = connection->database();
    if (!connection->isOpen()) {
        store->m_userProblem = QStringLiteral("cannot open the user database %1 (%2); using bundled data only, read-only")
                                   .arg(user, connection->errorText());
        return store;
    }
    const QString label = QStringLiteral("the user database %1").arg(user);
    if (const QString problem = checkDatabase(db, label); !problem.isEmpty()) {
        // Leave the file exactly as it is: the user may want to recover it.
        store->m_userProblem = problem + QStringLiteral("; it was not changed. Using bundled data only, read-only. "
                                                        "Move the file away to start a new user database.");
        return store;
    }
    {
        QSqlQuery wal(db); // edits from two windows or processes must not block each other's reads
        wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    }
    QString migrateError;
    if (!SchemaMigrations::migrate(db, &migrateError)) {
        store->m_userProblem = QStringLiteral("%1 could not be prepared: %2; using bundled data only").arg(label, migrateError);
        return store;
    }
    store->m_user = std::move(connection);
    return store;
}

QList<QSqlDatabase> AtlasStore::databases() const
{
    QList<QSqlDatabase> dbs{bundled()};
    if (m_user)
        dbs << user();
    return dbs;
}

QString AtlasStore::meta(const QString &key) const
{
    QSqlQuery q(bundled());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
