#include "memory_palette.h"

#include "memory_market.h"

namespace MemoryPalette {

QColor supplier(const QString &companyId, int index)
{
    if (companyId == QLatin1String("sk-hynix"))
        return QColor(0xE0, 0x5A, 0x2B);
    if (companyId == QLatin1String("samsung"))
        return QColor(0x1F, 0x4E, 0x9E);
    if (companyId == QLatin1String("micron"))
        return QColor(0x2E, 0x9E, 0x8F);
    static const QColor others[]{QColor(0x8E, 0x6C, 0xB8), QColor(0xB5, 0x8B, 0x2A), QColor(0x6B, 0x6B, 0x6B)};
    return others[index % 3];
}

QColor generation(const QString &generation)
{
    static const QColor colors[]{QColor(0x9D, 0xB4, 0xD8), QColor(0x4E, 0x79, 0xA7), QColor(0x59, 0xA1, 0x4F), QColor(0xE3, 0xA8, 0x1B),
                                 QColor(0xF2, 0x6B, 0x1D), QColor(0xC4, 0x2E, 0x3A), QColor(0x9B, 0x5F, 0xA5), QColor(0x8C, 0x6D, 0x4F)};
    const int i = memoryGenerations().indexOf(generation);
    return i < 0 ? QColor(0xA8, 0xA8, 0xA8) : colors[i];
}

} // namespace MemoryPalette
