#include "flow_palette.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace FlowPalette {

QColor kind(const QString &kind)
{
    // Nine distinguishable hues (Tableau 10 order), red kept for chip purchases, the money the loops end in.
    static const QHash<QString, QColor> colors{
        {QStringLiteral("equity"), QColor(0x1f, 0x77, 0xb4)},
        {QStringLiteral("chip_purchase"), QColor(0xd6, 0x27, 0x28)},
        {QStringLiteral("compute_contract"), QColor(0xff, 0x7f, 0x0e)},
        {QStringLiteral("cloud_commitment"), QColor(0x94, 0x67, 0xbd)},
        {QStringLiteral("loan"), QColor(0x8c, 0x56, 0x4b)},
        {QStringLiteral("warrant"), QColor(0xe3, 0x77, 0xc2)},
        {QStringLiteral("joint_venture"), QColor(0x17, 0xbe, 0xcf)},
        {QStringLiteral("acquisition"), QColor(0xbc, 0xbd, 0x22)},
        {QStringLiteral("capex"), QColor(0xa8, 0xa8, 0xa8)}, // spending with suppliers: there, but quiet
    };
    return colors.value(kind, QColor(0x55, 0x55, 0x55));
}

QColor role(const QString &role)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("model_lab"), QColor(0x4e, 0x79, 0xa7)},
        {QStringLiteral("cloud"), QColor(0xf2, 0x8e, 0x2b)},
        {QStringLiteral("chip_designer"), QColor(0x59, 0xa1, 0x4f)},
        {QStringLiteral("memory"), QColor(0xb0, 0x7a, 0xa1)},
        {QStringLiteral("foundry"), QColor(0x9c, 0x75, 0x5f)},
        {QStringLiteral("server_maker"), QColor(0x76, 0xb7, 0xb2)},
        {QStringLiteral("investor_sovereign"), QColor(0xed, 0xc9, 0x48)},
        {QStringLiteral("other"), QColor(0xba, 0xb0, 0xac)},
    };
    return colors.value(role, QColor(0xba, 0xb0, 0xac));
}

QColor upperBoundTint(const QColor &color)
{
    QColor c = color;
    c.setAlphaF(0.4);
    return c;
}

QIcon swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawRect(0, 0, size - 1, size - 1);
    return QIcon(pixmap);
}

QIcon toggleSwatch(const QColor &color, int size)
{
    QIcon icon = swatch(color, size);
    QPixmap off(size, size);
    off.fill(Qt::transparent);
    QPainter p(&off);
    p.setPen(QPen(color.darker(110), 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(0.75, 0.75, size - 1.5, size - 1.5));
    p.end();
    icon.addPixmap(off, QIcon::Normal, QIcon::Off);
    icon.addPixmap(swatch(color, size).pixmap(size, size), QIcon::Normal, QIcon::On);
    return icon;
}

} // namespace FlowPalette
