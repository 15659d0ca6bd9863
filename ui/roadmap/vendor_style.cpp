#include "vendor_style.h"

#include "common/chip_palette.h"
#include "common/interface_language.h"

#include <QRegularExpression>

QColor VendorStyle::color(const QString &vendorId, int position)
{
    if (vendorId == QLatin1String("nvidia"))
        return QColor(0x4f, 0x8a, 0x00);
    if (vendorId == QLatin1String("google"))
        return QColor(0x1a, 0x73, 0xe8);
    if (vendorId == QLatin1String("amd"))
        return QColor(0xc8, 0x10, 0x2e);
    if (vendorId == QLatin1String("aws"))
        return QColor(0xe0, 0x7b, 0x00);
    if (vendorId == QLatin1String("intel"))
        return QColor(0x00, 0x8e, 0xa8);
    return ChipPalette::color(position + 2);
}

QString VendorStyle::label(const Catalog &catalog, const QString &vendorId, Language language)
{
    const Company *company = catalog.company(vendorId);
    if (!company)
        return vendorId;
    // "Amazon Web Services (AWS)", "亞馬遜雲端服務（AWS）": the acronym is what people say.
    static const QRegularExpression acronym(QStringLiteral("[(（]([A-Z]{2,5})[)）]$"));
    if (const auto m = acronym.match(companyName(*company, language)); m.hasMatch())
        return m.captured(1);
    return companyShortName(*company, language);
}
