// Benchmarks for start-up and data work (not a test: it prints timings). Run: make bench, or
// build/tests/bench/bench_store [RUNS]. Figures and how to reproduce them are in README.md.
//  - open: AtlasStore::open of the bundled database (extract from resources is measured in cli_start)
//  - catalog: Catalog::load of every chip, claim, model and measurement
//  - validate: read and check data/dataset/*.csv (what atlas-dbc does before writing)
//  - import_10k: CsvImporter of a generated 10,000-row measurement file into a fresh user database
//  - cli_start: the whole program, `compute-atlas chips --format json`, as a process

#include "atlas_store.h"
#include "catalog.h"
#include "csv_importer.h"
#include "dataset_validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

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
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
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
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ATLAS_BINARY), {QStringLiteral("chips"), QStringLiteral("--format"), QStringLiteral("json")});
        p.waitForFinished(60000);
    }), 0, 'f', 1);
    out << "  (" << chips << " chips, " << problems << " dataset problems, " << imported << " rows imported)\n";
    return 0;
}
