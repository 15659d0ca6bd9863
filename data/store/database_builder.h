#pragma once
// Writes validated dataset tables into a new SQLite database, atomically: into a temporary file beside the
// target, renamed over it only when complete. Used by atlas-dbc at build time and by tests.

#include "dataset_validator.h"

#include <QSqlDatabase>
#include <QString>

struct BuildInfo {
    QString datasetVersion; // content hash of the dataset
    QString builtOn;        // ISO date
};

namespace DatabaseBuilder {
bool build(const QList<TableRows> &tables, const QString &path, const BuildInfo &info, QString *error);
// Inserts rows into an open database whose schema exists (one transaction per call is the caller's).
bool insertRows(QSqlDatabase &db, const TableRows &rows, QString *error);
// A short, stable fingerprint of the dataset's content (same CSVs → same version).
QString fingerprint(const QList<TableRows> &tables);
}
