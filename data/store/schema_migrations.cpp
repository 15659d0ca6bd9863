#include "schema_migrations.h"

#include "sql_error.h"
#include "table_schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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

// Whether `db` already has what a migration makes, judged by its first statement that adds a table or a column.
// Migrations are numbered by parallel work and may be merged out of order: a database at version 5 made before
// 0004 existed lacks 0004's columns, one at version 4 made before 0002, 0003 and 0005 were merged lacks theirs.
bool isApplied(const QSqlDatabase &db, const QStringList &statements)
{
    static const QRegularExpression addColumn(QStringLiteral(R"(^ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+))"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression createTable(QStringLiteral(R"(^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+))"),
                                                QRegularExpression::CaseInsensitiveOption);
    for (const QString &statement : statements) {
        if (const auto m = createTable.match(statement); m.hasMatch())
            return db.tables().contains(m.captured(1));
        if (const auto m = addColumn.match(statement); m.hasMatch()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(m.captured(1))))
                return true;
            while (q.next())
                if (q.value(1).toString() == m.captured(2))
                    return true;
            return false;
        }
    }
    return true; // nothing to tell by: taken as applied
}

struct Migration {
    QString name;
    QStringList statements;
};

// The migrations `db` still needs: every one numbered after its version, and any numbered before it that it lacks.
bool pending(const QSqlDatabase &db, int from, QList<Migration> *out, QString *error)
{
    const QStringList files = QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const int number = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (number > kSchemaVersion)
            continue;
        QFile file(QStringLiteral(":/schema/") + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("migration %1 is missing from the program").arg(name);
            return false;
        }
        Migration m{name, statementsOf(QString::fromUtf8(file.readAll()))};
        if (number > from || (from > 0 && !isApplied(db, m.statements)))
            out->append(m);
    }
    return true;
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
    QList<Migration> migrations;
    if (const int v = version(db); v >= kSchemaVersion && pending(db, v, &migrations, error) && migrations.isEmpty())
        return true;
    migrations.clear();
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
    if (!pending(db, from, &migrations, error)) {
        rollback();
        return false;
    }
    if (migrations.isEmpty()) {
        rollback(); // nothing was written
        return true;
    }
    for (const Migration &m : std::as_const(migrations)) {
        for (const QString &statement : m.statements) {
            if (!q.exec(statement)) {
                *error = QStringLiteral("migration %1 failed: %2").arg(m.name, SqlErrors::describe(q.lastError()));
                rollback();
                return false;
            }
        }
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("schema_version"));
    q.addBindValue(QString::number(std::max(from, kSchemaVersion)));
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
