// Benchmark of the Deployments view with 100,000 user deployment rows (issue 9: pan, hover and filter under
// 50 ms). Not a test: it prints timings. Run: make bench, or build/tests/bench/bench_deployments [RUNS].
// The rows go into a real user database next to the bundled one and are read back through the catalog, as the
// program does; the view is built offscreen at 1280×800 and every step is timed to the end of its repaint.
//  - load: Catalog::load of bundled + 100,000 user rows
//  - build: DeploymentsView constructed (map decoded, first totals, table, charts) and painted once
//  - filter: a new kind filter, recomputed and repainted (map, charts, table, summary)
//  - country: a click on a country (filters the table, owner and time charts)
//  - hover: a mouse move over a country (hit test, tooltip text)
//  - pan, zoom: the map moved or zoomed and repainted

#include "atlas_store.h"
#include "catalog.h"
#include "database_builder.h"
#include "deployments/deployments_view.h"
#include "deployments/world_map_widget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <time.h>

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// Medians of wall time and of this thread's CPU time: on a machine shared with other builds the wall time grows
// with the load, the CPU time is the work itself.
QString medianMs(int runs, const std::function<void(int)> &work)
{
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = threadCpuMs();
        t.start();
        work(i);
        wall << t.nsecsElapsed() / 1e6;
        cpu << threadCpuMs() - c0;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return QStringLiteral("%1 ms wall, %2 ms CPU").arg(wall.at(wall.size() / 2), 0, 'f', 1).arg(cpu.at(cpu.size() / 2), 0, 'f', 1);
}

// 100,000 plausible rows: every country with a shape, every company as owner, named chips and family texts,
// all kinds, dates 2018–2026, and one row in a hundred a total of the next ten of its country.
TableRows userRows(const Catalog &catalog, int count)
{
    QRandomGenerator random(9);
    QStringList countries, owners, chips;
    for (const Country &c : catalog.countries())
        if (c.region != QLatin1String("antarctica"))
            countries << c.iso2;
    for (const Company &c : catalog.companies())
        owners << c.id;
    for (const Chip &c : catalog.chips())
        chips << c.id;
    const QStringList texts{QStringLiteral("NVIDIA Blackwell GPUs"), QStringLiteral("NVIDIA H100/H200"), QStringLiteral("mixed NVIDIA GPUs"),
                            QStringLiteral("Huawei Ascend 910C"), QStringLiteral("NVIDIA GB200/GB300")};
    const QStringList kinds{QStringLiteral("installed"), QStringLiteral("delivered"), QStringLiteral("ordered"), QStringLiteral("planned"),
                            QStringLiteral("estimated")};
    const QStringList sectors{QStringLiteral("public"), QStringLiteral("private"), QStringLiteral("mixed")};
    const QString source = catalog.sources().first().id;
    TableRows rows{QStringLiteral("deployment"), QStringLiteral("bench"),
                   {QStringLiteral("id"), QStringLiteral("country_iso2"), QStringLiteral("owner_id"), QStringLiteral("site"), QStringLiteral("sector"),
                    QStringLiteral("chip_id"), QStringLiteral("accelerator"), QStringLiteral("units"), QStringLiteral("units_kind"),
                    QStringLiteral("power_mw"), QStringLiteral("announced_on"), QStringLiteral("target_on"), QStringLiteral("source_id"),
                    QStringLiteral("note"), QStringLiteral("part_of"), QStringLiteral("overlaps")},
                   1,
                   {}};
    QString total;
    int partsLeft = 0;
    for (int i = 0; i < count; ++i) {
        const QString country = countries.at(int(random.bounded(qsizetype(countries.size()))));
        const QString id = QStringLiteral("bench-%1").arg(i);
        const bool named = random.bounded(2) == 0;
        QString partOf;
        if (partsLeft > 0) {
            partOf = total;
            --partsLeft;
        } else if (i % 100 == 0) {
            total = id;
            partsLeft = 10;
        }
        const QString rowCountry = partOf.isEmpty() ? country : rows.records.at(total.mid(6).toInt()).fields.at(1);
        rows.records.append({i + 2,
                             {id, rowCountry, owners.at(int(random.bounded(qsizetype(owners.size())))), QStringLiteral("Site %1").arg(i),
                              sectors.at(int(random.bounded(3))), named ? chips.at(int(random.bounded(qsizetype(chips.size())))) : QString(),
                              named ? QString() : texts.at(int(random.bounded(qsizetype(texts.size())))),
                              QString::number(partOf.isEmpty() && partsLeft == 10 ? 200000 : 100 + random.bounded(20000)),
                              kinds.at(int(random.bounded(5))), random.bounded(3) == 0 ? QString::number(1 + random.bounded(500)) : QString(),
                              QStringLiteral("%1-%2").arg(2018 + random.bounded(9)).arg(1 + random.bounded(12), 2, 10, QLatin1Char('0')),
                              QString(), source, QString(), partOf, QString()}});
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    constexpr int kRows = 100000;
    QTemporaryDir dir;
    QString error;
    auto store = AtlasStore::open(QStringLiteral(ATLAS_BUNDLED_DB), dir.filePath(QStringLiteral("user.sqlite")), &error);
    if (!store || !store->hasUserDatabase()) {
        out << "bench_deployments: " << error << store->userProblem() << '\n';
        return 1;
    }
    {
        const Catalog bundled = Catalog::load({store->bundled()});
        QSqlDatabase db = store->user();
        db.transaction();
        if (!DatabaseBuilder::insertRows(db, userRows(bundled, kRows), &error) || !db.commit()) {
            out << "bench_deployments: " << error << '\n';
            return 1;
        }
    }
    Catalog catalog;
    const QString load = medianMs(std::max(1, runs / 5), [&](int) { catalog = Catalog::load(store->databases()); });
    out << "bench_deployments: " << catalog.deployments().size() << " deployment rows (" << kRows << " user rows), median of " << runs << " runs\n";
    out << QStringLiteral("  load catalog              %1\n").arg(load);

    std::unique_ptr<DeploymentsView> view;
    const QString build = medianMs(std::max(1, runs / 5), [&](int) {
        view = std::make_unique<DeploymentsView>(catalog);
        view->resize(1164, 760); // the view's share of a 1280×800 window
        view->show();
        view->repaint();
    });
    out << QStringLiteral("  build the view (first show) %1\n").arg(build);
    QCoreApplication::processEvents();

    const std::optional<UnitsKind> kinds[] = {UnitsKind::Installed, UnitsKind::Planned, std::nullopt};
    out << QStringLiteral("  filter by kind            %1\n").arg(medianMs(runs, [&](int i) {
        view->setKindFilter(kinds[i % 3]);
        view->repaint();
    }));

    out << QStringLiteral("    of which recomputing    %1\n").arg(medianMs(runs, [&](int i) {
        view->setKindFilter(kinds[i % 3]);
    }));
    out << QStringLiteral("    of which painting       %1\n").arg(medianMs(runs, [&](int) { view->repaint(); }));

    WorldMapWidget *map = view->map();
    const QPoint korea = map->toWidget(128, 36.5).toPoint();
    const QPoint brazil = map->toWidget(-50, -10).toPoint();
    out << QStringLiteral("  click a country           %1\n").arg(medianMs(runs, [&](int i) {
        view->setSelectedCountry(i % 2 ? QString() : QStringLiteral("KR"));
        view->repaint();
    }));
    out << QStringLiteral("  hover a country           %1\n").arg(medianMs(runs, [&](int i) {
        const QPoint at = i % 2 ? korea : brazil;
        QMouseEvent move(QEvent::MouseMove, QPointF(at), map->mapToGlobal(QPointF(at)), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(map, &move);
        map->repaint();
    }));
    out << QStringLiteral("  pan the map               %1\n").arg(medianMs(runs, [&](int i) {
        map->panBy(QPointF(i % 2 ? 40 : -40, 0));
        map->repaint();
    }));
    out << QStringLiteral("  zoom the map              %1\n").arg(medianMs(runs, [&](int i) {
        map->zoomAt(QPointF(korea), i % 2 ? 0.5 : 2.0);
        map->repaint();
    }));
    return 0;
}
