#include "user_rows.h"

#include "database_builder.h"
#include "sql_dataset_index.h"
#include "sql_error.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

QString UserRow::value(QStringView column) const
{
    const TableSpec *s = spec();
    const int at = s ? s->columnIndex(column) : -1;
    return at >= 0 ? fields.value(at) : QString();
}

QString UserRow::id() const
{
    const TableSpec *s = spec();
    return s ? value(s->idColumn()) : QString();
}

namespace UserRows {

namespace {

const QString kOrigin = QStringLiteral("form");

bool writable(const AtlasStore &store, QString *error)
{
    if (!store.hasUserDatabase()) {
        *error = QStringLiteral("there is no usable user database: %1").arg(store.userProblem());
        return false;
    }
    if (store.userReadOnly()) {
        *error = QStringLiteral("the user database %1 is read-only").arg(store.userPath());
        return false;
    }
    return true;
}

// Deletes the user rows a change replaces; false with `error` if one is not (or no longer) there.
bool removeRows(QSqlDatabase &db, const QList<UserRow> &rows, QString *error)
{
    for (const UserRow &row : rows) {
        const TableSpec *spec = row.spec();
        if (!spec || spec->idColumn().isEmpty()) {
            *error = QStringLiteral("rows of table '%1' cannot be removed one by one").arg(row.table);
            return false;
        }
        QSqlQuery q(db);
        // Table and column names come from table_schema.cpp, never from a user.
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(spec->name, spec->idColumn()));
        q.addBindValue(row.id());
        if (!q.exec()) {
            *error = SqlErrors::describe(q.lastError());
            return false;
        }
        if (q.numRowsAffected() < 1) {
            *error = QStringLiteral("the row '%1' of %2 is not in the user database").arg(row.id(), row.table);
            return false;
        }
    }
    return true;
}

DatasetRow datasetRow(const UserRow &row, int index)
{
    DatasetRow r{row.spec(), {kOrigin, index + 1}, {}, {}};
    for (int c = 0; c < r.spec->columns.size(); ++c) {
        r.fields << row.fields.value(c).trimmed();
        r.fileColumns << c + 1;
    }
    return r;
}

} // namespace

QList<Problem> check(const AtlasStore &store, const UserRowChange &change, QString *error)
{
    if (!writable(store, error))
        return {};
    QSqlDatabase db = store.user();
    QSqlQuery sql(db);
    if (!sql.exec(QStringLiteral("BEGIN"))) {
        *error = SqlErrors::describe(sql.lastError());
        return {};
    }
    ProblemList problems;
    {
        if (!removeRows(db, change.removed, error)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return {};
        }
        QHash<QString, QHash<qint64, int>> formRowOf; // table → rowid → index in change.added
        const auto placeInUser = [&](const TableSpec &t, qint64 rowid) {
            if (const auto it = formRowOf.value(t.name).constFind(rowid); it != formRowOf.value(t.name).cend())
                return RowPlace{kOrigin, *it + 1};
            return RowPlace{QStringLiteral("user:") + t.name, int(rowid)};
        };
        SqlDatasetIndex index({{store.bundled(), [](const TableSpec &t, qint64 rowid) { return RowPlace{QStringLiteral("bundled:") + t.name, int(rowid)}; }, true},
                               {db, placeInUser, false}});
        DatasetChecker checker(index);
        QStringList scope;
        for (const UserRow &row : change.added)
            if (!scope.contains(row.table))
                scope << row.table;
        checker.setScope(scope);
        QList<DatasetRow> written;
        for (int i = 0; i < change.added.size(); ++i) {
            const UserRow &row = change.added.at(i);
            if (!row.spec()) {
                problems.append({kOrigin, i + 1, 1, QStringLiteral("unknown table '%1'").arg(row.table)});
                continue;
            }
            const DatasetRow r = datasetRow(row, i);
            if (!checker.checkRow(r, problems))
                continue;
            QSqlQuery next(db);
            if (!next.exec(QStringLiteral("SELECT IFNULL(MAX(rowid), 0) + 1 FROM %1").arg(row.table)) || !next.next()) {
                *error = SqlErrors::describe(next.lastError());
                break;
            }
            const qint64 rowid = next.value(0).toLongLong();
            next.finish();
            DatabaseBuilder::RowWriter writer(db, *r.spec, true);
            if (!writer.insert(r.fields, rowid)) {
                const qsizetype before = problems.total();
                checker.checkAgainstData(r, problems); // whose id it is
                if (problems.total() == before)
                    problems.append({kOrigin, i + 1, 1, SqlErrors::describe(writer.lastError())});
                continue;
            }
            formRowOf[row.table].insert(rowid, i);
            checker.rowsAdded(*r.spec);
            written << r;
        }
        // Once every row is in: a new fact row may cite the new source beside it.
        for (const DatasetRow &r : std::as_const(written))
            checker.checkAgainstData(r, problems);
        if (error->isEmpty() && !index.error().isEmpty())
            *error = index.error();
    }
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    QList<Problem> listed = problems.listed();
    return listed;
}

bool apply(const AtlasStore &store, const UserRowChange &change, QString *error)
{
    if (!writable(store, error))
        return false;
    QSqlDatabase db = store.user();
    QSqlQuery sql(db);
    if (!sql.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = QStringLiteral("cannot start writing the user database %1: %2").arg(store.userPath(), SqlErrors::describe(sql.lastError()));
        return false;
    }
    const auto fail = [&](const QString &why) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        *error = why;
        return false;
    };
    if (!removeRows(db, change.removed, error))
        return fail(*error);
    for (const UserRow &row : change.added) {
        const TableSpec *spec = row.spec();
        if (!spec)
            return fail(QStringLiteral("unknown table '%1'").arg(row.table));
        QStringList fields;
        for (int c = 0; c < spec->columns.size(); ++c)
            fields << row.fields.value(c).trimmed();
        DatabaseBuilder::RowWriter writer(db, *spec);
        if (!writer.insert(fields))
            return fail(QStringLiteral("cannot write the row '%1' of %2: %3").arg(row.id(), row.table, SqlErrors::describe(writer.lastError())));
    }
    if (!store.userFileUnchanged())
        return fail(QStringLiteral("the user database %1 was deleted, moved or replaced; nothing was written").arg(store.userPath()));
    if (!sql.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot write the user database %1: %2").arg(store.userPath(), SqlErrors::describe(sql.lastError())));
    return true;
}

std::optional<UserRow> find(const AtlasStore &store, const QString &table, const QString &id)
{
    if (!store.hasUserDatabase())
        return std::nullopt;
    return findIn(store.user(), table, id);
}

std::optional<UserRow> findIn(const QSqlDatabase &db, const QString &table, const QString &id)
{
    const TableSpec *spec = findTable(table);
    if (!spec || spec->idColumn().isEmpty() || !db.isValid())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(SqlDatasetIndex::selectSql(*spec) + QStringLiteral(" WHERE %1 = ?").arg(spec->idColumn()));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return UserRow{table, SqlDatasetIndex::rowAt(*spec, q, {}).fields};
}

QSet<QString> ids(const QSqlDatabase &db, const QString &table)
{
    QSet<QString> found;
    const TableSpec *spec = findTable(table);
    if (!spec || spec->idColumn().isEmpty() || !db.isValid())
        return found;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT %1 FROM %2").arg(spec->idColumn(), spec->name)))
        while (q.next())
            found.insert(q.value(0).toString());
    return found;
}

QString freeId(const AtlasStore &store, const QString &table, const QString &stem)
{
    QSet<QString> taken = ids(store.bundled(), table);
    if (store.hasUserDatabase())
        taken.unite(ids(store.user(), table));
    QString candidate = stem;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = stem + QLatin1Char('-') + QString::number(n);
    return candidate;
}

} // namespace UserRows
