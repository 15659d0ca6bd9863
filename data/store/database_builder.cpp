#include "database_builder.h"

#include "schema_migrations.h"
#include "sql_connection.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

namespace DatabaseBuilder {

namespace {
QVariant typedValue(const ColumnSpec &c, const QString &text)
{
    if (text.isEmpty())
        return QVariant();
    switch (c.kind) {
    case ColumnSpec::Kind::Number: return text.toDouble();
    case ColumnSpec::Kind::Integer:
    case ColumnSpec::Kind::Bool: return qlonglong(text.toDouble());
    default: return text;
    }
}
}

bool insertRows(QSqlDatabase &db, const TableRows &rows, QString *error)
{
    const TableSpec *spec = findTable(rows.table);
    if (!spec) {
        *error = QStringLiteral("unknown table %1").arg(rows.table);
        return false;
    }
    QStringList placeholders;
    for (int i = 0; i < spec->columns.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(spec->name, spec->columnNames().join(QLatin1Char(',')), placeholders.join(QLatin1Char(','))))) {
        *error = q.lastError().text();
        return false;
    }
    QList<int> fieldOf;
    for (const ColumnSpec &c : spec->columns)
        fieldOf << rows.header.indexOf(c.name);
    for (const CsvRecord &r : rows.records) {
        for (int i = 0; i < spec->columns.size(); ++i) {
            const int f = fieldOf.at(i);
            q.bindValue(i, typedValue(spec->columns.at(i), f >= 0 && f < r.fields.size() ? r.fields.at(f).trimmed() : QString()));
        }
        if (!q.exec()) {
            *error = QStringLiteral("%1:%2: %3").arg(rows.origin).arg(r.line).arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

QString fingerprint(const QList<TableRows> &tables)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Every name, header and record is ended by a separator, so moving text across a record boundary
    // ("ab","c" vs "a","bc") changes the fingerprint.
    const QByteArray endOfRecord("\x1e");
    for (const TableRows &t : tables) {
        hash.addData(t.table.toUtf8() + endOfRecord);
        hash.addData(t.header.join(QLatin1Char('\x1f')).toUtf8() + endOfRecord);
        for (const CsvRecord &r : t.records)
            hash.addData(r.fields.join(QLatin1Char('\x1f')).toUtf8() + endOfRecord);
    }
    return QString::fromLatin1(hash.result().toHex().left(12));
}

bool build(const QList<TableRows> &tables, const QString &path, const BuildInfo &info, QString *error)
{
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    bool ok = false;
    {
        SqlConnection connection(partial, SqlConnection::Mode::ReadWrite);
        QSqlDatabase db = connection.database();
        if (!connection.isOpen()) {
            *error = QStringLiteral("cannot create %1: %2").arg(partial, connection.errorText());
        } else if (SchemaMigrations::migrate(db, error) && db.transaction()) {
            ok = true;
            for (const TableRows &t : tables)
                if (!(ok = insertRows(db, t, error)))
                    break;
            QSqlQuery meta(db);
            meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
            const QList<QPair<QString, QString>> entries{{QStringLiteral("dataset_version"), info.datasetVersion},
                                                         {QStringLiteral("built_on"), info.builtOn}};
            for (const auto &[key, value] : entries) {
                if (!ok)
                    break;
                meta.addBindValue(key);
                meta.addBindValue(value);
                ok = meta.exec();
                if (!ok)
                    *error = meta.lastError().text();
            }
            ok = ok && db.commit();
            if (!ok)
                db.rollback();
        }
    }
    if (ok && std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = QStringLiteral("cannot move %1 into place as %2").arg(partial, path);
        ok = false;
    }
    if (!ok)
        QFile::remove(partial);
    return ok;
}

} // namespace DatabaseBuilder
