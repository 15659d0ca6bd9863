#pragma once
// --vendor NAME, as `trend` and `roadmap` take it: a vendor's id or any of its names, in any case ("nvidia",
// "NVIDIA", "輝達", "AWS"), repeated for several.

#include "catalog.h"

#include <QString>
#include <QStringList>
#include <optional>

// The vendors that have chips or events, by id, in the catalog's order.
QStringList vendorChoices(const Catalog &catalog);
// The ids `names` stand for (empty names: empty list, meaning every vendor); nullopt with `error` naming the
// valid choices if one is unknown.
std::optional<QStringList> vendorIdsFromNames(const QStringList &names, const Catalog &catalog, QString *error);
