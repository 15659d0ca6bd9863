#pragma once
// Reading a table from the bundled and the user database alike: the same query on each, every row handed on.
// Rows are read with SQLite's own API on the QtSql connection's handle (sqlite_handle.h): QtSql's driver fetches
// every text column through a UTF-16 copy that SQLite converts byte by byte, which was most of the catalog's
// load at start-up (about 20 M instructions of 26 M); SqlRow hands out UTF-8 text converted once by Qt.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

// One row of a running statement: what QSqlQuery offers a reader (value, isNull) and text without a QVariant.
class SqlRow
{
public:
    explicit SqlRow(sqlite3_stmt *statement) : m_statement(statement) {}
    // As QtSql gives it: qlonglong for INTEGER, double for REAL, QString for TEXT, QByteArray for BLOB, null for NULL.
    QVariant value(int column) const;
    bool isNull(int column) const;
    // TEXT as it is stored; a number as QVariant::toString() writes it; an empty string for NULL.
    QString text(int column) const;
    // A REAL or INTEGER column that may be empty: nullopt for NULL.
    std::optional<double> number(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(value(column).toDouble());
    }

private:
    sqlite3_stmt *m_statement;
};

namespace EachRow {
// Prepares `sql` on `db` and hands each row to `take`; false (nothing handed on) if `db` is not an open SQLite
// connection or the statement cannot be prepared (a database without the table).
bool run(const QSqlDatabase &db, const QString &sql, void (*take)(void *context, const SqlRow &row), void *context);
}

// Runs `sql` on every database and hands each row to `take`; a database without the table is skipped.
template <typename F>
void eachRow(const QList<QSqlDatabase> &dbs, const QString &sql, F take)
{
    for (const QSqlDatabase &db : dbs)
        EachRow::run(db, sql, [](void *context, const SqlRow &row) { (*static_cast<F *>(context))(row); }, &take);
}
