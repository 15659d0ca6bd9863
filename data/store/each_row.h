#pragma once
// Reading a table from the bundled and the user database alike: the same query on each, every row handed on.

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Runs `sql` on every database and hands each row to `take`; a database without the table is skipped.
template <typename F>
void eachRow(const QList<QSqlDatabase> &dbs, const QString &sql, F take)
{
    for (const QSqlDatabase &db : dbs) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            continue;
        while (q.next())
            take(q);
    }
}
