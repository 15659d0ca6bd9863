#pragma once
// Imports a user's CSV file into one table of the user database (DESIGN §2.2): the whole file or nothing.
// Every problem is listed (file:line:column: why) and the database is left as it was.

#include "atlas_store.h"
#include "dataset_validator.h"

#include <QString>

struct ImportResult {
    int rowsImported = 0;
    QString encoding;          // what the file was read as
    QList<Problem> problems;   // empty on success
    QString error;             // a failure that is not about the file's content (no user database, I/O)

    bool ok() const { return problems.isEmpty() && error.isEmpty(); }
};

namespace CsvImporter {
ImportResult importFile(AtlasStore &store, const QString &table, const QString &path);
}
