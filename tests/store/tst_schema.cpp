// The SQL schema (data/schema/*.sql) and its description in C++ (data/store/table_schema.h) must agree:
// same tables, same columns in the same order, same declared types, NOT NULL where a field is required.

#include "database_builder.h"
#include "dataset_validator.h"
#include "sql_connection.h"
#include "table_schema.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestSchema : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesAreTheDescribedOnes();
    void columnsMatchDescription_data();
    void columnsMatchDescription();
    void metaTableExists();
    void tablesAreInDependencyOrder();

private:
    struct ColumnInfo {
        QString name, type;
        bool notNull = false;
        bool primaryKey = false;
    };
    QList<ColumnInfo> tableInfo(const QString &table) const;

    QTemporaryDir m_dir;
    std::unique_ptr<SqlConnection> m_db;
};

QList<TestSchema::ColumnInfo> TestSchema::tableInfo(const QString &table) const
{
    QList<ColumnInfo> columns;
    QSqlQuery q(m_db->database());
    // Table names come from table_schema.cpp, not from outside. Columns: cid, name, type, notnull, dflt_value, pk.
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)))
        return columns;
    while (q.next())
        columns.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0, q.value(5).toInt() != 0});
    return columns;
}

void TestSchema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QList<Problem> problems;
    const QList<TableRows> tables = DatasetFiles::read(QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset"), &problems);
    QVERIFY(problems.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QString error;
    QVERIFY2(DatabaseBuilder::build(tables, path, {DatabaseBuilder::fingerprint(tables), QStringLiteral("2026-03-16")}, &error),
             qPrintable(error));
    m_db = std::make_unique<SqlConnection>(path, SqlConnection::Mode::ReadOnly);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorText()));
}

void TestSchema::tablesAreTheDescribedOnes()
{
    // The 15 dataset tables of DESIGN §2.1 (country since schema 3, citation since schema 5, chip_memory and
    // memory_outlook since schema 6, system since schema 7, rental_price since schema 8) plus meta, and nothing else.
    QCOMPARE(datasetTables().size(), 16);
    const QStringList actual = m_db->database().tables();
    const QStringList expected = datasetTableNames() << QStringLiteral("meta");
    QCOMPARE(QSet<QString>(actual.cbegin(), actual.cend()), QSet<QString>(expected.cbegin(), expected.cend()));
}

void TestSchema::columnsMatchDescription_data()
{
    QTest::addColumn<QString>("table");
    for (const TableSpec &spec : datasetTables())
        QTest::newRow(qPrintable(spec.name)) << spec.name;
}

void TestSchema::columnsMatchDescription()
{
    QFETCH(QString, table);
    const TableSpec *spec = findTable(table);
    QVERIFY(spec);
    const QList<ColumnInfo> info = tableInfo(table);

    QStringList names, types, specTypes;
    for (const ColumnInfo &c : info) {
        names << c.name;
        types << c.type;
    }
    for (const ColumnSpec &c : spec->columns)
        specTypes << c.sqlType();
    QCOMPARE(names, spec->columnNames());
    QCOMPARE(types, specTypes);

    for (int i = 0; i < info.size(); ++i) {
        const ColumnInfo &sql = info.at(i);
        const ColumnSpec &c = spec->columns.at(i);
        // The key column is the PRIMARY KEY (SQLite does not imply NOT NULL for a TEXT key; the validator's
        // "required" does). Any other column is NOT NULL exactly when the description requires it.
        QCOMPARE(sql.primaryKey, !spec->keyColumn.isEmpty() && c.name == spec->keyColumn);
        if (sql.primaryKey)
            QVERIFY2(c.required, qPrintable(QStringLiteral("%1.%2 is the key but not required").arg(table, c.name)));
        else
            QVERIFY2(sql.notNull == c.required,
                     qPrintable(QStringLiteral("%1.%2: NOT NULL in SQL is %3, required in table_schema.cpp is %4")
                                    .arg(table, c.name)
                                    .arg(sql.notNull)
                                    .arg(c.required)));
    }

    // Every Ref column is a REFERENCES clause to the same table, and there are no others, but for references to
    // tables that came after their column (country_iso2), which SQLite cannot add to an existing column.
    QMap<QString, QString> sqlRefs, specRefs;
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table))); // id, seq, table, from, to, …
    while (q.next())
        sqlRefs.insert(q.value(3).toString(), q.value(2).toString());
    for (const ColumnSpec &c : spec->columns)
        if (c.kind == ColumnSpec::Kind::Ref && c.sqlReference)
            specRefs.insert(c.name, c.refTable);
    QCOMPARE(sqlRefs, specRefs);
}

void TestSchema::metaTableExists()
{
    const QList<ColumnInfo> info = tableInfo(QStringLiteral("meta"));
    QCOMPARE(info.size(), 2);
    QCOMPARE(info.at(0).name, QStringLiteral("key"));
    QCOMPARE(info.at(0).type, QStringLiteral("TEXT"));
    QVERIFY(info.at(0).primaryKey);
    QCOMPARE(info.at(1).name, QStringLiteral("value"));
    QCOMPARE(info.at(1).type, QStringLiteral("TEXT"));
    QVERIFY(info.at(1).notNull);

    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString::number(kSchemaVersion));
}

void TestSchema::tablesAreInDependencyOrder()
{
    // datasetTables() promises that a table only refers to tables before it (the builder inserts in that order),
    // or to itself (flow.superseded_by, deployment.part_of: the validator sees every row before it checks one).
    QStringList seen;
    for (const TableSpec &spec : datasetTables()) {
        for (const ColumnSpec &c : spec.columns)
            if (c.kind == ColumnSpec::Kind::Ref)
                QVERIFY2(seen.contains(c.refTable) || c.refTable == spec.name,
                         qPrintable(QStringLiteral("%1.%2 refers to %3, which comes later").arg(spec.name, c.name, c.refTable)));
        seen << spec.name;
    }
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
