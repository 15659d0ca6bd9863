#pragma once
// The look the calculator's charts share: tight margins, a small legend below, a bold title.

#include <QFont>
#include <QMargins>

class QChart;
class QChartView;

// A new chart styled for a side-by-side panel; `base` is the view's font.
QChart *newPanelChart(const QFont &base, const QMargins &margins);

// Gives `view` a new panel chart and deletes the default one QChartView(QWidget *) made: setChart() only
// releases the chart it replaces, so without this every such view leaks a whole chart.
QChart *installPanelChart(QChartView *view, const QMargins &margins);
