#include "database_builder.h"

#include "schema_migrations.h"
#include "sql_error.h"
#include "sql_connection.h"
#include "sqlite_handle.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <sqlite3.h>

namespace DatabaseBuilder {

RowWriter::RowWriter(const QSqlDatabase &db, const TableSpec &spec, bool explicitRowid)
    : m_spec(spec)
    , m_explicitRowid(explicitRowid)
{
    m_db = SqliteHandle::of(db);
    if (!m_db) {
        m_error = QSqlError(QStringLiteral("not an open SQLite connection"), {}, QSqlError::ConnectionError);
        return;
    }
    m_utf8.resize(spec.columns.size());
    QStringList columns = spec.columnNames();
    if (explicitRowid)
        columns.prepend(QStringLiteral("rowid"));
    // Table and column names come from table_schema.cpp, never from a user.
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(spec.name, columns.join(QLatin1Char(',')), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')))
                               .toUtf8();
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK) {
        m_error = SqliteHandle::lastError(m_db, QStringLiteral("cannot prepare the insert"));
        m_statement = nullptr;
    }
}

RowWriter::~RowWriter()
{
    sqlite3_finalize(m_statement);
}

bool RowWriter::insert(const QStringList &fields, qint64 rowid)
{
    if (!m_statement)
        return false;
    int at = 1;
    if (m_explicitRowid)
        sqlite3_bind_int64(m_statement, at++, rowid);
    for (int i = 0; i < m_spec.columns.size(); ++i, ++at) {
        const QString &text = fields.at(i);
        if (text.isEmpty()) {
            sqlite3_bind_null(m_statement, at);
            continue;
        }
        switch (m_spec.columns.at(i).kind) {
        case ColumnSpec::Kind::Number: sqlite3_bind_double(m_statement, at, text.toDouble()); break;
        case ColumnSpec::Kind::Integer:
        case ColumnSpec::Kind::Bool: sqlite3_bind_int64(m_statement, at, qint64(text.toDouble())); break;
        default: {
            // Encoded into the column's buffer, which lives until the step below: SQLite neither copies nor converts it.
            QByteArray &utf8 = m_utf8[i];
            utf8.resize(text.size() * 3);
            QStringEncoder encoder(QStringEncoder::Utf8);
            char *end = encoder.appendToBuffer(utf8.data(), text);
            sqlite3_bind_text(m_statement, at, utf8.constData(), int(end - utf8.constData()), SQLITE_STATIC);
        }
        }
    }
    const int result = sqlite3_step(m_statement);
    if (result != SQLITE_DONE)
        m_error = SqliteHandle::lastError(m_db, QStringLiteral("cannot insert the row"));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return result == SQLITE_DONE;
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
