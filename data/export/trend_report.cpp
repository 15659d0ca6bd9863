#include "trend_report.h"

#include "date_format.h"
#include "roadmap_text.h"

#include <QCoreApplication>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("TrendReport", text);
}

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QString vendorName(const VendorNames &vendors, const QString &id)
{
    return vendors.value(id, id);
}

QStringList sourceIdsOf(const QList<SpecClaim> &claims)
{
    QStringList ids;
    for (const SpecClaim &c : claims)
        if (!c.sourceId.isEmpty() && !ids.contains(c.sourceId))
            ids << c.sourceId;
    return ids;
}

QString yesNo(bool value)
{
    return value ? translated(QT_TRANSLATE_NOOP("TrendReport", "yes")) : translated(QT_TRANSLATE_NOOP("TrendReport", "no"));
}

const QStringList &trendColumns()
{
    static const QStringList columns{
        QStringLiteral("kind"), QStringLiteral("vendor"), QStringLiteral("chip_id"), QStringLiteral("date"), QStringLiteral("x"),
        QStringLiteral("value"), QStringLiteral("projected"), QStringLiteral("in_fit"), QStringLiteral("n"),
        QStringLiteral("slope_log10_per_year"), QStringLiteral("growth_per_year"), QStringLiteral("doubling_years"),
        QStringLiteral("doubling_years_low"), QStringLiteral("doubling_years_high"), QStringLiteral("halving_years"),
        QStringLiteral("r2"), QStringLiteral("note")};
    return columns;
}

QVariantList fitRow(const TrendSeriesFit &s)
{
    const TrendFit &f = s.fit;
    const bool ok = f.ok();
    return {QStringLiteral("fit"), s.vendorId.isEmpty() ? QStringLiteral("all") : s.vendorId, QVariant(), QVariant(), QVariant(), QVariant(),
            s.includesProjections, QVariant(), f.n,
            ok ? QVariant(f.slope) : QVariant(), ok ? QVariant(f.growthPerYear) : QVariant(), optional(f.doublingYears),
            optional(f.doublingLow), optional(f.doublingHigh), optional(f.halvingYears), optional(f.r2),
            RoadmapText::fitNotes(s).join(QStringLiteral("; "))};
}

QVariantList pointRow(const TrendPoint &p)
{
    return {QStringLiteral("point"), p.chip->vendorId, p.chip->id, p.date, p.x, p.value, p.projected, p.inFit,
            QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()};
}

} // namespace

DataTable trendTable(const TrendAnalysis &a)
{
    DataTable t;
    t.name = QStringLiteral("trend");
    t.columns = trendColumns();
    for (const TrendSeriesFit &s : a.fits)
        t.rows << fitRow(s);
    for (const TrendPoint &p : a.points)
        t.rows << pointRow(p);
    return t;
}

Report trendReport(const TrendAnalysis &a, const VendorNames &vendors, const QList<Source> &known, Language language,
                   const QString &datasetVersion, const QDate &date)
{
    Report r;
    r.language = language;
    r.date = date;
    r.datasetVersion = datasetVersion;
    const QString metric = RoadmapText::metricTitle(a.metric);
    r.title = translated(QT_TRANSLATE_NOOP("TrendReport", "Trend: %1")).arg(metric);
    r.subtitle = a.includeProjected
        ? translated(QT_TRANSLATE_NOOP("TrendReport", "Each chip at its %1; projections included in the fits")).arg(RoadmapText::basisName(a.basis))
        : translated(QT_TRANSLATE_NOOP("TrendReport", "Each chip at its %1; projections drawn but not fitted")).arg(RoadmapText::basisName(a.basis));
    r.sheetName = translated(QT_TRANSLATE_NOOP("TrendReport", "Trend"));

    DataTable &t = r.table;
    t = trendTable(a);
    t.title = r.title;
    const QString unit = TrendMetrics::unit(a.metric);
    t.headers = QStringList{
        translated(QT_TRANSLATE_NOOP("TrendReport", "Row")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Vendor")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Chip")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Date")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Decimal year")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Value (%1)")).arg(NumberFormat::unitName(unit)),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Projected")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "In the fit")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Points")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Slope (log10 per year)")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Growth per year (×)")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Doubling time (years)")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Doubling, 90 % low (years)")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Doubling, 90 % high (years)")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Halving time (years)")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "r²")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Note")),
    };

    QStringList cited;
    const int columns = int(t.columns.size());
    for (int row = 0; row < t.rows.size(); ++row) {
        QList<ReportCellStyle> styles(columns);
        QStringList units(columns);
        const bool fit = row < a.fits.size();
        if (fit) {
            const TrendSeriesFit &s = a.fits.at(row);
            styles[0].display = translated(QT_TRANSLATE_NOOP("TrendReport", "fit"));
            styles[1].display = s.vendorId.isEmpty() ? RoadmapText::allVendors() : vendorName(vendors, s.vendorId);
            styles[6].display = yesNo(s.includesProjections);
            styles[16].display = RoadmapText::fitNotes(s).join(translated(QT_TRANSLATE_NOOP("TrendReport", "; ")));
            for (int c = 9; c <= 15; ++c)
                if (const QVariant v = t.rows.at(row).value(c); v.isValid())
                    styles[c].display = NumberFormat::decimal(v.toDouble(), c == 9 ? 4 : 3);
        } else {
            const TrendPoint &p = a.points.at(row - a.fits.size());
            styles[0].display = translated(QT_TRANSLATE_NOOP("TrendReport", "point"));
            styles[1].display = vendorName(vendors, p.chip->vendorId);
            styles[2].display = p.chip->localName(language);
            styles[3].display = DateFormat::text(p.date, language);
            styles[4].display = NumberFormat::decimal(p.x, 6);
            styles[5].display = RoadmapText::value(p.value, a.metric);
            styles[5].projected = p.projected;
            styles[5].sourceIds = sourceIdsOf(p.claims);
            units[5] = unit;
            styles[6].display = yesNo(p.projected);
            styles[7].display = yesNo(p.inFit);
            for (const QString &id : styles[5].sourceIds)
                if (!cited.contains(id))
                    cited << id;
        }
        r.styles << styles;
        r.units << units;
    }
    r.sources = citedSources(cited, known);

    for (const TrendSeriesFit &s : a.fits)
        r.notes << RoadmapText::fitLine(s.vendorId.isEmpty() ? RoadmapText::allVendors() : vendorName(vendors, s.vendorId), a.metric, s);
    r.notes << translated(QT_TRANSLATE_NOOP("TrendReport",
        "Each fit is ordinary least squares of log10(value) on the date in decimal years; the doubling time is log10(2) ÷ "
        "slope, and its 90 % interval comes from the slope's, with Student's t on n − 2 degrees of freedom."));
    r.notes << translated(QT_TRANSLATE_NOOP("TrendReport",
        "A date sits at the middle of the period it names, counting months as twelfths of a year: a year at 1 July, "
        "a quarter or a half at its middle."));
    r.notes << translated(QT_TRANSLATE_NOOP("TrendReport",
        "Throughput is dense (figures quoted with structured sparsity are halved or stored apart); memory capacity is "
        "binary (80 GB = 80 × 2^30 bytes)."));
    r.notes << translated(QT_TRANSLATE_NOOP("TrendReport", "%1 marks a projected figure: made from trends, not a vendor specification."))
                   .arg(Report::projectedMarker());
    if (!a.undated.isEmpty()) {
        QStringList names;
        for (const Chip *c : a.undated)
            names << c->localName(language);
        r.notes << translated(QT_TRANSLATE_NOOP("TrendReport", "Left out, no %1 in the data: %2."))
                       .arg(RoadmapText::basisName(a.basis), names.join(QCoreApplication::translate("TrendReport", ", ", "list separator")));
    }
    return r;
}

Report memoryWallReport(const MemoryWall &wall, const VendorNames &vendors, const QList<Source> &known, Language language,
                        const QString &datasetVersion, const QDate &date)
{
    Report r;
    r.language = language;
    r.date = date;
    r.datasetVersion = datasetVersion;
    const QString precision = precisionKey(wall.precision).toUpper();
    r.title = translated(QT_TRANSLATE_NOOP("TrendReport", "Memory wall: dense %1 compute against memory bandwidth and capacity")).arg(precision);
    r.subtitle = translated(QT_TRANSLATE_NOOP("TrendReport", "Each vendor's flagships at their %1; indexes relative to the first chip of each series"))
                     .arg(RoadmapText::basisName(wall.basis));
    r.sheetName = translated(QT_TRANSLATE_NOOP("TrendReport", "Memory wall"));

    DataTable &t = r.table;
    t.name = QStringLiteral("memory_wall");
    t.title = r.title;
    t.columns = QStringList{QStringLiteral("vendor"), QStringLiteral("chip_id"), QStringLiteral("date"), QStringLiteral("x"),
                            QStringLiteral("compute"), QStringLiteral("bandwidth"), QStringLiteral("capacity"), QStringLiteral("compute_index"),
                            QStringLiteral("bandwidth_index"), QStringLiteral("capacity_index"), QStringLiteral("ridge"),
                            QStringLiteral("projected")};
    t.headers = QStringList{
        translated(QT_TRANSLATE_NOOP("TrendReport", "Vendor")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Chip")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Date")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Decimal year")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Dense %1 (FLOP/s)")).arg(precision),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Memory bandwidth (bytes/s)")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Memory capacity (bytes)")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Compute index")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Bandwidth index")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Capacity index")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Ridge point (FLOP/byte)")),
        translated(QT_TRANSLATE_NOOP("TrendReport", "Projected")),
    };
    QStringList cited;
    for (const MemoryWallSeries &s : wall.series) {
        for (const MemoryWallPoint &p : s.points) {
            t.rows << QVariantList{s.vendorId, p.chip->id, p.date, p.x, p.compute, p.bandwidth, p.capacity, p.computeIndex,
                                   p.bandwidthIndex, p.capacityIndex, p.ridge, p.projected};
            QList<ReportCellStyle> styles(t.columns.size());
            styles[0].display = vendorName(vendors, s.vendorId);
            styles[1].display = p.chip->localName(language);
            styles[2].display = DateFormat::text(p.date, language);
            styles[3].display = NumberFormat::decimal(p.x, 6);
            const QStringList ids = sourceIdsOf(p.claims);
            const QList<std::pair<int, QString>> measured{{4, QStringLiteral("FLOP/s")}, {5, QStringLiteral("B/s")}, {6, QStringLiteral("B")}};
            for (const auto &[column, unit] : measured) {
                styles[column].display = RoadmapText::value(t.rows.constLast().at(column).toDouble(), unit);
                styles[column].projected = p.projected;
            }
            // Each figure cites the claim it comes from (claims are compute, bandwidth, capacity in that order).
            for (int i = 0; i < p.claims.size() && i < 3; ++i)
                if (!p.claims.at(i).sourceId.isEmpty())
                    styles[4 + i].sourceIds << p.claims.at(i).sourceId;
            for (int c = 7; c <= 9; ++c)
                styles[c].display = NumberFormat::ratio(t.rows.constLast().at(c).toDouble());
            styles[10].display = NumberFormat::decimal(p.ridge, 3);
            styles[11].display = yesNo(p.projected);
            QStringList units(t.columns.size());
            units[4] = QStringLiteral("FLOP/s");
            units[5] = QStringLiteral("B/s");
            units[6] = QStringLiteral("B");
            r.styles << styles;
            r.units << units;
            for (const QString &id : ids)
                if (!cited.contains(id))
                    cited << id;
        }
        r.notes << RoadmapText::memoryWallSentence(vendorName(vendors, s.vendorId), s, wall.precision, language);
    }
    r.sources = citedSources(cited, known);
    r.notes << translated(QT_TRANSLATE_NOOP("TrendReport",
        "A vendor's flagship series lists each chip that became its fastest at this precision: at every date the fastest "
        "chip of that date, kept if it beats every earlier one. The ridge point is compute ÷ bandwidth: above it a kernel "
        "is compute-bound, below it memory-bound; when it grows, more of the work waits on memory."));
    r.notes << translated(QT_TRANSLATE_NOOP("TrendReport", "%1 marks a projected figure: made from trends, not a vendor specification."))
                   .arg(Report::projectedMarker());
    return r;
}
