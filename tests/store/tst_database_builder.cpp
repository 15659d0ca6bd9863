// DatabaseBuilder (data/store/database_builder.h): CSV → database → export reproduces the input, the
// database is written atomically, and meta records what was built.

#include "csv_reader.h"
#include "database_builder.h"
#include "dataset_validator.h"
#include "sql_connection.h"
#include "table_export.h"
#include "table_reader.h"
#include "table_schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestDatabaseBuilder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtureIsValid();
    void databaseReproducesCsv_data();
    void databaseReproducesCsv();
    void exportReproducesCsv_data();
    void exportReproducesCsv();
    void keepsTextExactly();
    void metaRecordsTheBuild();
    void missingDirectoryFailsAndLeavesNothing();
    void failedInsertLeavesTargetUntouched();
    void fingerprintIsStable();
    void fingerprintChangesWithOneCharacter();
    void fingerprintSeesRecordBoundaries();

private:
    QList<TableRows> m_tables;
    QList<Problem> m_readProblems;
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<SqlConnection> m_db;

    const TableRows &rowsOf(const QString &table) const;
};

namespace {
const QString kFixture = QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset");
const QString kBuiltOn = QStringLiteral("2026-03-16");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The CSV text of `column` in `record`, as the builder reads it (a missing field is empty).
QString csvField(const TableRows &rows, const CsvRecord &record, const QString &column)
{
    const int i = rows.header.indexOf(column);
    return i >= 0 ? record.fields.value(i) : QString();
}

// Compares one value read back from the database or an export with the CSV text it came from:
// numbers as doubles, empty ↔ NULL, text exactly.
bool sameValue(const ColumnSpec &column, const QString &csv, const QVariant &value, QString *why)
{
    const bool numeric = column.kind == ColumnSpec::Kind::Number || column.kind == ColumnSpec::Kind::Integer
        || column.kind == ColumnSpec::Kind::Bool;
    if (csv.isEmpty()) {
        if (value.isValid()) { // an empty string is not NULL
            *why = QStringLiteral("expected NULL, got \"%1\"").arg(value.toString());
            return false;
        }
        return true;
    }
    if (!value.isValid()) {
        *why = QStringLiteral("expected \"%1\", got NULL").arg(csv);
        return false;
    }
    if (numeric) {
        bool okCsv = false, okValue = false;
        const double expected = csv.toDouble(&okCsv);
        const double actual = value.toString().toDouble(&okValue);
        if (!okCsv || !okValue || expected != actual) { // exact: the same double, not a nearby one
            *why = QStringLiteral("expected %1, got \"%2\"").arg(csv, value.toString());
            return false;
        }
        return true;
    }
    if (value.toString() != csv) {
        *why = QStringLiteral("expected \"%1\", got \"%2\"").arg(csv, value.toString());
        return false;
    }
    return true;
}

void addTableRows()
{
    QTest::addColumn<QString>("table");
    for (const QString &name : datasetTableNames())
        QTest::newRow(qPrintable(name)) << name;
}
} // namespace

const TableRows &TestDatabaseBuilder::rowsOf(const QString &table) const
{
    for (const TableRows &t : m_tables)
        if (t.table == table)
            return t;
    static const TableRows none;
    return none;
}

void TestDatabaseBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tables = DatasetFiles::read(kFixture, &m_readProblems);
    m_dbPath = m_dir.filePath(QStringLiteral("atlas.sqlite"));
    QString error;
    const BuildInfo info{DatabaseBuilder::fingerprint(m_tables), kBuiltOn};
    QVERIFY2(DatabaseBuilder::build(m_tables, m_dbPath, info, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    m_db = std::make_unique<SqlConnection>(m_dbPath, SqlConnection::Mode::ReadOnly);
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorText()));
}

void TestDatabaseBuilder::fixtureIsValid()
{
    QStringList problems;
    for (const Problem &p : m_readProblems)
        problems << p.toString();
    for (const Problem &p : DatasetValidator().validate(m_tables))
        problems << p.toString();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_tables.size(), datasetTables().size()); // one file per table: 12
}

void TestDatabaseBuilder::databaseReproducesCsv_data() { addTableRows(); }

void TestDatabaseBuilder::databaseReproducesCsv()
{
    QFETCH(QString, table);
    const TableSpec *spec = findTable(table);
    QVERIFY(spec);
    const TableRows &csv = rowsOf(table);
    QCOMPARE(csv.table, table);
    QVERIFY2(!csv.records.isEmpty(), "every fixture table has at least one row");

    const DataTable read = TableReader::read({m_db->database()}, table);
    QCOMPARE(read.columns, spec->columnNames());
    QCOMPARE(read.rows.size(), csv.records.size());
    for (int r = 0; r < csv.records.size(); ++r) {
        QCOMPARE(read.rows.at(r).size(), spec->columns.size());
        for (int c = 0; c < spec->columns.size(); ++c) {
            const ColumnSpec &column = spec->columns.at(c);
            QString why;
            QVERIFY2(sameValue(column, csvField(csv, csv.records.at(r), column.name), read.rows.at(r).at(c), &why),
                     qPrintable(QStringLiteral("%1:%2 %3: %4").arg(csv.origin).arg(csv.records.at(r).line).arg(column.name, why)));
        }
    }
}

void TestDatabaseBuilder::exportReproducesCsv_data() { addTableRows(); }

void TestDatabaseBuilder::exportReproducesCsv()
{
    QFETCH(QString, table);
    const TableSpec *spec = findTable(table);
    QVERIFY(spec);
    const TableRows &csv = rowsOf(table);

    const DataTable read = TableReader::read({m_db->database()}, table);
    for (const bool bom : {false, true}) {
        const QByteArray exported = TableExport::toCsv(read, bom);
        const CsvParseResult again = Csv::parse(exported);
        QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.value(0).message));
        QCOMPARE(again.document.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(again.document.header, spec->columnNames());
        QCOMPARE(again.document.records.size(), csv.records.size());
        for (int r = 0; r < csv.records.size(); ++r) {
            const CsvRecord &in = csv.records.at(r);
            const CsvRecord &out = again.document.records.at(r);
            // Embedded newlines are written as they were, so every record starts on the same line as in the input.
            QCOMPARE(out.line, in.line);
            QCOMPARE(out.fields.size(), spec->columns.size());
            for (int c = 0; c < spec->columns.size(); ++c) {
                const ColumnSpec &column = spec->columns.at(c);
                const QString exportedText = out.fields.at(c);
                QString why;
                QVERIFY2(sameValue(column, csvField(csv, in, column.name),
                                   exportedText.isEmpty() ? QVariant() : QVariant(exportedText), &why),
                         qPrintable(QStringLiteral("%1:%2 %3: %4").arg(csv.origin).arg(in.line).arg(column.name, why)));
            }
        }
    }
}

void TestDatabaseBuilder::keepsTextExactly()
{
    // Spot checks of the fixture's awkward values, straight from the database.
    QSqlQuery q(m_db->database());
    QVERIFY(q.exec(QStringLiteral("SELECT name_zh_hant, name_zh_hans, ticker FROM company WHERE id = 'nvidia'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString::fromUtf8("輝達"));
    QCOMPARE(q.value(1).toString(), QString::fromUtf8("英伟达"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("NVDA"));

    QVERIFY(q.exec(QStringLiteral("SELECT title, url, note FROM source WHERE id = 'gtc-2025'")));
    QVERIFY(q.next());
    // CSV "GTC 2025 keynote, ""Vera Rubin""" → the comma and the quotes survive.
    QCOMPARE(q.value(0).toString(), QStringLiteral("GTC 2025 keynote, \"Vera Rubin\""));
    QVERIFY(q.isNull(1)); // empty url → NULL
    QVERIFY(q.isNull(2));

    QVERIFY(q.exec(QStringLiteral("SELECT title, note FROM source WHERE id = 'art-korea'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString::fromUtf8("26萬張GPU的豪賭"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("A note with a comma, and a\nline break"));

    // Numbers: 989.4e12 and 85899345920 (= 80 × 2^30) stored as the exact doubles; units as an integer.
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM spec_claim WHERE chip_id = 'h100-sxm' AND metric = 'peak_flops' "
                                  "AND precision = 'bf16' AND sparse = 0")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDouble(), 989.4e12);
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM spec_claim WHERE chip_id = 'h100-sxm' AND metric = 'memory_capacity'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toDouble(), 80.0 * 1024 * 1024 * 1024);
    QVERIFY(q.exec(QStringLiteral("SELECT units, typeof(units), power_mw FROM deployment WHERE id = 'kr-samsung'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 50000);
    QCOMPARE(q.value(1).toString(), QStringLiteral("integer"));
    QVERIFY(q.isNull(2));
}

void TestDatabaseBuilder::metaRecordsTheBuild()
{
    const DataTable meta = TableReader::read({m_db->database()}, QStringLiteral("meta"));
    QCOMPARE(meta.columns, (QStringList{"key", "value"}));
    QMap<QString, QString> values;
    for (const QVariantList &row : meta.rows)
        values.insert(row.value(0).toString(), row.value(1).toString());
    QCOMPARE(values.keys(), (QStringList{"built_on", "dataset_version", "schema_version"}));
    QCOMPARE(values.value(QStringLiteral("schema_version")), QString::number(kSchemaVersion));
    QCOMPARE(values.value(QStringLiteral("dataset_version")), DatabaseBuilder::fingerprint(m_tables));
    QCOMPARE(values.value(QStringLiteral("built_on")), kBuiltOn);
}

void TestDatabaseBuilder::missingDirectoryFailsAndLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("no-such-dir/atlas.sqlite"));
    QString error;
    QVERIFY(!DatabaseBuilder::build(m_tables, target, {QStringLiteral("x"), kBuiltOn}, &error));
    QVERIFY2(error.contains(target), qPrintable(error));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no-such-dir"))));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestDatabaseBuilder::failedInsertLeavesTargetUntouched()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("atlas.sqlite"));
    QFile::copy(m_dbPath, target); // a previous, good build
    const QByteArray before = readAll(target);
    QVERIFY(before.startsWith("SQLite format 3"));

    // Two chip rows with the same id: the validator would refuse them; the primary key must too.
    const TableRows &fixtureChips = rowsOf(QStringLiteral("chip"));
    QCOMPARE(fixtureChips.records.size(), 2);
    TableRows chips = fixtureChips;
    chips.records[1].fields[0] = chips.records[0].fields[0]; // line 3 becomes a second "h100-sxm"
    QList<TableRows> tables = m_tables;
    for (TableRows &t : tables)
        if (t.table == QLatin1String("chip"))
            t = chips;

    QString error;
    QVERIFY(!DatabaseBuilder::build(tables, target, {QStringLiteral("x"), kBuiltOn}, &error));
    // "chip.csv:3: UNIQUE constraint failed: chip.id …": the second row, on line 3, is the one that failed.
    QVERIFY2(error.startsWith(QStringLiteral("chip.csv:3: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
    QCOMPARE(readAll(target), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("atlas.sqlite")});
}

void TestDatabaseBuilder::fingerprintIsStable()
{
    QList<Problem> problems;
    const QList<TableRows> again = DatasetFiles::read(kFixture, &problems);
    QVERIFY(problems.isEmpty());
    const QString first = DatabaseBuilder::fingerprint(m_tables);
    QCOMPARE(DatabaseBuilder::fingerprint(again), first);
    QCOMPARE(first.size(), 12); // 12 hex digits of a SHA-256
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{12}$")).match(first).hasMatch());
}

void TestDatabaseBuilder::fingerprintChangesWithOneCharacter()
{
    const QString original = DatabaseBuilder::fingerprint(m_tables);
    QList<TableRows> changed = m_tables;
    for (TableRows &t : changed) {
        if (t.table != QLatin1String("spec_claim"))
            continue;
        // The dense bf16 figure of the H100, row 2 of the claims: 989.4e12 → 989.5e12.
        QString &value = t.records[1].fields[t.header.indexOf(QStringLiteral("value"))];
        QCOMPARE(value, QStringLiteral("989.4e12"));
        value = QStringLiteral("989.5e12");
    }
    QVERIFY(DatabaseBuilder::fingerprint(changed) != original);
}

void TestDatabaseBuilder::fingerprintSeesRecordBoundaries()
{
    // Two different tables whose fields concatenate to the same text: records ("ab"), ("c") vs ("a"), ("bc").
    const auto table = [](const QString &first, const QString &second) {
        TableRows t;
        t.table = QStringLiteral("source");
        t.header = QStringList{QStringLiteral("id")};
        t.records = {CsvRecord{2, {first}}, CsvRecord{3, {second}}};
        return QList<TableRows>{t};
    };
    QVERIFY(DatabaseBuilder::fingerprint(table(QStringLiteral("ab"), QStringLiteral("c")))
            != DatabaseBuilder::fingerprint(table(QStringLiteral("a"), QStringLiteral("bc"))));
}

QTEST_GUILESS_MAIN(TestDatabaseBuilder)
#include "tst_database_builder.moc"
