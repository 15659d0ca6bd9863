#pragma once
// The batch sweep of an LLM workload: tokens/s per chip (solid, left log axis) and the memory-stall fraction
// (dashed, right axis) against batch (log₂ axis, 1–4096) for every chosen chip. Each curve stops at the chip's KV
// wall (the largest batch that fits, marked with a triangle): past it nothing runs. The batch where a chip turns
// compute-bound is a star. A vertical line marks the current batch. The legend draws each mark as the chart does.
// Hovering shows the figures.
// A new run replaces the series' points; series are only added or removed when the number of chips changes.

#include "number_format.h"
#include "roofline_run.h"

#include <QChartView>
#include <QList>

class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;
class QXYSeries;

class BatchSweepChart : public QChartView {
    Q_OBJECT
public:
    explicit BatchSweepChart(QWidget *parent = nullptr);

    void setRun(const RooflineRun &run);
    void setLanguage(Language language);

    // What the chart shows, for tests.
    int curveCount() const;                // chips with a tokens/s curve
    QList<double> kvWallBatches() const;   // marked KV walls, in chip order
    QList<double> computeBoundBatches() const;
    QList<QPointF> curve(int chip) const;  // the tokens/s curve of the chip at `chip` in the run; empty if none
    QLogValueAxis *batchAxis() const { return m_x; }
    QLogValueAxis *tokensAxis() const { return m_tokens; }
    QValueAxis *stallAxis() const { return m_stall; }
    double tokensScale() const { return m_tokensScale; } // the left axis shows tokens/s ÷ this
    QString hoverText(const QXYSeries *series, const QPointF &point) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ChipSeries {
        QLineSeries *tokens = nullptr;   // batches that fit
        QLineSeries *stall = nullptr;
        QScatterSeries *wall = nullptr;
        QScatterSeries *computeBound = nullptr;
        int chip = -1;
    };

    void ensureChipSeries(int count);
    void attach(QXYSeries *series, bool stallAxis);
    void updateTitles();
    int chipOfSeries(const QXYSeries *series) const;
    const InferenceResult *nearestResult(int chip, double batch) const;

    RooflineRun m_run;
    Language m_language = Language::English;
    QChart *m_chart = nullptr;
    QLogValueAxis *m_x = nullptr;
    QLogValueAxis *m_tokens = nullptr;
    QValueAxis *m_stall = nullptr;
    double m_tokensScale = 1; // the tokens axis shows tokens/s ÷ this
    QList<ChipSeries> m_chipSeries;
    QLineSeries *m_current = nullptr;
    // Legend entries for what the shapes and dashes mean, in neutral grey (the colour strip names the chips), drawn
    // with the series' own marker (QLegend::MarkerShapeFromSeries).
    QLineSeries *m_keyTokens = nullptr;
    QLineSeries *m_keyStall = nullptr;
    QScatterSeries *m_keyWall = nullptr;
    QScatterSeries *m_keyComputeBound = nullptr;
};
