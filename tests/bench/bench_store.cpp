// Benchmarks for start-up and data work (not a test: it prints timings). Run: make bench, or
// build/tests/bench/bench_store [RUNS] [--rows N]. Figures and how to reproduce them are in README.md.
//  - open: AtlasStore::open of the bundled database (extract from resources is measured in cli_start)
//  - catalog: Catalog::load of every chip, claim, model and measurement
//  - validate: read and check data/dataset/*.csv (what atlas-dbc does before writing)
//  - import_10k: CsvImporter of a generated 10,000-row measurement file into a fresh user database
//  - cli_start: the whole program, `compute-atlas chips --format json`, as a process
// Scale (issue 13), on a generated user database of N events (1,000,000 by default, a 150 MB CSV file), each a
// whole program run as a process (wall time, CPU time, peak memory):
//  - import of the N rows, beside sqlite3's own `.import` of the same file into the same schema (skipped with a
//    message if the sqlite3 program is missing)
//  - start (`--view compare --screenshot`), `chips --format json` and `db info` with the big user database and
//    with an empty one
//  - `export event --format csv` of the N rows, and the import of one more row into the big database
// The generated files live in a temporary folder under /tmp and are removed at the end.

#include "atlas_store.h"
#include "catalog.h"
#include "csv_importer.h"
#include "dataset_validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace {
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

// One program run, measured by the kernel: wall time, CPU time (user + system, what the machine's other load does
// not inflate) and peak resident memory.
struct ProcessRun {
    double wallS = 0, cpuS = 0;
    long peakKb = 0;
    int exitCode = -1;
};

ProcessRun runProcess(const QString &program, const QStringList &args, const QString &dataHome, const QString &configHome)
{
    QList<QByteArray> argv{QFile::encodeName(program)};
    for (const QString &a : args)
        argv << a.toLocal8Bit();
    QList<char *> argp;
    for (QByteArray &a : argv)
        argp << a.data();
    argp << nullptr;
    QList<QByteArray> env;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (!entry.startsWith("XDG_DATA_HOME=") && !entry.startsWith("XDG_CONFIG_HOME=") && !entry.startsWith("QT_QPA_PLATFORM="))
            env << entry;
    }
    env << "XDG_DATA_HOME=" + QFile::encodeName(dataHome) << "XDG_CONFIG_HOME=" + QFile::encodeName(configHome) << "QT_QPA_PLATFORM=offscreen";
    QList<char *> envp;
    for (QByteArray &e : env)
        envp << e.data();
    envp << nullptr;

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0); // the figures, not the output
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    ProcessRun run;
    QElapsedTimer wall;
    wall.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argp.first(), &actions, nullptr, argp.data(), envp.data()) == 0) {
        int status = 0;
        rusage usage{};
        wait4(pid, &status, 0, &usage);
        run.wallS = wall.nsecsElapsed() / 1e9;
        run.cpuS = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
        run.peakKb = usage.ru_maxrss;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

// The median run by wall time of `runs`.
ProcessRun medianRun(int runs, const std::function<ProcessRun()> &once)
{
    QList<ProcessRun> all;
    for (int i = 0; i < runs; ++i)
        all << once();
    std::sort(all.begin(), all.end(), [](const ProcessRun &a, const ProcessRun &b) { return a.wallS < b.wallS; });
    return all.at(all.size() / 2);
}

QString describe(const ProcessRun &r)
{
    if (r.exitCode != 0)
        return QStringLiteral("FAILED (exit %1)").arg(r.exitCode);
    return QStringLiteral("%1 s wall, %2 s CPU, %3 MB peak").arg(r.wallS, 0, 'f', 3).arg(r.cpuS, 0, 'f', 3).arg(r.peakKb / 1024.0, 0, 'f', 0);
}

// A user's events, the way the issue measured the store: about 150 bytes a row, Chinese titles, a quoted location.
bool writeEvents(const QString &path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("id,date,end_date,kind,company_id,chip_id,title_en,title_zh_hant,title_zh_hans,location,source_id\n");
    QByteArray block;
    for (int i = 0; i < rows; ++i) {
        block += QStringLiteral("user-event-%1,2026-%2-%3,,launch,nvidia,h100-sxm,User event %4 shipment note,使用者事件 %4,用户事件 %4,"
                                "\"San Jose, California, US\",art-gtc-2026\n")
                     .arg(i, 7, 10, QLatin1Char('0'))
                     .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                     .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                     .arg(i)
                     .toUtf8();
        if (block.size() > (1 << 20)) {
            f.write(block);
            block.clear();
        }
    }
    f.write(block);
    return f.error() == QFileDevice::NoError;
}

void scale(QTextStream &out, int rows, int runs)
{
    const QString program = QStringLiteral(ATLAS_BINARY);
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench_store-XXXXXX"));
    const QString csv = dir.filePath(QStringLiteral("events.csv"));
    const QString big = dir.filePath(QStringLiteral("big")), empty = dir.filePath(QStringLiteral("empty"));
    const QString config = dir.filePath(QStringLiteral("config"));
    if (!writeEvents(csv, rows)) {
        out << "  scale: cannot write " << csv << '\n';
        return;
    }
    out << QStringLiteral("scale: a user database of %L1 events (CSV file %2 MB, in %3)\n")
               .arg(rows).arg(QFileInfo(csv).size() / 1e6, 0, 'f', 0).arg(dir.path());
    // Both homes get their (empty) user database before anything is timed.
    runProcess(program, {QStringLiteral("db"), QStringLiteral("info")}, big, config);
    runProcess(program, {QStringLiteral("db"), QStringLiteral("info")}, empty, config);

    const ProcessRun ours = runProcess(program, {QStringLiteral("db"), QStringLiteral("import"), csv, QStringLiteral("--table"), QStringLiteral("event")}, big, config);
    out << QStringLiteral("  import %L1 rows (db import)          %2\n").arg(rows).arg(describe(ours));
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty()) {
        out << "  sqlite3 .import of the same file      skipped: no sqlite3 program on PATH (apt-get install sqlite3)\n";
    } else {
        // Into a fresh user database of this program, so the schema (and its key index) is the same.
        const QString other = dir.filePath(QStringLiteral("sqlite3-home"));
        runProcess(program, {QStringLiteral("db"), QStringLiteral("info")}, other, config);
        const QString db = other + QStringLiteral("/compute-atlas/user.sqlite");
        const ProcessRun theirs = runProcess(sqlite3, {db, QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                                                       QStringLiteral(".import --skip 1 %1 event").arg(csv)},
                                             other, config);
        out << QStringLiteral("  sqlite3 .import of the same file      %1\n").arg(describe(theirs));
        if (theirs.exitCode == 0 && ours.exitCode == 0)
            out << QStringLiteral("  import / sqlite3 .import              %1x wall, %2x CPU (goal: at most 2x)\n")
                       .arg(ours.wallS / theirs.wallS, 0, 'f', 2).arg(ours.cpuS / theirs.cpuS, 0, 'f', 2);
        QFile::remove(db);
    }

    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    const auto compare = [&](const char *what, const QStringList &args) {
        const ProcessRun small = medianRun(runs, [&] { return runProcess(program, args, empty, config); });
        const ProcessRun large = medianRun(runs, [&] { return runProcess(program, args, big, config); });
        out << QStringLiteral("  %1 empty user database: %2\n").arg(QLatin1String(what), -22).arg(describe(small));
        out << QStringLiteral("  %1 %L2 events:  %3  (%4% of empty's wall time, %5% of its CPU time)\n")
                   .arg(QLatin1String(what), -22).arg(rows).arg(describe(large)).arg(100 * large.wallS / small.wallS, 0, 'f', 0)
                   .arg(100 * large.cpuS / std::max(small.cpuS, 1e-3), 0, 'f', 0);
    };
    compare("start (--view compare)", {QStringLiteral("--view"), QStringLiteral("compare"), QStringLiteral("--screenshot"), shot});
    compare("chips --format json", {QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("json")});
    compare("db info", {QStringLiteral("db"), QStringLiteral("info")});

    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    const ProcessRun exportRun = medianRun(std::min(runs, 5), [&] {
        return runProcess(program, {QStringLiteral("export"), QStringLiteral("event"), QStringLiteral("--format"), QStringLiteral("csv"),
                                    QStringLiteral("-o"), exported},
                          big, config);
    });
    out << QStringLiteral("  export event --format csv             %1 (%2 MB written)\n").arg(describe(exportRun)).arg(QFileInfo(exported).size() / 1e6, 0, 'f', 0);
    QFile::remove(exported);

    int n = 0;
    const ProcessRun one = medianRun(runs, [&] {
        const QString file = dir.filePath(QStringLiteral("one-%1.csv").arg(++n));
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        f.write("id,date,end_date,kind,company_id,chip_id,title_en,title_zh_hant,title_zh_hans,location,source_id\n"
                "one-more-" + QByteArray::number(n) + ",2026-01-01,,launch,nvidia,,One more,再一個,再一个,,art-gtc-2026\n");
        f.close();
        return runProcess(program, {QStringLiteral("db"), QStringLiteral("import"), file, QStringLiteral("--table"), QStringLiteral("event")}, big, config);
    });
    out << QStringLiteral("  import of one row into it             %1\n").arg(describe(one));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int runs = 20;
    int rows = 1000000;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows") && i + 1 < args.size())
            rows = std::max(1, args.at(++i).toInt());
        else
            runs = std::max(1, args.at(i).toInt());
    }
    const QString bundled = QStringLiteral(ATLAS_BUNDLED_DB);
    QTemporaryDir dir;

    out << "bench_store: median of " << runs << " runs\n";
    out << QStringLiteral("  open bundled database   %1 ms\n").arg(medianMs(runs, [&] {
        QString error;
        auto store = AtlasStore::open(bundled, QString(), &error);
        Q_ASSERT(store);
    }), 0, 'f', 2);

    QString error;
    auto store = AtlasStore::open(bundled, QString(), &error);
    int chips = 0;
    out << QStringLiteral("  load catalog            %1 ms\n").arg(medianMs(runs, [&] { chips = int(Catalog::load(store->databases()).chips().size()); }), 0, 'f', 2);

    int problems = 0;
    out << QStringLiteral("  validate dataset CSVs   %1 ms\n").arg(medianMs(runs, [&] {
        QList<Problem> found;
        const auto tables = DatasetFiles::read(QStringLiteral(ATLAS_SOURCE_DIR "/data/dataset"), &found);
        problems = int((found + DatasetValidator().validate(tables)).size());
    }), 0, 'f', 2);

    // 10,000 rows citing bundled chips and sources, as a user's lab export would.
    const QString csv = dir.filePath(QStringLiteral("import.csv"));
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        f.write("chip_id,what,precision,value,unit,conditions,measured_on,source_id,note,id\n");
        for (int i = 0; i < 10000; ++i)
            f.write(QStringLiteral("h100-sxm,stream,,%1e12,B/s,\"run %2, triad\",2026-11,hpctech-h100-spec,,lab-run-%2\n").arg(2.5 + (i % 50) / 100.0).arg(i).toUtf8());
    }
    int imported = 0;
    const int importRuns = std::max(1, runs / 4);
    out << QStringLiteral("  import 10,000 rows      %1 ms  (%2 runs)\n").arg(medianMs(importRuns, [&] {
        static int n = 0;
        auto s = AtlasStore::open(bundled, dir.filePath(QStringLiteral("user-%1.sqlite").arg(n++)), &error);
        imported = CsvImporter::importFile(*s, QStringLiteral("measurement"), csv).rowsImported;
    }), 0, 'f', 1).arg(importRuns);

    out << QStringLiteral("  cli start (chips json)  %1 ms\n").arg(medianMs(std::max(1, runs / 2), [&] {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("cli-home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("cli-config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ATLAS_BINARY), {QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("json")});
        p.waitForFinished(60000);
    }), 0, 'f', 1);
    out << "  (" << chips << " chips, " << problems << " dataset problems, " << imported << " rows imported)\n";
    out.flush();

    scale(out, rows, std::max(1, std::min(runs, 11)));
    return 0;
}
