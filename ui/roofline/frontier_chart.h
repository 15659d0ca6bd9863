#pragma once
// The throughput–interactivity frontier of every chosen chip (issue 18): tokens/s per chip at the bound (left, log) against
// tokens/s per user (bottom, log), each chip's Pareto points joined, as SemiAnalysis's InferenceMAX plots measured
// results. A vertical dashed line marks the target tokens/s per user; each chip's best point at or above it is a
// star. The legend keys the marks in grey (the colour strip above the charts names the chips); hovering a point
// shows its layout, batch and both answers (bound and expected).
// Built the first time its tab is shown: the frontier costs milliseconds per chip, the view's start-up does not.

#include "number_format.h"
#include "roofline_run.h"

#include <QChartView>
#include <QList>

class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QXYSeries;

class FrontierChart : public QChartView {
    Q_OBJECT
public:
    explicit FrontierChart(QWidget *parent = nullptr);

    // The run must carry its frontiers (RooflineRun::computeFrontiers).
    void setRun(const RooflineRun &run);
    void setLanguage(Language language);

    // What the chart shows, for tests.
    int curveCount() const;                 // chips with a frontier drawn
    QList<QPointF> curve(int chip) const;   // (tokens/s per user, tokens/s per chip ÷ chipScale()) of the chip at `chip`
    std::optional<QPointF> pick(int chip) const;
    double targetTokensPerUser() const;     // where the target line is drawn; 0 when none
    QLogValueAxis *userAxis() const { return m_x; }
    QLogValueAxis *chipAxis() const { return m_y; }
    double chipScale() const { return m_yScale; } // the left axis shows tokens/s per chip ÷ this
    QString hoverText(const QXYSeries *series, const QPointF &point) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ChipSeries {
        QLineSeries *front = nullptr;
        QScatterSeries *pick = nullptr;
        int chip = -1;
    };
    void ensureChipSeries(int count);
    void attach(QXYSeries *series);
    void updateTitles();
    int chipOfSeries(const QXYSeries *series) const;

    RooflineRun m_run;
    Language m_language = Language::English;
    QChart *m_chart = nullptr;
    QLogValueAxis *m_x = nullptr;
    QLogValueAxis *m_y = nullptr;
    double m_yScale = 1; // past 100,000 tokens/s the axis counts thousands, so its labels stay short
    QList<ChipSeries> m_chipSeries;
    QLineSeries *m_target = nullptr;
    QLineSeries *m_keyFront = nullptr;
    QScatterSeries *m_keyPick = nullptr;
};
