#include "bundled_database.h"

namespace BundledDatabase {
QString resourcePath()
{
    return QStringLiteral(":/atlas.sqlite");
}
}
