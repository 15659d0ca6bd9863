#pragma once
// The program's data: the bundled database (read-only, shipped inside the binary) and the user's database
// (edits and imports, WAL) opened and checked together (DESIGN §2.2). A user database that is corrupt or
// from a newer program is left untouched and not used: the bundled data still serves, read-only.

#include "sql_connection.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <memory>

class AtlasStore {
public:
    // `bundled` may be a resource path (":/atlas.sqlite"): it is copied to a private temporary file, since
    // SQLite cannot read from a resource. `user` may be empty (no user database). Returns nullptr with
    // `error` set if the bundled database cannot serve; a bad user database only sets userProblem().
    static std::unique_ptr<AtlasStore> open(const QString &bundled, const QString &user, QString *error);

    // AppDataLocation/user.sqlite: where the user's rows live.
    static QString defaultUserPath();
    // Empty if the database is sound and readable by this program, else why not.
    static QString checkDatabase(const QSqlDatabase &db, const QString &label);

    QSqlDatabase bundled() const { return m_bundled->database(); }
    bool hasUserDatabase() const { return m_user != nullptr; }
    QSqlDatabase user() const { return m_user ? m_user->database() : QSqlDatabase(); }
    QString userPath() const { return m_userPath; }
    QString userProblem() const { return m_userProblem; }
    // Databases to read, bundled first.
    QList<QSqlDatabase> databases() const;

    QString meta(const QString &key) const; // from the bundled database
    QString datasetVersion() const { return meta(QStringLiteral("dataset_version")); }

private:
    AtlasStore() = default;
    std::unique_ptr<QTemporaryDir> m_extracted;
    std::unique_ptr<SqlConnection> m_bundled;
    std::unique_ptr<SqlConnection> m_user;
    QString m_userPath;
    QString m_userProblem;
};
