// How long the Roadmap view's model takes on the bundled dataset (issue 12 asks well under a millisecond): every
// trend metric with its fits per vendor and over all vendors, on both date bases, and the memory wall at each
// precision it offers. Not a test: it prints the median of repeated runs. Run: make bench, or
// build/tests/bench/bench_trend [RUNS].

#include "atlas_store.h"
#include "catalog.h"
#include "memory_wall.h"
#include "trend_analysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace {
double medianUs(int runs, const std::function<void()> &work)
{
    QList<double> us;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        us << t.nsecsElapsed() / 1e3;
    }
    std::sort(us.begin(), us.end());
    return us.at(us.size() / 2);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    QString error;
    const auto store = AtlasStore::open(QStringLiteral(ATLAS_BUNDLED_DB), QString(), &error);
    if (!store) {
        out << "bench_trend: " << error << '\n';
        return 1;
    }
    const Catalog catalog = Catalog::load(store->databases());

    int fits = 0;
    double checksum = 0; // so nothing is optimised away
    const double all = medianUs(runs, [&] {
        fits = 0;
        for (const DateBasis basis : {DateBasis::Available, DateBasis::Announced})
            for (const TrendMetric metric : TrendMetrics::all()) {
                const TrendAnalysis a = TrendAnalysis::build(catalog.chips(), metric, basis, false);
                fits += int(a.fits.size());
                checksum += a.fits.constLast().fit.slope;
            }
    });
    const double one = medianUs(runs, [&] {
        checksum += TrendAnalysis::build(catalog.chips(), TrendMetric::DenseBf16, DateBasis::Available, false).fits.constFirst().fit.slope;
    });
    const double wall = medianUs(runs, [&] {
        for (const Precision p : {Precision::BF16, Precision::FP8, Precision::FP4})
            checksum += MemoryWall::build(catalog.chips(), p, DateBasis::Available, false).series.size();
    });
    out << "bench_trend: median of " << runs << " runs over " << catalog.chips().size() << " chips\n";
    out << QStringLiteral("  every metric × both date bases (%1 analyses, %2 fits)   %3 µs\n")
               .arg(TrendMetrics::all().size() * 2)
               .arg(fits)
               .arg(all, 0, 'f', 1);
    out << QStringLiteral("  one metric (dense BF16, fits per vendor and over all)   %1 µs\n").arg(one, 0, 'f', 1);
    out << QStringLiteral("  memory wall at BF16, FP8 and FP4                        %1 µs\n").arg(wall, 0, 'f', 1);
    out << QStringLiteral("  (checksum %1)\n").arg(checksum, 0, 'g', 6);
    return 0;
}
