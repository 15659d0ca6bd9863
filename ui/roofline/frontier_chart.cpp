#include "frontier_chart.h"

#include "common/chart_style.h"
#include "common/chip_palette.h"
#include "roofline_text.h"

#include <QCursor>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace {

// Axis ends at whole powers of ten around the values, with a little room so end points are drawn whole.
QPair<double, double> decades(double lo, double hi)
{
    if (!(lo > 0) || !(hi > 0))
        return {1, 1e4};
    return {std::pow(10.0, std::floor(std::log10(lo / 1.2))), std::pow(10.0, std::ceil(std::log10(hi * 1.2)))};
}

} // namespace

FrontierChart::FrontierChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("frontierChart"));
    m_chart = installPanelChart(this, QMargins(2, 2, 2, 2));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 220);

    m_x = new QLogValueAxis;
    m_y = new QLogValueAxis;
    for (QLogValueAxis *axis : {m_x, m_y}) {
        axis->setBase(10);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(-1);
        axis->setMinorGridLinePen(QPen(QColor(0, 0, 0, 18), 1));
        axis->setGridLinePen(QPen(QColor(0, 0, 0, 45), 1));
        axis->setLabelsFont(m_chart->legend()->font());
    }
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    m_target = new QLineSeries;
    m_target->setPen(QPen(QColor(60, 60, 60), 1.4, Qt::DashLine));
    attach(m_target);
    const QColor key(90, 90, 90);
    m_keyFront = new QLineSeries;
    m_keyFront->setPen(QPen(key, 2.2));
    m_keyFront->setPointsVisible(true);
    m_keyPick = new QScatterSeries;
    m_keyPick->setMarkerShape(QScatterSeries::MarkerShapeStar);
    m_keyPick->setMarkerSize(16);
    m_keyPick->setColor(key);
    attach(m_keyFront);
    attach(m_keyPick);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    updateTitles();
}

void FrontierChart::attach(QXYSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), hoverText(series, p), this);
    });
}

void FrontierChart::ensureChipSeries(int count)
{
    while (m_chipSeries.size() < count) {
        ChipSeries cs;
        cs.front = new QLineSeries;
        cs.front->setPointsVisible(true);
        cs.pick = new QScatterSeries;
        cs.pick->setMarkerShape(QScatterSeries::MarkerShapeStar);
        cs.pick->setMarkerSize(16);
        attach(cs.front);
        attach(cs.pick);
        for (QXYSeries *s : std::initializer_list<QXYSeries *>{cs.front, cs.pick})
            for (QLegendMarker *marker : m_chart->legend()->markers(s))
                marker->setVisible(false);
        m_chipSeries << cs;
    }
    while (m_chipSeries.size() > count) {
        const ChipSeries cs = m_chipSeries.takeLast();
        for (QXYSeries *s : std::initializer_list<QXYSeries *>{cs.front, cs.pick}) {
            m_chart->removeSeries(s);
            delete s;
        }
    }
}

void FrontierChart::setRun(const RooflineRun &run)
{
    m_run = run;
    QList<int> chips;
    for (int i = 0; i < run.chips.size(); ++i)
        if (run.hasFrontier(i))
            chips << i;
    ensureChipSeries(int(chips.size()));
    double xLo = 0, xHi = 0, yLo = 0, yHi = 0;
    auto widen = [](double &lo, double &hi, double v) {
        if (!(v > 0) || !std::isfinite(v))
            return;
        lo = lo > 0 ? std::min(lo, v) : v;
        hi = std::max(hi, v);
    };
    for (int i : chips)
        for (const FrontierPoint &p : run.frontiers.at(i)) {
            widen(xLo, xHi, p.tokensPerSPerUser);
            widen(yLo, yHi, p.tokensPerSPerChip);
        }
    m_yScale = yHi * 1.2 > 1e5 ? 1e3 : 1.0;
    for (int j = 0; j < chips.size(); ++j) {
        ChipSeries &cs = m_chipSeries[j];
        cs.chip = chips.at(j);
        const Chip &chip = *run.chips.at(cs.chip);
        const QColor color = ChipPalette::color(cs.chip);
        const bool projected = chip.isProjected(Metric::PeakFlops, run.scenario.precision);
        cs.front->setPen(QPen(color, 2.2, projected ? Qt::DashLine : Qt::SolidLine));
        cs.front->setColor(color);
        cs.pick->setColor(color);
        cs.pick->setBorderColor(color.darker(170));
        QList<QPointF> points;
        for (const FrontierPoint &p : run.frontiers.at(cs.chip))
            points << QPointF(p.tokensPerSPerUser, p.tokensPerSPerChip / m_yScale);
        // Joined from the most interactive point to the highest throughput: the frontier reads left to right.
        std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        cs.front->replace(points);
        const std::optional<FrontierPoint> &pick = cs.chip < run.picks.size() ? run.picks.at(cs.chip) : std::nullopt;
        cs.pick->replace(pick ? QList<QPointF>{QPointF(pick->tokensPerSPerUser, pick->tokensPerSPerChip / m_yScale)} : QList<QPointF>{});
    }
    const double target = run.targetTokensPerUser.value_or(0);
    widen(xLo, xHi, target);
    const auto [x0, x1] = decades(xLo, xHi);
    const auto [y0, y1] = decades(yLo / m_yScale, yHi / m_yScale);
    m_x->setRange(x0, x1);
    m_y->setRange(y0, y1);
    if (target > 0 && !chips.isEmpty())
        m_target->replace(QList<QPointF>{QPointF(target, y0), QPointF(target, y1)});
    else
        m_target->clear();
    updateTitles();
}

void FrontierChart::updateTitles()
{
    QString title = tr("Throughput–interactivity frontier");
    if (m_run.isLlm() && !m_run.scenario.model.name.isEmpty())
        title = m_run.request ? tr("Frontier at the bound · %1, %2 in, %3 out")
                                    .arg(m_run.scenario.model.name, RooflineText::count(m_run.request->input),
                                         RooflineText::count(m_run.request->output))
                              : tr("Frontier at the bound · %1, decode at context %2")
                                    .arg(m_run.scenario.model.name, RooflineText::count(m_run.scenario.inference.context));
    m_chart->setTitle(title);
    m_x->setTitleText(tr("Tokens/s per user (interactivity)"));
    m_y->setTitleText(m_yScale > 1 ? tr("Thousand tokens/s per chip") : tr("Tokens/s per chip"));
    m_keyFront->setName(tr("best layouts and batches"));
    m_keyPick->setName(tr("best at the target"));
    m_target->setName(m_run.targetTokensPerUser ? tr("target %1 tokens/s per user").arg(RooflineText::count(*m_run.targetTokensPerUser))
                                                : tr("target"));
}

int FrontierChart::curveCount() const
{
    return int(std::count_if(m_chipSeries.cbegin(), m_chipSeries.cend(), [](const ChipSeries &cs) { return cs.front->count() > 0; }));
}

QList<QPointF> FrontierChart::curve(int chip) const
{
    for (const ChipSeries &cs : m_chipSeries)
        if (cs.chip == chip)
            return cs.front->points();
    return {};
}

std::optional<QPointF> FrontierChart::pick(int chip) const
{
    for (const ChipSeries &cs : m_chipSeries)
        if (cs.chip == chip && cs.pick->count() > 0)
            return cs.pick->at(0);
    return std::nullopt;
}

double FrontierChart::targetTokensPerUser() const
{
    return m_target->count() > 0 ? m_target->at(0).x() : 0;
}

int FrontierChart::chipOfSeries(const QXYSeries *series) const
{
    for (const ChipSeries &cs : m_chipSeries)
        if (cs.front == series || cs.pick == series)
            return cs.chip;
    return -1;
}

QString FrontierChart::hoverText(const QXYSeries *series, const QPointF &point) const
{
    if (series == m_target)
        return tr("The target set on the left: at least %1 tokens/s for every user")
            .arg(RooflineText::count(m_run.targetTokensPerUser.value_or(0)))
            .toHtmlEscaped();
    const int chip = chipOfSeries(series);
    if (chip < 0 || !m_run.hasFrontier(chip) || !(point.x() > 0) || !(point.y() > 0))
        return {};
    const double perChip = point.y() * m_yScale;
    const FrontierPoint *best = nullptr;
    double distance = 0;
    for (const FrontierPoint &p : m_run.frontiers.at(chip)) {
        const double d = std::hypot(std::log(p.tokensPerSPerUser / point.x()), std::log(p.tokensPerSPerChip / perChip));
        if (!best || d < distance) {
            best = &p;
            distance = d;
        }
    }
    const FrontierPoint &p = *best;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(m_run.chips.at(chip)->localName(m_language).toHtmlEscaped());
    lines << RooflineText::layout(p.tp, p.ep, p.dpAttention).toHtmlEscaped() + QStringLiteral(" · ")
                 + tr("batch %1").arg(RooflineText::count(p.batch)).toHtmlEscaped();
    lines << tr("%1 tokens/s per user, %2 tokens/s per chip (bound)")
                 .arg(RooflineText::tokens(p.tokensPerSPerUser, m_language), RooflineText::tokens(p.tokensPerSPerChip, m_language))
                 .toHtmlEscaped();
    if (p.expectedTokensPerSPerChip)
        lines << tr("expected %1 tokens/s per chip").arg(RooflineText::tokens(*p.expectedTokensPerSPerChip, m_language)).toHtmlEscaped();
    if (p.ttft)
        lines << tr("time to first token %1").arg(RooflineText::time(*p.ttft)).toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void FrontierChart::setLanguage(Language language)
{
    m_language = language;
    updateTitles();
}

void FrontierChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTitles();
    QChartView::changeEvent(event);
}
