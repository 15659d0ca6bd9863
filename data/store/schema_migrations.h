#pragma once
// Applies data/schema/NNNN_*.sql (embedded as resources) to bring a database to kSchemaVersion.

#include <QSqlDatabase>
#include <QString>

namespace SchemaMigrations {
// Version recorded in meta.schema_version, 0 for an empty database, -1 if it cannot be read (`error`, if given,
// says why: not a Compute Atlas database, or the file could not be read at all).
int version(const QSqlDatabase &db, QString *error = nullptr);
// Runs every migration after `db`'s version, and any earlier-numbered one whose table or column `db` lacks (a
// migration merged after a higher-numbered one), in one transaction, and records the new version. It takes
// SQLite's write lock first and reads the version under it, so two programs opening a new user database at once
// migrate it once: the second waits, then finds nothing to do. Running it again is harmless.
bool migrate(QSqlDatabase &db, QString *error);
}
