#include "chip.h"

QString claimKey(const QString &metric, std::optional<Precision> precision)
{
    return precision ? metric + QLatin1Char(':') + precisionKey(*precision) : metric;
}

bool Chip::isProjected(const QString &metric, std::optional<Precision> precision) const
{
    if (isProjected())
        return true;
    const auto it = currentClaims.constFind(claimKey(metric, precision));
    return it != currentClaims.constEnd() && it->isProjected();
}
