// eachRow reads rows with SQLite's own API; every value must come out as QSqlQuery gives it, so the catalog reads
// the same data as before.
#include "each_row.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TstEachRow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase openDb(const QString &name, const QStringList &statements)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(name + QStringLiteral(".sqlite")));
        if (!db.open())
            return db;
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (!q.exec(s))
                qWarning() << s << q.lastError().text();
        }
        return db;
    }

private slots:
    void valuesAsQtSqlGivesThem()
    {
        QSqlDatabase db = openDb(QStringLiteral("types"),
                                 {QStringLiteral("CREATE TABLE t (a, b, c, d, e)"),
                                  QStringLiteral("INSERT INTO t VALUES ('算力 €', 42, 1.5, NULL, x'00ff')"),
                                  QStringLiteral("INSERT INTO t VALUES ('', -7, 1e21, 'x', 2.0)")});
        QVERIFY(db.isOpen());
        QList<QVariantList> viaQtSql;
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT a, b, c, d, e FROM t ORDER BY rowid")));
        while (q.next())
            viaQtSql.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)});
        q.finish();

        QList<QVariantList> viaRow;
        QStringList texts;
        QList<bool> nulls;
        eachRow(QList<QSqlDatabase>{db}, QStringLiteral("SELECT a, b, c, d, e FROM t ORDER BY rowid"), [&](const SqlRow &row) {
            viaRow.append({row.value(0), row.value(1), row.value(2), row.value(3), row.value(4)});
            for (int i = 0; i < 5; ++i) {
                texts << row.text(i);
                nulls << row.isNull(i);
            }
        });
        QCOMPARE(viaRow.size(), 2);
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 5; ++c) {
                QCOMPARE(viaRow[r][c].toString(), viaQtSql[r][c].toString());
                QCOMPARE(viaRow[r][c].isNull(), viaQtSql[r][c].isNull());
                QCOMPARE(viaRow[r][c].toDouble(), viaQtSql[r][c].toDouble());
            }
        QCOMPARE(viaRow[0][0].toString(), QStringLiteral("算力 €")); // UTF-8 decoded once, not mangled
        QCOMPARE(viaRow[0][1].toLongLong(), 42);
        QCOMPARE(viaRow[0][2].toDouble(), 1.5);
        QCOMPARE(viaRow[0][4].toByteArray(), QByteArray("\x00\xff", 2));
        // text(): TEXT as stored, numbers as QVariant writes them (2.0 → "2", as QSqlQuery's value().toString()).
        QCOMPARE(texts.mid(0, 4), (QStringList{QStringLiteral("算力 €"), QStringLiteral("42"), QStringLiteral("1.5"), QString()}));
        QCOMPARE(texts.at(9), QStringLiteral("2"));
        QCOMPARE(nulls, (QList<bool>{false, false, false, true, false, false, false, false, false, false}));
    }

    void everyDatabaseInTurnAndMissingTablesSkipped()
    {
        QSqlDatabase first = openDb(QStringLiteral("first"), {QStringLiteral("CREATE TABLE t (a)"), QStringLiteral("INSERT INTO t VALUES ('one')"),
                                                              QStringLiteral("INSERT INTO t VALUES ('two')")});
        QSqlDatabase empty = openDb(QStringLiteral("without"), {QStringLiteral("CREATE TABLE other (a)")});
        QSqlDatabase second = openDb(QStringLiteral("second"), {QStringLiteral("CREATE TABLE t (a)"), QStringLiteral("INSERT INTO t VALUES ('three')")});
        QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
        QStringList seen;
        eachRow(QList<QSqlDatabase>{first, empty, closed, second}, QStringLiteral("SELECT a FROM t ORDER BY rowid"),
                [&](const SqlRow &row) { seen << row.text(0); });
        QCOMPARE(seen, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    }
};

QTEST_GUILESS_MAIN(TstEachRow)
#include "tst_each_row.moc"
