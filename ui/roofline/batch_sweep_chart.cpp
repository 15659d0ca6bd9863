#include "batch_sweep_chart.h"

#include "common/chart_style.h"
#include "common/chip_palette.h"
#include "roofline_text.h"

#include <QCursor>
#include <QGraphicsLayout>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace {

constexpr double kMaxBatch = 4096;
constexpr double kEdgeRoom = 1.25; // the batch axis reaches this factor beyond 1 and kMaxBatch

QScatterSeries *markerSeries(QScatterSeries::MarkerShape shape, qreal size)
{
    auto *s = new QScatterSeries;
    s->setMarkerShape(shape);
    s->setMarkerSize(size);
    return s;
}

} // namespace

BatchSweepChart::BatchSweepChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("batchSweepChart"));
    m_chart = installPanelChart(this, QMargins(2, 2, 2, 2));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 220); // the view shows the charts as tabs before they get this narrow

    m_x = new QLogValueAxis;
    // Labels at powers of four keep 1,024 and 4,096 readable; the grid still marks every doubling.
    m_x->setBase(4);
    m_x->setLabelFormat(QStringLiteral("%g"));
    // A little room beyond 1 and 4,096, so a mark at either end is drawn whole.
    m_x->setRange(1 / kEdgeRoom, kMaxBatch * kEdgeRoom);
    m_x->setMinorTickCount(1);
    m_x->setMinorGridLinePen(QPen(QColor(0, 0, 0, 18), 1));
    m_tokens = new QLogValueAxis;
    m_tokens->setBase(10);
    m_tokens->setLabelFormat(QStringLiteral("%g"));
    m_tokens->setMinorTickCount(-1);
    m_tokens->setMinorGridLinePen(QPen(QColor(0, 0, 0, 18), 1));
    m_stall = new QValueAxis;
    m_stall->setRange(0, 100);
    m_stall->setTickCount(6);
    m_stall->setLabelFormat(QStringLiteral("%.0f%%"));
    m_stall->setGridLineVisible(false);
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_x, m_tokens, m_stall}) {
        axis->setLabelsFont(m_chart->legend()->font()); // the panel's small font
        axis->setGridLinePen(QPen(QColor(0, 0, 0, 45), 1));
    }
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_tokens, Qt::AlignLeft);
    m_chart->addAxis(m_stall, Qt::AlignRight);

    m_current = new QLineSeries;
    m_current->setPen(QPen(QColor(60, 60, 60), 1.2, Qt::DashDotLine));
    attach(m_current, false);

    const QColor key(90, 90, 90);
    m_keyTokens = new QLineSeries;
    m_keyTokens->setPen(QPen(key, 2.2));
    m_keyStall = new QLineSeries;
    m_keyStall->setPen(QPen(key, 1.4, Qt::DashLine));
    m_keyWall = markerSeries(QScatterSeries::MarkerShapeTriangle, 11);
    m_keyWall->setColor(key);
    m_keyComputeBound = markerSeries(QScatterSeries::MarkerShapeStar, 14);
    m_keyComputeBound->setColor(key);
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_keyTokens, m_keyStall, m_keyWall, m_keyComputeBound})
        attach(s, false);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_current))
        marker->setVisible(false);
    // The legend draws each key as the series draws it: a solid line, a dashed line, a triangle, a star.
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    updateTitles();
}

void BatchSweepChart::attach(QXYSeries *series, bool stallAxis)
{
    m_chart->addSeries(series);
    series->attachAxis(m_x);
    series->attachAxis(stallAxis ? static_cast<QAbstractAxis *>(m_stall) : m_tokens);
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &p, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), hoverText(series, p), this);
    });
}

void BatchSweepChart::ensureChipSeries(int count)
{
    while (m_chipSeries.size() < count) {
        ChipSeries cs;
        cs.tokens = new QLineSeries;
        cs.stall = new QLineSeries;
        cs.wall = markerSeries(QScatterSeries::MarkerShapeTriangle, 11);
        cs.computeBound = markerSeries(QScatterSeries::MarkerShapeStar, 14);
        attach(cs.tokens, false);
        attach(cs.stall, true);
        attach(cs.wall, false);
        attach(cs.computeBound, false);
        for (QXYSeries *s : std::initializer_list<QXYSeries *>{cs.tokens, cs.stall, cs.wall, cs.computeBound})
            for (QLegendMarker *marker : m_chart->legend()->markers(s))
                marker->setVisible(false);
        m_chipSeries << cs;
    }
    while (m_chipSeries.size() > count) {
        ChipSeries cs = m_chipSeries.takeLast();
        for (QXYSeries *s : std::initializer_list<QXYSeries *>{cs.tokens, cs.stall, cs.wall, cs.computeBound}) {
            m_chart->removeSeries(s);
            delete s;
        }
    }
}

void BatchSweepChart::setRun(const RooflineRun &run)
{
    m_run = run;
    QList<int> chips;
    for (int i = 0; i < run.chips.size(); ++i)
        if (i < run.sweeps.size() && !run.sweeps.at(i).isEmpty())
            chips << i;
    ensureChipSeries(int(chips.size()));

    double lo = 0, hi = 0;
    for (int i : chips) {
        for (const InferenceResult &r : run.sweeps.at(i)) {
            if (!r.fits)
                continue; // past the KV wall nothing runs: the curve stops there
            const double v = r.tokensPerSPerChip;
            if (!(v > 0) || !std::isfinite(v))
                continue;
            lo = lo > 0 ? std::min(lo, v) : v;
            hi = std::max(hi, v);
        }
    }
    if (hi <= 0) {
        lo = 1;
        hi = 1e4;
    }
    // Past 100,000 tokens/s the axis counts thousands, so its "%g" labels stay short.
    m_tokensScale = hi * 1.2 > 1e5 ? 1e3 : 1.0;
    for (int j = 0; j < chips.size(); ++j) {
        ChipSeries &cs = m_chipSeries[j];
        cs.chip = chips.at(j);
        const Chip &chip = *run.chips.at(cs.chip);
        const ChipOutcome &o = run.outcomes.at(cs.chip);
        const QColor color = ChipPalette::color(cs.chip);
        const bool projected = chip.isProjected(Metric::PeakFlops, run.scenario.precision);
        cs.tokens->setPen(QPen(color, 2.2, projected ? Qt::DashLine : Qt::SolidLine));
        QColor faded = color;
        faded.setAlpha(170);
        cs.stall->setPen(QPen(faded, 1.3, Qt::DashLine));
        cs.wall->setColor(color);
        cs.wall->setBorderColor(color.darker(160));
        cs.computeBound->setColor(color);
        cs.computeBound->setBorderColor(color.darker(160));

        const std::optional<long long> wall = o.inference ? o.inference->maxBatch : std::nullopt;
        const std::optional<long long> turn = o.inference ? o.inference->computeBoundBatch : std::nullopt;
        // Only batches that fit are drawn: a batch past the KV wall does not run on these chips.
        QList<QPointF> tokens, stall, wallPoint, turnPoint;
        for (const InferenceResult &r : run.sweeps.at(cs.chip)) {
            const double b = r.config.batch;
            if (!r.fits || !wall || b > double(*wall))
                continue;
            const QPointF p(b, r.tokensPerSPerChip / m_tokensScale);
            tokens << p;
            stall << QPointF(b, r.memoryStallFraction * 100.0);
            if (b == double(*wall))
                wallPoint << p;
            if (turn && b == double(*turn))
                turnPoint << p;
        }
        cs.tokens->replace(tokens);
        cs.stall->replace(stall);
        cs.wall->replace(wallPoint);
        cs.computeBound->replace(turnPoint);
    }

    const double yMin = std::pow(10.0, std::floor(std::log10(lo / m_tokensScale)));
    const double yMax = std::pow(10.0, std::ceil(std::log10(hi * 1.2 / m_tokensScale)));
    m_tokens->setRange(yMin, yMax);
    const double batch = run.scenario.inference.batch;
    if (run.isLlm() && batch >= 1 && batch <= kMaxBatch * kEdgeRoom)
        m_current->replace(QList<QPointF>{QPointF(batch, yMin), QPointF(batch, yMax)});
    else
        m_current->clear();
    updateTitles();
}

void BatchSweepChart::updateTitles()
{
    const bool decode = m_run.scenario.inference.phase == InferencePhase::Decode;
    QString title = tr("Batch sweep");
    if (m_run.isLlm() && !m_run.scenario.model.name.isEmpty())
        title = decode ? tr("Batch sweep · %1, decode at context %2").arg(m_run.scenario.model.name, RooflineText::count(m_run.scenario.inference.context))
                       : tr("Batch sweep · %1, prefill of %2 tokens").arg(m_run.scenario.model.name, RooflineText::count(m_run.scenario.inference.prompt));
    m_chart->setTitle(title);
    m_x->setTitleText(tr("Batch (sequences served together)"));
    m_tokens->setTitleText(m_tokensScale > 1 ? tr("Thousand tokens/s per chip") : tr("Tokens/s per chip"));
    m_stall->setTitleText(tr("Memory stall"));
    m_keyTokens->setName(tr("tokens/s"));
    m_keyStall->setName(tr("memory stall"));
    m_keyWall->setName(tr("KV wall"));
    m_keyComputeBound->setName(tr("compute-bound"));
}

int BatchSweepChart::curveCount() const
{
    return int(std::count_if(m_chipSeries.cbegin(), m_chipSeries.cend(), [](const ChipSeries &cs) { return cs.chip >= 0 && cs.stall->count() > 0; }));
}

QList<double> BatchSweepChart::kvWallBatches() const
{
    QList<double> batches;
    for (const ChipSeries &cs : m_chipSeries)
        if (cs.wall->count() > 0)
            batches << cs.wall->at(0).x();
    return batches;
}

QList<double> BatchSweepChart::computeBoundBatches() const
{
    QList<double> batches;
    for (const ChipSeries &cs : m_chipSeries)
        if (cs.computeBound->count() > 0)
            batches << cs.computeBound->at(0).x();
    return batches;
}

QList<QPointF> BatchSweepChart::curve(int chip) const
{
    for (const ChipSeries &cs : m_chipSeries)
        if (cs.chip == chip)
            return cs.tokens->points();
    return {};
}

int BatchSweepChart::chipOfSeries(const QXYSeries *series) const
{
    for (const ChipSeries &cs : m_chipSeries)
        if (cs.tokens == series || cs.stall == series || cs.wall == series || cs.computeBound == series)
            return cs.chip;
    return -1;
}

const InferenceResult *BatchSweepChart::nearestResult(int chip, double batch) const
{
    const InferenceResult *best = nullptr;
    double bestDistance = 0;
    for (const InferenceResult &r : m_run.sweeps.at(chip)) {
        const double d = std::abs(std::log2(r.config.batch / batch));
        if (!best || d < bestDistance) {
            best = &r;
            bestDistance = d;
        }
    }
    return best;
}

QString BatchSweepChart::hoverText(const QXYSeries *series, const QPointF &point) const
{
    if (series == m_current)
        return tr("The batch set on the left: %1").arg(m_run.scenario.inference.batch).toHtmlEscaped();
    const int chip = chipOfSeries(series);
    if (chip < 0 || !(point.x() > 0))
        return {};
    const InferenceResult *r = nearestResult(chip, point.x());
    if (!r)
        return {};
    const Chip &c = *m_run.chips.at(chip);
    const ChipOutcome &o = m_run.outcomes.at(chip);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(c.localName(m_language).toHtmlEscaped(), tr("batch %1").arg(RooflineText::count(r->config.batch)).toHtmlEscaped());
    if (r->config.phase == InferencePhase::Decode)
        lines << tr("%1 tokens/s per chip = batch ÷ time per step ÷ chips = %2 ÷ %3 ÷ %4")
                     .arg(RooflineText::tokens(r->tokensPerSPerChip, m_language))
                     .arg(r->config.batch)
                     .arg(RooflineText::time(r->stepTime))
                     .arg(r->config.tensorParallel)
                     .toHtmlEscaped();
    else
        lines << tr("%1 tokens/s per chip = batch × prompt ÷ time to first token ÷ chips = %2 × %3 ÷ %4 ÷ %5")
                     .arg(RooflineText::tokens(r->tokensPerSPerChip, m_language))
                     .arg(r->config.batch)
                     .arg(r->config.prompt)
                     .arg(RooflineText::time(r->stepTime))
                     .arg(r->config.tensorParallel)
                     .toHtmlEscaped();
    lines << tr("memory stall %1 · %2").arg(RooflineText::percent(r->memoryStallFraction), RooflineText::bound(stepBound(*r))).toHtmlEscaped();
    if (o.inference && o.inference->maxBatch)
        lines << tr("the KV wall is at batch %1: larger batches do not fit on %n chip(s)", "", r->config.tensorParallel)
                     .arg(RooflineText::count(double(*o.inference->maxBatch)))
                     .toHtmlEscaped();
    if (o.inference && o.inference->computeBoundBatch)
        lines << tr("turns compute-bound at batch %1").arg(RooflineText::count(double(*o.inference->computeBoundBatch))).toHtmlEscaped();
    else if (o.inference && o.inference->config.phase == InferencePhase::Decode)
        lines << tr("never turns compute-bound at this context").toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void BatchSweepChart::setLanguage(Language language)
{
    m_language = language;
    updateTitles();
}

void BatchSweepChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTitles();
    QChartView::changeEvent(event);
}
