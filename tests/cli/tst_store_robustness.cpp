// The store attacked as a careless or hostile user would (issue 13): one test or more per numbered item, through
// the real binary with a private home. Each asserts a message that says where and why, and that nothing was
// half-written. Where a condition needs a non-root user (a read-only file means nothing to root), the binary is
// run as "nobody"; a full disk is a file-size limit (RLIMIT_FSIZE) on the child process.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// How the child runs: as the unprivileged "nobody" (when the test runs as root), or with a limit on the size of any
// file it writes (the way to make its disk "full" without mounting one).
struct Limits {
    bool asNobody = false;
    qint64 maxFileBytes = 0;
};

constexpr uid_t kNobody = 65534;
const QByteArray kCompanyHeader = "id,name_en,name_zh_hant,name_zh_hans,country_iso2,ticker,role\n";
const QByteArray kMeasurementHeader = "chip_id,what,precision,value,unit,conditions,measured_on,source_id,note,id\n";
const QByteArray kShareHeader = "segment,period,company_id,share_pct,basis,source_id,note,id,share_of\n";
// Rows of the real bundled dataset the imports below refer to.
const QByteArray kSource = "art-gtc-2026";

QJsonArray parseArray(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).array();
}

QByteArray companies(int n, const QByteArray &prefix = "co")
{
    QByteArray csv = kCompanyHeader;
    for (int i = 0; i < n; ++i)
        csv += prefix + '-' + QByteArray::number(i) + ",Company number " + QByteArray::number(i)
             + " with a name long enough to take some room,公司,公司,US,,other\n";
    return csv;
}

} // namespace

class TestStoreRobustness : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_homes = 0;

    bool isRoot() const { return geteuid() == 0; }

    // A new, empty data home (XDG_DATA_HOME): the user database goes to HOME/compute-atlas/user.sqlite.
    QString newHome()
    {
        const QString home = m_dir.filePath(QStringLiteral("home-%1").arg(++m_homes));
        QDir().mkpath(home);
        QFile::setPermissions(home, QFileDevice::Permissions(0x7777)); // "nobody" may create the database there
        return home;
    }
    static QString userDb(const QString &home) { return home + QStringLiteral("/compute-atlas/user.sqlite"); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        f.close();
        QFile::setPermissions(path, QFileDevice::Permissions(0x6644));
        return path;
    }

    QProcess *start(const QStringList &args, const QString &home, const Limits &limits = {})
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p->setProcessEnvironment(env);
        p->setChildProcessModifier([limits] {
            if (limits.maxFileBytes > 0) {
                const rlimit r{rlim_t(limits.maxFileBytes), rlim_t(limits.maxFileBytes)};
                setrlimit(RLIMIT_FSIZE, &r);
                std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG, as on a full disk
            }
            if (limits.asNobody && geteuid() == 0 && (setgid(kNobody) != 0 || setuid(kNobody) != 0))
                _exit(127);
        });
        p->start(QStringLiteral(ATLAS_BINARY), args);
        return p;
    }

    Run run(const QStringList &args, const QString &home, const Limits &limits = {})
    {
        QProcess *p = start(args, home, limits);
        Run r;
        if (p->waitForFinished(120000))
            r = {p->exitCode(), p->readAllStandardOutput(), QString::fromUtf8(p->readAllStandardError())};
        delete p;
        return r;
    }

    Run import(const QString &file, const QString &table, const QString &home, const QStringList &more = {}, const Limits &limits = {})
    {
        return run(QStringList{QStringLiteral("db"), QStringLiteral("import"), file, QStringLiteral("--table"), table} + more, home, limits);
    }

    QJsonArray exported(const QString &table, const QString &home)
    {
        return parseArray(run({QStringLiteral("export"), table, QStringLiteral("--format"), QStringLiteral("json")}, home).out);
    }

    static int countWhere(const QJsonArray &rows, const QString &key, const QString &value)
    {
        int n = 0;
        for (const QJsonValue &v : rows)
            n += v.toObject().value(key).toString() == value;
        return n;
    }

    qint64 bundledSize() const { return QFileInfo(QStringLiteral(ATLAS_BINARY_DIR "/bundled/atlas.sqlite")).size(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // "nobody" must reach the files of the tests run as it.
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
    }

    // 1. A duplicated header column bypassed the validator: it checked the last copy, the insert stored the first.
    void duplicatedEmptyOrUnknownColumnIsRefused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("value twice: 1e400 checked nowhere, 3e12 checked")
            << QByteArray("chip_id,metric,precision,value,unit,sparse,basis,claimed_on,source_id,note,id,value\n"
                          "h100-sxm,memory_bandwidth,,1e400,B/s,0,official,2027-01," + kSource + ",,mine,3e12\n")
            << "claim.csv:1:12: column 'value' appears twice (columns 4 and 12); give each column once";
        QTest::newRow("a column with no name")
            << QByteArray("chip_id,metric,precision,value,unit,sparse,basis,claimed_on,source_id,note,id,\n"
                          "h100-sxm,memory_bandwidth,,4e12,B/s,0,official,2027-01," + kSource + ",,mine,\n")
            << "claim.csv:1:12: column 12 has no name";
        QTest::newRow("an unknown column")
            << QByteArray("chip_id,metric,precision,value,unit,sparse,basis,claimed_on,source_id,note,id,speed\n"
                          "h100-sxm,memory_bandwidth,,4e12,B/s,0,official,2027-01," + kSource + ",,mine,x\n")
            << "claim.csv:1:12: unknown column 'speed'";
    }
    void duplicatedEmptyOrUnknownColumnIsRefused()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const QString home = newHome();
        const Run r = import(write(QStringLiteral("claim.csv"), csv), QStringLiteral("spec_claim"), home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
        // H100's bandwidth is still its datasheet's 3.35 TB/s, not "inf EB/s".
        const QJsonArray chips = parseArray(run({QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("json")}, home).out);
        for (const QJsonValue &c : chips)
            if (c.toObject().value(QStringLiteral("id")) == QLatin1String("h100-sxm"))
                QCOMPARE(c.toObject().value(QStringLiteral("memory_bandwidth_bytes_per_s")).toDouble(), 3.35e12);
    }

    // 2. Latin-1 and GBK were read as Big5 and stored as mojibake with exit 0.
    void latin1IsRefusedUnlessNamed()
    {
        const QString home = newHome();
        // "Québec" in Latin-1: E9 62 reads as a rare character in both Big5 (嶵) and GBK (閎).
        const QString file = write(QStringLiteral("latin1.csv"), kCompanyHeader + "quebec-co,Qu\xE9" "bec Inc,x,x,CA,,other\n");
        const Run refused = import(file, QStringLiteral("company"), home);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("latin1.csv:1:1: the file is not UTF-8 (line 2")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("--encoding utf-8|utf-16|big5|gbk|latin1")), qPrintable(refused.err));
        QCOMPARE(countWhere(exported(QStringLiteral("company"), home), QStringLiteral("id"), QStringLiteral("quebec-co")), 0);

        const Run named = import(file, QStringLiteral("company"), home, {QStringLiteral("--encoding"), QStringLiteral("latin1")});
        QCOMPARE(named.exitCode, 0);
        QVERIFY2(named.out.contains("(Latin-1)"), named.out.constData());
        QCOMPARE(countWhere(exported(QStringLiteral("company"), home), QStringLiteral("name_en"), QStringLiteral("Québec Inc")), 1);

        // "Zürich": FC 72 is no Big5 character and a rare GBK one (黵): not taken for GBK either.
        const Run zurich = import(write(QStringLiteral("zurich.csv"), kCompanyHeader + "zurich-co,Z\xFCrich AG,x,x,CH,,other\n"), QStringLiteral("company"), home);
        QCOMPARE(zurich.exitCode, 1);
        QVERIFY2(zurich.err.contains(QLatin1String("--encoding")), qPrintable(zurich.err));
    }

    void gbkIsDetected()
    {
        const QString home = newHome();
        // 算力公司 saved by a spreadsheet on Simplified-Chinese Windows (GBK): common GB 2312 characters, while read
        // as Big5 half of them are rare ones.
        QStringEncoder gbk("GBK");
        QVERIFY(gbk.isValid());
        const QByteArray bytes = gbk(QString::fromUtf8(kCompanyHeader + "suanli,Suanli,算力公司,算力公司,CN,,other\n"));
        const Run r = import(write(QStringLiteral("gbk.csv"), bytes), QStringLiteral("company"), home);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("(GBK)"), r.out.constData());
        QCOMPARE(countWhere(exported(QStringLiteral("company"), home), QStringLiteral("name_zh_hans"), QStringLiteral("算力公司")), 1);
    }

    // 3. Rules across the bundled and the user data.
    void userChipCannotTakeABundledName()
    {
        const QString home = newHome();
        const Run r = import(write(QStringLiteral("chip.csv"), "id,vendor_id,family,name,aliases,announced,available,status,process_node,memory_type,note,"
                                                               "name_zh_hant,name_zh_hans,process_node_zh_hant,process_node_zh_hans\n"
                                                               "hopper,nvidia,Hopper,My Hopper,,2022-03,,shipping,,,,My Hopper,My Hopper,,\n"),
                             QStringLiteral("chip"), home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("chip.csv:2:1: the name 'hopper' already belongs to chip 'h100-sxm'")), qPrintable(r.err));
        const Run compare = run({QStringLiteral("compare"), QStringLiteral("hopper"), QStringLiteral("--format"), QStringLiteral("json")}, home);
        QVERIFY2(compare.out.contains("h100-sxm"), compare.out.constData());
    }

    void sharesAddUpAcrossImports()
    {
        const QString home = newHome();
        const QByteArray row = "Test segment,2030,nvidia,60,estimate," + kSource + ",";
        QCOMPARE(import(write(QStringLiteral("share1.csv"), kShareHeader + row + "first,share-1,revenue\n"), QStringLiteral("market_share"), home).exitCode, 0);
        // 60 % + 60 % of one segment, period and source: 120 %.
        const Run second = import(write(QStringLiteral("share2.csv"), kShareHeader + row + "second,share-2,revenue\n"), QStringLiteral("market_share"), home);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QLatin1String("share2.csv:2:4: shares of one segment, period and source add up to 120%")), qPrintable(second.err));
        QCOMPARE(countWhere(exported(QStringLiteral("market_share"), home), QStringLiteral("segment"), QStringLiteral("Test segment")), 1);
    }

    void implausibleMeasurementIsRefusedAndValidateFails()
    {
        const QString home = newHome();
        const Run refused = import(write(QStringLiteral("m2.csv"), kMeasurementHeader + "h100-sxm,gemm,bf16,1e308,FLOP/s,,," + kSource + ",,m-1\n"),
                                   QStringLiteral("measurement"), home);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("m2.csv:2:4: a gemm measurement of 1e308 FLOP/s is outside the plausible range")),
                 qPrintable(refused.err));

        // 1.5 PFLOP/s of BF16 GEMM on an H100 is plausible for some chip, but above H100's dense peak (989.5 TFLOP/s).
        const Run above = import(write(QStringLiteral("m3.csv"), kMeasurementHeader + "h100-sxm,gemm,bf16,1.5e15,FLOP/s,,," + kSource + ",,m-2\n"),
                                 QStringLiteral("measurement"), home);
        QCOMPARE(above.exitCode, 0);
        const Run validate = run({QStringLiteral("roofline"), QStringLiteral("--validate")}, home);
        QCOMPARE(validate.exitCode, 1);
        QVERIFY2(validate.err.contains(QStringLiteral("h100-sxm gemm (1.516× its bound)")), qPrintable(validate.err));
    }

    // 4. NaN and infinity from finite extreme inputs.
    void extremeInputsAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QStringList llama{QStringLiteral("--chip"), QStringLiteral("h100"), QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"),
                                QStringLiteral("--phase"), QStringLiteral("decode"), QStringLiteral("--batch"), QStringLiteral("1"),
                                QStringLiteral("--context"), QStringLiteral("100")};
        QTest::newRow("gemm 1e200 cubed") << QStringList{QStringLiteral("--chip"), QStringLiteral("h100"), QStringLiteral("--gemm"), QStringLiteral("1e200,1e200,1e200")}
                                          << "--gemm needs M,N,K as three numbers from 1 to 1e7";
        QTest::newRow("years 5e-324") << llama + QStringList{QStringLiteral("--price"), QStringLiteral("30000"), QStringLiteral("--years"), QStringLiteral("5e-324")}
                                      << "--years needs a number of years from 0.1 to 50";
        QTest::newRow("efficiency 5e-324") << QStringList{QStringLiteral("--chip"), QStringLiteral("h100"), QStringLiteral("--intensity"), QStringLiteral("10"),
                                                          QStringLiteral("--efficiency"), QStringLiteral("compute=5e-324")}
                                           << "--efficiency takes compute=X,memory=Y with each from 0.01 to 1";
        QTest::newRow("extra tier of 5e-324 GB") << llama + QStringList{QStringLiteral("--extra-tier"), QStringLiteral("hbf:5e-324:1"), QStringLiteral("--kv-on"), QStringLiteral("hbf")}
                                                 << "--extra-tier needs NAME:CAPACITY_GB:BANDWIDTH_TBS with a capacity from 0.001 to 1e9 GB";
        QTest::newRow("intensity 1e300") << QStringList{QStringLiteral("--chip"), QStringLiteral("h100"), QStringLiteral("--intensity"), QStringLiteral("1e300")}
                                         << "--intensity needs a number of FLOP per byte from 1e-6 to 1e9";
    }
    void extremeInputsAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(QStringList{QStringLiteral("roofline")} + args + QStringList{QStringLiteral("--format"), QStringLiteral("table")}, newHome());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.out.contains("nan") && !r.out.contains("inf") && !r.out.contains("∞"), r.out.constData());
    }

    void helpStatesTheRanges()
    {
        const Run r = run({QStringLiteral("roofline"), QStringLiteral("--help")}, newHome());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Ranges"));
        QVERIFY(r.out.contains("--years 0.1 to 50"));
    }

    // 5. No size limit: /dev/zero ran out of memory; problems were listed without end.
    void onlyRegularFilesAreImported_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("a device") << QStringLiteral("/dev/null");
        QTest::newRow("a folder") << QDir::tempPath();
    }
    void onlyRegularFilesAreImported()
    {
        QFETCH(QString, path);
        const Run r = import(path, QStringLiteral("company"), newHome());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path + QStringLiteral(" is not a regular file")), qPrintable(r.err));
    }

    void problemsAreCappedAtAHundred()
    {
        QByteArray csv = kCompanyHeader;
        for (int i = 0; i < 150; ++i)
            csv += "Bad Id " + QByteArray::number(i) + ",Name,名,名,US,,other\n"; // an id with capitals and spaces
        const Run r = import(write(QStringLiteral("bad-ids.csv"), csv), QStringLiteral("company"), newHome());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1String("bad-ids.csv:")), 100);
        QVERIFY2(r.err.contains(QLatin1String("bad-ids.csv:101:1: 'Bad Id 99' is not a valid id")), qPrintable(r.err.right(400)));
        QVERIFY2(r.err.contains(QStringLiteral("… and 50 more problem(s)")), qPrintable(r.err.right(400)));
        QVERIFY2(r.err.contains(QLatin1String("150 problem(s); nothing was imported")), qPrintable(r.err.right(400)));
    }

    void textThatIsNotATableIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a megabyte of zeros") << QByteArray(1 << 20, '\0') << "big.csv:1:1: the file holds NUL bytes";
        QTest::newRow("a field of 2 MiB")
            << kCompanyHeader + "huge," + QByteArray(2 << 20, 'x') + ",x,x,US,,other\n"
            << "big.csv:2:2: a field longer than 1048576 characters; this is not a CSV table";
    }
    void textThatIsNotATableIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString home = newHome();
        const Run r = import(write(QStringLiteral("big.csv"), bytes), QStringLiteral("company"), home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err.left(400)));
        QCOMPARE(countWhere(exported(QStringLiteral("company"), home), QStringLiteral("id"), QStringLiteral("huge")), 0);
    }

    // 6. As root, -o onto a device node replaced it with a regular file.
    void outputNeverReplacesADeviceOrPipe_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("html") << QStringLiteral("html");
    }
    void outputNeverReplacesADeviceOrPipe()
    {
        QFETCH(QString, format);
        QList<QString> targets;
        const QString fifo = m_dir.filePath(QStringLiteral("pipe-") + format);
        QVERIFY(mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        targets << fifo;
        const QString device = m_dir.filePath(QStringLiteral("null-") + format);
        if (isRoot()) { // a copy of /dev/null's node (character device 1,3), made where the test may make it
            QVERIFY(mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)) == 0);
            targets << device;
        }
        for (const QString &target : targets) {
            const Run r = run({QStringLiteral("export"), QStringLiteral("chip"), QStringLiteral("--format"), format, QStringLiteral("-o"), target}, newHome());
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("cannot write %1: it is a device, pipe or socket, not a regular file").arg(target)), qPrintable(r.err));
            struct stat st {};
            QCOMPARE(lstat(QFile::encodeName(target).constData(), &st), 0);
            QVERIFY2(target == fifo ? S_ISFIFO(st.st_mode) : S_ISCHR(st.st_mode), "the node was replaced");
        }
    }

    // 7. Messages that pointed at the wrong cause.
    void readOnlyUserDatabaseIsNotTheCsvsFault()
    {
        const QString home = newHome();
        QCOMPARE(import(write(QStringLiteral("one.csv"), companies(1, "first")), QStringLiteral("company"), home).exitCode, 0);
        // Root may write anything: the file is made unwritable for "nobody", who runs the import.
        QVERIFY(QFile::setPermissions(userDb(home), QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QFile::setPermissions(home + QStringLiteral("/compute-atlas"), QFileDevice::Permissions(0x7777));
        const QString csv = write(QStringLiteral("more.csv"), companies(2, "more"));
        const Run r = import(csv, QStringLiteral("company"), home, {}, {.asNobody = true});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the user database %1 is read-only").arg(userDb(home))), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("more.csv:")), qPrintable(r.err));
        // Its rows still serve.
        QCOMPARE(countWhere(exported(QStringLiteral("company"), home), QStringLiteral("id"), QStringLiteral("first-0")), 1);
    }

    void readOnlyFolderDoesNotAdviseMovingTheData()
    {
        const QString home = newHome();
        QCOMPARE(import(write(QStringLiteral("one.csv"), companies(1, "kept")), QStringLiteral("company"), home).exitCode, 0);
        const QByteArray before = [&] { QFile f(userDb(home)); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const QString folder = home + QStringLiteral("/compute-atlas");
        QFile::setPermissions(userDb(home), QFileDevice::Permissions(0x6666));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions(0x5555))); // r-x for everyone
        const Run r = run({QStringLiteral("db"), QStringLiteral("info")}, home, {.asNobody = true});
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7777));
        QVERIFY2(r.err.contains(QStringLiteral("its folder %1 is not writable").arg(folder)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Move the file away")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("not a readable SQLite database")), qPrintable(r.err));
        QFile f(userDb(home));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void fullDiskOnCommitSaysSo()
    {
        const QString home = newHome();
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("info")}, home).exitCode, 0); // the user database exists
        // The import's pages go to the -wal file at commit: more of them than the file-size limit allows. The limit
        // leaves room for the bundled database, which the program unpacks to a temporary file first.
        const qint64 limit = bundledSize() + 64 * 1024;
        const int rows = int(2 * limit / 90);
        const Run r = import(write(QStringLiteral("many.csv"), companies(rows)), QStringLiteral("company"), home, {}, {.maxFileBytes = limit});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("cannot write the user database")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("the disk")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("cannot rollback")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("many.csv:")), qPrintable(r.err)); // not the file's fault
        QCOMPARE(countWhere(exported(QStringLiteral("company"), home), QStringLiteral("id"), QStringLiteral("co-0")), 0);
    }

    void aFailedPreparationSaysWhy()
    {
        // Another program reads the new, empty user database (holding SQLite's shared lock), so the schema cannot be
        // committed: the reason must be given, not "could not be prepared: ;".
        const QString home = newHome();
        QDir().mkpath(home + QStringLiteral("/compute-atlas"));
        QFile(userDb(home)).open(QIODevice::WriteOnly);
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            reader.setDatabaseName(userDb(home));
            QVERIFY(reader.open());
            QSqlQuery q(reader);
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next());
            const Run r = run({QStringLiteral("db"), QStringLiteral("info")}, home);
            QVERIFY2(r.err.contains(QLatin1String("could not be prepared: ")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QLatin1String("prepared: ;")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("another program is writing the database")), qPrintable(r.err));
            q.exec(QStringLiteral("ROLLBACK"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    }

    void fullDiskWhileExportingSaysWhy_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("why");
        // EFBIG, in the system's words.
        QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("File too large");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("File too large");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("File too large");
        // libxlsxwriter's own temporary files are cut off first, and it does not notice: the package is checked.
        QTest::newRow("xlsx") << QStringLiteral("xlsx") << QStringLiteral("the workbook came out damaged (part xl/worksheets/sheet1.xml is cut off");
    }
    void fullDiskWhileExportingSaysWhy()
    {
        QFETCH(QString, format);
        QFETCH(QString, why);
        static QString home;
        const qint64 limit = bundledSize() + 64 * 1024;
        if (home.isEmpty()) { // one user database with more company rows than fit under the limit, for every format
            home = newHome();
            QCOMPARE(import(write(QStringLiteral("export-me.csv"), companies(int(2 * limit / 90))), QStringLiteral("company"), home).exitCode, 0);
        }
        const QString target = m_dir.filePath(QStringLiteral("companies.") + format);
        const Run r = run({QStringLiteral("export"), QStringLiteral("company"), QStringLiteral("--format"), format, QStringLiteral("-o"), target},
                          home, {.maxFileBytes = limit});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot write %1: %2").arg(target, why)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Unknown error")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("companies.*")}, QDir::Files | QDir::Hidden), QStringList());
    }

    void aSecondImportWaitsForTheFirst()
    {
        const QString home = newHome();
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("info")}, home).exitCode, 0);
        // This test plays a long import: it holds the import lock and SQLite's write lock.
        QLockFile lock(userDb(home) + QStringLiteral(".import-lock"));
        QVERIFY(lock.tryLock(0));
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        writer.setDatabaseName(userDb(home));
        QVERIFY(writer.open());
        QVERIFY(QSqlQuery(writer).exec(QStringLiteral("BEGIN IMMEDIATE")));

        QProcess *small = start({QStringLiteral("db"), QStringLiteral("import"), write(QStringLiteral("small.csv"), companies(1, "small")),
                                 QStringLiteral("--table"), QStringLiteral("company")},
                                home);
        small->setReadChannel(QProcess::StandardError); // the message comes on stderr
        QString err;
        while (!err.contains(QLatin1String("waiting for it to finish")) && small->state() != QProcess::NotRunning && small->waitForReadyRead(30000))
            err += QString::fromUtf8(small->readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("another import into %1 is running (process %2)").arg(userDb(home)).arg(QCoreApplication::applicationPid())),
                 qPrintable(err + QString::fromUtf8(small->readAllStandardError())));
        QVERIFY(small->state() != QProcess::NotRunning); // waiting, not failed
        QSqlQuery(writer).exec(QStringLiteral("ROLLBACK"));
        writer.close();
        lock.unlock();
        QVERIFY(small->waitForFinished(60000));
        QCOMPARE(small->exitCode(), 0);
        QVERIFY(small->readAllStandardOutput().startsWith("imported 1 rows into company"));
        writer = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    // 8. Two programs on a machine with no user database yet: "table meta already exists".
    void firstRunsAtOnceAllSucceed()
    {
        const QString home = newHome();
        QList<QProcess *> runs;
        for (int i = 0; i < 6; ++i)
            runs << start({QStringLiteral("db"), QStringLiteral("info")}, home);
        for (QProcess *p : runs) {
            QVERIFY(p->waitForFinished(60000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QCOMPARE(p->exitCode(), 0);
            QVERIFY2(err.isEmpty(), qPrintable(err));
            QVERIFY(p->readAllStandardOutput().contains("(in use)"));
        }
    }

    // 9. A table dropped from the user database passed db check.
    void droppedTableFailsDbCheck()
    {
        const QString home = newHome();
        QCOMPARE(run({QStringLiteral("db"), QStringLiteral("check")}, home).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dropper"));
            db.setDatabaseName(userDb(home));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE event")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dropper"));
        const Run r = run({QStringLiteral("db"), QStringLiteral("check")}, home);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("does not have the schema this program reads: table 'event' is missing")), qPrintable(r.err));
    }

    // 10. The user database deleted: the next run silently started an empty one.
    void deletedUserDatabaseIsNoticed()
    {
        const QString home = newHome();
        QCOMPARE(import(write(QStringLiteral("mine.csv"), companies(3, "mine")), QStringLiteral("company"), home).exitCode, 0);
        QVERIFY(QFile::remove(userDb(home)));
        const Run r = run({QStringLiteral("db"), QStringLiteral("info")}, home);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("the user database %1 is gone").arg(userDb(home))), qPrintable(r.err));
        // Said once: the new database is the one in use from now on.
        QVERIFY(!run({QStringLiteral("db"), QStringLiteral("info")}, home).err.contains(QLatin1String("is gone")));
    }

    // 11. CSV export wrote spreadsheet formulas raw.
    void csvExportNeutralisesFormulas()
    {
        const QString home = newHome();
        const QByteArray csv = kCompanyHeader + "f1,\"=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\",x,x,US,,other\n"
                                                "f2,+cmd|' /C calc'!A0,x,x,US,,other\n"
                                                "f3,@SUM(1+1),x,x,US,,other\n"
                                                "f4,-2+3,x,x,US,,other\n"
                                                "f5,-5,x,x,US,,other\n";
        QCOMPARE(import(write(QStringLiteral("formulas.csv"), csv), QStringLiteral("company"), home).exitCode, 0);
        const QString target = m_dir.filePath(QStringLiteral("formulas-out.csv"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("company"), QStringLiteral("-o"), target}, home).exitCode, 0);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QLatin1String("f1,\"'=HYPERLINK(\"\"http://example.com\"\",\"\"click\"\")\",x,x,US,")), qPrintable(text.right(300)));
        QVERIFY(text.contains(QLatin1String("f2,'+cmd|' /C calc'!A0,x,x,US,")));
        QVERIFY(text.contains(QLatin1String("f3,'@SUM(1+1),x,x,US,")));
        QVERIFY(text.contains(QLatin1String("f4,'-2+3,x,x,US,")));
        QVERIFY(text.contains(QLatin1String("f5,-5,x,x,US,"))); // a number stays a number
    }

    // 12. Sizes without a cap.
    void screenshotSizeIsCapped()
    {
        const Run r = run({QStringLiteral("--view"), QStringLiteral("compare"), QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("big.png")),
                           QStringLiteral("--size"), QStringLiteral("8200x600")},
                          newHome());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--size 8200x600 is outside what a window can be: each side from 100 to 8192 pixels")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("big.png"))));
    }

    void batchSweepIsCapped()
    {
        QStringList batches;
        for (int b = 1; b <= 1001; ++b)
            batches << QString::number(b);
        const Run r = run({QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("h100"), QStringLiteral("--model"), QStringLiteral("llama-3.1-8b"),
                           QStringLiteral("--phase"), QStringLiteral("decode"), QStringLiteral("--context"), QStringLiteral("1024"),
                           QStringLiteral("--sweep-batch"), batches.join(QLatin1Char(','))},
                          newHome());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--sweep-batch takes at most 1000 batch sizes, not 1001")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestStoreRobustness)
#include "tst_store_robustness.moc"
