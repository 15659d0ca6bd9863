#include "chart_style.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>

QChart *newPanelChart(const QFont &base, const QMargins &margins)
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(margins);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = base;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);
    QFont title = base;
    title.setBold(true);
    chart->setTitleFont(title);
    return chart;
}

QChart *installPanelChart(QChartView *view, const QMargins &margins)
{
    QChart *chart = newPanelChart(view->font(), margins);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}
