#include "deployment_charts.h"

#include "common/chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QPen>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>
#include <utility>

namespace {

const QColor kKindColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x9f, 0x40), QColor(0xa0, 0xa0, 0xa0)};

// 0 to the first round number above `top` (1, 2, 2.5 or 5 × 10^k), ticked at round steps, whole numbers where
// the step is whole: 2,165 → 0–2,500 in steps of 500.
void setNiceRange(QValueAxis *axis, double top)
{
    if (!(top > 0)) {
        axis->setRange(0, 1);
        axis->setTickCount(2);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        return;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(top)));
    struct Step {
        double top, ticks;
    };
    const Step steps[] = {{1, 6}, {2, 5}, {2.5, 6}, {5, 6}, {10, 6}};
    Step chosen = steps[4];
    for (const Step &s : steps)
        if (s.top * magnitude >= top) {
            chosen = s;
            break;
        }
    const double max = chosen.top * magnitude;
    const double step = max / (chosen.ticks - 1);
    axis->setRange(0, max);
    axis->setTickCount(int(chosen.ticks));
    axis->setLabelFormat(step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

QString axisTitle(const QString &title, const NumberFormat::CountScale &scale)
{
    return scale.suffix.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, scale.suffix);
}

} // namespace

DeploymentCharts::DeploymentCharts(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int i = 0; i < 3; ++i) {
        QChart *chart = newPanelChart(font(), QMargins(2, 2, 6, 2));
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setObjectName(QStringLiteral("deploymentChart%1").arg(i));
        m_views[i] = view;
        addTab(view, QString());
    }
    for (int i = 0; i < 2; ++i) {
        QChart *c = m_views.at(i)->chart();
        m_bars[i] = new QHorizontalStackedBarSeries(c);
        m_bars[i]->setBarWidth(0.7);
        c->addSeries(m_bars[i]);
        m_names[i] = new QBarCategoryAxis(c);
        m_names[i]->setLabelsFont(small);
        m_names[i]->setTruncateLabels(false); // a narrow panel elides every name to "…" otherwise
        m_barValues[i] = new QValueAxis(c);
        m_barValues[i]->setLabelsFont(small);
        m_barValues[i]->setTitleFont(small);
        m_barValues[i]->setTickCount(5);
        c->addAxis(m_names[i], Qt::AlignLeft);
        c->addAxis(m_barValues[i], Qt::AlignBottom);
        m_bars[i]->attachAxis(m_names[i]);
        m_bars[i]->attachAxis(m_barValues[i]);
    }
    QChart *time = m_views.at(OverTime)->chart();
    m_time = new QDateTimeAxis(time);
    m_time->setFormat(QStringLiteral("yyyy-MM"));
    m_time->setTickCount(5);
    m_time->setLabelsFont(small);
    m_lineValues = new QValueAxis(time);
    m_lineValues->setLabelsFont(small);
    m_lineValues->setTitleFont(small);
    time->addAxis(m_time, Qt::AlignBottom);
    time->addAxis(m_lineValues, Qt::AlignLeft);
    for (int kind = 0; kind < 3; ++kind) {
        m_lines[kind] = new QLineSeries(time);
        m_lines[kind]->setPen(QPen(kKindColors[kind], 2));
        time->addSeries(m_lines[kind]);
        m_lines[kind]->attachAxis(m_time);
        m_lines[kind]->attachAxis(m_lineValues);
    }
    retranslate();
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < 3)
            fill(Chart(index));
    });
}

QChart *DeploymentCharts::chart(Chart chart)
{
    fill(chart);
    return m_views.at(chart)->chart();
}

QChartView *DeploymentCharts::chartView(Chart chart)
{
    fill(chart);
    return m_views.at(chart);
}

void DeploymentCharts::fill(Chart chart)
{
    if (const std::function<void()> pending = std::exchange(m_pending[chart], {})) {
        ++m_fills;
        pending();
    }
}

void DeploymentCharts::setKindNames(const std::array<QString, 3> &names)
{
    m_kindNames = names;
}

void DeploymentCharts::retranslate()
{
    setTabText(TopCountries, tr("Top countries"));
    setTabText(TopOwners, tr("Top owners"));
    setTabText(OverTime, tr("Over time"));
}

void DeploymentCharts::setTopBars(Chart which, const QList<ChartBar> &bars, const QString &measureTitle, Language language)
{
    m_pending[which] = [this, which, bars, measureTitle, language] { fillTopBars(which, bars, measureTitle, language); };
    if (currentIndex() == which)
        fill(which);
}

void DeploymentCharts::setCumulative(const QList<ChartStep> &steps, Language language)
{
    m_pending[OverTime] = [this, steps, language] { fillCumulative(steps, language); };
    if (currentIndex() == OverTime)
        fill(OverTime);
}

void DeploymentCharts::fillTopBars(Chart which, const QList<ChartBar> &bars, const QString &measureTitle, Language language)
{
    const int i = which == TopOwners ? 1 : 0;
    double max = 0;
    for (const ChartBar &b : bars)
        max = std::max(max, b.byKind[0] + b.byKind[1] + b.byKind[2]);
    const NumberFormat::CountScale scale = NumberFormat::countScale(max, language);
    QStringList names;
    // Largest at the top: a horizontal bar chart draws its first category at the bottom.
    for (qsizetype b = bars.size() - 1; b >= 0; --b)
        names << bars.at(b).name;
    m_bars[i]->clear();
    m_names[i]->clear();
    m_names[i]->append(names);
    for (int kind = 0; kind < 3; ++kind) {
        auto *set = new QBarSet(m_kindNames.at(kind));
        set->setColor(kKindColors[kind]);
        set->setBorderColor(kKindColors[kind]);
        for (qsizetype b = bars.size() - 1; b >= 0; --b)
            *set << bars.at(b).byKind[kind] / scale.factor;
        m_bars[i]->append(set);
    }
    setNiceRange(m_barValues[i], max / scale.factor);
    m_barValues[i]->setTitleText(axisTitle(measureTitle, scale));
    m_views.at(which)->chart()->setTitle(which == TopCountries ? tr("Top countries by %1").arg(measureTitle.toLower())
                                                 : tr("Top owners by %1").arg(measureTitle.toLower()));
}

void DeploymentCharts::fillCumulative(const QList<ChartStep> &steps, Language language)
{
    std::array<double, 3> running{};
    double top = 0;
    QList<std::array<double, 3>> totals;
    for (const ChartStep &s : steps) {
        for (int kind = 0; kind < 3; ++kind)
            running[kind] += s.byKind[kind];
        totals << running;
        top = std::max({top, running[0], running[1], running[2]});
    }
    const NumberFormat::CountScale scale = NumberFormat::countScale(top, language);
    std::array<QList<QPointF>, 3> points;
    std::array<double, 3> previous{};
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const qreal x = qreal(steps.at(i).when.toMSecsSinceEpoch());
        for (int kind = 0; kind < 3; ++kind) {
            // A step: flat until the announcement, then up.
            points[kind] << QPointF(x, previous[kind] / scale.factor) << QPointF(x, totals.at(i)[kind] / scale.factor);
        }
        previous = totals.at(i);
    }
    // From the month before the first announcement to the month after the last, whole months, so that with few
    // months each tick falls on the first of one (a tick between two would repeat a month's label).
    QDateTime from, to;
    if (!steps.isEmpty()) {
        const QDate first = steps.first().when.date(), last = steps.last().when.date();
        from = QDateTime(QDate(first.year(), first.month(), 1).addMonths(-1), QTime(0, 0));
        to = QDateTime(QDate(last.year(), last.month(), 1).addMonths(2), QTime(0, 0));
        const int months = (to.date().year() - from.date().year()) * 12 + to.date().month() - from.date().month();
        m_time->setTickCount(std::clamp(months + 1, 2, 6));
        m_time->setFormat(months <= 5 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM"));
        m_time->setRange(from, to);
    }
    for (int kind = 0; kind < 3; ++kind) {
        if (!steps.isEmpty()) // the level reached holds to the right edge
            points[kind] << QPointF(qreal(to.toMSecsSinceEpoch()), previous[kind] / scale.factor);
        m_lines[kind]->replace(points[kind]);
        m_lines[kind]->setName(m_kindNames.at(kind));
    }
    setNiceRange(m_lineValues, top / scale.factor);
    m_lineValues->setTitleText(axisTitle(tr("Units announced, cumulative"), scale));
    m_views.at(OverTime)->chart()->setTitle(tr("Units announced over time"));
}
