#pragma once
// Applies data/schema/NNNN_*.sql (embedded as resources) to bring a database to kSchemaVersion.

#include <QSqlDatabase>
#include <QString>

namespace SchemaMigrations {
// Version recorded in meta.schema_version, 0 for an empty database, -1 if it cannot be read.
int version(const QSqlDatabase &db);
// Runs every migration after `db`'s version, and any earlier-numbered one whose table or column `db` lacks (a
// migration merged after a higher-numbered one), in one transaction, and records the new version.
bool migrate(QSqlDatabase &db, QString *error);
}
