#include "database_builder.h"

#include "schema_migrations.h"
#include "sql_error.h"
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

RowWriter::RowWriter(const QSqlDatabase &db, const TableSpec &spec, bool explicitRowid)
    : m_spec(spec)
    , m_query(db)
    , m_explicitRowid(explicitRowid)
{
    QStringList columns = spec.columnNames();
    if (explicitRowid)
        columns.prepend(QStringLiteral("rowid"));
    // Table and column names come from table_schema.cpp, never from a user.
    m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(spec.name, columns.join(QLatin1Char(',')), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
}

bool RowWriter::insert(const QStringList &fields, qint64 rowid)
{
    int at = 0;
    if (m_explicitRowid)
        m_query.bindValue(at++, rowid);
    for (int i = 0; i < m_spec.columns.size(); ++i)
        m_query.bindValue(at++, typedValue(m_spec.columns.at(i), fields.value(i)));
    return m_query.exec();
}

bool insertRows(QSqlDatabase &db, const TableRows &rows, QString *error)
{
    const TableSpec *spec = findTable(rows.table);
    if (!spec) {
        *error = QStringLiteral("unknown table %1").arg(rows.table);
        return false;
    }
    RowWriter writer(db, *spec);
    QList<int> fieldOf;
    for (const ColumnSpec &c : spec->columns)
        fieldOf << rows.header.indexOf(c.name);
    for (const CsvRecord &r : rows.records) {
        QStringList fields;
        for (const int f : fieldOf)
            fields << (f >= 0 && f < r.fields.size() ? r.fields.at(f).trimmed() : QString());
        if (!writer.insert(fields)) {
            *error = QStringLiteral("%1:%2: %3").arg(rows.origin).arg(r.line).arg(SqlErrors::describe(writer.lastError()));
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
