#include "deployment.h"

UnitsKind unitsKindOf(QStringView datasetKind)
{
    if (datasetKind == u"installed" || datasetKind == u"delivered")
        return UnitsKind::Installed;
    if (datasetKind == u"ordered" || datasetKind == u"planned")
        return UnitsKind::Planned;
    return UnitsKind::Unknown;
}

QString unitsKindKey(UnitsKind kind)
{
    switch (kind) {
    case UnitsKind::Installed: return QStringLiteral("installed");
    case UnitsKind::Planned: return QStringLiteral("planned");
    case UnitsKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}
