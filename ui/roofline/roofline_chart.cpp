#include "roofline_chart.h"

#include "common/chart_style.h"
#include "common/chip_palette.h"
#include "roofline_text.h"

#include <QCursor>
#include <QGraphicsLayout>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace {

double decadeBelow(double v)
{
    return std::pow(10.0, std::floor(std::log10(v)));
}

double decadeAbove(double v)
{
    return std::pow(10.0, std::ceil(std::log10(v)));
}

const QColor kKeyGrey(110, 110, 110);

bool usable(double v)
{
    return std::isfinite(v) && v > 0;
}

// The SI prefix that puts `top` between 1 and 1000 on the throughput axis: "%g" labels then read 0.1 … 100.
double scaleFor(double top)
{
    const double exponent = std::floor(std::log10(std::max(top, 1.0)) / 3.0) * 3.0;
    return std::pow(10.0, std::clamp(exponent, 9.0, 18.0));
}

QString prefixFor(double scale)
{
    const int e = int(std::lround(std::log10(scale)));
    switch (e) {
    case 9: return QStringLiteral("G");
    case 12: return QStringLiteral("T");
    case 15: return QStringLiteral("P");
    case 18: return QStringLiteral("E");
    default: return {};
    }
}

QScatterSeries *pointSeries(QScatterSeries::MarkerShape shape, qreal size, const QColor &fill, const QColor &border)
{
    auto *s = new QScatterSeries;
    s->setMarkerShape(shape);
    s->setMarkerSize(size);
    s->setColor(fill);
    s->setBorderColor(border);
    return s;
}

} // namespace

RooflineChart::RooflineChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("rooflineChart"));
    m_chart = installPanelChart(this, QMargins(2, 2, 6, 2));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 220); // the view shows the charts as tabs before they get this narrow

    m_x = new QLogValueAxis;
    m_x->setBase(10);
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_x->setMinorTickCount(-1);
    m_y = new QLogValueAxis;
    m_y->setBase(10);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_y->setMinorTickCount(-1);
    for (QLogValueAxis *axis : {m_x, m_y}) {
        axis->setLabelsFont(m_chart->legend()->font()); // the panel's small font
        axis->setMinorGridLinePen(QPen(QColor(0, 0, 0, 18), 1));
        axis->setGridLinePen(QPen(QColor(0, 0, 0, 45), 1));
    }
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    m_tierRoof = new QLineSeries;
    // The workload's point on each roof wears its chip's colour (set per point); the shape says the bound. The
    // series' own grey is what the legend shows.
    m_memoryPoints = pointSeries(QScatterSeries::MarkerShapeCircle, 12, kKeyGrey, Qt::black);
    m_computePoints = pointSeries(QScatterSeries::MarkerShapeTriangle, 14, kKeyGrey, Qt::black);
    m_operatorPoints = pointSeries(QScatterSeries::MarkerShapeRotatedRectangle, 9, Qt::white, Qt::black);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_tierRoof, m_memoryPoints, m_computePoints, m_operatorPoints}) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        connect(s, &QXYSeries::hovered, this, [this, s](const QPointF &p, bool state) { showHover(s, p, state); });
    }
    connect(m_chart, &QChart::plotAreaChanged, this, &RooflineChart::placeLabels);
    // The legend draws each entry with its series' marker: a circle, a triangle, a diamond, a dotted line.
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    updateTitles();
}

void RooflineChart::hideFromLegend(QXYSeries *series)
{
    for (QLegendMarker *marker : m_chart->legend()->markers(series))
        marker->setVisible(false);
}

void RooflineChart::ensureChipSeries(int count)
{
    while (m_chipSeries.size() < count) {
        ChipSeries cs;
        cs.roof = new QLineSeries;
        cs.ridge = new QScatterSeries;
        cs.ridge->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        cs.ridge->setMarkerSize(7);
        for (QXYSeries *s : std::initializer_list<QXYSeries *>{cs.roof, cs.ridge}) {
            m_chart->addSeries(s);
            s->attachAxis(m_x);
            s->attachAxis(m_y);
            hideFromLegend(s);
            connect(s, &QXYSeries::hovered, this, [this, s](const QPointF &p, bool state) { showHover(s, p, state); });
        }
        // A label sits on a pale plate so the roofs it crosses do not strike through it.
        cs.plate = new QGraphicsRectItem(m_chart);
        cs.plate->setPen(Qt::NoPen);
        cs.plate->setBrush(QColor(255, 255, 255, 215));
        cs.plate->setZValue(20);
        cs.label = new QGraphicsSimpleTextItem(cs.plate);
        cs.leader = new QGraphicsLineItem(m_chart);
        cs.leader->setZValue(19);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        cs.label->setFont(small);
        m_chipSeries << cs;
    }
    while (m_chipSeries.size() > count) {
        ChipSeries cs = m_chipSeries.takeLast();
        m_chart->removeSeries(cs.roof);
        m_chart->removeSeries(cs.ridge);
        delete cs.roof;
        delete cs.ridge;
        delete cs.plate; // and its label
        delete cs.leader;
    }
}

void RooflineChart::setRun(const RooflineRun &run)
{
    m_run = run;
    QList<int> chips; // chips with a roof
    for (int i = 0; i < run.chips.size(); ++i)
        if (run.outcomes.at(i).ok() && run.outcomes.at(i).ceilings)
            chips << i;
    ensureChipSeries(int(chips.size()));
    updateAxes();

    for (int j = 0; j < chips.size(); ++j) {
        ChipSeries &cs = m_chipSeries[j];
        cs.chip = chips.at(j);
        const Chip &chip = *run.chips.at(cs.chip);
        const Ceilings &c = *run.outcomes.at(cs.chip).ceilings;
        const QColor color = ChipPalette::color(cs.chip);
        // Roofs that run together (B200, GB300 and Ironwood have nearly the same bandwidth) would hide each other:
        // a roof drawn under later ones that lie on it is wider, so each shows as a band of its own colour.
        QPen pen(color, 2.2 + 1.8 * overlappingLaterRoofs(chips, j));
        if (chip.isProjected(Metric::PeakFlops, run.scenario.precision))
            pen.setStyle(Qt::DashLine);
        cs.roof->setPen(pen);
        cs.roof->setName(chip.localName(m_language));
        const double ridge = c.ridgeIntensity();
        const double bw = c.hbm().bandwidth;
        QList<QPointF> roof;
        roof << QPointF(m_xMin, m_xMin * bw / m_yScale);
        if (ridge > m_xMin && ridge < m_xMax)
            roof << QPointF(ridge, c.peakFlops / m_yScale);
        roof << QPointF(m_xMax, std::min(c.peakFlops, m_xMax * bw) / m_yScale);
        cs.roof->replace(roof);
        cs.ridge->setColor(color);
        cs.ridge->setBorderColor(color.darker(150));
        cs.ridge->replace(QList<QPointF>{QPointF(ridge, c.peakFlops / m_yScale)});
        cs.label->setText(tr("%1 · ridge %2", "chip name · ridge point in FLOP/byte").arg(ChipPalette::shortName(chip.localName(m_language)), NumberFormat::decimal(ridge, 3)));
        cs.label->setBrush(color.darker(135));
    }

    QList<QPointF> memory, compute, ops;
    m_memoryPointChips.clear();
    m_computePointChips.clear();
    m_operatorIndexes.clear();
    for (int i : chips) {
        const ChipOutcome &o = run.outcomes.at(i);
        // A setup that does not fit in memory does not run: it has no operating point.
        if (!o.runs() || !usable(o.intensity) || !usable(o.attainableFlops))
            continue;
        const QPointF p(o.intensity, o.attainableFlops / m_yScale);
        if (o.bound == Bound::Compute) {
            compute << p;
            m_computePointChips << i;
        } else {
            memory << p;
            m_memoryPointChips << i;
        }
    }
    m_memoryPoints->replace(memory);
    m_computePoints->replace(compute);
    for (const auto &[series, owners] : {std::pair{m_memoryPoints, &m_memoryPointChips}, std::pair{m_computePoints, &m_computePointChips}}) {
        series->clearPointsConfiguration();
        for (int k = 0; k < owners->size(); ++k)
            series->setPointConfiguration(k, QXYSeries::PointConfiguration::Color, ChipPalette::color(owners->at(k)));
    }

    const ChipOutcome *focus = run.focusOutcome();
    const int focusIndex = run.indexOf(run.focusChipId);
    if (focus && focus->ok() && focus->inference) {
        const QList<OperatorResult> &list = focus->inference->operators;
        for (int k = 0; k < list.size(); ++k) {
            if (!usable(list.at(k).intensity) || !usable(list.at(k).attainableFlops))
                continue;
            ops << QPointF(list.at(k).intensity, list.at(k).attainableFlops / m_yScale);
            m_operatorIndexes << k;
        }
    }
    m_operatorPoints->replace(ops);
    if (focusIndex >= 0)
        m_operatorPoints->setBorderColor(ChipPalette::color(focusIndex).darker(120));
    m_operatorPoints->setColor(focusIndex >= 0 ? ChipPalette::color(focusIndex).lighter(160) : Qt::white);

    // The what-if tier's roof for the focus chip: what a kernel reading from that tier alone could reach.
    QList<QPointF> tier;
    if (focus && focus->ok() && focus->ceilings && focus->ceilings->tiers.size() > 1) {
        const Ceilings &c = *focus->ceilings;
        const double bw = c.tiers.at(1).bandwidth;
        tier << QPointF(m_xMin, m_xMin * bw / m_yScale);
        const double ridge = c.ridgeIntensity(1);
        if (ridge > m_xMin && ridge < m_xMax)
            tier << QPointF(ridge, c.peakFlops / m_yScale);
        tier << QPointF(m_xMax, std::min(c.peakFlops, m_xMax * bw) / m_yScale);
        QPen pen(focusIndex >= 0 ? ChipPalette::color(focusIndex) : Qt::gray, 1.6, Qt::DotLine);
        m_tierRoof->setPen(pen);
    }
    m_tierRoof->replace(tier);
    m_tierRoof->setVisible(!tier.isEmpty());

    updateTitles();
    placeLabels();
}

void RooflineChart::updateAxes()
{
    QList<double> xs, ys, peaks;
    for (int i = 0; i < m_run.chips.size(); ++i) {
        const ChipOutcome &o = m_run.outcomes.at(i);
        if (!o.ok() || !o.ceilings)
            continue;
        xs << o.ceilings->ridgeIntensity();
        // The focus chip's what-if tier turns flat at its own ridge: the axes show where it crosses.
        if (o.ceilings->tiers.size() > 1 && m_run.chips.at(i)->id == m_run.focusChipId)
            xs << o.ceilings->ridgeIntensity(1);
        peaks << o.ceilings->peakFlops;
        if (usable(o.intensity) && usable(o.attainableFlops)) {
            xs << o.intensity;
            ys << o.attainableFlops;
        }
        if (o.inference && m_run.chips.at(i)->id == m_run.focusChipId)
            for (const OperatorResult &op : o.inference->operators)
                if (usable(op.intensity) && usable(op.attainableFlops)) {
                    xs << op.intensity;
                    ys << op.attainableFlops;
                }
    }
    if (xs.isEmpty()) {
        m_xMin = 0.1;
        m_xMax = 1e4;
        m_yScale = 1e15;
        m_x->setRange(m_xMin, m_xMax);
        m_y->setRange(0.001, 100);
        return;
    }
    m_xMin = decadeBelow(*std::min_element(xs.cbegin(), xs.cend()) / 1.5);
    m_xMax = decadeAbove(*std::max_element(xs.cbegin(), xs.cend()) * 2.5);
    // At least four decades: a roof needs room to show its slope and its flat part.
    while (m_xMax / m_xMin < 1e4 - 1)
        m_xMin > 0.1 ? m_xMin /= 10 : m_xMax *= 10;
    const double topPeak = *std::max_element(peaks.cbegin(), peaks.cend());
    m_yScale = scaleFor(topPeak);
    double lowest = topPeak;
    for (int i = 0; i < m_run.chips.size(); ++i) {
        const ChipOutcome &o = m_run.outcomes.at(i);
        if (o.ok() && o.ceilings)
            for (const MemoryTier &tier : o.ceilings->tiers)
                lowest = std::min(lowest, m_xMin * tier.bandwidth);
    }
    for (double y : ys)
        lowest = std::min(lowest, y);
    const double yMax = decadeAbove(topPeak * 1.6);
    const double yMin = std::max(decadeBelow(lowest), yMax / 1e7);
    m_x->setRange(m_xMin, m_xMax);
    m_y->setRange(yMin / m_yScale, yMax / m_yScale);
}

void RooflineChart::updateTitles()
{
    const Precision p = m_run.scenario.precision;
    m_chart->setTitle(tr("Roofline · dense %1").arg(RooflineText::precision(p)));
    m_x->setTitleText(tr("Arithmetic intensity (FLOP/byte)"));
    m_y->setTitleText(tr("Attainable (%1%2)").arg(prefixFor(m_yScale), RooflineText::rateUnit(p)));
    m_memoryPoints->setName(tr("memory-bound"));
    m_computePoints->setName(tr("compute-bound"));
    const Chip *focus = m_run.focusChip();
    m_operatorPoints->setName(tr("operators (%1)").arg(focus ? ChipPalette::shortName(focus->localName(m_language)) : QString()));
    const QString tierName = m_run.scenario.extraTier ? m_run.scenario.extraTier->tier.name : QString();
    m_tierRoof->setName(tr("%1 roof (%2)", "what-if memory tier's roof (chip)").arg(tierName, focus ? ChipPalette::shortName(focus->localName(m_language)) : QString()));
    // Markers of empty series would only clutter the legend.
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_memoryPoints, m_computePoints, m_operatorPoints, m_tierRoof})
        for (QLegendMarker *marker : m_chart->legend()->markers(s))
            marker->setVisible(s->count() > 0 && s->isVisible());
}

void RooflineChart::placeLabels()
{
    struct Placed {
        ChipSeries *cs;
        QPointF at;
    };
    QList<Placed> labels;
    for (ChipSeries &cs : m_chipSeries) {
        if (cs.chip < 0 || cs.ridge->count() == 0) {
            cs.plate->setVisible(false);
            cs.leader->setVisible(false);
            continue;
        }
        labels << Placed{&cs, m_chart->mapToPosition(cs.ridge->at(0), cs.ridge)};
    }
    const QRectF plot = m_chart->plotArea();
    // What a label should not cover, with how much covering it costs: markers most, the roofs' lines less.
    struct Obstacle {
        QRectF rect;
        double weight;
    };
    QList<Obstacle> obstacles;
    for (const QScatterSeries *s : {m_memoryPoints, m_computePoints, m_operatorPoints}) {
        for (int i = 0; i < s->count(); ++i) {
            const QPointF c = m_chart->mapToPosition(s->at(i), const_cast<QScatterSeries *>(s));
            const qreal r = s->markerSize() / 2 + 1;
            obstacles << Obstacle{QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 4.0};
        }
    }
    for (const Placed &l : labels)
        obstacles << Obstacle{QRectF(l.at.x() - 5, l.at.y() - 5, 10, 10), 4.0};
    for (const ChipSeries &cs : std::as_const(m_chipSeries)) {
        if (cs.chip < 0)
            continue;
        for (int i = 1; i < cs.roof->count(); ++i) {
            const QPointF a = m_chart->mapToPosition(cs.roof->at(i - 1), cs.roof);
            const QPointF b = m_chart->mapToPosition(cs.roof->at(i), cs.roof);
            const int steps = std::max(1, int(QLineF(a, b).length() / 6));
            for (int k = 0; k <= steps; ++k) {
                const QPointF p = a + (b - a) * (double(k) / steps);
                obstacles << Obstacle{QRectF(p.x() - 2, p.y() - 2, 4, 4), 1.0};
            }
        }
    }
    auto cost = [&](const QRectF &r) {
        double c = 0;
        if (!plot.contains(r))
            c += 1e6;
        for (const Obstacle &o : std::as_const(obstacles)) {
            const QRectF i = o.rect.intersected(r);
            c += o.weight * i.width() * i.height();
        }
        return c;
    };
    // Highest roofs first. Each label tries spots around its ridge, nearest first: above-left (over the slope,
    // where nothing is attainable), below-right, below-left, above-right; then the same a line further out.
    // It takes the spot that covers least; labels placed become obstacles for the next.
    std::sort(labels.begin(), labels.end(), [](const Placed &a, const Placed &b) { return a.at.y() < b.at.y(); });
    for (const Placed &l : labels) {
        const QSizeF size = l.cs->label->boundingRect().size();
        const qreal gap = 5;
        QRectF best;
        double bestCost = 0;
        for (int ring = 0; ring < 4; ++ring) {
            const qreal dy = ring * (size.height() + 1);
            const QList<QRectF> spots{
                QRectF(QPointF(l.at.x() - gap - size.width(), l.at.y() - gap - size.height() - dy), size),
                QRectF(QPointF(l.at.x() + gap, l.at.y() + gap + dy), size),
                QRectF(QPointF(l.at.x() - gap - size.width(), l.at.y() + gap + dy), size),
                QRectF(QPointF(l.at.x() + gap, l.at.y() - gap - size.height() - dy), size),
            };
            for (const QRectF &spot : spots) {
                const double c = cost(spot) + ring * 150.0; // a label far from its ridge misleads: crossing a line is better
                if (best.isNull() || c < bestCost) {
                    best = spot;
                    bestCost = c;
                }
            }
            if (bestCost < 1)
                break;
        }
        obstacles << Obstacle{best.adjusted(-2, -1, 2, 1), 1e3};
        l.cs->plate->setRect(QRectF(QPointF(0, 0), size).adjusted(-2, 0, 2, 0));
        l.cs->plate->setPos(best.topLeft());
        l.cs->plate->setVisible(plot.contains(l.at));
        // A label pushed away from its ridge keeps a thin line back to it.
        const QPointF corner(std::clamp(l.at.x(), best.left(), best.right()), std::clamp(l.at.y(), best.top(), best.bottom()));
        l.cs->leader->setLine(QLineF(l.at, corner));
        l.cs->leader->setPen(QPen(l.cs->label->brush().color(), 0.8));
        l.cs->leader->setVisible(plot.contains(l.at) && QLineF(l.at, corner).length() > gap * 2.5);
    }
}

int RooflineChart::roofCount() const
{
    return int(std::count_if(m_chipSeries.cbegin(), m_chipSeries.cend(), [](const ChipSeries &cs) { return cs.chip >= 0 && cs.roof->count() > 0; }));
}

int RooflineChart::ridgeCount() const
{
    return int(std::count_if(m_chipSeries.cbegin(), m_chipSeries.cend(), [](const ChipSeries &cs) { return cs.chip >= 0 && cs.ridge->count() > 0; }));
}

QStringList RooflineChart::ridgeLabels() const
{
    QStringList labels;
    for (const ChipSeries &cs : m_chipSeries)
        if (cs.chip >= 0)
            labels << cs.label->text();
    return labels;
}

int RooflineChart::chipOfSeries(const QXYSeries *series) const
{
    for (const ChipSeries &cs : m_chipSeries)
        if (cs.roof == series || cs.ridge == series)
            return cs.chip;
    return -1;
}

QString RooflineChart::roofText(int chip, double intensity) const
{
    const Chip &c = *m_run.chips.at(chip);
    const Ceilings &ceil = *m_run.outcomes.at(chip).ceilings;
    const Precision p = m_run.scenario.precision;
    const QString peak = RooflineText::rate(ceil.peakFlops, p);
    const QString bw = RooflineText::bandwidth(ceil.hbm().bandwidth);
    QStringList lines;
    QString head = QStringLiteral("<b>%1</b>").arg(c.localName(m_language).toHtmlEscaped());
    if (c.isProjected(Metric::PeakFlops, p))
        head += QStringLiteral(" <i>%1</i>").arg(tr("(projected)").toHtmlEscaped());
    lines << head;
    lines << tr("dense %1 peak %2 · memory bandwidth %3").arg(RooflineText::precision(p), peak, bw).toHtmlEscaped();
    lines << tr("ridge = peak ÷ bandwidth = %1 ÷ %2 = %3").arg(peak, bw, RooflineText::intensity(ceil.ridgeIntensity())).toHtmlEscaped();
    const double attainable = std::min(ceil.peakFlops, intensity * ceil.hbm().bandwidth);
    lines << tr("at %1: attainable = min(peak, intensity × bandwidth) = min(%2, %1 × %3) = %4, %5")
                 .arg(RooflineText::intensity(intensity), peak, bw, RooflineText::rate(attainable, p),
                      RooflineText::bound(intensity >= ceil.ridgeIntensity() ? Bound::Compute : Bound::Memory))
                 .toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString RooflineChart::pointText(int chip) const
{
    const Chip &c = *m_run.chips.at(chip);
    const ChipOutcome &o = m_run.outcomes.at(chip);
    const Precision p = m_run.scenario.precision;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(c.localName(m_language).toHtmlEscaped(), RooflineText::bound(o.bound).toHtmlEscaped());
    if (o.inference) {
        const InferenceResult &r = *o.inference;
        lines << tr("the whole step: Σ FLOPs ÷ Σ bytes = %1; Σ FLOPs ÷ time per step = %2 (%3 of the peak)")
                     .arg(RooflineText::intensity(o.intensity), RooflineText::rate(o.attainableFlops, p),
                          RooflineText::percent(o.attainableFlops / o.ceilings->peakFlops))
                     .toHtmlEscaped();
        lines << tr("compute %1 vs memory %2 per step · memory stall %3")
                     .arg(RooflineText::time(r.computeTime), RooflineText::time(r.memoryTime), RooflineText::percent(r.memoryStallFraction))
                     .toHtmlEscaped();
        lines << tr("%1 tokens/s per chip").arg(RooflineText::tokens(r.tokensPerSPerChip, m_language)).toHtmlEscaped();
    } else {
        lines << tr("attainable = min(peak, intensity × bandwidth) = min(%1, %2 × %3) = %4")
                     .arg(RooflineText::rate(o.ceilings->peakFlops, p), RooflineText::intensity(o.intensity),
                          RooflineText::bandwidth(o.ceilings->hbm().bandwidth), RooflineText::rate(o.attainableFlops, p))
                     .toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

QString RooflineChart::operatorText(int index) const
{
    const ChipOutcome *o = m_run.focusOutcome();
    const Chip *chip = m_run.focusChip();
    if (!o || !o->inference || !chip || index < 0 || index >= o->inference->operators.size())
        return {};
    return RooflineText::operatorHtml(o->inference->operators.at(index), *o->ceilings, o->inference->stepTime, chip->localName(m_language));
}

QString RooflineChart::hoverText(const QXYSeries *series, const QPointF &point) const
{
    auto nearest = [&](const QXYSeries *s) {
        int best = -1;
        double bestDistance = 0;
        for (int i = 0; i < s->count(); ++i) {
            const QPointF q = s->at(i);
            const double d = std::hypot(std::log10(q.x() / point.x()), std::log10(q.y() / point.y()));
            if (best < 0 || d < bestDistance) {
                best = i;
                bestDistance = d;
            }
        }
        return best;
    };
    if (series == m_memoryPoints || series == m_computePoints) {
        const int i = nearest(series);
        const QList<int> &chips = series == m_memoryPoints ? m_memoryPointChips : m_computePointChips;
        return i >= 0 && i < chips.size() ? pointText(chips.at(i)) : QString();
    }
    if (series == m_operatorPoints) {
        const int i = nearest(series);
        return i >= 0 && i < m_operatorIndexes.size() ? operatorText(m_operatorIndexes.at(i)) : QString();
    }
    if (series == m_tierRoof) {
        const ChipOutcome *o = m_run.focusOutcome();
        if (!o || !o->ceilings || o->ceilings->tiers.size() < 2)
            return {};
        const MemoryTier &t = o->ceilings->tiers.at(1);
        return tr("What-if tier %1: %2 per chip; a kernel reading only from it reaches min(peak, intensity × %2)")
            .arg(t.name, RooflineText::bandwidth(t.bandwidth))
            .toHtmlEscaped();
    }
    const int chip = chipOfSeries(series);
    if (chip < 0)
        return {};
    for (const ChipSeries &cs : m_chipSeries)
        if (cs.ridge == series)
            return roofText(chip, m_run.outcomes.at(chip).ceilings->ridgeIntensity());
    // Roofs that lie on each other: the tooltip lists every chip whose roof passes within a few per cent here.
    QStringList texts{roofText(chip, point.x())};
    const double here = attainableOnRoof(chip, point.x());
    for (const ChipSeries &cs : m_chipSeries) {
        if (cs.chip < 0 || cs.chip == chip)
            continue;
        if (std::abs(std::log(attainableOnRoof(cs.chip, point.x()) / here)) < std::log(1.06))
            texts << roofText(cs.chip, point.x());
    }
    return texts.join(QStringLiteral("<hr>"));
}

double RooflineChart::attainableOnRoof(int chip, double intensity) const
{
    const Ceilings &c = *m_run.outcomes.at(chip).ceilings;
    return std::min(c.peakFlops, intensity * c.hbm().bandwidth);
}

int RooflineChart::overlappingLaterRoofs(const QList<int> &chips, int position) const
{
    // Two roofs run together where their memory slopes nearly coincide (bandwidths within 12%: a few pixels on a
    // log axis); count the chips drawn after this one that do.
    const double bw = m_run.outcomes.at(chips.at(position)).ceilings->hbm().bandwidth;
    int n = 0;
    for (int k = position + 1; k < chips.size(); ++k)
        if (std::abs(std::log(m_run.outcomes.at(chips.at(k)).ceilings->hbm().bandwidth / bw)) < std::log(1.12))
            ++n;
    return n;
}

void RooflineChart::showHover(const QXYSeries *series, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), hoverText(series, point), this);
}

void RooflineChart::setLanguage(Language language)
{
    m_language = language;
    updateTitles();
}

void RooflineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTitles();
        if (!m_run.chips.isEmpty())
            setRun(m_run); // the ridge labels are words too
    }
    QChartView::changeEvent(event);
}
