#pragma once
// What the trend chart and the memory wall share: a log-scale chart over decimal years, a legend below it in words
// (a fit line is a sentence, too long for the chart's own legend), chip names beside points where they fit, and
// points that answer a hover with their figures and a click by selecting their chip. Exported whole: chart and legend.

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QGraphicsSimpleTextItem;
class QLabel;
class QCategoryAxis;
class QValueAxis;
class QXYSeries;
class QScatterSeries;

class RoadmapChart : public QWidget {
    Q_OBJECT
public:
    explicit RoadmapChart(QWidget *parent = nullptr);

    QChartView *chartView() const { return m_view; }
    QChart *chart() const { return m_chart; }
    QLabel *legend() const { return m_legend; }
    QCategoryAxis *valueAxis() const { return m_y; }
    QValueAxis *yearAxis() const { return m_x; }

    // The chip names drawn beside points, and where (scene coordinates), for tests: they never overlap.
    QStringList pointLabels() const;
    QList<QRectF> pointLabelRects() const;
    // The hover text of the point of `chipId` on `series` (first point if several).
    QString toolTipOf(const QXYSeries *series, const QString &chipId) const;

signals:
    void chipSelected(const QString &chipId);

protected:
    // Removes every series and label (a new analysis replaces them all).
    void clearSeries();
    // A series on both axes; points of a scatter series carry a chip each, a hover text and a name to show beside
    // them (empty: none). Labels are placed in the order series are added: add the most important first.
    void addSeries(QXYSeries *series);
    void addPoints(QScatterSeries *series, const QStringList &chipIds, const QStringList &toolTips, const QStringList &labels);
    // Years from x0 to x1 (whole years) and a log axis over [y0, y1] (rounded out to decades), labelled 1, 2, 5, 10 …
    // where there is room for them. Series put their values through axisValue().
    void setRanges(double x0, double x1, double y0, double y1);
    // The value axis is log10 of the value on a linear axis with labels where the values are: Qt's log axis labels
    // decades only, too few to read a value from.
    static double axisValue(double value);
    void setAxisTitles(const QString &x, const QString &y);
    void setLegendHtml(const QString &html);
    // A line swatch for the legend: the series' colour and dash, as HTML.
    static QString swatch(const QColor &color, Qt::PenStyle style, bool marker = false, bool hollow = false);
    // Puts the chip names beside their points again: after new series (the plot area may not have changed), and
    // whenever the plot area does.
    void placeLabels();

private:
    struct PointSet {
        QScatterSeries *series = nullptr;
        QStringList chipIds, toolTips, labels;
    };

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_legend = nullptr;
    QValueAxis *m_x = nullptr;
    QCategoryAxis *m_y = nullptr;
    QList<PointSet> m_pointSets;
    QList<QGraphicsSimpleTextItem *> m_labels;
};
