#pragma once
// Writes validated dataset tables into a new SQLite database, atomically: into a temporary file beside the
// target, renamed over it only when complete. Used by atlas-dbc at build time and by tests.

#include "dataset_validator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

struct BuildInfo {
    QString datasetVersion; // content hash of the dataset
    QString builtOn;        // ISO date
};

namespace DatabaseBuilder {
// Inserts rows of one table through one prepared statement; each row is its fields as text in the table's
// column order (TableSpec::columns), stored with the column's type (an empty field as NULL). It binds through
// the SQLite handle of the QtSql connection (QSqlDriver::handle()): QSqlQuery::bindValue builds a placeholder
// name per value, which took a fifth of a million-row import.
class RowWriter {
public:
    // `explicitRowid`: the caller chooses each row's rowid (an import maps rowids back to the file's lines).
    RowWriter(const QSqlDatabase &db, const TableSpec &spec, bool explicitRowid = false);
    ~RowWriter();
    RowWriter(const RowWriter &) = delete;
    RowWriter &operator=(const RowWriter &) = delete;

    bool insert(const QStringList &fields, qint64 rowid = 0);
    // Why the last insert failed, as QtSql reports errors (nativeErrorCode is SQLite's extended result code).
    QSqlError lastError() const { return m_error; }

private:
    const TableSpec &m_spec;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_explicitRowid;
    QSqlError m_error;
    QList<QByteArray> m_utf8; // one reused buffer per column: the text goes in as UTF-8, SQLite's own encoding
};

bool build(const QList<TableRows> &tables, const QString &path, const BuildInfo &info, QString *error);
// Inserts rows into an open database whose schema exists (one transaction per call is the caller's).
bool insertRows(QSqlDatabase &db, const TableRows &rows, QString *error);
// A short, stable fingerprint of the dataset's content (same CSVs → same version).
QString fingerprint(const QList<TableRows> &tables);
}
