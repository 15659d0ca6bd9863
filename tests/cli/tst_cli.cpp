// The command line as a user runs it: the real binary through QProcess, with a private home so the user
// database is the test's own. Asserts exit codes, stdout that parses, and messages on stderr.
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};
} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    Run run(const QStringList &args, const QString &dataHome = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.isEmpty() ? m_home.filePath(QStringLiteral("data")) : dataHome);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ATLAS_BINARY), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

    static QJsonArray parseArray(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            qWarning() << "not a JSON array:" << error.errorString() << bytes.left(200);
        return doc.array();
    }

private slots:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("compute-atlas 0.1.0 (dataset "));
    }

    void chipsJsonListsEveryChipWithDenseFigures()
    {
        const Run r = run({QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray chips = parseArray(r.out);
        QSet<QString> ids;
        for (const QJsonValue &v : chips) {
            const QJsonObject c = v.toObject();
            ids.insert(c.value(QStringLiteral("id")).toString());
            for (const char *key : {"id", "vendor", "name", "family", "status", "announced", "available", "memory_bytes",
                                    "memory_bandwidth_bytes_per_s", "tdp_w", "scaleup_bandwidth_bytes_per_s", "peak_flops"})
                QVERIFY2(c.contains(QLatin1String(key)), key);
        }
        // The chip ids issue 2 asks for and the accelerators issue 14 added, exactly.
        const QSet<QString> expected{
            QStringLiteral("h100-sxm"), QStringLiteral("h200-sxm"), QStringLiteral("b200"), QStringLiteral("gb200"),
            QStringLiteral("b300"), QStringLiteral("gb300"), QStringLiteral("rubin"), QStringLiteral("rubin-cpx"),
            QStringLiteral("rubin-ultra"), QStringLiteral("feynman"), QStringLiteral("tpu-v4"), QStringLiteral("tpu-v5e"),
            QStringLiteral("tpu-v5p"), QStringLiteral("tpu-v6e"), QStringLiteral("tpu-v7"), QStringLiteral("mi300x"),
            QStringLiteral("mi325x"), QStringLiteral("mi355x"), QStringLiteral("mi455x"), QStringLiteral("trainium2"),
            QStringLiteral("trainium3"), QStringLiteral("gaudi3"),
            QStringLiteral("tpu-8t"), QStringLiteral("tpu-8i"), QStringLiteral("trainium4"), QStringLiteral("maia-200"),
            QStringLiteral("ascend-910c"), QStringLiteral("ascend-950pr"), QStringLiteral("ascend-950dt"),
            QStringLiteral("ascend-960"), QStringLiteral("ascend-970"), QStringLiteral("crescent-island"),
            QStringLiteral("qualcomm-ai200"), QStringLiteral("qualcomm-ai250")};
        QCOMPARE(ids, expected);

        // H100 SXM: NVIDIA's datasheet BF16 is 1,979 TFLOP/s *with sparsity*; the dense figure is half: 989.5e12.
        for (const QJsonValue &v : chips) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("id")).toString() == QLatin1String("h100-sxm")) {
                QCOMPARE(c.value(QStringLiteral("peak_flops")).toObject().value(QStringLiteral("bf16")).toDouble(), 989.5e12);
                QCOMPARE(c.value(QStringLiteral("memory_bandwidth_bytes_per_s")).toDouble(), 3.35e12);
                QVERIFY(!c.value(QStringLiteral("peak_flops")).toObject().contains(QStringLiteral("fp4"))); // Hopper has no FP4
            }
        }
    }

    void everyChipFigureHasASourceInTheExport()
    {
        const QJsonArray chips = parseArray(run({QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("json")}).out);
        const QJsonArray claims = parseArray(run({QStringLiteral("export"), QStringLiteral("spec_claim"), QStringLiteral("--format"), QStringLiteral("json")}).out);
        const QJsonArray sources = parseArray(run({QStringLiteral("export"), QStringLiteral("source"), QStringLiteral("--format"), QStringLiteral("json")}).out);
        QSet<QString> sourceIds;
        for (const QJsonValue &s : sources)
            sourceIds.insert(s.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(!chips.isEmpty());
        int checked = 0;
        for (const QJsonValue &v : chips) {
            const QJsonObject chip = v.toObject();
            const QJsonObject peak = chip.value(QStringLiteral("peak_flops")).toObject();
            for (auto it = peak.constBegin(); it != peak.constEnd(); ++it) {
                bool found = false;
                for (const QJsonValue &cv : claims) {
                    const QJsonObject c = cv.toObject();
                    if (c.value(QStringLiteral("chip_id")) == chip.value(QStringLiteral("id")) && c.value(QStringLiteral("metric")) == QLatin1String("peak_flops")
                        && c.value(QStringLiteral("precision")) == it.key() && c.value(QStringLiteral("sparse")).toInt() == 0
                        && c.value(QStringLiteral("value")).toDouble() == it.value().toDouble()) {
                        QVERIFY2(sourceIds.contains(c.value(QStringLiteral("source_id")).toString()), qPrintable(c.value(QStringLiteral("source_id")).toString()));
                        found = true;
                    }
                }
                QVERIFY2(found, qPrintable(chip.value(QStringLiteral("id")).toString() + QLatin1Char(' ') + it.key()));
                ++checked;
            }
        }
        QVERIFY(checked > 50);
    }

    void exportEveryTableAsJsonAndCsv_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *t : {"source", "country", "company", "chip", "spec_claim", "event", "deployment", "flow", "market_share", "llm_model",
                              "measurement", "citation", "chip_memory", "memory_outlook", "system", "rental_price", "meta"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void exportEveryTableAsJsonAndCsv()
    {
        QFETCH(QString, table);
        const Run json = run({QStringLiteral("export"), table, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = parseArray(json.out);
        QVERIFY2(!rows.isEmpty(), qPrintable(table));
        const Run csv = run({QStringLiteral("export"), table, QStringLiteral("--format=csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(!csv.out.startsWith("\xEF\xBB\xBF")); // no BOM on a pipe
        QCOMPARE(csv.out.count("\r\n") >= rows.size() + 1, true);
    }

    void exportToFileIsAtomicAndStartsWithBom()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("company.csv"));
        const Run r = run({QStringLiteral("export"), QStringLiteral("company"), QStringLiteral("-o"), path});
        QCOMPARE(r.exitCode, 0);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "id,name_en,name_zh_hant,name_zh_hans,country_iso2,ticker,role\r\n"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("輝達")));

        const Run bad = run({QStringLiteral("export"), QStringLiteral("company"), QStringLiteral("-o"), dir.filePath(QStringLiteral("missing/dir/x.csv"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QLatin1String("cannot write")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/dir/x.csv"))));
    }

    void badInputSaysWhatIsValid_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("sub-command") << QStringList{QStringLiteral("chipz")} << "unknown sub-command 'chipz'; valid: ";
        QTest::newRow("format") << QStringList{QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("xml")}
                                << "'xml' is not a valid format; valid: table, csv, json";
        QTest::newRow("flag") << QStringList{QStringLiteral("chips"), QStringLiteral("--colour")}
                              << "chips: unknown option '--colour'; valid options: --format";
        QTest::newRow("table") << QStringList{QStringLiteral("export"), QStringLiteral("chips")}
                               << "'chips' is not a valid table; valid: source, country, company, chip, spec_claim";
        QTest::newRow("export format") << QStringList{QStringLiteral("export"), QStringLiteral("chip"), QStringLiteral("--format"), QStringLiteral("yaml")}
                                       << "'yaml' is not a valid format; valid: csv, json";
        QTest::newRow("missing value") << QStringList{QStringLiteral("chips"), QStringLiteral("--format")} << "chips: --format needs a value";
        QTest::newRow("db action") << QStringList{QStringLiteral("db"), QStringLiteral("vacuum")}
                                   << "'vacuum' is not a valid action; valid: check, info, path, import, export-user, reset";
        QTest::newRow("global option") << QStringList{QStringLiteral("--frobnicate"), QStringLiteral("chips")} << "unknown option '--frobnicate'";
    }
    void badInputSaysWhatIsValid()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void dbCheckInfoPath()
    {
        const Run check = run({QStringLiteral("db"), QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QVERIFY(check.out.startsWith("ok: "));
        const Run info = run({QStringLiteral("db"), QStringLiteral("info")});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains("dataset version: "));
        QVERIFY(info.out.contains("  citation      "));
        // The newest fact of the bundled data (no event after November 2026 is in it), and the share of current chip
        // figures whose primary source is the vendor's own publication or a filing, with none left unmarked.
        const QRegularExpression newest(QStringLiteral("newest fact:     (2026-1[01](-[0-3][0-9])?) \\("));
        QVERIFY2(newest.match(QString::fromUtf8(info.out)).hasMatch(), info.out.constData());
        const QRegularExpression share(QStringLiteral("official primary sources: (\\d+) of (\\d+) current chip figures \\((\\d+) %\\)"));
        const QRegularExpressionMatch m = share.match(QString::fromUtf8(info.out));
        QVERIFY2(m.hasMatch(), info.out.constData());
        QVERIFY(m.captured(1).toInt() > 0 && m.captured(1).toInt() <= m.captured(2).toInt());
        QCOMPARE(m.captured(3).toInt(), qRound(100.0 * m.captured(1).toInt() / m.captured(2).toInt()));
        QVERIFY2(!info.out.contains("not marked reported"), info.out.constData());
        const Run path = run({QStringLiteral("db"), QStringLiteral("path")});
        QCOMPARE(path.exitCode, 0);
        QCOMPARE(QString::fromUtf8(path.out).trimmed(), m_home.filePath(QStringLiteral("data/compute-atlas/user.sqlite")));
    }

    void dbCheckOfADatasetFolderReportsEveryProblem()
    {
        QTemporaryDir dir;
        const QString fixture = QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/dataset");
        for (const QString &name : QDir(fixture).entryList({QStringLiteral("*.csv")}, QDir::Files))
            QFile::copy(fixture + QLatin1Char('/') + name, dir.filePath(name));
        QFile chip(dir.filePath(QStringLiteral("chip.csv")));
        QVERIFY(chip.open(QIODevice::ReadOnly));
        QByteArray bytes = chip.readAll();
        chip.close();
        bytes.replace("2022-03,2022-Q4,shipping", "March 2022,2022-Q4,shipped");
        QFile::remove(chip.fileName());
        QVERIFY(chip.open(QIODevice::WriteOnly));
        chip.write(bytes);
        chip.close();
        const Run r = run({QStringLiteral("db"), QStringLiteral("check"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("chip.csv:2:6: 'March 2022' is not a date")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("chip.csv:2:8: 'shipped' is not a valid status")));
        QVERIFY(r.err.contains(QLatin1String("2 problem(s)")));
    }

    void importIsAllOrNothing()
    {
        QTemporaryDir home;
        QTemporaryDir dir;
        const QByteArray header = "chip_id,what,precision,value,unit,conditions,measured_on,source_id,note,id\n";
        QFile bad(dir.filePath(QStringLiteral("bad.csv")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(header + "b200,stream,,6.9e12,B/s,,2026-11,hpctech-h100-spec,,lab-1\nb900,stream,,6.9e12,B/s,,2026-11,hpctech-h100-spec,,lab-2\n");
        bad.close();
        const Run rejected = run({QStringLiteral("db"), QStringLiteral("import"), bad.fileName(), QStringLiteral("--table"), QStringLiteral("measurement")}, home.path());
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY2(rejected.err.contains(QLatin1String("bad.csv:3:1: chip_id 'b900' does not exist in chip")), qPrintable(rejected.err));
        QVERIFY(rejected.err.contains(QLatin1String("nothing was imported")));

        QFile good(dir.filePath(QStringLiteral("good.csv")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(header + "b200,stream,,6.9e12,B/s,my lab,2026-11,hpctech-h100-spec,,lab-1\n");
        good.close();
        const Run imported = run({QStringLiteral("db"), QStringLiteral("import"), good.fileName(), QStringLiteral("--table=measurement")}, home.path());
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(imported.out.startsWith("imported 1 rows into measurement"));
        // The export now holds the bundled rows and the user's one, after them.
        const QJsonArray rows = parseArray(run({QStringLiteral("export"), QStringLiteral("measurement"), QStringLiteral("--format"), QStringLiteral("json")}, home.path()).out);
        QCOMPARE(rows.last().toObject().value(QStringLiteral("conditions")).toString(), QStringLiteral("my lab"));
    }

    // Issue 20: your rows out (export-user), the database moved aside (reset --yes), and the file read back in.
    void exportUserRoundTripsThroughResetAndImport()
    {
        QTemporaryDir home;
        QTemporaryDir dir;
        QFile mine(dir.filePath(QStringLiteral("mine.csv")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("chip_id,what,precision,value,unit,conditions,measured_on,source_id,note,id\n"
                   "b200,stream,,6.9e12,B/s,\"my lab, 1 GiB\",2026-11,hpctech-h100-spec,實驗室,lab-1\n"
                   "b200,gemm,bf16,2.1e15,FLOP/s,8192^3,2026-11,hpctech-h100-spec,,lab-2\n");
        mine.close();
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("import"), mine.fileName(), QStringLiteral("--table=measurement")}, home.path()).exitCode, 0);

        const QString exported = dir.filePath(QStringLiteral("exported.csv"));
        const Run out = run({QStringLiteral("db"), QStringLiteral("export-user"), QStringLiteral("--table"), QStringLiteral("measurement"), QStringLiteral("-o"), exported}, home.path());
        QCOMPARE(out.exitCode, 0);
        QVERIFY2(out.err.contains("wrote your 2 rows of measurement"), qPrintable(out.err));
        // Only the user's two rows (the bundled measurement is not in it): a header and two lines.
        const Run piped = run({QStringLiteral("db"), QStringLiteral("export-user"), QStringLiteral("--table=measurement")}, home.path());
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.out.count("\r\n"), 3);
        QVERIFY(piped.out.contains("\"my lab, 1 GiB\""));
        QVERIFY(piped.out.contains("實驗室"));

        const QString userDb = home.filePath(QStringLiteral("compute-atlas/user.sqlite"));
        const Run refused = run({QStringLiteral("db"), QStringLiteral("reset")}, home.path());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("db reset --yes"), qPrintable(refused.err));
        QVERIFY(QFileInfo::exists(userDb));

        const Run reset = run({QStringLiteral("db"), QStringLiteral("reset"), QStringLiteral("--yes")}, home.path());
        QCOMPARE(reset.exitCode, 0);
        const QRegularExpression moved(QStringLiteral("moved your user database to (.*user-\\d{8}-\\d{6}\\.sqlite);"));
        const QRegularExpressionMatch m = moved.match(QString::fromUtf8(reset.out));
        QVERIFY2(m.hasMatch(), reset.out.constData());
        QVERIFY(QFileInfo(m.captured(1)).size() > 0); // kept, beside it
        QVERIFY(!QFileInfo::exists(userDb));
        // Empty now: the export has the header only.
        const Run empty = run({QStringLiteral("db"), QStringLiteral("export-user"), QStringLiteral("--table=measurement")}, home.path());
        QCOMPARE(empty.out.count("\r\n"), 1);

        // The exported file reads back as the same rows.
        const Run again = run({QStringLiteral("db"), QStringLiteral("import"), exported, QStringLiteral("--table=measurement")}, home.path());
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(again.out.startsWith("imported 2 rows into measurement"));
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("export-user"), QStringLiteral("--table=measurement")}, home.path()).out, piped.out);
    }

    void dbResetWithoutADatabaseSaysSo()
    {
        QTemporaryDir home;
        const Run r = run({QStringLiteral("db"), QStringLiteral("reset"), QStringLiteral("--yes")}, home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("nothing to reset"), r.out.constData());
    }

    void corruptUserDatabaseWarnsAndBundledDataServes()
    {
        QTemporaryDir home;
        QDir().mkpath(home.filePath(QStringLiteral("compute-atlas")));
        const QString userDb = home.filePath(QStringLiteral("compute-atlas/user.sqlite"));
        {
            QFile f(userDb);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a database, and it must stay exactly as it is");
        }
        const Run chips = run({QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("json")}, home.path());
        QCOMPARE(chips.exitCode, 0);
        QCOMPARE(parseArray(chips.out).size(), 34); // every bundled chip
        QVERIFY2(chips.err.contains(QLatin1String("warning: the user database")) && chips.err.contains(QLatin1String("not a readable SQLite database")), qPrintable(chips.err));
        const Run check = run({QStringLiteral("db"), QStringLiteral("check")}, home.path());
        QCOMPARE(check.exitCode, 1);
        QFile f(userDb);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("this is not a database, and it must stay exactly as it is"));
    }

    // compare (issue 3): chips side by side with ratios to a baseline, in every report format.
    void compareJsonHasRawValuesRatiosAndSources()
    {
        const Run r = run({QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("tpu-v7"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        for (const char *key : {"title", "subtitle", "date", "dataset_version", "language", "columns", "rows", "sources", "notes"})
            QVERIFY2(root.contains(QLatin1String(key)), key);
        QStringList keys;
        for (const QJsonValue &c : root.value(QStringLiteral("columns")).toArray())
            keys << c.toObject().value(QStringLiteral("key")).toString();
        // The first chip is the baseline: Ironwood gets a ratio column, Rubin does not.
        QCOMPARE(keys, (QStringList{"metric", "unit", "rubin", "tpu-v7", "tpu-v7_vs_rubin"}));
        QCOMPARE(root.value(QStringLiteral("subtitle")).toString(), QStringLiteral("Baseline: Rubin (VR200 / R200)"));

        QSet<QString> cited;
        for (const QJsonValue &s : root.value(QStringLiteral("sources")).toArray())
            cited.insert(s.toObject().value(QStringLiteral("id")).toString());
        QVERIFY(!cited.isEmpty());
        const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 17); // 15 chip rows + system power and price per accelerator (issue 17)
        const QJsonObject bf16 = rows.at(0).toObject();
        QCOMPARE(bf16.value(QStringLiteral("metric")).toString(), QStringLiteral("bf16_flops"));
        QCOMPARE(bf16.value(QStringLiteral("unit")).toString(), QStringLiteral("FLOP/s"));
        // Dense BF16: Rubin 4,000 TFLOP/s, Ironwood 2,307 TFLOP/s; 2,307 / 4,000 = 0.57675.
        QCOMPARE(bf16.value(QStringLiteral("rubin")).toDouble(), 4000e12);
        QCOMPARE(bf16.value(QStringLiteral("tpu-v7")).toDouble(), 2307e12);
        QVERIFY(qAbs(bf16.value(QStringLiteral("tpu-v7_vs_rubin")).toDouble() - 0.57675) < 1e-9);
        // Every figure's source is in the sources list.
        for (const QJsonValue &row : rows) {
            const QJsonObject ids = row.toObject().value(QStringLiteral("source_ids")).toObject();
            for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
                for (const QJsonValue &id : it.value().toArray())
                    QVERIFY2(cited.contains(id.toString()), qPrintable(id.toString()));
        }
    }

    void compareByAliasWithABaseline()
    {
        // Aliases are case-insensitive; a baseline not among the chips is compared too, first.
        const Run r = run({QStringLiteral("compare"), QStringLiteral("IRONWOOD"), QStringLiteral("b200"), QStringLiteral("--baseline"),
                           QStringLiteral("h100-sxm"), QStringLiteral("--format=json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList keys;
        for (const QJsonValue &c : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("columns")).toArray())
            keys << c.toObject().value(QStringLiteral("key")).toString();
        QCOMPARE(keys, (QStringList{"metric", "unit", "h100-sxm", "tpu-v7", "b200", "tpu-v7_vs_h100-sxm", "b200_vs_h100-sxm"}));
    }

    void compareTableIsTheDefault()
    {
        const Run r = run({QStringLiteral("compare"), QStringLiteral("h100-sxm"), QStringLiteral("b200")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.startsWith(QLatin1String("Accelerator comparison\nBaseline: H100 SXM\n")));
        QVERIFY(text.contains(QLatin1String("989.5 TFLOP/s")));
        QVERIFY(text.contains(QStringLiteral("B200 (HGX) ÷ H100 SXM")));
    }

    void compareXlsxIsAValidWorkbook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.xlsx"));
        const Run r = run({QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("tpu-v7"), QStringLiteral("--format"),
                           QStringLiteral("xlsx"), QStringLiteral("-o"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QLatin1String("wrote a comparison of 2 chips to ")));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), path});
        QVERIFY(unzip.waitForFinished(30000));
        QVERIFY2(unzip.exitCode() == 0, unzip.readAllStandardOutput().constData());
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
        QVERIFY(unzip.waitForFinished(30000));
        const QByteArray workbook = unzip.readAllStandardOutput();
        QVERIFY(workbook.contains("<sheet name=\"Comparison\"") && workbook.contains("<sheet name=\"Sources\"") && workbook.contains("<sheet name=\"Notes\""));
    }

    // Issue 19's "done when": the workbook holds native charts fed by the Comparison sheet, the PDF draws them
    // (their titles extract as text), the HTML inlines them as SVG; --charts picks rows, --no-charts drops them.
    void compareWritesCharts()
    {
        QTemporaryDir dir;
        const QStringList chips{QStringLiteral("compare"), QStringLiteral("h100-sxm"), QStringLiteral("b200"), QStringLiteral("rubin"), QStringLiteral("tpu-v7")};
        auto unzipPart = [](const QString &xlsx, const QString &part) {
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, part});
            unzip.waitForFinished(30000);
            return unzip.exitCode() == 0 ? QString::fromUtf8(unzip.readAllStandardOutput()) : QString();
        };
        const QString xlsx = dir.filePath(QStringLiteral("x.xlsx"));
        Run r = run(QStringList(chips) << QStringLiteral("--format") << QStringLiteral("xlsx") << QStringLiteral("-o") << xlsx);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString chart = unzipPart(xlsx, QStringLiteral("xl/charts/chart1.xml"));
        // Four chips in columns C to F; the first chart is the first row (dense BF16), sheet row 2.
        QVERIFY2(chart.contains(QLatin1String("<c:f>Comparison!$C$2:$F$2</c:f>")), qPrintable(chart.left(3000)));
        QVERIFY(chart.contains(QLatin1String("<c:f>Comparison!$C$1:$F$1</c:f>")));

        const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
        r = run(QStringList(chips) << QStringLiteral("-o") << pdf);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(pdfText.contains(QLatin1String("Charts")) && pdfText.contains(QLatin1String("H100 SXM (baseline)")), qPrintable(pdfText.left(3000)));

        r = run(QStringList(chips) << QStringLiteral("--format") << QStringLiteral("html") << QStringLiteral("--charts") << QStringLiteral("memory_bandwidth,fp8_flops"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count("<svg "), 2);
        const qsizetype bandwidthChart = r.out.indexOf("<title>Memory bandwidth");
        QVERIFY(bandwidthChart > 0 && bandwidthChart < r.out.indexOf("<title>Dense FP8")); // in the order asked
        r = run(QStringList(chips) << QStringLiteral("--format") << QStringLiteral("html") << QStringLiteral("--no-charts"));
        QCOMPARE(r.out.count("<svg "), 0);
        const QString plain = dir.filePath(QStringLiteral("plain.xlsx"));
        QCOMPARE(run(QStringList(chips) << QStringLiteral("--no-charts") << QStringLiteral("-o") << plain).exitCode, 0);
        QVERIFY(unzipPart(plain, QStringLiteral("xl/charts/chart1.xml")).isEmpty());

        r = run(QStringList(chips) << QStringLiteral("--format") << QStringLiteral("html") << QStringLiteral("--charts") << QStringLiteral("status"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("compare: no chart for row 'status'; valid: bf16_flops, fp8_flops")), qPrintable(r.err));
    }

    void compareFileFormatsFollowTheExtension()
    {
        QTemporaryDir dir;
        // -o with a known extension and no --format: the extension decides.
        const QString pdf = dir.filePath(QStringLiteral("compare.pdf"));
        const Run r = run({QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("tpu-v7"), QStringLiteral("-o"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // no display: the PDF is laid out offscreen
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");

        const QString csv = dir.filePath(QStringLiteral("compare.csv"));
        QCOMPARE(run({QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("-o"), csv}).exitCode, 0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll().startsWith("\xEF\xBB\xBF" "Metric,Unit,Rubin (VR200 / R200)\r\n"));
        // On a pipe, no BOM.
        const Run pipe = run({QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(pipe.out.startsWith("Metric,Unit,"));
    }

    void compareHtmlAndMarkdownToStdout()
    {
        const Run html = run({QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("tpu-v7"), QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("<h2>Sources</h2>"));
        const Run md = run({QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("tpu-v7"), QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.startsWith("# Accelerator comparison\n"));
        QVERIFY(md.out.contains("\n## Sources\n\n1. ["));
    }

    void compareLanguageBeforeOrAfterTheSubCommand()
    {
        // A global --lang before the sub-command runs headless, as after it.
        for (const QStringList &args : {QStringList{QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("--format"), QStringLiteral("json")},
                                        QStringList{QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("zh_TW")}}) {
            const Run r = run(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonObject root = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(root.value(QStringLiteral("language")).toString(), QStringLiteral("zh_TW"));
            // The app's translation is installed: titles and headers are Chinese, machine keys are not.
            const QString title = root.value(QStringLiteral("title")).toString();
            QVERIFY2(std::any_of(title.cbegin(), title.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }), qPrintable(title));
            const QJsonObject metric = root.value(QStringLiteral("columns")).toArray().at(0).toObject();
            QCOMPARE(metric.value(QStringLiteral("key")).toString(), QStringLiteral("metric"));
            QVERIFY(metric.value(QStringLiteral("header")).toString() != QLatin1String("Metric"));
        }
    }

    void compareBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown chip") << QStringList{QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("x")}
                                      << "compare: unknown chip 'x'; valid: h100-sxm, h200-sxm, b200";
        QTest::newRow("unknown baseline") << QStringList{QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("--baseline"), QStringLiteral("h300")}
                                          << "compare: unknown chip 'h300'; valid: ";
        QTest::newRow("no chips") << QStringList{QStringLiteral("compare")} << "compare: name the chips to compare; valid: h100-sxm";
        QTest::newRow("xlsx without -o") << QStringList{QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("--format"), QStringLiteral("xlsx")}
                                         << "compare: --format xlsx writes a file; give one with -o FILE";
        QTest::newRow("pdf without -o") << QStringList{QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("--format"), QStringLiteral("pdf")}
                                        << "compare: --format pdf writes a file; give one with -o FILE";
        QTest::newRow("format") << QStringList{QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("--format"), QStringLiteral("xml")}
                                << "'xml' is not a valid format; valid: table, csv, json, xlsx, html, md, pdf";
        QTest::newRow("language") << QStringList{QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("--lang"), QStringLiteral("fr")}
                                  << "'fr' is not a valid language; valid: en, zh_TW, zh_CN";
        QTest::newRow("flag") << QStringList{QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("--colour")}
                              << "compare: unknown option '--colour'; valid options: --format, -o, --output, --lang, --baseline";
        QTest::newRow("export xlsx without -o") << QStringList{QStringLiteral("export"), QStringLiteral("chip"), QStringLiteral("--format"), QStringLiteral("xlsx")}
                                                << "export: --format xlsx writes a file; give one with -o FILE";
    }
    void compareBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void compareFailedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/dir/x.xlsx"));
        const Run r = run({QStringLiteral("compare"), QStringLiteral("rubin"), QStringLiteral("-o"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot write ") + path), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }

    // export TABLE as documents: the same writers, with the sources the table cites.
    void exportTableAsDocuments()
    {
        const Run html = run({QStringLiteral("export"), QStringLiteral("spec_claim"), QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(html.exitCode == 0, qPrintable(html.err));
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("<h1>Spec claims</h1>"));
        QVERIFY(html.out.contains("<th scope=\"col\">Value</th>"));
        QVERIFY(html.out.contains("<h2>Sources</h2>"));
        QVERIFY(html.out.contains("989.5 TFLOP/s"));

        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("chips.xlsx"));
        const Run x = run({QStringLiteral("export"), QStringLiteral("chip"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), xlsx});
        QVERIFY2(x.exitCode == 0, qPrintable(x.err));
        QVERIFY(x.err.contains(QLatin1String("wrote 34 rows of chip to ")));
        QFile f(xlsx);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(2) == "PK");

        const Run md = run({QStringLiteral("export"), QStringLiteral("company"), QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.startsWith("# Companies\n"));
        QVERIFY(QString::fromUtf8(md.out).contains(QStringLiteral("輝達")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
