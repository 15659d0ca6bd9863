#include "atlas_store.h"

#include "schema_migrations.h"
#include "sql_error.h"
#include "table_schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sys/stat.h>

namespace {
// Where the program remembers that a user database existed, so that one deleted behind its back is noticed
// rather than silently replaced by an empty one. Settings live apart from the data (XDG config, not data).
const QString kUserDatabaseKey = QStringLiteral("store/userDatabase");

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}
} // namespace

QString AtlasStore::defaultUserPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("user.sqlite"));
}

QString AtlasStore::checkDatabase(const QSqlDatabase &db, const QString &label, bool quickCheck)
{
    QString versionError;
    const int version = SchemaMigrations::version(db, &versionError);
    if (version < 0) {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return QStringLiteral("%1 is not a readable SQLite database (%2)").arg(label, SqlErrors::describe(probe.lastError()));
        return QStringLiteral("%1 is not a Compute Atlas database (%2)").arg(label, versionError);
    }
    if (version > kSchemaVersion)
        return QStringLiteral("%1 has schema version %2, newer than this program reads (%3); update Compute Atlas")
            .arg(label).arg(version).arg(kSchemaVersion);
    if (quickCheck) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
            return QStringLiteral("%1 is not a readable SQLite database (%2)").arg(label, SqlErrors::describe(q.lastError()));
        if (q.value(0).toString() != QLatin1String("ok"))
            return QStringLiteral("%1 is corrupt (quick check: %2)").arg(label, q.value(0).toString());
    }
    return {};
}

QString AtlasStore::checkIntegrity(const QSqlDatabase &db, const QString &label)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("%1 cannot be read to the end (%2)").arg(label, SqlErrors::describe(q.lastError()));
    QStringList found;
    do
        found << q.value(0).toString();
    while (q.next() && found.size() < 10);
    if (found == QStringList{QStringLiteral("ok")})
        return {};
    return QStringLiteral("%1 is corrupt (integrity check: %2)").arg(label, found.join(QStringLiteral("; ")));
}

QStringList AtlasStore::schemaProblems(const QSqlDatabase &db)
{
    QStringList problems;
    QList<std::pair<QString, QStringList>> expected{{QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")}}};
    for (const TableSpec &spec : datasetTables())
        expected.append({spec.name, spec.columnNames()});
    for (const auto &[table, columns] : expected) {
        QSqlQuery q(db);
        QSet<QString> present;
        // Table names come from table_schema.cpp. Columns: cid, name, type, notnull, dflt_value, pk.
        if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
            while (q.next())
                present.insert(q.value(1).toString());
        if (present.isEmpty()) {
            problems << QStringLiteral("table '%1' is missing").arg(table);
            continue;
        }
        for (const QString &c : columns)
            if (!present.contains(c))
                problems << QStringLiteral("table '%1' lacks column '%2'").arg(table, c);
    }
    return problems;
}

std::optional<AtlasStore::FileId> AtlasStore::fileId(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{quint64(st.st_dev), quint64(st.st_ino)};
}

bool AtlasStore::userFileUnchanged() const
{
    return m_userFileId && fileId(m_userPath) == m_userFileId;
}

std::unique_ptr<AtlasStore> AtlasStore::open(const QString &bundled, const QString &user, QString *error)
{
    std::unique_ptr<AtlasStore> store(new AtlasStore);
    if (!store->openFiles(bundled, user, error))
        return nullptr;
    return store;
}

std::unique_ptr<AtlasStore> AtlasStore::unopened()
{
    return std::unique_ptr<AtlasStore>(new AtlasStore);
}

bool AtlasStore::openFiles(const QString &bundled, const QString &user, QString *error)
{
    Q_ASSERT(!isOpen());
    const auto fail = [this, error](const QString &why) {
        *error = why;
        m_bundled.reset();
        m_extracted.reset();
        return false;
    };
    QString bundledFile = bundled;
    if (bundled.startsWith(QLatin1Char(':'))) {
        m_extracted = std::make_unique<QTemporaryDir>();
        bundledFile = m_extracted->filePath(QStringLiteral("atlas.sqlite"));
        if (!m_extracted->isValid() || !QFile::copy(bundled, bundledFile))
            return fail(QStringLiteral("cannot unpack the bundled database %1 to a temporary folder").arg(bundled));
    }
    if (!QFileInfo::exists(bundledFile))
        return fail(QStringLiteral("the bundled database %1 does not exist").arg(bundledFile));
    m_bundled = std::make_unique<SqlConnection>(bundledFile, SqlConnection::Mode::ReadOnly);
    if (!m_bundled->isOpen())
        return fail(QStringLiteral("cannot open the bundled database: %1").arg(m_bundled->errorText()));
    // The bundled database is small and ours: every page is checked at every start (a millisecond).
    if (const QString problem = checkDatabase(m_bundled->database(), QStringLiteral("the bundled database"), true); !problem.isEmpty())
        return fail(problem);
    if (const int version = SchemaMigrations::version(m_bundled->database()); version != kSchemaVersion)
        return fail(QStringLiteral("the bundled database has schema version %1, this program needs %2; rebuild it").arg(version).arg(kSchemaVersion));
    if (!user.isEmpty())
        openUser(user);
    return true;
}

void AtlasStore::openUser(const QString &user)
{
    m_userPath = user;
    const QFileInfo info(user);
    const QString folder = info.absolutePath();
    const bool existed = info.exists();
    QSettings settings;
    if (!existed && settings.value(kUserDatabaseKey).toString() == user)
        m_notices << QStringLiteral("the user database %1 is gone (deleted or moved since it was last used); your earlier "
                                    "imports are not in the new, empty one started now. If you moved it, put it back.")
                         .arg(user);
    if (!existed && !QDir().mkpath(folder)) {
        m_userProblem = QStringLiteral("cannot create the folder %1 for the user database; using bundled data only").arg(folder);
        return;
    }
    const bool folderWritable = QFileInfo(folder).isWritable();
    if (!existed && !folderWritable) {
        m_userProblem = QStringLiteral("cannot create the user database %1: its folder %2 is not writable; using bundled data only")
                            .arg(user, folder);
        return;
    }
    // Without permission to write the file or its folder (where SQLite keeps the -wal and -shm files beside
    // it), the rows are read and nothing is written.
    const bool writable = !existed || (info.isWritable() && folderWritable);
    // A write-ahead log or rollback journal left behind means the last program to use the file did not close
    // it (a crash, kill -9, power loss), or another one has it open now: then its pages are checked.
    const bool unclean = existed && (fileSize(user + QStringLiteral("-wal")) > 0 || fileSize(user + QStringLiteral("-journal")) > 0);

    auto connection = std::make_unique<SqlConnection>(user, writable ? SqlConnection::Mode::ReadWrite : SqlConnection::Mode::ReadOnly);
    QSqlDatabase db = connection->database();
    const QString label = QStringLiteral("the user database %1").arg(user);
    if (!connection->isOpen()) {
        m_userProblem = QStringLiteral("cannot open %1 (%2); using bundled data only").arg(label, connection->errorText());
        return;
    }
    if (QString problem = checkDatabase(db, label, unclean); !problem.isEmpty()) {
        if (!folderWritable && problem.contains(QLatin1String("not a readable")))
            // Not the data's fault: SQLite must create the -shm file beside a WAL database to read it.
            m_userProblem = QStringLiteral("cannot read %1: its folder %2 is not writable, and SQLite needs to create %3-shm there "
                                           "to read it. Your data is unchanged; make the folder writable (chmod u+w %2). "
                                           "Using bundled data only.")
                                .arg(label, folder, info.fileName());
        else
            // Leave the file exactly as it is: the user may want to recover it.
            m_userProblem = problem + QStringLiteral("; it was not changed. Using bundled data only, read-only. "
                                                     "Move the file away to start a new user database.");
        return;
    }
    if (writable) {
        QSqlQuery wal(db); // edits from two windows or processes must not block each other's reads
        wal.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        wal.finish(); // an unfinished statement would keep the migration from committing
        QString migrateError;
        if (!SchemaMigrations::migrate(db, &migrateError)) {
            m_userProblem = QStringLiteral("%1 could not be prepared: %2; using bundled data only").arg(label, migrateError);
            return;
        }
    } else if (SchemaMigrations::version(db) != kSchemaVersion) {
        m_userProblem = QStringLiteral("%1 is read-only and from an older version of the program, so it cannot be brought up to "
                                       "date; make it and its folder writable. Using bundled data only.")
                            .arg(label);
        return;
    }
    if (const QStringList missing = schemaProblems(db); !missing.isEmpty()) {
        m_userProblem = QStringLiteral("%1 does not have the schema this program reads: %2. It was not changed; using bundled data "
                                       "only. Move the file away to start a new user database.")
                            .arg(label, missing.join(QStringLiteral("; ")));
        return;
    }
    if (!writable) {
        m_userReadOnly = true;
        m_notices << QStringLiteral("%1 is read-only (no permission to write it or its folder %2): your rows are shown, but "
                                    "imports need it writable")
                         .arg(label, folder);
    }
    m_userFileId = fileId(user);
    if (settings.value(kUserDatabaseKey).toString() != user)
        settings.setValue(kUserDatabaseKey, user);
    m_user = std::move(connection);
}

UserDatabaseReset::Result AtlasStore::moveUserDatabaseAside(const QString &userPath, const QDateTime &when)
{
    UserDatabaseReset::Result result = UserDatabaseReset::moveAside(userPath, when);
    QSettings settings;
    if (result.ok() && settings.value(kUserDatabaseKey).toString() == userPath)
        settings.remove(kUserDatabaseKey);
    return result;
}

UserDatabaseReset::Result AtlasStore::resetUserDatabase(const QDateTime &when)
{
    if (m_userPath.isEmpty()) {
        UserDatabaseReset::Result none;
        none.error = QStringLiteral("this window uses no user database; nothing was moved");
        none.failure = UserDatabaseReset::Failure::NoUserDatabase;
        return none;
    }
    if (m_user)
        m_user->database().close();
    const UserDatabaseReset::Result result = moveUserDatabaseAside(m_userPath, when);
    if (!result.ok()) {
        if (m_user)
            m_user->database().open();
        return result;
    }
    if (m_user)
        m_closedUser.push_back(std::move(m_user));
    // Start again as at program start: a problem or note about the old file no longer applies.
    m_userProblem.clear();
    m_notices.clear();
    m_userReadOnly = false;
    m_userFileId.reset();
    openUser(m_userPath);
    return result;
}

QList<QSqlDatabase> AtlasStore::databases() const
{
    if (!isOpen())
        return {};
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
