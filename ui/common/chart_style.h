#pragma once
// The look the calculator's charts share: tight margins, a small legend below, a bold title.

#include <QFont>
#include <QMargins>

class QChart;

// A new chart styled for a side-by-side panel; `base` is the view's font.
QChart *newPanelChart(const QFont &base, const QMargins &margins);
