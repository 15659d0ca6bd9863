#pragma once
// Writes a chart (or any graphics view) as it stands on screen to a PNG (at twice its size, for print and high-DPI
// screens) or an SVG (QSvgGenerator: scalable, editable), the whole file or nothing.

#include <QString>

class QChartView;
class QGraphicsView;

enum class ChartImageFormat { Png, Svg };

bool saveChartImage(QChartView *view, const QString &path, ChartImageFormat format, QString *error);
// The same for any graphics view; `title` names the SVG drawing.
bool saveViewImage(QGraphicsView *view, const QString &path, ChartImageFormat format, const QString &title, QString *error);
