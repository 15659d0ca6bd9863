#include "database_check.h"

#include "sql_dataset_index.h"
#include "table_schema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace DatabaseCheck {

Result run(const AtlasStore &store)
{
    Result result;
    const auto placeIn = [](const QString &label) {
        return [label](const TableSpec &t, qint64 rowid) { return RowPlace{label + QLatin1Char(':') + t.name, int(rowid)}; };
    };
    QList<SqlDatasetIndex::Layer> layers{{store.bundled(), placeIn(QStringLiteral("bundled")), true}};
    if (store.hasUserDatabase()) {
        if (const QString problem = AtlasStore::checkIntegrity(store.user(), QStringLiteral("the user database")); !problem.isEmpty())
            result.problems.append({store.userPath(), 0, 0, problem});
        layers.append({store.user(), placeIn(QStringLiteral("user")), false});
    }
    if (!store.userProblem().isEmpty())
        result.problems.append({store.userPath(), 0, 0, store.userProblem()});

    SqlDatasetIndex index(layers);
    DatasetChecker checker(index);
    for (qsizetype l = 0; l < layers.size(); ++l) {
        for (const TableSpec &spec : datasetTables()) {
            QSqlQuery q(layers.at(l).db);
            q.setForwardOnly(true);
            if (!q.exec(SqlDatasetIndex::selectSql(spec) + QStringLiteral(" ORDER BY rowid"))) {
                result.problems.append({layers.at(l).placeOf(spec, 0).origin, 0, 0, q.lastError().text()});
                continue;
            }
            while (q.next()) {
                const DatasetRow row = SqlDatasetIndex::rowAt(spec, q, layers.at(l).placeOf(spec, q.value(0).toLongLong()));
                ++result.rows;
                if (!checker.checkRow(row, result.problems))
                    continue;
                if (!spec.keyColumn.isEmpty() && l == layers.size() - 1)
                    index.setCurrentRow(spec, row.value(spec.keyColumn), row.place);
                checker.checkAgainstData(row, result.problems);
            }
        }
    }
    if (!index.error().isEmpty())
        result.problems.append({QStringLiteral("database"), 0, 0, index.error()});
    return result;
}

} // namespace DatabaseCheck
