#pragma once
// Writes a chart as it stands on screen to a PNG (at twice its size, for print and high-DPI screens) or an SVG
// (QSvgGenerator: scalable, editable), the whole file or nothing.

#include <QString>

class QChartView;
class QWidget;

enum class ChartImageFormat { Png, Svg };

bool saveChartImage(QChartView *view, const QString &path, ChartImageFormat format, QString *error);
// The same for any widget drawn whole, children included: a chart with its legend below it, a painted timeline.
bool saveWidgetImage(QWidget *widget, const QString &path, ChartImageFormat format, QString *error);
