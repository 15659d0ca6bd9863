#include "table_reader.h"

#include "sqlite_handle.h"
#include "table_schema.h"

#include <sqlite3.h>


namespace TableReader {

QStringList tableNames()
{
    return datasetTableNames() << QStringLiteral("meta");
}

QStringList columns(const QString &table)
{
    const TableSpec *spec = findTable(table);
    return spec ? spec->columnNames() : QStringList{QStringLiteral("key"), QStringLiteral("value")};
}

qint64 forEachRawRow(const QList<QSqlDatabase> &databases, const QString &table, const std::function<void(const QList<RawCell> &)> &take)
{
    const bool isMeta = !findTable(table);
    const QStringList names = columns(table);
    qint64 count = 0;
    QList<RawCell> row(names.size());
    for (int d = 0; d < databases.size(); ++d) {
        // meta describes the bundled build; a user database's meta is not data.
        if (isMeta && d > 0)
            break;
        // Straight from SQLite (sqlite_handle.h): QtSql would copy each text value through UTF-16 twice.
        sqlite3 *handle = SqliteHandle::of(databases.at(d));
        sqlite3_stmt *statement = nullptr;
        // Table and column names come from the schema description, never from the user.
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(names.join(QLatin1Char(',')), table).toUtf8();
        if (!handle || sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            continue;
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < names.size(); ++c) {
                RawCell &cell = row[c];
                switch (sqlite3_column_type(statement, c)) {
                case SQLITE_INTEGER: cell = {RawCell::Kind::Integer, sqlite3_column_int64(statement, c), 0, {}}; break;
                case SQLITE_FLOAT: cell = {RawCell::Kind::Real, 0, sqlite3_column_double(statement, c), {}}; break;
                case SQLITE_NULL: cell = {}; break;
                default: {
                    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
                    cell = {RawCell::Kind::Text, 0, 0, QByteArrayView(text, sqlite3_column_bytes(statement, c))};
                }
                }
            }
            take(row);
            ++count;
        }
        sqlite3_finalize(statement);
    }
    return count;
}

qint64 forEachRow(const QList<QSqlDatabase> &databases, const QString &table, const std::function<void(const QVariantList &)> &take)
{
    QVariantList values;
    return forEachRawRow(databases, table, [&](const QList<RawCell> &row) {
        values.clear();
        for (const RawCell &cell : row)
            values << cell.toVariant();
        take(values);
    });
}

DataTable read(const QList<QSqlDatabase> &databases, const QString &table)
{
    DataTable out;
    out.name = table;
    out.columns = columns(table);
    forEachRow(databases, table, [&out](const QVariantList &row) { out.rows << row; });
    return out;
}

} // namespace TableReader
