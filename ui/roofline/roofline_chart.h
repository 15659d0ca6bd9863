#pragma once
// The roofline chart (Williams, Waterman & Patterson, 2009) on log–log axes: arithmetic intensity (FLOP/byte) against
// attainable FLOP/s. One roof per chosen chip (the memory slope up to its ridge, then flat at its peak), each ridge
// marked and labelled, projected chips dashed, roofs that lie on each other drawn as bands of their colours, the
// workload's point on every roof in its chip's colour with its bound as the shape (circle: memory-bound, triangle:
// compute-bound), and the operators of one chip as points. Hovering shows the values and the formula with its
// numbers, for every chip whose roof passes there.
// A new run replaces the series' points; series are only added or removed when the number of chips changes.

#include "number_format.h"
#include "roofline_run.h"

#include <QChartView>
#include <QList>
#include <QString>
#include <QStringList>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QXYSeries;

class RooflineChart : public QChartView {
    Q_OBJECT
public:
    explicit RooflineChart(QWidget *parent = nullptr);

    void setRun(const RooflineRun &run);
    void setLanguage(Language language);

    // What the chart shows, for tests and for reading it without a mouse.
    int roofCount() const;         // visible roofs, one per chip that can run the workload
    int ridgeCount() const;        // visible ridge points
    QStringList ridgeLabels() const;
    QLogValueAxis *intensityAxis() const { return m_x; }
    QLogValueAxis *throughputAxis() const { return m_y; }
    double throughputScale() const { return m_yScale; } // the y axis shows FLOP/s ÷ this (1e15 = PFLOP/s)
    QScatterSeries *memoryBoundPoints() const { return m_memoryPoints; }
    QScatterSeries *computeBoundPoints() const { return m_computePoints; }
    QScatterSeries *operatorPoints() const { return m_operatorPoints; }
    // The tooltip for the point at `index` of `series` (or, on a roof, at that intensity): values and formula.
    QString hoverText(const QXYSeries *series, const QPointF &point) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ChipSeries {
        QLineSeries *roof = nullptr;
        QScatterSeries *ridge = nullptr;
        QGraphicsRectItem *plate = nullptr;        // the label's background; owns the label
        QGraphicsSimpleTextItem *label = nullptr;
        QGraphicsLineItem *leader = nullptr;       // from the ridge to a label placed away from it
        int chip = -1; // index into m_run.chips; -1 = unused
    };

    void ensureChipSeries(int count);
    void updateAxes();
    void updateTitles();
    void placeLabels();
    void hideFromLegend(QXYSeries *series);
    void showHover(const QXYSeries *series, const QPointF &point, bool state);
    int chipOfSeries(const QXYSeries *series) const;
    QString roofText(int chip, double intensity) const;
    double attainableOnRoof(int chip, double intensity) const;
    int overlappingLaterRoofs(const QList<int> &chips, int position) const;
    QString pointText(int chip) const;
    QString operatorText(int index) const;

    RooflineRun m_run;
    Language m_language = Language::English;
    QChart *m_chart = nullptr;
    QLogValueAxis *m_x = nullptr;
    QLogValueAxis *m_y = nullptr;
    double m_yScale = 1e15;
    QList<ChipSeries> m_chipSeries;
    QScatterSeries *m_memoryPoints = nullptr;
    QScatterSeries *m_computePoints = nullptr;
    QScatterSeries *m_operatorPoints = nullptr;
    QLineSeries *m_tierRoof = nullptr; // the focus chip's roof on the what-if tier
    QList<int> m_memoryPointChips;     // chip index behind each point
    QList<int> m_computePointChips;
    QList<int> m_operatorIndexes;      // operator index behind each operator point
    double m_xMin = 0.1, m_xMax = 1e4;
};
