#include "csv_importer.h"

#include "database_builder.h"
#include "table_reader.h"
#include "table_schema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace CsvImporter {

ImportResult importFile(AtlasStore &store, const QString &table, const QString &path)
{
    ImportResult result;
    const TableSpec *spec = findTable(table);
    if (!spec) {
        result.error = QStringLiteral("unknown table '%1'; valid: %2").arg(table, datasetTableNames().join(QStringLiteral(", ")));
        return result;
    }
    if (!store.hasUserDatabase()) {
        result.error = QStringLiteral("there is no usable user database to import into: %1").arg(store.userProblem());
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    const QString origin = QFileInfo(path).fileName();
    const CsvParseResult parsed = Csv::parse(file.readAll());
    result.encoding = parsed.document.encoding;
    for (const CsvError &e : parsed.errors)
        result.problems.append({origin, e.line, e.column, e.message});
    if (!result.problems.isEmpty())
        return result;

    // Rows already in the bundled or user data resolve references; a new row may not reuse their ids.
    DatasetValidator validator;
    QSet<QString> existingIds;
    for (const TableSpec &t : datasetTables()) {
        if (t.idColumn().isEmpty())
            continue;
        const DataTable rows = TableReader::read(store.databases(), t.name);
        const int keyIndex = rows.columns.indexOf(t.idColumn());
        QStringList keys;
        for (const QVariantList &r : rows.rows)
            keys << r.value(keyIndex).toString();
        validator.addKnownKeys(t.name, keys);
        if (t.name == table)
            existingIds = QSet<QString>(keys.begin(), keys.end());
    }
    const TableRows rows{table, origin, parsed.document.header, parsed.document.headerLine, parsed.document.records};
    result.problems = validator.validate({rows});
    if (!spec->idColumn().isEmpty()) {
        const int keyField = rows.header.indexOf(spec->idColumn());
        for (const CsvRecord &r : rows.records) {
            const QString key = keyField >= 0 ? r.fields.value(keyField).trimmed() : QString();
            if (existingIds.contains(key))
                result.problems.append({origin, r.line, keyField + 1,
                                        QStringLiteral("id '%1' already exists in %2; choose another id").arg(key, table)});
        }
    }
    if (!result.problems.isEmpty())
        return result;

    QSqlDatabase db = store.user();
    if (!db.transaction()) {
        result.error = QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text());
        return result;
    }
    QString error;
    if (!DatabaseBuilder::insertRows(db, rows, &error) || !db.commit()) {
        db.rollback();
        result.error = error.isEmpty() ? db.lastError().text() : error;
        return result;
    }
    result.rowsImported = int(rows.records.size());
    return result;
}

} // namespace CsvImporter
