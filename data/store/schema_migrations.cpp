#include "schema_migrations.h"

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

int version(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("meta")))
        return db.tables().isEmpty() ? 0 : -1;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("schema_version"));
    if (!q.exec() || !q.next())
        return -1;
    bool ok = false;
    const int v = q.value(0).toString().toInt(&ok);
    return ok ? v : -1;
}

bool migrate(QSqlDatabase &db, QString *error)
{
    const int from = version(db);
    if (from < 0) {
        *error = QStringLiteral("the database has no readable schema version");
        return false;
    }
    if (from >= kSchemaVersion)
        return true;
    const QStringList files = QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const QString &name : files) {
        const int number = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (number <= from || number > kSchemaVersion)
            continue;
        QFile file(QStringLiteral(":/schema/") + name);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("migration %1 is missing from the program").arg(name);
            db.rollback();
            return false;
        }
        for (const QString &statement : statementsOf(QString::fromUtf8(file.readAll()))) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                *error = QStringLiteral("migration %1 failed: %2").arg(name, q.lastError().text());
                db.rollback();
                return false;
            }
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("schema_version"));
    q.addBindValue(QString::number(kSchemaVersion));
    if (!q.exec() || !db.commit()) {
        *error = q.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace SchemaMigrations
