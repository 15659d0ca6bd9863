// AtlasStore (data/store/atlas_store.h) and Catalog (data/store/catalog.h): the bundled database is read-only,
// a bad user database is left untouched while the bundled data still serves, and the catalog picks each
// chip's current figure from its newest dense claim.

#include "atlas_store.h"
#include "table_schema.h"
#include "catalog.h"
#include "database_builder.h"
#include "dataset_validator.h"
#include "fact_timeline.h"
#include "memory_tables.h"
#include "system_table.h"
#include "schema_migrations.h"
#include "source_coverage.h"
#include "partial_date.h"
#include "sql_connection.h"
#include "table_schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Runs the migration files `names` (data/schema, as built into the program) on `db` and records `version`, as a
// program that had only those migrations would have left a user database.
bool applyMigrations(QSqlDatabase db, const QStringList &names, int version)
{
    QSqlQuery q(db);
    for (const QString &name : names) {
        QFile file(QStringLiteral(":/schema/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QString sql;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1String("--")))
                sql += line + QLatin1Char('\n');
        for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!statement.trimmed().isEmpty() && !q.exec(statement))
                return false;
    }
    return q.exec(QStringLiteral("INSERT INTO meta VALUES ('schema_version', '%1')").arg(version));
}

bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q.next())
        if (q.value(1).toString() == column)
            return true;
    return false;
}
} // namespace

class TestAtlasStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void opensWithoutUserDatabase();
    void createsUserDatabaseInWalMode();
    void reopensExistingUserDatabase();
    void corruptUserDatabaseIsLeftAlone();
    void newerUserDatabaseIsLeftAlone();
    void schemaOneUserDatabaseIsMigrated();
    void bundledDatabaseIsReadOnly();
    void corruptBundledDatabaseFails();
    void missingBundledDatabaseFails();
    void unopenedStoreOpensInPlace();

    void currentFigureIsNewestDenseClaim();
    void claimHistoryIsOldestFirst();
    void sparseFigureIsNotCurrent();
    void currentClaimsNameTheirSource();
    void findChip_data();
    void findChip();
    void userClaimBecomesCurrent();
    void migratingTwiceChangesNothing();
    void missingTableOrColumnLeavesTheDatabaseAlone();
    void pagesAreCheckedAfterAnUncleanShutdownOnly();
    void version1UserDatabaseMigrates();
    void versionOneUserDatabaseIsMigrated();
    void sourcesOfARowListEveryCitation();
    void sourceCoverageCountsOfficialPrimaries();
    void timelineIsNewestFirst();
    void migrationsMergedOutOfOrderAreApplied_data();
    void migrationsMergedOutOfOrderAreApplied();
    void eventsAreReadInDateOrder();
    void eventsAreReadWhenFirstAskedFor();
    void memoryTablesAreRead();
    void version5UserSharesBecomeUnknown();
    void systemsAreRead();

private:
    QTemporaryDir m_dir;
    QString m_bundled;
    QByteArray m_bundledBytes;
    std::unique_ptr<AtlasStore> m_store;
    Catalog m_catalog;
};

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

void TestAtlasStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QList<Problem> problems;
    const QList<TableRows> tables = DatasetFiles::read(QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset"), &problems);
    problems += DatasetValidator().validate(tables);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    m_bundled = m_dir.filePath(QStringLiteral("bundled/atlas.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(m_bundled).path()));
    QString error;
    QVERIFY2(DatabaseBuilder::build(tables, m_bundled, {DatabaseBuilder::fingerprint(tables), QStringLiteral("2026-03-16")}, &error),
             qPrintable(error));
    m_bundledBytes = readAll(m_bundled);

    m_store = AtlasStore::open(m_bundled, QString(), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_catalog = Catalog::load(m_store->databases()); // the catalog reads events later, from the open store
}

void TestAtlasStore::opensWithoutUserDatabase()
{
    QString error;
    const auto store = AtlasStore::open(m_bundled, QString(), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->hasUserDatabase());
    QVERIFY(store->userProblem().isEmpty());
    QCOMPARE(store->databases().size(), 1);
    QCOMPARE(store->meta(QStringLiteral("schema_version")), QString::number(kSchemaVersion));
    QCOMPARE(store->meta(QStringLiteral("built_on")), QStringLiteral("2026-03-16"));
    QCOMPARE(store->datasetVersion().size(), 12);
}

void TestAtlasStore::createsUserDatabaseInWalMode()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString user = home.filePath(QStringLiteral("not/yet/there/user.sqlite")); // folders made on demand
    QString error;
    const auto store = AtlasStore::open(m_bundled, user, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(store->userProblem().isEmpty(), qPrintable(store->userProblem()));
    QVERIFY(store->hasUserDatabase());
    QCOMPARE(store->userPath(), user);
    QVERIFY(QFileInfo::exists(user));
    QCOMPARE(store->databases().size(), 2);

    QSqlQuery q(store->user());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    // The new user database has the schema and no rows of its own: the catalog still has the fixture's 2 chips.
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString::number(kSchemaVersion));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM chip")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QCOMPARE(Catalog::load(store->databases()).chips().size(), 2);
}

void TestAtlasStore::reopensExistingUserDatabase()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString user = home.filePath(QStringLiteral("user.sqlite"));
    QString error;
    {
        const auto store = AtlasStore::open(m_bundled, user, &error);
        QVERIFY2(store && store->hasUserDatabase(), qPrintable(error + store->userProblem()));
        QSqlQuery q(store->user());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO source(id, title, publisher, kind, language) "
                                       "VALUES ('mine', 'My notes', 'me', 'user', 'en')")),
                 qPrintable(q.lastError().text()));
    }
    const auto store = AtlasStore::open(m_bundled, user, &error);
    QVERIFY2(store && store->hasUserDatabase(), qPrintable(error + store->userProblem()));
    QVERIFY(store->userProblem().isEmpty());
    // 3 fixture sources + the user's one; the user row is kept.
    const Catalog catalog = Catalog::load(store->databases());
    QCOMPARE(catalog.sources().size(), 4);
    QVERIFY(catalog.source(QStringLiteral("mine")));
}

void TestAtlasStore::corruptUserDatabaseIsLeftAlone()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString user = home.filePath(QStringLiteral("user.sqlite"));
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 37 + 11) % 256)); // 4 KiB that do not start with "SQLite format 3"
    QVERIFY(writeAll(user, garbage));

    QString error;
    const auto store = AtlasStore::open(m_bundled, user, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->hasUserDatabase());
    QVERIFY2(store->userProblem().contains(user), qPrintable(store->userProblem()));
    QVERIFY2(store->userProblem().contains(QStringLiteral("not a readable SQLite database")), qPrintable(store->userProblem()));
    QCOMPARE(store->databases().size(), 1);
    QCOMPARE(readAll(user), garbage);
    QCOMPARE(entries(home.path()), QStringList{QStringLiteral("user.sqlite")}); // no -wal, -shm or -journal
    QCOMPARE(Catalog::load(store->databases()).chips().size(), 2);
}

void TestAtlasStore::newerUserDatabaseIsLeftAlone()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString user = home.filePath(QStringLiteral("user.sqlite"));
    {
        SqlConnection future(user, SqlConnection::Mode::ReadWrite);
        QVERIFY(future.isOpen());
        QSqlQuery q(future.database());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('schema_version', '99')")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE chip_v99 (id TEXT)")));
    }
    const QByteArray before = readAll(user);
    QVERIFY(before.startsWith("SQLite format 3"));

    QString error;
    const auto store = AtlasStore::open(m_bundled, user, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!store->hasUserDatabase());
    QVERIFY2(store->userProblem().contains(QStringLiteral("newer than this program")), qPrintable(store->userProblem()));
    QVERIFY2(store->userProblem().contains(user), qPrintable(store->userProblem()));
    QVERIFY2(store->userProblem().contains(QStringLiteral("schema version 99")), qPrintable(store->userProblem()));
    QCOMPARE(readAll(user), before);
    QCOMPARE(Catalog::load(store->databases()).chips().size(), 2);
}

void TestAtlasStore::schemaOneUserDatabaseIsMigrated()
{
    // A user database written by a schema-1 program (before flow.status and company.role) with a company and a
    // flow of its own: opening it adds the columns, and the user's rows read as active and 'other'.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString user = home.filePath(QStringLiteral("user.sqlite"));
    {
        SqlConnection old(user, SqlConnection::Mode::ReadWrite);
        QVERIFY(old.isOpen());
        const QByteArray schemaOne = readAll(QStringLiteral(ATLAS_SOURCE_DIR "/data/schema/0001_initial.sql"));
        QVERIFY(!schemaOne.isEmpty());
        QString code;
        for (const QString &line : QString::fromUtf8(schemaOne).split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1String("--")))
                code += line + QLatin1Char('\n');
        QSqlQuery q(old.database());
        for (const QString &statement : code.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!statement.trimmed().isEmpty())
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('schema_version', '1')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO company(id, name_en, name_zh_hant, name_zh_hans) VALUES ('mine', 'Mine', 'Mine', 'Mine')")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO flow(id, from_id, to_id, kind, amount_usd, upper_bound, announced_on, description_en, "
                                       "description_zh_hant, description_zh_hans, source_id) VALUES ('mine-openai', 'mine', 'openai', "
                                       "'equity', 1e9, 0, '2026-01', 'Mine to OpenAI', 'x', 'x', 'art-korea')")),
                 qPrintable(q.lastError().text()));
    }
    QString error;
    const auto store = AtlasStore::open(m_bundled, user, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(store->hasUserDatabase(), qPrintable(store->userProblem()));
    QSqlQuery q(store->user());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QString::number(kSchemaVersion));
    const Catalog catalog = Catalog::load(store->databases());
    QCOMPARE(catalog.flows().size(), 2); // the fixture's flow, then the user's
    const Flow &mine = catalog.flows().last();
    QCOMPARE(mine.id, QStringLiteral("mine-openai"));
    QCOMPARE(mine.status, QStringLiteral("active"));
    QVERIFY(mine.supersededBy.isEmpty());
    QCOMPARE(*mine.amountUsd, 1e9);
    QCOMPARE(catalog.company(QStringLiteral("mine"))->role, QStringLiteral("other"));
    QCOMPARE(catalog.company(QStringLiteral("oracle"))->role, QStringLiteral("cloud"));
}

void TestAtlasStore::bundledDatabaseIsReadOnly()
{
    QString error;
    {
        const auto store = AtlasStore::open(m_bundled, QString(), &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->bundled());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('tampered', 'yes')")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("readonly")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM chip")));
        QCOMPARE(store->meta(QStringLiteral("tampered")), QString());
    }
    QCOMPARE(readAll(m_bundled), m_bundledBytes);
}

void TestAtlasStore::corruptBundledDatabaseFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bundled = dir.filePath(QStringLiteral("atlas.sqlite"));
    const QByteArray garbage(8192, 'x');
    QVERIFY(writeAll(bundled, garbage));
    QString error;
    const auto store = AtlasStore::open(bundled, QString(), &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(QStringLiteral("the bundled database is not a readable SQLite database")), qPrintable(error));
    QCOMPARE(readAll(bundled), garbage);

    // A valid file whose last page is cut off: SQLite notices when it reads it.
    const QString truncated = dir.filePath(QStringLiteral("truncated.sqlite"));
    QVERIFY(writeAll(truncated, m_bundledBytes.left(m_bundledBytes.size() / 2)));
    error.clear();
    QVERIFY(!AtlasStore::open(truncated, QString(), &error));
    QVERIFY2(!error.isEmpty(), "a cut-off bundled database must not open silently");
}

void TestAtlasStore::missingBundledDatabaseFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bundled = dir.filePath(QStringLiteral("missing.sqlite"));
    QString error;
    QVERIFY(!AtlasStore::open(bundled, QString(), &error));
    QCOMPARE(error, QStringLiteral("the bundled database %1 does not exist").arg(bundled));
    QVERIFY(!QFileInfo::exists(bundled)); // opening must not create it
}

void TestAtlasStore::unopenedStoreOpensInPlace()
{
    // What the window holds during its first frame: nothing open, no databases to read.
    const auto store = AtlasStore::unopened();
    QVERIFY(!store->isOpen());
    QVERIFY(store->databases().isEmpty());
    QVERIFY(!store->hasUserDatabase());
    QVERIFY(store->userPath().isEmpty());

    // A failed open leaves it unopened, with the same message open() gives.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    QString error;
    QVERIFY(!store->openFiles(missing, QString(), &error));
    QCOMPARE(error, QStringLiteral("the bundled database %1 does not exist").arg(missing));
    QVERIFY(!store->isOpen());
    QVERIFY(store->databases().isEmpty());

    // Then opened for real: the bundled database and the user's, as open() gives them.
    const QString user = dir.filePath(QStringLiteral("user.sqlite"));
    QVERIFY2(store->openFiles(m_bundled, user, &error), qPrintable(error));
    QVERIFY(store->isOpen());
    QVERIFY(store->hasUserDatabase());
    QCOMPARE(store->databases().size(), 2);
    QCOMPARE(Catalog::load(store->databases()).chips().size(), 2); // the fixture's two chips
}

void TestAtlasStore::currentFigureIsNewestDenseClaim()
{
    QCOMPARE(m_catalog.chips().size(), 2);
    const Chip *rubin = m_catalog.findChip(QStringLiteral("rubin"));
    QVERIFY(rubin);
    // Claimed 13e12 B/s on 2025-03-18, then 22e12 B/s in 2026-01: the newer one is current.
    QVERIFY(rubin->memoryBandwidth.has_value());
    QCOMPARE(*rubin->memoryBandwidth, 22e12);
    QCOMPARE(rubin->peak(Precision::FP4), std::optional<double>(35e15));
    QVERIFY(!rubin->peak(Precision::BF16)); // no bf16 claim: absent, not zero
    QVERIFY(!rubin->memoryBytes);

    const Chip *h100 = m_catalog.findChip(QStringLiteral("h100-sxm"));
    QVERIFY(h100);
    QCOMPARE(*h100->memoryBandwidth, 3.35e12);
    QCOMPARE(*h100->memoryBytes, 80.0 * 1024 * 1024 * 1024); // 85899345920 B
    QCOMPARE(*h100->tdpWatts, 700.0);
    QCOMPARE(h100->peak(Precision::INT8), std::optional<double>(1978.9e12));
    QCOMPARE(h100->vendorName, QStringLiteral("NVIDIA"));
}

void TestAtlasStore::claimHistoryIsOldestFirst()
{
    const QList<SpecClaim> history = m_catalog.claims(QStringLiteral("rubin"), Metric::MemoryBandwidth, std::nullopt);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).value, 13e12);
    QCOMPARE(history.at(0).claimedOn, QStringLiteral("2025-03-18"));
    QCOMPARE(history.at(1).value, 22e12);
    QCOMPARE(history.at(1).claimedOn, QStringLiteral("2026-01"));
    // All of rubin's claims: 2 bandwidth + 1 fp4.
    QCOMPARE(m_catalog.claims(QStringLiteral("rubin")).size(), 3);
}

void TestAtlasStore::sparseFigureIsNotCurrent()
{
    const Chip *h100 = m_catalog.findChip(QStringLiteral("h100-sxm"));
    QVERIFY(h100);
    // The datasheet's 1978.9 TFLOP/s bf16 is with 2:4 sparsity; the dense figure is half: 989.4e12.
    QCOMPARE(h100->peak(Precision::BF16), std::optional<double>(989.4e12));
    const QList<SpecClaim> bf16 = m_catalog.claims(QStringLiteral("h100-sxm"), Metric::PeakFlops, Precision::BF16);
    QCOMPARE(bf16.size(), 2);
    QVERIFY(bf16.at(0).sparse);
    QCOMPARE(bf16.at(0).value, 1978.9e12);
    QVERIFY(!bf16.at(1).sparse);
    const SpecClaim current = h100->currentClaims.value(claimKey(Metric::PeakFlops, Precision::BF16));
    QVERIFY(!current.sparse);
    QCOMPARE(current.value, 989.4e12);
}

void TestAtlasStore::currentClaimsNameTheirSource()
{
    const Chip *rubin = m_catalog.findChip(QStringLiteral("rubin"));
    QVERIFY(rubin);
    const SpecClaim bandwidth = rubin->currentClaims.value(Metric::MemoryBandwidth);
    QCOMPARE(bandwidth.value, 22e12);
    QCOMPARE(bandwidth.sourceId, QStringLiteral("gtc-2025"));
    QCOMPARE(bandwidth.claimedOn, QStringLiteral("2026-01"));

    const Chip *h100 = m_catalog.findChip(QStringLiteral("h100-sxm"));
    QVERIFY(h100);
    QCOMPARE(h100->currentClaims.value(claimKey(Metric::PeakFlops, Precision::BF16)).sourceId, QStringLiteral("nv-h100-ds"));
    // h100: bf16, int8, capacity, bandwidth, tdp = 5 current figures; rubin: bandwidth, fp4 = 2.
    QCOMPARE(h100->currentClaims.size(), 5);
    QCOMPARE(rubin->currentClaims.size(), 2);
    for (const Chip &chip : m_catalog.chips()) {
        for (auto it = chip.currentClaims.cbegin(); it != chip.currentClaims.cend(); ++it) {
            QVERIFY2(m_catalog.source(it->sourceId),
                     qPrintable(QStringLiteral("%1 %2: source \"%3\" not found").arg(chip.id, it.key(), it->sourceId)));
        }
    }
}

void TestAtlasStore::findChip_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id"); // empty: not found

    QTest::newRow("id") << QStringLiteral("rubin") << QStringLiteral("rubin");
    QTest::newRow("id, upper case") << QStringLiteral("H100-SXM") << QStringLiteral("h100-sxm");
    QTest::newRow("id, spaces around") << QStringLiteral("  rubin ") << QStringLiteral("rubin");
    QTest::newRow("alias, lower case") << QStringLiteral("vera rubin") << QStringLiteral("rubin");
    QTest::newRow("alias, as written") << QStringLiteral("Vera Rubin") << QStringLiteral("rubin");
    QTest::newRow("alias R200") << QStringLiteral("r200") << QStringLiteral("rubin");
    QTest::newRow("alias H100") << QStringLiteral("H100") << QStringLiteral("h100-sxm");
    QTest::newRow("alias hopper") << QStringLiteral("hopper") << QStringLiteral("h100-sxm");
    QTest::newRow("unknown") << QStringLiteral("b200") << QString();
    QTest::newRow("part of an alias") << QStringLiteral("vera") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestAtlasStore::findChip()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    const Chip *chip = m_catalog.findChip(query);
    if (id.isEmpty()) {
        QCOMPARE(chip, nullptr);
    } else {
        QVERIFY(chip);
        QCOMPARE(chip->id, id);
    }
}

void TestAtlasStore::userClaimBecomesCurrent()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString error;
    const auto store = AtlasStore::open(m_bundled, home.filePath(QStringLiteral("user.sqlite")), &error);
    QVERIFY2(store && store->hasUserDatabase(), qPrintable(error));
    QSqlQuery q(store->user());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO spec_claim(chip_id, metric, value, unit, sparse, basis, claimed_on, source_id) "
                                     "VALUES (?, ?, ?, ?, 0, 'reported', ?, ?)")));
    for (const QVariant &v : QVariantList{QStringLiteral("rubin"), Metric::MemoryBandwidth, 25e12, QStringLiteral("B/s"),
                                          QStringLiteral("2026-03"), QStringLiteral("gtc-2025")})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    // The user's 2026-03 claim is newer than the bundled 2026-01 one, so it is current; history keeps all three.
    const Catalog catalog = Catalog::load(store->databases());
    const Chip *rubin = catalog.findChip(QStringLiteral("rubin"));
    QVERIFY(rubin);
    QCOMPARE(*rubin->memoryBandwidth, 25e12);
    QCOMPARE(catalog.claims(QStringLiteral("rubin"), Metric::MemoryBandwidth, std::nullopt).size(), 3);
    // The bundled file is untouched by the user's edit.
    QCOMPARE(readAll(m_bundled), m_bundledBytes);
}

void TestAtlasStore::migratingTwiceChangesNothing()
{
    // Two programs opening a new user database at once: the second migration finds the work done.
    QTemporaryDir home;
    const QString user = home.filePath(QStringLiteral("user.sqlite"));
    QString error;
    QVERIFY(AtlasStore::open(m_bundled, user, &error)->hasUserDatabase());
    SqlConnection again(user, SqlConnection::Mode::ReadWrite);
    QSqlDatabase db = again.database();
    const QByteArray before = readAll(user);
    QVERIFY2(SchemaMigrations::migrate(db, &error), qPrintable(error));
    QCOMPARE(SchemaMigrations::version(db), kSchemaVersion);
    QCOMPARE(readAll(user), before);
}

void TestAtlasStore::missingTableOrColumnLeavesTheDatabaseAlone()
{
    QTemporaryDir home;
    const QString user = home.filePath(QStringLiteral("user.sqlite"));
    QString error;
    QVERIFY(AtlasStore::open(m_bundled, user, &error)->hasUserDatabase());
    {
        SqlConnection edit(user, SqlConnection::Mode::ReadWrite);
        QSqlQuery q(edit.database());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE event")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE flow RENAME COLUMN note TO remark")));
        QCOMPARE(AtlasStore::schemaProblems(edit.database()),
                 (QStringList{QStringLiteral("table 'event' is missing"), QStringLiteral("table 'flow' lacks column 'note'")}));
    }
    const QByteArray before = readAll(user);
    const auto store = AtlasStore::open(m_bundled, user, &error);
    QVERIFY(!store->hasUserDatabase());
    QVERIFY2(store->userProblem().contains(QLatin1String("does not have the schema this program reads: table 'event' is missing; "
                                                         "table 'flow' lacks column 'note'")),
             qPrintable(store->userProblem()));
    QCOMPARE(readAll(user), before);
}

void TestAtlasStore::pagesAreCheckedAfterAnUncleanShutdownOnly()
{
    QTemporaryDir home;
    const QString user = home.filePath(QStringLiteral("user.sqlite"));
    QString error;
    {
        const auto store = AtlasStore::open(m_bundled, user, &error);
        QSqlQuery q(store->user());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        // Enough events for the table to fill many pages after the schema's.
        q.prepare(QStringLiteral("INSERT INTO event(id, date, kind, company_id, title_en, title_zh_hant, title_zh_hans, source_id) "
                                 "VALUES (?, '2026', 'launch', 'nvidia', ?, 'x', 'x', 'gtc-2025')"));
        for (int i = 0; i < 3000; ++i) {
            q.bindValue(0, QStringLiteral("e-%1").arg(i));
            q.bindValue(1, QStringLiteral("an event with a title long enough to fill pages %1").arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
    }
    // Damage a page of the event table near the end of the file, after the schema pages.
    QByteArray bytes = readAll(user);
    QVERIFY(bytes.size() > 40 * 4096);
    bytes.replace(bytes.size() - 8 * 4096, 4096, QByteArray(4096, '\xA5'));
    QFile f(user);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();

    // A clean shutdown left no write-ahead log: start-up reads the schema, not the pages (it must not grow with
    // the data), so the damage is found on demand, by db check's full integrity check.
    {
        const auto store = AtlasStore::open(m_bundled, user, &error);
        QVERIFY2(store->hasUserDatabase(), qPrintable(store->userProblem()));
        QVERIFY(AtlasStore::checkIntegrity(store->user(), QStringLiteral("it")).startsWith(QLatin1String("it is corrupt (integrity check: ")));
    }
    // A log left behind (a crash): the pages are checked at start-up, and the file is left alone.
    QFile wal(user + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    wal.write(QByteArray(64, 'x'));
    wal.close();
    const auto store = AtlasStore::open(m_bundled, user, &error);
    QVERIFY(!store->hasUserDatabase());
    QVERIFY2(store->userProblem().contains(QLatin1String("is corrupt (quick check: ")), qPrintable(store->userProblem()));
    QVERIFY(store->userProblem().contains(QLatin1String("it was not changed")));
}

// A user database made by the first version (schema 1) gets schema 4's Chinese columns when the program opens it:
// its rows keep their English text, and a Chinese reader sees that where no translation was given.
void TestAtlasStore::version1UserDatabaseMigrates()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = home.filePath(QStringLiteral("user.sqlite"));
    {
        SqlConnection old(path, SqlConnection::Mode::ReadWrite);
        QVERIFY2(old.isOpen(), qPrintable(old.errorText()));
        QVERIFY(applyMigrations(old.database(), {QStringLiteral("0001_initial.sql")}, 1));
        QSqlQuery q(old.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO chip(id, vendor_id, family, name, announced, status, process_node) "
                                      "VALUES ('my-chip', 'nvidia', 'Mine', 'My Chip (prototype)', '2026', 'announced', 'TSMC N2')")));
    }
    QString error;
    const auto store = AtlasStore::open(m_bundled, path, &error);
    QVERIFY2(store && store->hasUserDatabase() && store->userProblem().isEmpty(), qPrintable(error + store->userProblem()));
    QSqlQuery q(store->user());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next());
    QCOMPARE(q.value(0).toString(), QString::number(kSchemaVersion));
    const Catalog catalog = Catalog::load(store->databases());
    const Chip *mine = catalog.findChip(u"my-chip");
    QVERIFY(mine);
    QCOMPARE(mine->localName(Language::TraditionalChinese), QStringLiteral("My Chip (prototype)"));
    QCOMPARE(mine->localProcessNode(Language::SimplifiedChinese), QStringLiteral("TSMC N2"));
    // The bundled chips have their Chinese names and processes (the fixture's H100: 台積電 4N).
    QCOMPARE(catalog.findChip(u"h100-sxm")->localProcessNode(Language::TraditionalChinese), QStringLiteral("台積電 4N"));
}

void TestAtlasStore::versionOneUserDatabaseIsMigrated()
{
    // A user database written by schema 1 (before citations): its rows get ids and the citation table appears.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString user = home.filePath(QStringLiteral("user.sqlite"));
    {
        SqlConnection connection(user, SqlConnection::Mode::ReadWrite);
        QVERIFY(connection.isOpen());
        QVERIFY(applyMigrations(connection.database(), {QStringLiteral("0001_initial.sql")}, 1));
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO spec_claim(chip_id, metric, value, unit, sparse, basis, claimed_on, source_id) "
                                      "VALUES ('rubin', 'tdp', 2300, 'W', 0, 'reported', '2025-09', 'gtc-2025')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO measurement(chip_id, what, value, unit, source_id) "
                                      "VALUES ('h100-sxm', 'stream', 3e12, 'B/s', 'gtc-2025')")));
    }
    QString error;
    const auto store = AtlasStore::open(m_bundled, user, &error);
    QVERIFY2(store && store->hasUserDatabase(), qPrintable(error + store->userProblem()));
    QCOMPARE(SchemaMigrations::version(store->user()), kSchemaVersion);
    QSqlQuery q(store->user());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM spec_claim")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("claim-1")); // numbered from its rowid, 1
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM measurement")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("measurement-1"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM citation")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestAtlasStore::sourcesOfARowListEveryCitation()
{
    // The fixture's H100 bandwidth rests on NVIDIA's datasheet (its own source) and a secondary report.
    const Chip *h100 = m_catalog.findChip(QStringLiteral("h100-sxm"));
    QVERIFY(h100);
    const QList<Citation> sources = m_catalog.sourcesOf(h100->currentClaims.value(Metric::MemoryBandwidth));
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).sourceId, QStringLiteral("nv-h100-ds"));
    QCOMPARE(sources.at(0).role, QStringLiteral("primary"));
    QVERIFY(sources.at(0).isLead);
    QCOMPARE(sources.at(1).sourceId, QStringLiteral("art-korea"));
    QCOMPARE(sources.at(1).role, QStringLiteral("secondary"));
    // Rubin's GTC 2025 bandwidth is disputed by the article; the Sources view finds the citation from its side.
    const QList<SpecClaim> history = m_catalog.claims(QStringLiteral("rubin"), Metric::MemoryBandwidth, std::nullopt);
    QCOMPARE(history.first().id, QStringLiteral("rubin.bw.2025-03-18"));
    QCOMPARE(m_catalog.sourcesOf(history.first()).last().role, QStringLiteral("dispute"));
    QCOMPARE(m_catalog.citationsOf(QStringLiteral("art-korea")).size(), 2);
    QVERIFY(m_catalog.hasOfficialPrimary(history.first()));
}

void TestAtlasStore::sourceCoverageCountsOfficialPrimaries()
{
    // Current figures of the fixture: H100 sparse BF16, BF16, INT8, capacity, bandwidth, TDP (6) and Rubin
    // bandwidth, FP4 (2) = 8, every one on an official source (NVIDIA's datasheet, the GTC 2025 keynote).
    const SourceCoverage bundled = sourceCoverage(m_catalog);
    QCOMPARE(bundled.figures, 8);
    QCOMPARE(bundled.official, 8);
    QVERIFY(bundled.unmarked.isEmpty());

    // A newer H100 TDP said to be official but resting on an article: 7 of 8 official, and it is flagged
    // because H100 ships. Citing the datasheet as its primary source makes it official again: 8 of 8.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString error;
    const auto store = AtlasStore::open(m_bundled, home.filePath(QStringLiteral("user.sqlite")), &error);
    QVERIFY2(store && store->hasUserDatabase(), qPrintable(error));
    QSqlQuery q(store->user());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO spec_claim(id, chip_id, metric, value, unit, sparse, basis, claimed_on, source_id) "
                                  "VALUES ('h100-sxm.tdp.2024', 'h100-sxm', 'tdp', 650, 'W', 0, 'official', '2024', 'art-korea')")));
    SourceCoverage withArticle = sourceCoverage(Catalog::load(store->databases()));
    QCOMPARE(withArticle.figures, 8);
    QCOMPARE(withArticle.official, 7);
    QCOMPARE(withArticle.unmarked.size(), 1);
    QCOMPARE(withArticle.unmarked.first().id, QStringLiteral("h100-sxm.tdp.2024"));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO citation VALUES ('spec_claim', 'h100-sxm.tdp.2024', 'nv-h100-ds', 'primary', NULL)")));
    const SourceCoverage cited = sourceCoverage(Catalog::load(store->databases()));
    QCOMPARE(cited.official, 8);
    QVERIFY(cited.unmarked.isEmpty());
}

void TestAtlasStore::timelineIsNewestFirst()
{
    // 9 claims, 1 flow, 4 deployments, 1 event in the fixture; the newest is Rubin's 2026-01 bandwidth claim,
    // then the three Korean deployments of 2025-10-31, the flow of 2025-09, and the rest.
    QString error;
    const auto store = AtlasStore::open(m_bundled, QString(), &error);
    QVERIFY2(store, qPrintable(error));
    const QList<DatedFact> facts = FactTimeline::read(store->databases());
    QCOMPARE(facts.size(), 15);
    QCOMPARE(FactTimeline::newestDate(facts), QStringLiteral("2026-01"));
    QCOMPARE(facts.at(0).rowId, QStringLiteral("rubin.bw.2026-01"));
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(facts.at(i).table, QStringLiteral("deployment"));
    QCOMPARE(facts.at(4).table, QStringLiteral("flow"));
    QCOMPARE(facts.at(4).textZhHant, QStringLiteral("OpenAI 向甲骨文採購算力"));
    for (int i = 1; i < facts.size(); ++i)
        QVERIFY(PartialDate::parse(facts.at(i - 1).date)->sortKey() >= PartialDate::parse(facts.at(i).date)->sortKey());
    // newest() finds the same first row by SQL, without reading them all (db info on a million events).
    QCOMPARE(FactTimeline::newest(store->databases())->rowId, facts.first().rowId);
    // Every date form orders as PartialDate does: 2026-H2 starts 2026-07-01, after 2026-06-30, before 2026-Q4.
    QTemporaryDir home;
    const auto user = AtlasStore::open(m_bundled, home.filePath(QStringLiteral("user.sqlite")), &error);
    QSqlQuery q(user->user());
    for (const char *date : {"2026-06-30", "2026-H2", "2026", "2026-Q3"}) {
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO event(id, date, kind, company_id, title_en, title_zh_hant, title_zh_hans, source_id) "
                                       "VALUES ('e-%1', '%1', 'launch', 'nvidia', 'x', 'x', 'x', 'gtc-2025')").arg(QLatin1String(date))),
                 qPrintable(q.lastError().text()));
        const QList<DatedFact> all = FactTimeline::read(user->databases());
        QCOMPARE(FactTimeline::newest(user->databases())->rowId, all.first().rowId);
    }
    QCOMPARE(FactTimeline::newest(user->databases())->date, QStringLiteral("2026-Q3")); // 07-01 as a quarter: finer than the half
}

void TestAtlasStore::migrationsMergedOutOfOrderAreApplied_data()
{
    QTest::addColumn<QStringList>("applied");
    QTest::addColumn<int>("version");
    // Migrations are numbered by parallel work: main reached version 5 (citations) before 0004 (Chinese chip text)
    // was merged, and issue 10's branch reached version 4 without 0002, 0003 and 0005.
    QTest::newRow("version 5 without 0004") << QStringList{QStringLiteral("0001_initial.sql"), QStringLiteral("0002_flow_status_company_role.sql"),
                                                           QStringLiteral("0003_country_and_aggregates.sql"), QStringLiteral("0005_citations.sql")}
                                            << 5;
    QTest::newRow("version 4 without 0002 and 0003") << QStringList{QStringLiteral("0001_initial.sql"), QStringLiteral("0004_chinese_chip_text.sql")} << 4;
    // Issue 16's 0006 may be merged before or after other parallel migrations.
    // Issue 17's 0007 likewise.
    QTest::newRow("version 6 without 0007") << QStringList{QStringLiteral("0001_initial.sql"), QStringLiteral("0002_flow_status_company_role.sql"),
                                                           QStringLiteral("0003_country_and_aggregates.sql"), QStringLiteral("0004_chinese_chip_text.sql"),
                                                           QStringLiteral("0005_citations.sql"), QStringLiteral("0006_memory.sql")}
                                            << 6;
    QTest::newRow("version 5 without 0006") << QStringList{QStringLiteral("0001_initial.sql"), QStringLiteral("0002_flow_status_company_role.sql"),
                                                           QStringLiteral("0003_country_and_aggregates.sql"), QStringLiteral("0004_chinese_chip_text.sql"),
                                                           QStringLiteral("0005_citations.sql")}
                                            << 5;
}

void TestAtlasStore::migrationsMergedOutOfOrderAreApplied()
{
    QFETCH(QStringList, applied);
    QFETCH(int, version);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString user = home.filePath(QStringLiteral("user.sqlite"));
    {
        SqlConnection connection(user, SqlConnection::Mode::ReadWrite);
        QVERIFY(connection.isOpen());
        QVERIFY(applyMigrations(connection.database(), applied, version));
        QSqlQuery q(connection.database());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO chip(id, vendor_id, family, name, announced, status) "
                                       "VALUES ('my-chip', 'nvidia', 'Mine', 'My Chip', '2026', 'announced')")),
                 qPrintable(q.lastError().text()));
    }
    QString error;
    const auto store = AtlasStore::open(m_bundled, user, &error);
    QVERIFY2(store && store->hasUserDatabase() && store->userProblem().isEmpty(), qPrintable(error + (store ? store->userProblem() : QString())));
    QCOMPARE(SchemaMigrations::version(store->user()), kSchemaVersion);
    // Every migration's table and columns are there, whatever order they came in.
    QVERIFY(hasColumn(store->user(), QStringLiteral("flow"), QStringLiteral("status")));
    QVERIFY(hasColumn(store->user(), QStringLiteral("deployment"), QStringLiteral("part_of")));
    QVERIFY(store->user().tables().contains(QStringLiteral("country")));
    QVERIFY(hasColumn(store->user(), QStringLiteral("chip"), QStringLiteral("name_zh_hant")));
    QVERIFY(hasColumn(store->user(), QStringLiteral("spec_claim"), QStringLiteral("note_zh_hans")));
    QVERIFY(hasColumn(store->user(), QStringLiteral("spec_claim"), QStringLiteral("id")));
    QVERIFY(store->user().tables().contains(QStringLiteral("citation")));
    QVERIFY(hasColumn(store->user(), QStringLiteral("market_share"), QStringLiteral("share_of")));
    QVERIFY(store->user().tables().contains(QStringLiteral("chip_memory")));
    QVERIFY(store->user().tables().contains(QStringLiteral("memory_outlook")));
    QVERIFY(store->user().tables().contains(QStringLiteral("system")));
    // The user's chip is read, its English name standing in for the Chinese one.
    const Catalog catalog = Catalog::load(store->databases());
    const Chip *mine = catalog.findChip(u"my-chip");
    QVERIFY(mine);
    QCOMPARE(mine->localName(Language::TraditionalChinese), QStringLiteral("My Chip"));
    // Migrated again, nothing is left to do and nothing fails.
    QString again;
    QSqlDatabase db = store->user();
    QVERIFY(SchemaMigrations::migrate(db, &again));
}

void TestAtlasStore::eventsAreReadInDateOrder()
{
    // The fixture's one event, with its title in each language; a user's earlier event comes before it.
    QCOMPARE(m_catalog.events().size(), 1);
    const RoadmapEvent &gtc = m_catalog.events().constFirst();
    QCOMPARE(gtc.id, QStringLiteral("gtc-2025"));
    QCOMPARE(gtc.endDate, QStringLiteral("2025-03-21"));
    QCOMPARE(gtc.title(Language::TraditionalChinese), QStringLiteral("NVIDIA GTC 2025 大會"));
    QCOMPARE(gtc.title(Language::SimplifiedChinese), QStringLiteral("NVIDIA GTC 2025 大会"));
    QCOMPARE(gtc.title(Language::English), QStringLiteral("NVIDIA GTC 2025"));

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString error;
    const auto store = AtlasStore::open(m_bundled, home.filePath(QStringLiteral("user.sqlite")), &error);
    QVERIFY2(store && store->hasUserDatabase(), qPrintable(error));
    QSqlQuery q(store->user());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO event(id, date, kind, company_id, title_en, title_zh_hant, title_zh_hans, source_id) "
                                   "VALUES ('gtc-2024', '2024-03', 'keynote', 'nvidia', 'GTC 2024', '', '', 'gtc-2025')")),
             qPrintable(q.lastError().text()));
    const Catalog catalog = Catalog::load(store->databases());
    QCOMPARE(catalog.events().size(), 2);
    QCOMPARE(catalog.events().at(0).id, QStringLiteral("gtc-2024"));
    QCOMPARE(catalog.events().at(0).title(Language::TraditionalChinese), QStringLiteral("GTC 2024")); // no translation: English
}

void TestAtlasStore::eventsAreReadWhenFirstAskedFor()
{
    // Every start loads the catalog; a user's million imported events must not come with it. An event added after
    // the catalog was loaded, but before its events were first asked for, is among them.
    QTemporaryDir home;
    QString error;
    const auto store = AtlasStore::open(m_bundled, home.filePath(QStringLiteral("user.sqlite")), &error);
    const Catalog catalog = Catalog::load(store->databases());
    QSqlQuery q(store->user());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO event(id, date, kind, company_id, title_en, title_zh_hant, title_zh_hans, source_id) "
                                  "VALUES ('later', '2027', 'launch', 'nvidia', 'Later', '', '', 'gtc-2025')")));
    QCOMPARE(catalog.events().size(), 2);
    QCOMPARE(catalog.events().last().id, QStringLiteral("later"));
}

QTEST_GUILESS_MAIN(TestAtlasStore)
void TestAtlasStore::memoryTablesAreRead()
{
    QString error;
    const auto store = AtlasStore::open(m_bundled, QString(), &error);
    QVERIFY2(store, qPrintable(error));
    const MemoryData data = loadMemoryData(store->databases());
    // The fixture: one HBM share (Samsung 17% of 2025-Q2 shipments), H100's 5 stacks of 16 GiB, one HBF target.
    QCOMPARE(data.shares.size(), 1);
    QCOMPARE(data.shares.at(0).sharePct, 17.0);
    QCOMPARE(data.shares.at(0).shareOf, QStringLiteral("shipments"));
    QCOMPARE(data.chipMemory.size(), 1);
    QCOMPARE(data.chipMemory.at(0).generation, QStringLiteral("HBM3"));
    QCOMPARE(*data.chipMemory.at(0).stacks, 5);
    QCOMPARE(*data.chipMemory.at(0).stackBytes, 16.0 * 1024 * 1024 * 1024); // 80 GiB / 5
    QCOMPARE(data.outlook.size(), 1);
    QCOMPARE(*data.outlook.at(0).value, 1.6e12);
    QCOMPARE(data.outlook.at(0).targetOn, QStringLiteral("2027"));
    QVERIFY(data.outlook.at(0).isTarget());
}

void TestAtlasStore::version5UserSharesBecomeUnknown()
{
    // A share a user entered before schema 6 never said what it was a share of: after the migration it is
    // "unknown", and the Memory view draws it as such.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString user = home.filePath(QStringLiteral("user.sqlite"));
    {
        SqlConnection connection(user, SqlConnection::Mode::ReadWrite);
        QVERIFY(connection.isOpen());
        QVERIFY(applyMigrations(connection.database(),
                                {QStringLiteral("0001_initial.sql"), QStringLiteral("0002_flow_status_company_role.sql"),
                                 QStringLiteral("0003_country_and_aggregates.sql"), QStringLiteral("0004_chinese_chip_text.sql"),
                                 QStringLiteral("0005_citations.sql")},
                                5));
        QSqlQuery q(connection.database());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO market_share(segment, period, company_id, share_pct, basis, source_id, id) "
                                       "VALUES ('HBM', '2025-Q4', 'samsung', 30, 'reported', 'art-korea', 'my-share')")),
                 qPrintable(q.lastError().text()));
    }
    QString error;
    const auto store = AtlasStore::open(m_bundled, user, &error);
    QVERIFY2(store && store->hasUserDatabase() && store->userProblem().isEmpty(), qPrintable(error + (store ? store->userProblem() : QString())));
    const MemoryData data = loadMemoryData(store->databases());
    QCOMPARE(data.shares.size(), 2); // the fixture's, then the user's
    QCOMPARE(data.shares.at(1).id, QStringLiteral("my-share"));
    QCOMPARE(data.shares.at(1).shareOf, QStringLiteral("unknown"));
    QVERIFY(data.shares.at(1).isShareOfUnknown());
}

void TestAtlasStore::systemsAreRead()
{
    QString error;
    const auto store = AtlasStore::open(m_bundled, QString(), &error);
    QVERIFY2(store, qPrintable(error));
    const QList<SystemSpec> systems = loadSystems(store->databases());
    // The fixture: a DGX H100 of 8 GPUs, 10,200 W and $200,000; a Rubin rack with neither power nor price.
    QCOMPARE(systems.size(), 2);
    QCOMPARE(systems.at(0).id, QStringLiteral("dgx-h100"));
    QCOMPARE(systems.at(0).accelerators, 8);
    QCOMPARE(*systems.at(0).powerW, 10200.0);
    QCOMPARE(*systems.at(0).priceUsd, 200000.0);
    QCOMPARE(*systems.at(0).scaleupBandwidth, 900e9);
    QCOMPARE(systems.at(0).priceSourceId, QStringLiteral("art-korea"));
    QVERIFY(!systems.at(1).powerW && !systems.at(1).priceUsd);
    QCOMPARE(*systems.at(1).scaleupDomain, 72);
}

#include "tst_atlas_store.moc"
