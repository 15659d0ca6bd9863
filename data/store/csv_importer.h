#pragma once
// Imports a user's CSV file into one table of the user database (DESIGN §2.2): the whole file or nothing.
// The file is streamed (memory stays bounded whatever its size) into one transaction; every row is checked by
// the dataset's rules (dataset_validator.h) against the bundled and user rows together, and any problem rolls
// the transaction back. Every problem is listed (file:line:column: why; the first 100, then a count).

#include "atlas_store.h"
#include "dataset_validator.h"
#include "text_encoding.h"

#include <QString>
#include <functional>
#include <optional>

struct ImportOptions {
    std::optional<TextEncoding> encoding; // --encoding; detected when empty
    // Called every few thousand rows with the bytes read so far and the file's size (long imports show progress).
    std::function<void(qint64 done, qint64 total)> progress;
    // Called when another import into the same database is running, before waiting for it to finish (and
    // again every few seconds while waiting).
    std::function<void(const QString &message)> waiting;
    // Asked before writing starts, every few hundred rows and before committing (a worker thread's Cancel): true
    // rolls everything back and the result says it was cancelled.
    std::function<bool()> cancelled;
    // False: every check runs, then the transaction is rolled back; rowsImported says how many rows would have been.
    bool keep = true;
};

struct ImportResult {
    int rowsImported = 0;
    QString encoding;            // what the file was read as
    QList<Problem> problems;     // the first ProblemList::kListed problems found in the file; empty on success
    qsizetype unlistedProblems = 0; // and how many more there were
    QString error;               // a failure that is not about the file's content (no user database, I/O)
    bool cancelled = false;      // ImportOptions::cancelled said so: nothing was written

    bool ok() const { return problems.isEmpty() && error.isEmpty(); }
};

namespace CsvImporter {
ImportResult importFile(AtlasStore &store, const QString &table, const QString &path, const ImportOptions &options = {});
}
