#include "memory_wall_chart.h"

#include "common/chip_palette.h"
#include "date_format.h"
#include "roadmap_text.h"
#include "vendor_style.h"

#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>

namespace {
QString lineKey(const QString &vendor, MemoryWallChart::Quantity q)
{
    return vendor + QLatin1Char('/') + QString::number(int(q));
}
}

MemoryWallChart::MemoryWallChart(const Catalog &catalog, QWidget *parent)
    : RoadmapChart(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("memoryWallChart"));
}

void MemoryWallChart::setWall(const MemoryWall &wall)
{
    m_wall = wall;
    rebuild();
}

void MemoryWallChart::setLanguage(Language language)
{
    m_language = language;
    rebuild();
}

QLineSeries *MemoryWallChart::line(const QString &vendorId, Quantity quantity) const
{
    return m_lines.value(lineKey(vendorId, quantity));
}

QString MemoryWallChart::pointToolTip(const MemoryWallPoint &p, const QString &vendor) const
{
    const QString precision = precisionKey(m_wall.precision).toUpper();
    QStringList lines;
    lines << tr("%1 — %2, %3", "chip — vendor, date")
                 .toHtmlEscaped()
                 .arg(QStringLiteral("<b>%1</b>").arg(p.chip->localName(m_language).toHtmlEscaped()), vendor.toHtmlEscaped(),
                      DateFormat::text(p.date, m_language).toHtmlEscaped());
    lines << tr("Dense %1: %2 (%3 of the first)").toHtmlEscaped().arg(precision, RoadmapText::value(p.compute, QStringLiteral("FLOP/s")).toHtmlEscaped(),
                                                                       NumberFormat::ratio(p.computeIndex).toHtmlEscaped());
    lines << tr("Memory bandwidth: %1 (%2 of the first)").toHtmlEscaped().arg(RoadmapText::value(p.bandwidth, QStringLiteral("B/s")).toHtmlEscaped(),
                                                                               NumberFormat::ratio(p.bandwidthIndex).toHtmlEscaped());
    lines << tr("Memory capacity: %1 (%2 of the first)").toHtmlEscaped().arg(RoadmapText::value(p.capacity, QStringLiteral("B")).toHtmlEscaped(),
                                                                              NumberFormat::ratio(p.capacityIndex).toHtmlEscaped());
    lines << tr("Ridge point: %1").toHtmlEscaped().arg(RoadmapText::value(p.ridge, QStringLiteral("FLOP/B")).toHtmlEscaped());
    if (p.projected)
        lines << QStringLiteral("<i>%1</i>").arg(tr("Projected figures: made from trends, not vendor specifications.").toHtmlEscaped());
    lines << QStringLiteral("<span style=\"color:gray\">%1</span>").arg(tr("Click to see the chip's figures and the history of each claim.").toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void MemoryWallChart::rebuild()
{
    clearSeries();
    m_lines.clear();
    m_sentences.clear();
    double x0 = 1e9, x1 = -1e9, y0 = 1, y1 = 1;
    QStringList legend;
    struct Style {
        Quantity quantity;
        Qt::PenStyle pen;
        double width;
        QString name;
    };
    const QList<Style> styles{{Quantity::Compute, Qt::SolidLine, 2.6, tr("dense %1 compute").arg(precisionKey(m_wall.precision).toUpper())},
                              {Quantity::Bandwidth, Qt::DashLine, 2.0, tr("memory bandwidth")},
                              {Quantity::Capacity, Qt::DotLine, 2.0, tr("memory capacity")}};
    for (int vi = 0; vi < m_wall.series.size(); ++vi) {
        const MemoryWallSeries &s = m_wall.series.at(vi);
        const QColor color = VendorStyle::color(s.vendorId, vi);
        const QString vendor = VendorStyle::label(m_catalog, s.vendorId, m_language);
        for (const Style &style : styles) {
            auto *series = new QLineSeries;
            series->setName(QStringLiteral("%1 %2").arg(vendor, style.name));
            series->setPen(QPen(color, style.width, style.pen));
            auto *marks = new QScatterSeries;
            marks->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            marks->setMarkerSize(style.quantity == Quantity::Compute ? 8 : 6);
            marks->setColor(color);
            marks->setBorderColor(color.darker(140));
            QStringList ids, tips, labels;
            for (const MemoryWallPoint &p : s.points) {
                const double index = style.quantity == Quantity::Compute ? p.computeIndex
                    : style.quantity == Quantity::Bandwidth            ? p.bandwidthIndex
                                                                       : p.capacityIndex;
                series->append(p.x, axisValue(index));
                marks->append(p.x, axisValue(index));
                ids << p.chip->id;
                tips << pointToolTip(p, vendor);
                // Names go on the compute line, where the chips are read from; a projection says so.
                labels << (style.quantity == Quantity::Compute
                               ? ChipPalette::shortName(p.chip->localName(m_language)) + (p.projected ? QStringLiteral(" †") : QString())
                               : QString());
                x0 = std::min(x0, p.x);
                x1 = std::max(x1, p.x);
                y0 = std::min(y0, index);
                y1 = std::max(y1, index);
            }
            addSeries(series);
            addPoints(marks, ids, tips, labels);
            m_lines.insert(lineKey(s.vendorId, style.quantity), series);
        }
        legend << QStringLiteral("%1&nbsp;<b>%2</b>").arg(swatch(color, Qt::SolidLine), vendor.toHtmlEscaped());
        m_sentences << RoadmapText::memoryWallSentence(vendor, s, m_wall.precision, m_language);
    }
    if (!m_wall.series.isEmpty())
        setRanges(x0 - 0.25, x1 + 0.25, y0, y1);
    const QString precision = precisionKey(m_wall.precision).toUpper();
    setAxisTitles(tr("Date (%1)").arg(RoadmapText::basisName(m_wall.basis)), tr("Growth since the first flagship (×, log scale)"));
    chart()->setTitle(tr("Memory wall: dense %1 compute against memory bandwidth and capacity").arg(precision));

    QStringList key;
    for (const Style &style : styles)
        key << QStringLiteral("%1 %2").arg(swatch(QColor(0x55, 0x55, 0x55), style.pen), style.name.toHtmlEscaped());
    QString html = legend.join(QStringLiteral(" &nbsp; ")) + QStringLiteral(" &nbsp;·&nbsp; ") + key.join(QStringLiteral(" &nbsp; "));
    if (m_wall.series.isEmpty())
        html = tr("No vendor has two flagships with dense %1, bandwidth and capacity figures to compare.").arg(precision).toHtmlEscaped();
    for (const QString &sentence : std::as_const(m_sentences))
        html += QStringLiteral("<br>") + sentence.toHtmlEscaped();
    if (!m_wall.series.isEmpty())
        html += QStringLiteral("<br><span style=\"color:gray\">%1</span>").arg(NumberFormat::binaryNote().toHtmlEscaped());
    setLegendHtml(html);
    placeLabels();
}
