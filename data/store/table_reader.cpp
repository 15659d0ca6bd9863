#include "table_reader.h"

#include "table_schema.h"

#include <QSqlQuery>
#include <QSqlRecord>

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

qint64 forEachRow(const QList<QSqlDatabase> &databases, const QString &table, const std::function<void(const QVariantList &)> &take)
{
    const bool isMeta = !findTable(table);
    const QStringList names = columns(table);
    qint64 count = 0;
    QVariantList row;
    for (int d = 0; d < databases.size(); ++d) {
        // meta describes the bundled build; a user database's meta is not data.
        if (isMeta && d > 0)
            break;
        QSqlQuery q(databases.at(d));
        q.setForwardOnly(true);
        // Table and column names come from the schema description, never from the user.
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(names.join(QLatin1Char(',')), table)))
            continue;
        while (q.next()) {
            row.clear();
            for (int c = 0; c < names.size(); ++c)
                row << (q.isNull(c) ? QVariant() : q.value(c));
            take(row);
            ++count;
        }
    }
    return count;
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
