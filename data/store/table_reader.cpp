#include "table_reader.h"

#include "table_schema.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace TableReader {

QStringList tableNames()
{
    return datasetTableNames() << QStringLiteral("meta");
}

DataTable read(const QList<QSqlDatabase> &databases, const QString &table)
{
    DataTable out;
    out.name = table;
    const TableSpec *spec = findTable(table);
    out.columns = spec ? spec->columnNames() : QStringList{QStringLiteral("key"), QStringLiteral("value")};
    for (int d = 0; d < databases.size(); ++d) {
        // meta describes the bundled build; a user database's meta is not data.
        if (!spec && d > 0)
            break;
        QSqlQuery q(databases.at(d));
        q.setForwardOnly(true);
        // Table and column names come from the schema description, never from the user.
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(out.columns.join(QLatin1Char(',')), table)))
            continue;
        while (q.next()) {
            QVariantList row;
            row.reserve(out.columns.size());
            for (int c = 0; c < out.columns.size(); ++c)
                row << (q.isNull(c) ? QVariant() : q.value(c));
            out.rows << row;
        }
    }
    return out;
}

} // namespace TableReader
