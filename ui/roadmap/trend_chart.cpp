#include "trend_chart.h"

#include "common/chip_palette.h"
#include "common/claim_text.h"
#include "date_format.h"
#include "roadmap_text.h"
#include "vendor_style.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <cmath>

namespace {

// The unit the value axis shows and what one of it is worth in SI: capacity in the vendors' binary GB; ratios as
// they are, written out ("FLOP/byte"); other units with the SI prefix that puts the largest value between 1 and 1,000.
std::pair<double, QString> axisUnit(const QString &unit, double largest)
{
    if (unit == QLatin1String("B"))
        return {double(1ull << 30), QStringLiteral("GB")};
    if (unit == QLatin1String("FLOP/B") || unit == QLatin1String("B/FLOP"))
        return {1.0, NumberFormat::unitName(unit)};
    const int exponent = std::clamp(int(std::floor(std::log10(std::max(largest, 1.0)) / 3.0)) * 3, 0, 18);
    static const char *const prefixes[] = {"", "k", "M", "G", "T", "P", "E"};
    return {std::pow(10.0, exponent), QString::fromLatin1(prefixes[exponent / 3]) + unit};
}

} // namespace

TrendChart::TrendChart(const Catalog &catalog, QWidget *parent)
    : RoadmapChart(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("trendChart"));
}

void TrendChart::setAnalysis(const TrendAnalysis &analysis)
{
    m_analysis = analysis;
    rebuild();
}

void TrendChart::setLanguage(Language language)
{
    m_language = language;
    rebuild();
}

QScatterSeries *TrendChart::pointSeries(const QString &vendorId, bool projected) const
{
    return (projected ? m_projected : m_claimed).value(vendorId);
}

QLineSeries *TrendChart::fitSeries(const QString &vendorId) const
{
    return m_fits.value(vendorId);
}

QString TrendChart::pointToolTip(const TrendPoint &p) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(p.chip->localName(m_language).toHtmlEscaped(), VendorStyle::label(m_catalog, p.chip->vendorId, m_language).toHtmlEscaped());
    lines << tr("%1: %2", "metric: value")
                 .toHtmlEscaped()
                 .arg(RoadmapText::metricTitle(m_analysis.metric).toHtmlEscaped(),
                      QStringLiteral("<b>%1</b>").arg(RoadmapText::value(p.value, m_analysis.metric).toHtmlEscaped()));
    lines << tr("Placed at its %1, %2 (%3)", "date basis, date, decimal year")
                 .toHtmlEscaped()
                 .arg(RoadmapText::basisName(m_analysis.basis).toHtmlEscaped(), DateFormat::text(p.date, m_language).toHtmlEscaped(),
                      QString::number(p.x, 'f', 3));
    if (p.projected)
        lines << QStringLiteral("<i>%1</i>").arg((p.inFit ? tr("A projection, included in the fits.") : tr("A projection: drawn, not fitted.")).toHtmlEscaped());
    for (const SpecClaim &c : p.claims)
        lines << tr("%1 %2 — claimed %3, source: %4", "metric, value, date, source")
                     .toHtmlEscaped()
                     .arg(ClaimText::metric(c).toHtmlEscaped(), ClaimText::value(c, m_language).toHtmlEscaped(),
                          DateFormat::text(c.claimedOn, m_language).toHtmlEscaped(), ClaimText::sourceHtml(m_catalog, c.sourceId));
    lines << QStringLiteral("<span style=\"color:gray\">%1</span>").arg(tr("Click to see the chip's figures and the history of each claim.").toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void TrendChart::rebuild()
{
    clearSeries();
    m_claimed.clear();
    m_projected.clear();
    m_fits.clear();
    m_fitLines.clear();
    const TrendAnalysis &a = m_analysis;
    const QString unit = TrendMetrics::unit(a.metric);
    double largest = 0, smallest = std::numeric_limits<double>::max(), x0 = 1e9, x1 = -1e9;
    for (const TrendPoint &p : a.points) {
        largest = std::max(largest, p.value);
        smallest = std::min(smallest, p.value);
        x0 = std::min(x0, p.x);
        x1 = std::max(x1, p.x);
    }
    const auto [scale, axisText] = axisUnit(unit, largest);
    const auto vendorColor = [&](const QString &vendor) { return VendorStyle::color(vendor, int(a.vendorIds.indexOf(vendor))); };
    const auto vendorName = [&](const QString &vendor) { return VendorStyle::label(m_catalog, vendor, m_language); };

    // Fits first, under the points; the overall fit dashed in dark grey.
    QStringList legend;
    for (const TrendSeriesFit &s : a.fits) {
        const bool all = s.vendorId.isEmpty();
        const QColor color = all ? QColor(0x44, 0x44, 0x44) : vendorColor(s.vendorId);
        const QString line = RoadmapText::fitLine(all ? RoadmapText::allVendors() : vendorName(s.vendorId), a.metric, s);
        m_fitLines << line;
        legend << QStringLiteral("%1&nbsp;%2").arg(swatch(color, all ? Qt::DashLine : Qt::SolidLine), line.toHtmlEscaped());
        if (!s.fit.ok() || s.chips.isEmpty())
            continue;
        double lo = 1e9, hi = -1e9;
        for (const TrendPoint &p : a.points)
            if (p.inFit && (all || p.chip->vendorId == s.vendorId)) {
                lo = std::min(lo, p.x);
                hi = std::max(hi, p.x);
            }
        auto *fit = new QLineSeries;
        fit->setName(line);
        fit->setPen(QPen(color, all ? 2.0 : 2.2, all ? Qt::DashLine : Qt::SolidLine));
        const int steps = 8; // a straight line on the log axis; points between the ends keep it straight when clipped
        for (int i = 0; i <= steps; ++i) {
            const double x = lo + (hi - lo) * i / steps;
            fit->append(x, axisValue(s.fit.valueAt(x) / scale));
        }
        addSeries(fit);
        m_fits.insert(s.vendorId, fit);
    }

    // Points: per vendor, claimed figures filled and projections hollow; the latest chip of each vendor named.
    for (const QString &vendor : a.vendorIds) {
        const QColor color = vendorColor(vendor);
        for (const bool projected : {false, true}) {
            auto *series = new QScatterSeries;
            series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            series->setMarkerSize(projected ? 10 : 9);
            series->setColor(projected ? QColor(Qt::white) : color);
            series->setBorderColor(projected ? color : color.darker(140));
            series->setPen(QPen(projected ? color : color.darker(140), projected ? 2 : 1));
            QStringList ids, tips, labels;
            for (const TrendPoint &p : a.points) {
                if (p.chip->vendorId != vendor || p.projected != projected)
                    continue;
                series->append(p.x, axisValue(p.value / scale));
                ids << p.chip->id;
                tips << pointToolTip(p);
                labels << ChipPalette::shortName(p.chip->localName(m_language));
            }
            if (ids.isEmpty()) {
                delete series;
                continue;
            }
            series->setName(vendorName(vendor));
            addPoints(series, ids, tips, labels);
            (projected ? m_projected : m_claimed).insert(vendor, series);
        }
    }
    if (!a.points.isEmpty())
        setRanges(x0 - 0.25, x1 + 0.25, smallest / scale, largest / scale);
    setAxisTitles(tr("Date (%1)").arg(RoadmapText::basisName(a.basis)), tr("%1, log scale (%2)").arg(RoadmapText::metricName(a.metric), axisText));
    chart()->setTitle(RoadmapText::metricTitle(a.metric));

    QStringList key;
    key << QStringLiteral("%1 %2").arg(swatch(Qt::darkGray, Qt::SolidLine, true), tr("claimed figure").toHtmlEscaped());
    key << QStringLiteral("%1 %2").arg(swatch(Qt::darkGray, Qt::SolidLine, true, true),
                                       (a.includeProjected ? tr("projection, included in the fits") : tr("projection, not fitted")).toHtmlEscaped());
    if (a.metric == TrendMetric::MemoryCapacity)
        key << NumberFormat::binaryNote().toHtmlEscaped();
    QString html = legend.join(QStringLiteral("<br>")) + QStringLiteral("<br><span style=\"color:#555\">%1</span>").arg(key.join(QStringLiteral(" &nbsp; ")));
    if (!a.undated.isEmpty()) {
        QStringList names;
        for (const Chip *c : a.undated)
            names << ChipPalette::shortName(c->localName(m_language));
        html += QStringLiteral(" <span style=\"color:#555\">· %1</span>")
                    .arg(tr("left out, no %1 in the data: %2").arg(RoadmapText::basisName(a.basis), names.join(tr(", ", "list separator"))).toHtmlEscaped());
    }
    setLegendHtml(html);
    placeLabels();
}
