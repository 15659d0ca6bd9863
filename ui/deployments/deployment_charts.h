#pragma once
// The Deployments view's charts, one tab each: the top countries and the top owners by the chosen measure, bars
// stacked by kind (installed, planned, unknown), and the cumulative units announced over time, one line per kind.
// Axes of counts are labelled in the language's steps (K, M / 萬, 億), named in the axis title.

#include "number_format.h"

#include <QDateTime>
#include <QList>
#include <QTabWidget>
#include <array>
#include <functional>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;

struct ChartBar {
    QString name;
    std::array<double, 3> byKind{}; // installed, planned, unknown
};

struct ChartStep {
    QDateTime when;                 // the first day of the announcement's period
    std::array<double, 3> byKind{}; // units announced then, by kind
};

class DeploymentCharts : public QTabWidget {
    Q_OBJECT
public:
    enum Chart { TopCountries, TopOwners, OverTime };

    explicit DeploymentCharts(QWidget *parent = nullptr);

    // `measureTitle`: what the bars measure ("Units", "H100-equivalents"), `unit` appended to the axis title.
    // A chart on a hidden tab is filled when its tab is shown, or when chart() or chartView() asks for it: laying
    // out a full chart costs more than the rest of the view's first frame, and the user sees one tab.
    void setTopBars(Chart chart, const QList<ChartBar> &bars, const QString &measureTitle, Language language);
    void setCumulative(const QList<ChartStep> &steps, Language language);
    void setKindNames(const std::array<QString, 3> &names);
    void retranslate();

    // Filled first with what was set last.
    QChartView *chartView(Chart chart);
    QChart *chart(Chart chart);
    // How many times a chart was filled, for the tests.
    int fills() const { return m_fills; }

private:
    void fill(Chart chart);
    void fillTopBars(Chart chart, const QList<ChartBar> &bars, const QString &measureTitle, Language language);
    void fillCumulative(const QList<ChartStep> &steps, Language language);
    // Series and axes are made once and refilled: a chart whose axes are replaced while its tab is hidden can
    // keep drawing the old ones.
    std::array<QChartView *, 3> m_views{};
    std::array<QHorizontalStackedBarSeries *, 2> m_bars{};
    std::array<QBarCategoryAxis *, 2> m_names{};
    std::array<QValueAxis *, 2> m_barValues{};
    std::array<QLineSeries *, 3> m_lines{};
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_lineValues = nullptr;
    std::array<QString, 3> m_kindNames;
    std::array<std::function<void()>, 3> m_pending; // what fills each chart, until it is shown
    int m_fills = 0;
};
