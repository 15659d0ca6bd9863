#include "schema_migrations.h"

#include "sql_error.h"
#include "table_schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QStringList statementsOf(const QString &sql)
{
    QString code;
    for (const QString &line : sql.split(QLatin1Char('\n')))
        if (!line.trimmed().startsWith(QLatin1String("--")))
            code += line + QLatin1Char('\n');
    QStringList statements;
    for (const QString &s : code.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            statements << s.trimmed();
    return statements;
}
}

namespace SchemaMigrations {

int version(const QSqlDatabase &db, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return -1;
    };
    QSqlQuery q(db);
    // db.tables() would hide a read error (a locked or unreadable file) as "no tables", and an empty database
    // gets the schema: ask sqlite_master and see the error.
    if (!q.exec(QStringLiteral("SELECT count(*), sum(name = 'meta') FROM sqlite_master WHERE type = 'table'")) || !q.next())
        return fail(SqlErrors::describe(q.lastError()));
    if (q.value(0).toInt() == 0)
        return 0;
    if (q.value(1).toInt() == 0)
        return fail(QStringLiteral("it has tables but no meta table"));
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec())
        return fail(SqlErrors::describe(q.lastError()));
    if (!q.next())
        return fail(QStringLiteral("its meta table has no schema_version"));
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    return ok ? v : fail(QStringLiteral("its schema_version '%1' is not a number").arg(q.value(0).toString()));
}

bool migrate(QSqlDatabase &db, QString *error)
{
    // Up to date, the common case: no lock (a long import holds the write lock and must not block every start).
    if (version(db) >= kSchemaVersion)
        return true;
    QSqlQuery q(db);
    // The write lock before reading the version: whoever gets it second sees the first one's work.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = QStringLiteral("cannot lock the database to prepare it: %1").arg(SqlErrors::describe(q.lastError()));
        return false;
    }
    const auto rollback = [&db] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
    QString versionError;
    const int from = version(db, &versionError);
    if (from < 0) {
        *error = QStringLiteral("the database has no readable schema version: %1").arg(versionError);
        rollback();
        return false;
    }
    if (from >= kSchemaVersion) {
        rollback(); // nothing was written
        return true;
    }
    const QStringList files = QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const int number = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (number <= from || number > kSchemaVersion)
            continue;
        QFile file(QStringLiteral(":/schema/") + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("migration %1 is missing from the program").arg(name);
            rollback();
            return false;
        }
        for (const QString &statement : statementsOf(QString::fromUtf8(file.readAll()))) {
            if (!q.exec(statement)) {
                *error = QStringLiteral("migration %1 failed: %2").arg(name, SqlErrors::describe(q.lastError()));
                rollback();
                return false;
            }
        }
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("schema_version"));
    q.addBindValue(QString::number(kSchemaVersion));
    if (!q.exec()) {
        *error = QStringLiteral("cannot record the schema version: %1").arg(SqlErrors::describe(q.lastError()));
        rollback();
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *error = QStringLiteral("cannot write the new schema: %1").arg(SqlErrors::describe(q.lastError()));
        rollback();
        return false;
    }
    return true;
}

} // namespace SchemaMigrations
