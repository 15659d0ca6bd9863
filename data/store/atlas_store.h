#pragma once
// The program's data: the bundled database (read-only, shipped inside the binary) and the user's database
// (edits and imports, WAL) opened and checked together (DESIGN §2.2). A user database that is corrupt, from a
// newer program or missing part of its schema is left untouched and not used: the bundled data still serves.
// Opening reads the schema, not the rows, so start-up does not grow with the user's data: the pages are checked
// (quick_check) only after an unclean shutdown, and in full on demand (`db check`, checkIntegrity).

#include "sql_connection.h"
#include "user_database_reset.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <optional>
#include <vector>

class AtlasStore {
public:
    // `bundled` may be a resource path (":/atlas.sqlite"): it is copied to a private temporary file, since
    // SQLite cannot read from a resource. `user` may be empty (no user database). Returns nullptr with
    // `error` set if the bundled database cannot serve; a bad user database only sets userProblem().
    static std::unique_ptr<AtlasStore> open(const QString &bundled, const QString &user, QString *error);
    // A store with nothing open yet: what the window holds while its first frame is painted (the data is read
    // right after it). openFiles() opens it; until then it has no databases and no user database.
    static std::unique_ptr<AtlasStore> unopened();
    // Opens an unopened store as open() would; false with `error` set (and the store still unopened) if the
    // bundled database cannot serve.
    bool openFiles(const QString &bundled, const QString &user, QString *error);
    bool isOpen() const { return m_bundled != nullptr; }

    // AppDataLocation/user.sqlite: where the user's rows live.
    static QString defaultUserPath();
    // Empty if the database is readable by this program (schema version, and with `quickCheck` its pages), else why not.
    static QString checkDatabase(const QSqlDatabase &db, const QString &label, bool quickCheck);
    // Every table and column this program reads (table_schema.h) present; else what is missing.
    static QStringList schemaProblems(const QSqlDatabase &db);
    // Empty if SQLite's full integrity_check passes; else what it found. Reads every page: on demand only.
    static QString checkIntegrity(const QSqlDatabase &db, const QString &label);

    QSqlDatabase bundled() const { return m_bundled->database(); }
    bool hasUserDatabase() const { return m_user != nullptr; }
    QSqlDatabase user() const { return m_user ? m_user->database() : QSqlDatabase(); }
    QString userPath() const { return m_userPath; }
    QString userProblem() const { return m_userProblem; }
    // The user database is in use but cannot be written (no permission on it or its folder): its rows are read.
    bool userReadOnly() const { return m_userReadOnly; }
    // Things the user should know that do not stop anything (a user database that has gone missing, a read-only one).
    QStringList notices() const { return m_notices; }
    // True while userPath() is still the file that was opened: not deleted, moved away or replaced since.
    bool userFileUnchanged() const;
    // "Reset to bundled data" while the program runs: closes the user database (every copy of its connection shares
    // the one handle, so the file is free), moves it aside with moveUserDatabaseAside and opens a new, empty one
    // in its place. If it cannot be moved, the old one is opened again and nothing has changed.
    UserDatabaseReset::Result resetUserDatabase(const QDateTime &when = QDateTime::currentDateTime());
    // UserDatabaseReset::moveAside, and the next start does not report the file as gone: it was moved on purpose
    // (`db reset` and the window's File → Reset to bundled data…).
    static UserDatabaseReset::Result moveUserDatabaseAside(const QString &userPath, const QDateTime &when = QDateTime::currentDateTime());
    // Databases to read, bundled first; none while unopened.
    QList<QSqlDatabase> databases() const;

    QString meta(const QString &key) const; // from the bundled database
    QString datasetVersion() const { return meta(QStringLiteral("dataset_version")); }

private:
    AtlasStore() = default;
    void openUser(const QString &user);

    struct FileId {
        quint64 device = 0, inode = 0;
        bool operator==(const FileId &) const = default;
    };
    static std::optional<FileId> fileId(const QString &path);

    std::unique_ptr<QTemporaryDir> m_extracted;
    std::unique_ptr<SqlConnection> m_bundled;
    std::unique_ptr<SqlConnection> m_user;
    // Closed user connections that data read before a reset may still name (a Catalog keeps its databases):
    // removed with the store, when nothing names them any more.
    std::vector<std::unique_ptr<SqlConnection>> m_closedUser;
    QString m_userPath;
    QString m_userProblem;
    QStringList m_notices;
    bool m_userReadOnly = false;
    std::optional<FileId> m_userFileId;
};
