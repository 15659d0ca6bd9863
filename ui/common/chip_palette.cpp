#include "chip_palette.h"

#include <array>

QColor ChipPalette::color(int position)
{
    // Tableau's categorical colours without its red and green.
    static const std::array<QColor, 8> colors{QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x94, 0x67, 0xbd),
                                              QColor(0x17, 0xbe, 0xcf), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                                              QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22)};
    return colors.at(size_t(std::max(0, position)) % colors.size());
}

QString ChipPalette::shortName(const QString &name)
{
    // "GB300 (per GPU, NVL72)" and its Chinese "GB300（每顆 GPU，NVL72）" alike.
    qsizetype open = name.indexOf(QStringLiteral(" ("));
    qsizetype width = 2;
    QChar close = QLatin1Char(')');
    if (open <= 0) {
        open = name.indexOf(QStringLiteral("（"));
        width = 1;
        close = QChar(0xFF09); // ）
    }
    if (open <= 0 || !name.endsWith(close))
        return name;
    // A code name people know the chip by stays ("TPU7x (Ironwood)"); packaging notes go ("B200 (HGX)",
    // "GB300 (per GPU, NVL72)", "Rubin (VR200 / R200)").
    const QString inside = name.mid(open + width, name.size() - open - width - 1);
    bool word = inside.size() > 3 && inside.at(0).isUpper() && inside != inside.toUpper();
    for (const QChar c : inside)
        word = word && c.isLetter();
    return word ? name : name.left(open).trimmed();
}
