#pragma once
// How a vendor looks across the Roadmap view: its colour in the timeline, the trend chart and the memory wall, and
// its name where room is tight ("AWS" rather than "Amazon Web Services").

#include "catalog.h"
#include "number_format.h"

#include <QColor>
#include <QString>

namespace VendorStyle {
// Brand-near colours for the vendors the dataset has, darkened where needed to read on white; others take the chip
// palette's colours by their position among the vendors.
QColor color(const QString &vendorId, int position);
// The company's short name in `language`, or the acronym in its parenthesis where there is one ("AWS").
QString label(const Catalog &catalog, const QString &vendorId, Language language);
}
