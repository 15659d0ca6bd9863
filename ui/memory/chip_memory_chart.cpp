#include "chip_memory_chart.h"

#include "common/chip_palette.h"
#include "date_format.h"
#include "memory_palette.h"
#include "partial_date.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace {
constexpr double kRadius = 5.5;
constexpr double kLegendHeight = 26;

double yearOf(const QString &date)
{
    const auto d = PartialDate::parse(date);
    return d ? d->middleYear() : 0;
}
} // namespace

ChipMemoryChart::ChipMemoryChart(Measure measure, QWidget *parent)
    : QWidget(parent)
    , m_measure(measure)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ChipMemoryChart::setPoints(const QList<ChipMemoryPoint> &points, const QList<Source> &sources, Language language)
{
    m_points.clear();
    for (const ChipMemoryPoint &p : points)
        if (PartialDate::parse(p.date))
            m_points << p;
    m_sources.clear();
    for (const Source &s : sources)
        m_sources.insert(s.id, s);
    m_language = language;
    update();
}

void ChipMemoryChart::setMeasure(Measure measure)
{
    m_measure = measure;
    update();
}

double ChipMemoryChart::value(const ChipMemoryPoint &p) const
{
    switch (m_measure) {
    case Measure::Capacity: return p.bytes;
    case Measure::Bandwidth: return p.bandwidth;
    case Measure::ReadsPerSecond: return p.readsPerSecond();
    }
    return 0;
}

QString ChipMemoryChart::title() const
{
    switch (m_measure) {
    case Measure::Capacity: return tr("Memory capacity per chip (log scale)");
    case Measure::Bandwidth: return tr("Memory bandwidth per chip (log scale)");
    case Measure::ReadsPerSecond:
        return tr("Reads per second: bandwidth ÷ capacity, how many times a second the whole memory can be read");
    }
    return {};
}

ChipMemoryChart::Frame ChipMemoryChart::frame() const
{
    Frame f;
    const QFontMetricsF fm(font());
    const double left = fm.horizontalAdvance(QStringLiteral("1,024 GB")) + 14;
    f.plot = QRectF(left, fm.height() * 2.2, std::max(10.0, width() - left - 16), std::max(10.0, height() - fm.height() * 4.2 - kLegendHeight));
    if (m_points.isEmpty())
        return f;
    f.x0 = 1e9;
    f.x1 = -1e9;
    double lo = 1e300, hi = 0;
    for (const ChipMemoryPoint &p : m_points) {
        f.x0 = std::min(f.x0, yearOf(p.date));
        f.x1 = std::max(f.x1, yearOf(p.date));
        lo = std::min(lo, value(p));
        hi = std::max(hi, value(p));
    }
    f.x0 = std::floor(f.x0);
    f.x1 = std::ceil(f.x1 + 0.01);
    f.logY0 = std::log10(lo) - 0.12;
    f.logY1 = std::log10(hi) + 0.12;
    return f;
}

QPointF ChipMemoryChart::place(const Frame &f, double year, double v) const
{
    const double x = f.plot.left() + f.plot.width() * (year - f.x0) / std::max(1e-9, f.x1 - f.x0);
    const double y = f.plot.bottom() - f.plot.height() * (std::log10(v) - f.logY0) / std::max(1e-9, f.logY1 - f.logY0);
    return {x, y};
}

QPointF ChipMemoryChart::pointPosition(const QString &chipId) const
{
    const Frame f = frame();
    for (const ChipMemoryPoint &p : m_points)
        if (p.chip->id == chipId)
            return place(f, yearOf(p.date), value(p));
    return {};
}

// Capacity ticks at powers of two (16 GB, 32 GB …), the others at 1, 2 and 5 times a power of ten.
QList<double> ChipMemoryChart::ticks(double lo, double hi) const
{
    QList<double> out;
    if (m_measure == Measure::Capacity) {
        for (double v = std::pow(2.0, std::floor(std::log2(lo))); v <= hi * 1.0001; v *= 2)
            if (v >= lo)
                out << v;
        while (out.size() > 8) { // keep every other one on a short panel
            QList<double> fewer;
            for (int i = 0; i < out.size(); i += 2)
                fewer << out.at(i);
            out = fewer;
        }
        return out;
    }
    for (double decade = std::pow(10.0, std::floor(std::log10(lo))); decade <= hi; decade *= 10)
        for (double m : {1.0, 2.0, 5.0})
            if (m * decade >= lo && m * decade <= hi)
                out << m * decade;
    return out;
}

QString ChipMemoryChart::tickText(double v) const
{
    switch (m_measure) {
    case Measure::Capacity: return NumberFormat::si(v, QStringLiteral("B"), 4);
    case Measure::Bandwidth: return NumberFormat::si(v, QStringLiteral("B/s"), 3);
    case Measure::ReadsPerSecond: return tr("%1/s").arg(NumberFormat::decimal(v, 3));
    }
    return {};
}

QString ChipMemoryChart::pointToolTip(const ChipMemoryPoint &p) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(p.chip->localName(m_language).toHtmlEscaped(), DateFormat::text(p.date, m_language).toHtmlEscaped());
    QString memory = p.generation.isEmpty() ? tr("Memory generation not given by the sources") : p.generation;
    if (p.memory && p.memory->stacks && p.memory->stackBytes)
        memory += tr(": %1 stacks × %2").arg(*p.memory->stacks).arg(NumberFormat::si(*p.memory->stackBytes, QStringLiteral("B")));
    else if (p.memory && p.memory->stacks)
        memory += tr(": %1 stacks").arg(*p.memory->stacks);
    lines << memory.toHtmlEscaped();
    lines << tr("Capacity %1, bandwidth %2").arg(NumberFormat::si(p.bytes, QStringLiteral("B")), NumberFormat::si(p.bandwidth, QStringLiteral("B/s"))).toHtmlEscaped();
    lines << tr("The whole memory can be read %1 times a second (%2 ÷ %3).")
                 .arg(NumberFormat::decimal(p.readsPerSecond(), 3), NumberFormat::si(p.bandwidth, QStringLiteral("B/s")),
                      NumberFormat::si(p.bytes, QStringLiteral("B")))
                 .toHtmlEscaped();
    if (p.projected)
        lines << QStringLiteral("<i>%1</i>").arg(tr("Projected figures: made from trends, not vendor specifications.").toHtmlEscaped());
    QStringList sourceIds;
    for (const char *metric : {"memory_capacity", "memory_bandwidth"}) {
        const auto claim = p.chip->currentClaims.constFind(claimKey(QString::fromLatin1(metric), std::nullopt));
        if (claim != p.chip->currentClaims.constEnd() && !sourceIds.contains(claim->sourceId))
            sourceIds << claim->sourceId;
    }
    if (p.memory && !sourceIds.contains(p.memory->sourceId))
        sourceIds << p.memory->sourceId;
    for (const QString &id : std::as_const(sourceIds)) {
        const auto s = m_sources.constFind(id);
        lines << QStringLiteral("<span style=\"color:gray\">%1</span>")
                     .arg(tr("Source: %1").arg(s == m_sources.constEnd() ? id : s->title + QStringLiteral(" — ") + s->publisher).toHtmlEscaped());
    }
    return QStringLiteral("<p style=\"white-space:pre-wrap; max-width:420px\">%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

QString ChipMemoryChart::toolTipAt(const QPointF &pos) const
{
    const Frame f = frame();
    const ChipMemoryPoint *best = nullptr;
    double bestDistance = kRadius * 2;
    for (const ChipMemoryPoint &p : m_points) {
        const QPointF at = place(f, yearOf(p.date), value(p));
        const double d = std::hypot(at.x() - pos.x(), at.y() - pos.y());
        if (d < bestDistance) {
            bestDistance = d;
            best = &p;
        }
    }
    return best ? pointToolTip(*best) : QString();
}

void ChipMemoryChart::mouseMoveEvent(QMouseEvent *event)
{
    const QString tip = toolTipAt(event->position());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void ChipMemoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = palette().color(QPalette::Mid);
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    p.setPen(text);
    p.drawText(QRectF(6, 2, width() - 12, fm.height() * 1.6), Qt::AlignHCenter | Qt::AlignVCenter,
               QFontMetricsF(titleFont).elidedText(title(), Qt::ElideRight, width() - 12));
    p.setFont(font());
    const Frame f = frame();
    if (m_points.isEmpty()) {
        p.drawText(f.plot, Qt::AlignCenter, tr("No chip has both a memory capacity and a bandwidth."));
        return;
    }
    // Axes: years below, the measure's ticks on the left.
    for (int year = int(f.x0); year <= int(f.x1); ++year) {
        const double x = place(f, year, std::pow(10.0, f.logY0)).x();
        p.setPen(QPen(grid, 0.6, Qt::DotLine));
        p.drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
        p.setPen(text);
        if (year < int(f.x1))
            p.drawText(QRectF(x, f.plot.bottom() + 3, place(f, year + 1, 1).x() - x, fm.height()), Qt::AlignCenter, QString::number(year));
    }
    for (double v : ticks(std::pow(10.0, f.logY0), std::pow(10.0, f.logY1))) {
        const double y = place(f, f.x0, v).y();
        p.setPen(QPen(grid, 0.6, Qt::DotLine));
        p.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - fm.height() / 2, f.plot.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter, tickText(v));
    }
    p.setPen(QPen(grid, 1.2));
    p.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
    p.drawLine(f.plot.bottomLeft(), f.plot.topLeft());
    p.setPen(text);
    p.drawText(QRectF(f.plot.left(), f.plot.bottom() + fm.height() + 2, f.plot.width(), fm.height()), Qt::AlignCenter,
               tr("Available (or announced, where no date is given)"));

    // Points, then names where they do not run into a name already drawn.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF sfm(small);
    QList<QRectF> taken;
    for (const ChipMemoryPoint &pt : m_points) {
        const QPointF at = place(f, yearOf(pt.date), value(pt));
        const QColor color = MemoryPalette::generation(pt.generation);
        p.setPen(QPen(color.darker(140), pt.projected ? 2.0 : 1.0));
        p.setBrush(pt.projected ? QBrush(palette().color(QPalette::Base)) : QBrush(color));
        p.drawEllipse(at, kRadius, kRadius);
        taken << QRectF(at.x() - kRadius, at.y() - kRadius, 2 * kRadius, 2 * kRadius);
    }
    p.setFont(small);
    p.setPen(text);
    for (const ChipMemoryPoint &pt : m_points) {
        const QPointF at = place(f, yearOf(pt.date), value(pt));
        const QString name = ChipPalette::shortName(pt.chip->localName(m_language)) + (pt.projected ? QStringLiteral(" †") : QString());
        const double w = sfm.horizontalAdvance(name);
        for (const QPointF &offset : {QPointF(kRadius + 3, -sfm.height() / 2), QPointF(-kRadius - 3 - w, -sfm.height() / 2),
                                      QPointF(-w / 2, -kRadius - sfm.height()), QPointF(-w / 2, kRadius + 1)}) {
            const QRectF box(at + offset, QSizeF(w, sfm.height()));
            if (!f.plot.adjusted(-4, -4, 12, 4).contains(box))
                continue;
            bool clear = true;
            for (const QRectF &t : std::as_const(taken))
                if (t.intersects(box) && !t.contains(at)) {
                    clear = false;
                    break;
                }
            if (!clear)
                continue;
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, name);
            taken << box;
            break;
        }
    }
    // The legend: generations present, then the marks.
    QStringList present;
    bool anyUnknown = false, anyProjected = false;
    for (const ChipMemoryPoint &pt : m_points) {
        if (pt.generation.isEmpty())
            anyUnknown = true;
        else if (!present.contains(pt.generation))
            present << pt.generation;
        anyProjected |= pt.projected;
    }
    std::sort(present.begin(), present.end(), [](const QString &a, const QString &b) {
        return memoryGenerations().indexOf(a) < memoryGenerations().indexOf(b);
    });
    double x = f.plot.left();
    const double y = height() - kLegendHeight + 6;
    const auto item = [&](const QColor &color, bool hollow, const QString &label) {
        const double w = 2 * kRadius + 5 + sfm.horizontalAdvance(label) + 14;
        if (x + w > width())
            return;
        p.setPen(QPen(color.darker(140), hollow ? 2.0 : 1.0));
        p.setBrush(hollow ? QBrush(palette().color(QPalette::Base)) : QBrush(color));
        p.drawEllipse(QPointF(x + kRadius, y + sfm.height() / 2), kRadius - 1, kRadius - 1);
        p.setPen(text);
        p.drawText(QRectF(x + 2 * kRadius + 5, y, w, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += w;
    };
    for (const QString &g : std::as_const(present))
        item(MemoryPalette::generation(g), false, g);
    if (anyUnknown)
        item(MemoryPalette::generation(QString()), false, tr("generation not given"));
    if (anyProjected)
        item(QColor(0x66, 0x66, 0x66), true, tr("projected †"));
}
