#include "deployment_charts.h"

#include "common/chart_style.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

namespace {

const QColor kKindColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x9f, 0x40), QColor(0xa0, 0xa0, 0xa0)};

// Whole numbers on an axis that reaches 10 or more, one decimal below (QValueAxis takes a printf format).
QString labelFormat(double top)
{
    return top >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f");
}

QString axisTitle(const QString &title, const NumberFormat::CountScale &scale)
{
    return scale.suffix.isEmpty() ? title : QStringLiteral("%1 (%2)").arg(title, scale.suffix);
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

DeploymentCharts::DeploymentCharts(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    for (int i = 0; i < 3; ++i) {
        QChart *chart = newPanelChart(font(), QMargins(2, 2, 6, 2));
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto *view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setObjectName(QStringLiteral("deploymentChart%1").arg(i));
        m_views[i] = view;
        addTab(view, QString());
    }
    retranslate();
}

QChart *DeploymentCharts::chart(Chart chart) const
{
    return m_views.at(chart)->chart();
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
    QChart *c = chart(which);
    clearChart(c);
    double max = 0;
    for (const ChartBar &b : bars)
        max = std::max(max, b.byKind[0] + b.byKind[1] + b.byKind[2]);
    const NumberFormat::CountScale scale = NumberFormat::countScale(max, language);
    auto *series = new QHorizontalStackedBarSeries;
    QStringList names;
    // Largest at the top: a horizontal bar chart draws its first category at the bottom.
    for (qsizetype i = bars.size() - 1; i >= 0; --i)
        names << bars.at(i).name;
    for (int kind = 0; kind < 3; ++kind) {
        auto *set = new QBarSet(m_kindNames.at(kind));
        set->setColor(kKindColors[kind]);
        set->setBorderColor(kKindColors[kind]);
        for (qsizetype i = bars.size() - 1; i >= 0; --i)
            *set << bars.at(i).byKind[kind] / scale.factor;
        series->append(set);
    }
    series->setBarWidth(0.7);
    c->addSeries(series);
    auto *names_ = new QBarCategoryAxis;
    names_->append(names);
    auto *values = new QValueAxis;
    values->setRange(0, max > 0 ? max / scale.factor * 1.05 : 1);
    values->setLabelFormat(labelFormat(max / scale.factor));
    values->setTickCount(5);
    values->applyNiceNumbers();
    values->setTitleText(axisTitle(measureTitle, scale));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    names_->setLabelsFont(small);
    values->setLabelsFont(small);
    values->setTitleFont(small);
    c->addAxis(names_, Qt::AlignLeft);
    c->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names_);
    series->attachAxis(values);
    c->setTitle(which == TopCountries ? tr("Top countries by %1").arg(measureTitle.toLower()) : tr("Top owners by %1").arg(measureTitle.toLower()));
}

void DeploymentCharts::setCumulative(const QList<ChartStep> &steps, Language language)
{
    QChart *c = chart(OverTime);
    clearChart(c);
    std::array<double, 3> running{};
    std::array<QLineSeries *, 3> lines{};
    for (int kind = 0; kind < 3; ++kind) {
        lines[kind] = new QLineSeries;
        lines[kind]->setName(m_kindNames.at(kind));
        QPen pen(kKindColors[kind], 2);
        lines[kind]->setPen(pen);
    }
    double top = 0;
    QList<std::array<double, 3>> totals;
    for (const ChartStep &s : steps) {
        for (int kind = 0; kind < 3; ++kind)
            running[kind] += s.byKind[kind];
        totals << running;
        top = std::max({top, running[0], running[1], running[2]});
    }
    const NumberFormat::CountScale scale = NumberFormat::countScale(top, language);
    std::array<double, 3> previous{};
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const qreal x = qreal(steps.at(i).when.toMSecsSinceEpoch());
        for (int kind = 0; kind < 3; ++kind) {
            // A step: flat until the announcement, then up.
            lines[kind]->append(x, previous[kind] / scale.factor);
            lines[kind]->append(x, totals.at(i)[kind] / scale.factor);
        }
        previous = totals.at(i);
    }
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("yyyy-MM"));
    time->setTickCount(5);
    if (!steps.isEmpty()) {
        const QDateTime first = steps.first().when.addMonths(-1);
        const QDateTime last = steps.last().when.addMonths(1);
        time->setRange(first, last);
    }
    auto *values = new QValueAxis;
    values->setRange(0, top > 0 ? top / scale.factor * 1.05 : 1);
    values->setLabelFormat(labelFormat(top / scale.factor));
    values->applyNiceNumbers();
    values->setTitleText(axisTitle(tr("Units announced, cumulative"), scale));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    time->setLabelsFont(small);
    values->setLabelsFont(small);
    values->setTitleFont(small);
    c->addAxis(time, Qt::AlignBottom);
    c->addAxis(values, Qt::AlignLeft);
    for (QLineSeries *l : lines) {
        c->addSeries(l);
        l->attachAxis(time);
        l->attachAxis(values);
    }
    c->setTitle(tr("Units announced over time"));
}
