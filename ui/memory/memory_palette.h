#pragma once
// The Memory view's colours: one per HBM supplier (the same in every panel and export) and one per memory
// generation, oldest cool to newest warm, grey where the source does not name one.

#include <QColor>
#include <QString>

namespace MemoryPalette {
QColor supplier(const QString &companyId, int index);
QColor generation(const QString &generation);
}
