#pragma once
// Writes validated dataset tables into a new SQLite database, atomically: into a temporary file beside the
// target, renamed over it only when complete. Used by atlas-dbc at build time and by tests.

#include "dataset_validator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

struct BuildInfo {
    QString datasetVersion; // content hash of the dataset
    QString builtOn;        // ISO date
};

namespace DatabaseBuilder {
// Inserts rows of one table through one prepared statement; each row is its fields as text in the table's
// column order (TableSpec::columns), stored with the column's type (an empty field as NULL).
class RowWriter {
public:
    // `explicitRowid`: the caller chooses each row's rowid (an import maps rowids back to the file's lines).
    RowWriter(const QSqlDatabase &db, const TableSpec &spec, bool explicitRowid = false);
    bool insert(const QStringList &fields, qint64 rowid = 0);
    QSqlError lastError() const { return m_query.lastError(); }

private:
    const TableSpec &m_spec;
    QSqlQuery m_query;
    bool m_explicitRowid;
};

bool build(const QList<TableRows> &tables, const QString &path, const BuildInfo &info, QString *error);
// Inserts rows into an open database whose schema exists (one transaction per call is the caller's).
bool insertRows(QSqlDatabase &db, const TableRows &rows, QString *error);
// A short, stable fingerprint of the dataset's content (same CSVs → same version).
QString fingerprint(const QList<TableRows> &tables);
}
