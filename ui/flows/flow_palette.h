#pragma once
// The colours of the Money flows view: one per flow kind (edges, timeline bars, the kind filter that doubles as the
// legend) and one per company role (nodes), so a kind or a role looks the same everywhere in the view.

#include <QColor>
#include <QIcon>
#include <QString>

namespace FlowPalette {
QColor kind(const QString &kind);
QColor role(const QString &role);
// The lighter tint an "up to" amount wears in the timeline's stacked bars.
QColor upperBoundTint(const QColor &color);
// A small square of `color` for a check box or a menu entry.
QIcon swatch(const QColor &color, int size = 12);
// The same as a toggle: filled when on, an empty frame when off.
QIcon toggleSwatch(const QColor &color, int size = 12);
}
