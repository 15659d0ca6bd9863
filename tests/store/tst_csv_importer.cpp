// Importing a user's CSV: all rows or none, every problem listed, references may point at bundled rows,
// spreadsheet encodings (UTF-8 with BOM, UTF-16, Big5) read.
#include "csv_importer.h"
#include "database_builder.h"
#include "table_reader.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

class TestCsvImporter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bundled;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        return path;
    }

    std::unique_ptr<AtlasStore> openStore(const QString &userName)
    {
        QString error;
        auto store = AtlasStore::open(m_bundled, m_dir.filePath(userName), &error);
        if (!store)
            qWarning() << error;
        return store;
    }

    static int rows(const AtlasStore &store, const QString &table)
    {
        return int(TableReader::read({store.user()}, table).rows.size());
    }

    const QByteArray kMeasurementHeader = "chip_id,what,precision,value,unit,conditions,measured_on,source_id,note,id\n";

private slots:
    void initTestCase()
    {
        QList<Problem> problems;
        const auto tables = DatasetFiles::read(QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset"), &problems);
        QVERIFY(problems.isEmpty());
        m_bundled = m_dir.filePath(QStringLiteral("bundled.sqlite"));
        QString error;
        QVERIFY2(DatabaseBuilder::build(tables, m_bundled, {QStringLiteral("v"), QStringLiteral("2026-11-29")}, &error), qPrintable(error));
    }

    void importsRowsThatCiteBundledData()
    {
        auto store = openStore(QStringLiteral("user1.sqlite"));
        // h100-sxm and nv-h100-ds exist only in the bundled database.
        const QString path = write(QStringLiteral("ok.csv"), kMeasurementHeader
                                   + "h100-sxm,stream,,3.0e12,B/s,\"triad, 1 GiB\",2026-11,nv-h100-ds,mine,lab-stream-1\n"
                                     "h100-sxm,gemm,bf16,700e12,FLOP/s,8192^3,2026-11,nv-h100-ds,,lab-gemm-1\n");
        const ImportResult r = CsvImporter::importFile(*store, QStringLiteral("measurement"), path);
        QVERIFY(r.ok());
        QCOMPARE(r.rowsImported, 2);
        QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(rows(*store, QStringLiteral("measurement")), 2);
        // The bundled database is never written.
        QCOMPARE(TableReader::read({store->bundled()}, QStringLiteral("measurement")).rows.size(), 1);
    }

    void cancelWritesNothing()
    {
        auto store = openStore(QStringLiteral("user-cancel.sqlite"));
        const QString path = write(QStringLiteral("cancel.csv"), kMeasurementHeader
                                   + "h100-sxm,stream,,3.0e12,B/s,,2026-11,nv-h100-ds,,lab-c1\n"
                                     "h100-sxm,stream,,3.1e12,B/s,,2026-11,nv-h100-ds,,lab-c2\n");
        int asked = 0;
        ImportOptions options;
        options.cancelled = [&asked] { return ++asked > 1; }; // not before starting; yes before committing
        const ImportResult r = CsvImporter::importFile(*store, QStringLiteral("measurement"), path, options);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(asked, 2); // two rows: no check inside the loop (every 512 rows), one at the start, one at the end
        QCOMPARE(rows(*store, QStringLiteral("measurement")), 0);
        // The transaction and the lock are gone: the same file imports now.
        QCOMPARE(CsvImporter::importFile(*store, QStringLiteral("measurement"), path).rowsImported, 2);
        QCOMPARE(rows(*store, QStringLiteral("measurement")), 2);
    }

    void rejectsTheWholeFileAndListsEveryProblem()
    {
        auto store = openStore(QStringLiteral("user2.sqlite"));
        const QString path = write(QStringLiteral("bad.csv"), kMeasurementHeader
                                   + "h100-sxm,stream,,3.0e12,B/s,,2026-11,nv-h100-ds,,lab-1\n"  // fine
                                     "h900,stream,,3.0e12,B/s,,2026-11,nv-h100-ds,,lab-2\n"      // unknown chip
                                     "h100-sxm,stream,,3.0e12,B/s,,2026-11,my-lab,,lab-3\n");    // unknown source
        const ImportResult r = CsvImporter::importFile(*store, QStringLiteral("measurement"), path);
        QVERIFY(!r.ok());
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems.at(0).toString(), QStringLiteral("bad.csv:3:1: chip_id 'h900' does not exist in chip"));
        QCOMPARE(r.problems.at(1).toString(), QStringLiteral("bad.csv:4:8: source_id 'my-lab' does not exist in source"));
        QCOMPARE(rows(*store, QStringLiteral("measurement")), 0); // not even the good first row
    }

    void refusesAnExistingId()
    {
        auto store = openStore(QStringLiteral("user3.sqlite"));
        const QByteArray header = "id,name_en,name_zh_hant,name_zh_hans,country_iso2,ticker,role\n";
        const ImportResult r = CsvImporter::importFile(*store, QStringLiteral("company"),
                                                       write(QStringLiteral("dup.csv"), header + "nvidia,NVIDIA again,輝達,英伟达,US,,chip_designer\n"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(), QStringLiteral("dup.csv:2:1: id 'nvidia' already exists in company; choose another id"));
    }

    void importsCitationsOfBundledRows()
    {
        // A user may add a source to a bundled figure, or dispute it; the cited row must exist.
        auto store = openStore(QStringLiteral("user4.sqlite"));
        const QByteArray header = "fact_table,row_id,source_id,role,note\n";
        const ImportResult ok = CsvImporter::importFile(*store, QStringLiteral("citation"),
                                                        write(QStringLiteral("cite.csv"), header + "spec_claim,h100-sxm.tdp.2023,art-korea,dispute,gives 650 W\n"));
        QVERIFY2(ok.ok(), ok.problems.isEmpty() ? qPrintable(ok.error) : qPrintable(ok.problems.first().toString()));
        QCOMPARE(rows(*store, QStringLiteral("citation")), 1);
        const ImportResult bad = CsvImporter::importFile(*store, QStringLiteral("citation"),
                                                         write(QStringLiteral("cite-bad.csv"), header + "spec_claim,h100-sxm.tdp.1999,art-korea,dispute,\n"));
        QCOMPARE(bad.problems.size(), 1);
        QCOMPARE(bad.problems.first().toString(), QStringLiteral("cite-bad.csv:2:2: spec_claim has no row with id 'h100-sxm.tdp.1999'"));
    }

    void citationsImportedAloneAreCheckedAgainstTheRowsTheyCite()
    {
        // The citation rules hold across the bundled and the user's rows: a second role for a source a row already
        // cites, or a citation that leaves a bundled figure without a primary or secondary source, is refused.
        auto store = openStore(QStringLiteral("user-cite.sqlite"));
        const QByteArray header = "fact_table,row_id,source_id,role,note\n";
        // The fixture cites art-korea for H100's bandwidth already (secondary).
        ImportResult r = CsvImporter::importFile(*store, QStringLiteral("citation"),
                                                 write(QStringLiteral("again.csv"), header + "spec_claim,h100-sxm.bw.2023,art-korea,primary,\n"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(),
                 QStringLiteral("again.csv:2:3: spec_claim 'h100-sxm.bw.2023' already cites source 'art-korea' (bundled:citation, row 1); "
                                "give a source one role per row"));
        // H100's TDP rests on its datasheet alone: calling that source a mere article leaves it with none.
        r = CsvImporter::importFile(*store, QStringLiteral("citation"),
                                    write(QStringLiteral("demote.csv"), header + "spec_claim,h100-sxm.tdp.2023,nv-h100-ds,article,\n"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(),
                 QStringLiteral("demote.csv:2:4: with this citation, spec_claim 'h100-sxm.tdp.2023' has no primary or secondary source: its "
                                "source 'nv-h100-ds' is cited as article; cite the source of the figure with role primary or secondary"));
        // With a primary source beside it in the same file, it is fine.
        r = CsvImporter::importFile(*store, QStringLiteral("citation"),
                                    write(QStringLiteral("both.csv"), header + "spec_claim,h100-sxm.tdp.2023,nv-h100-ds,article,\n"
                                                                               "spec_claim,h100-sxm.tdp.2023,gtc-2025,primary,\n"));
        QVERIFY2(r.ok(), r.problems.isEmpty() ? qPrintable(r.error) : qPrintable(r.problems.first().toString()));
        QCOMPARE(rows(*store, QStringLiteral("citation")), 2);
    }

    void refusesAnExistingClaimId()
    {
        auto store = openStore(QStringLiteral("user5.sqlite"));
        const QByteArray header = "chip_id,metric,precision,value,unit,sparse,basis,claimed_on,source_id,note,note_zh_hant,note_zh_hans,id\n";
        const ImportResult r = CsvImporter::importFile(*store, QStringLiteral("spec_claim"),
                                                       write(QStringLiteral("claim.csv"), header + "h100-sxm,tdp,,650,W,0,reported,2026-11,art-korea,lab figure,,,h100-sxm.tdp.2023\n"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(), QStringLiteral("claim.csv:2:13: id 'h100-sxm.tdp.2023' already exists in spec_claim; choose another id"));
    }

    void readsSpreadsheetEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("id,name_en,name_zh_hant,name_zh_hans,country_iso2,ticker,role\r\ntsmc,TSMC,台積電,台积电,TW,2330.TW,foundry\r\n");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << "UTF-8";
        QStringEncoder utf16(QStringConverter::Utf16LE);
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE" + QByteArray(utf16(text))) << "UTF-16LE";
        // Excel on Traditional-Chinese Windows saves Big5; the simplified name has no Big5 form, so use 台積電.
        QStringEncoder big5("Big5");
        QTest::newRow("big5") << QByteArray(big5(QString(text).replace(QStringLiteral("台积电"), QStringLiteral("台積電")))) << "Big5";
    }
    void readsSpreadsheetEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        auto store = openStore(QStringLiteral("enc-%1.sqlite").arg(QTest::currentDataTag()));
        const ImportResult r = CsvImporter::importFile(*store, QStringLiteral("company"), write(QStringLiteral("c.csv"), bytes));
        QVERIFY2(r.ok(), r.problems.isEmpty() ? qPrintable(r.error) : qPrintable(r.problems.first().toString()));
        QCOMPARE(r.encoding, encoding);
        const DataTable t = TableReader::read({store->user()}, QStringLiteral("company"));
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows.first().at(2).toString(), QStringLiteral("台積電"));
    }

    void rowsAreCheckedAgainstBundledUserAndEachOther()
    {
        auto store = openStore(QStringLiteral("cross.sqlite"));
        const QByteArray chipHeader = "id,vendor_id,family,name,aliases,announced,available,status,process_node,memory_type,note,"
                                      "name_zh_hant,name_zh_hans,process_node_zh_hant,process_node_zh_hans\n";
        // A user chip may not take a bundled chip's alias: "hopper" finds H100 SXM.
        ImportResult r = CsvImporter::importFile(*store, QStringLiteral("chip"),
                                                 write(QStringLiteral("hopper.csv"), chipHeader + "hopper,nvidia,Hopper,Hopper,,2022,,shipping,,,,Hopper,Hopper,,\n"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(), QStringLiteral("hopper.csv:2:1: the name 'hopper' already belongs to chip 'h100-sxm'; a name must find one chip"));

        // Two rows of one file with one id; then the same id again in a second import.
        const QByteArray companyHeader = "id,name_en,name_zh_hant,name_zh_hans,country_iso2,ticker,role\n";
        r = CsvImporter::importFile(*store, QStringLiteral("company"),
                                    write(QStringLiteral("twice.csv"), companyHeader + "acme,Acme,x,x,US,,other\nbeta,Beta,x,x,US,,other\nacme,Acme 2,x,x,US,,other\n"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(), QStringLiteral("twice.csv:4:1: duplicate id 'acme' (first on line 2)"));
        QVERIFY(CsvImporter::importFile(*store, QStringLiteral("company"), write(QStringLiteral("once.csv"), companyHeader + "acme,Acme,x,x,US,,other\n")).ok());
        r = CsvImporter::importFile(*store, QStringLiteral("company"), write(QStringLiteral("again.csv"), companyHeader + "acme,Acme,x,x,US,,other\n"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(), QStringLiteral("again.csv:2:1: id 'acme' already exists in company; choose another id"));

        // The fixture's HBM 2025-Q2 share for Samsung from art-korea is 17 %: 90 % more for that group is 107 %.
        const QByteArray shareHeader = "segment,period,company_id,share_pct,basis,source_id,note,id,share_of\n";
        r = CsvImporter::importFile(*store, QStringLiteral("market_share"),
                                    write(QStringLiteral("share.csv"), shareHeader + "HBM,2025-Q2,nvidia,90,estimate,art-korea,,mine,shipments\n"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().toString(), QStringLiteral("share.csv:2:4: shares of one segment, period and source add up to 107%, more than 100% (shares of shipments)"));
        QCOMPARE(rows(*store, QStringLiteral("market_share")), 0);
    }

    void aRowMayNeedARowFurtherDown()
    {
        // A sparse figure needs its dense sibling; here the sibling comes two lines later: checked once all rows are in.
        auto store = openStore(QStringLiteral("later.sqlite"));
        const QByteArray header = "chip_id,metric,precision,value,unit,sparse,basis,claimed_on,source_id,note,note_zh_hant,note_zh_hans,id\n";
        const QByteArray sparse = "rubin,peak_flops,fp8,35e15,FLOP/s,1,official,2026-03,gtc-2025,,,,r.fp8.sparse\n";
        const QByteArray dense = "rubin,peak_flops,fp8,17.5e15,FLOP/s,0,official,2026-03,gtc-2025,,,,r.fp8\n";
        const QByteArray other = "rubin,tdp,,1800,W,0,official,2026-03,gtc-2025,,,,r.tdp\n";
        ImportResult r = CsvImporter::importFile(*store, QStringLiteral("spec_claim"), write(QStringLiteral("alone.csv"), header + sparse + other));
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().toString().startsWith(QLatin1String("alone.csv:2:6: a sparse figure needs its dense value beside it")),
                 qPrintable(r.problems.first().toString()));
        r = CsvImporter::importFile(*store, QStringLiteral("spec_claim"), write(QStringLiteral("pair.csv"), header + sparse + other + dense));
        QVERIFY2(r.ok(), r.problems.isEmpty() ? qPrintable(r.error) : qPrintable(r.problems.first().toString()));
        QCOMPARE(r.rowsImported, 3);
    }

    void problemsAreCountedPastTheFirstHundred()
    {
        auto store = openStore(QStringLiteral("cap.sqlite"));
        QByteArray csv = kMeasurementHeader;
        for (int i = 0; i < 130; ++i)
            csv += "h900,stream,,3.0e12,B/s,,2026-11,nv-h100-ds,,m" + QByteArray::number(i) + "\n"; // no chip h900
        const ImportResult r = CsvImporter::importFile(*store, QStringLiteral("measurement"), write(QStringLiteral("cap.csv"), csv));
        QCOMPARE(r.problems.size(), 100);
        QCOMPARE(r.unlistedProblems, 30);
        QCOMPARE(r.problems.last().line, 101);
    }

    void userDatabaseDeletedDuringTheImportIsNoticed()
    {
        const QString user = m_dir.filePath(QStringLiteral("deleted.sqlite"));
        auto store = openStore(QStringLiteral("deleted.sqlite"));
        QByteArray csv = kMeasurementHeader;
        for (int i = 0; i < 40000; ++i)
            csv += "h100-sxm,stream,,3.0e12,B/s,run " + QByteArray::number(i) + ",2026-11,nv-h100-ds,,run-" + QByteArray::number(i) + "\n";
        ImportOptions options;
        int calls = 0;
        // Someone deletes the file while the rows go in (SQLite keeps writing to the deleted file's inode).
        options.progress = [&](qint64, qint64) {
            if (calls++ == 0)
                QFile::remove(user);
        };
        const ImportResult r = CsvImporter::importFile(*store, QStringLiteral("measurement"), write(QStringLiteral("big.csv"), csv), options);
        QVERIFY(calls > 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.rowsImported, 0);
        QCOMPARE(r.error, QStringLiteral("the user database %1 was deleted, moved or replaced while the import ran; nothing was imported "
                                         "into the file now there").arg(user));
    }

    void noUserDatabaseIsAClearError()
    {
        QString error;
        auto store = AtlasStore::open(m_bundled, QString(), &error);
        const ImportResult r = CsvImporter::importFile(*store, QStringLiteral("company"), write(QStringLiteral("x.csv"), "id\n"));
        QVERIFY(r.error.startsWith(QLatin1String("there is no usable user database")));
        const ImportResult unknown = CsvImporter::importFile(*store, QStringLiteral("chips"), QString());
        QVERIFY(unknown.error.startsWith(QLatin1String("unknown table 'chips'; valid: source, country, company")));
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csv_importer.moc"
