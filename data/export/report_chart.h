#pragma once
// One ReportChart (report.h) laid out once and drawn three ways: with a QPainter (the Compare window, the PDF,
// PNG and SVG images of the window) and as SVG text (HTML reports, Markdown's files). Horizontal bars in the
// table's order, each labelled with its value and its ratio to the baseline; the baseline's bar outlined dark
// and named so; a projection hollow with a dashed outline and its † marker, never marked best; a logarithmic
// value axis where the row spans more than a decade; the sources under the chart.

#include "report.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace ReportChartDrawing {

struct Bar {
    int column = -1;    // the report's value column
    QString label;      // the chip's name; "H100 SXM (baseline)" for the baseline
    QString valueText;  // "2,250 TFLOP/s · 2.27×", "82 TB/s † · 24.5×", "—" when unknown
    bool known = false;
    bool projected = false;
    bool baseline = false;
    QRectF bar;         // empty when unknown
    QRectF labelRect;   // the chip's name, right-aligned left of the bars
    QPointF valueAt;    // the value text's baseline start, just past the bar's end
};

struct Layout {
    qreal width = 0;
    qreal height = 0;
    qreal fontPixels = 12;
    QString title;
    QString sourceLine;
    QPointF titleAt;
    QPointF sourceAt;
    QRectF plot;        // the area the bars grow in
    bool logScale = false;
    QString unit;       // the row's SI unit, for the tick labels
    QList<qreal> ticks; // value-axis ticks (raw values) with their x positions in tickX
    QList<qreal> tickX;
    QList<Bar> bars;
};

// Lays out `chart` at `width` pixels (text `fontPixels` high), widths of text estimated from characters (a Chinese
// character counts double) so the SVG and the painter agree.
Layout layout(const Report &report, const ReportChart &chart, qreal width, qreal fontPixels = 12);
// The colour of the n-th bar when no other is given (a report): one house blue.
QColor defaultColor();
// Draws `layout` with its top-left at `origin`; `colors` per bar (empty or short = the default colour).
void paint(QPainter *painter, const Layout &layout, const QPointF &origin, const QList<QColor> &colors = {},
           const QString &fontFamily = {});
// The same chart as a standalone <svg> element (no XML declaration), for inline HTML or a file.
QString svg(const Layout &layout, const QList<QColor> &colors = {});
// A tick's label: the value in the row's unit, three digits ("2 PFLOP/s").
QString tickText(const Layout &layout, int tick);
// The index of the bar under `point` (layout coordinates), -1 if none: for hover.
int barAt(const Layout &layout, const QPointF &point);

}
