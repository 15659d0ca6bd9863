#pragma once
// The Per-chip panels: every chip's memory against its availability date on a log scale — capacity, bandwidth, or
// reads per second (bandwidth ÷ capacity, what bounds decode) — coloured by memory generation, projections hollow.
// Hovering a point shows the chip's memory and its sources. Painted, so it exports whole.

#include "memory_market.h"
#include "number_format.h"
#include "source.h"

#include <QHash>
#include <QList>
#include <QWidget>

class ChipMemoryChart : public QWidget {
    Q_OBJECT
public:
    enum class Measure { Capacity, Bandwidth, ReadsPerSecond };

    explicit ChipMemoryChart(Measure measure, QWidget *parent = nullptr);

    void setPoints(const QList<ChipMemoryPoint> &points, const QList<Source> &sources, Language language);
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }
    double value(const ChipMemoryPoint &point) const;
    // Where a chip's point is drawn (widget coordinates); null if it is not drawn.
    QPointF pointPosition(const QString &chipId) const;
    QString toolTipAt(const QPointF &pos) const;
    const QList<ChipMemoryPoint> &points() const { return m_points; }

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {320, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    struct Frame {
        QRectF plot;
        double x0 = 0, x1 = 1;       // decimal years
        double logY0 = 0, logY1 = 1; // log10 of the value
    };
    Frame frame() const;
    QPointF place(const Frame &f, double year, double value) const;
    QString title() const;
    QString pointToolTip(const ChipMemoryPoint &p) const;
    QList<double> ticks(double lo, double hi) const;
    QString tickText(double value) const;

    Measure m_measure;
    QList<ChipMemoryPoint> m_points;
    QHash<QString, Source> m_sources;
    Language m_language = Language::English;
};
