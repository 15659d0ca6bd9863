#pragma once
// The colour and short name each chosen chip wears in the Roofline view's charts, its legend strip and the
// results table's headers, so one chip looks the same everywhere. Red and green are kept back for the bound
// (memory-bound red, compute-bound green).

#include <QColor>
#include <QString>

namespace ChipPalette {
// The colour of the chip at `position` among the chosen chips.
QColor color(int position);
inline const QColor memoryBound{0xd6, 0x27, 0x28};
inline const QColor computeBound{0x2c, 0xa0, 0x2c};
inline const QColor linkBound{0x7f, 0x7f, 0x7f};
// "GB300 (per GPU, NVL72)" → "GB300": the name without its parenthesis, for labels on a chart.
QString shortName(const QString &name);
}
