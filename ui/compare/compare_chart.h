#pragma once
// The comparison as charts (issue 19): one horizontal bar chart per row with numbers, drawn from the same
// Report the exports write (so the window, the PDF and the HTML agree), bars in the table's order and in the
// chips' colours, the baseline outlined and named, projections hollow and dashed and never "best", value and
// ratio at each bar's end, a log scale where a row spans more than a decade (if allowed); hovering a bar shows
// the same provenance as the table's cell.

#include "report.h"
#include "report_chart.h"

#include <QColor>
#include <QList>
#include <QWidget>
#include <functional>

class CompareChart : public QWidget {
    Q_OBJECT
public:
    explicit CompareChart(QWidget *parent = nullptr);

    using Provenance = std::function<QString(int tableRow, int chip)>;
    // Shows every chart of `report`; bar i wears colors[i]; `provenance` answers hovers.
    void setReport(const Report &report, const QList<QColor> &colors, Provenance provenance);
    // Off: every axis linear, whatever the spread.
    void setLogScaleAllowed(bool allowed);
    bool logScaleAllowed() const { return m_logAllowed; }

    // The charts as laid out now, with their top-left corners (for tests and hover).
    const QList<ReportChartDrawing::Layout> &layouts() const { return m_layouts; }
    const QList<QPointF> &origins() const { return m_origins; }
    const Report &report() const { return m_report; }
    // The text a hover at `point` shows; empty where no bar is.
    QString toolTipAt(const QPoint &point) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void relayout();

    Report m_report;
    QList<QColor> m_colors;
    Provenance m_provenance;
    bool m_logAllowed = true;
    QList<ReportChartDrawing::Layout> m_layouts;
    QList<QPointF> m_origins;
};
