#pragma once
// `compute-atlas chips`: every chip with its current dense figures.

#include "catalog.h"
#include "cli_io.h"

#include <QJsonArray>

int runChipsCommand(const QStringList &args, const Catalog &catalog, CliIo io);
// The JSON form of DESIGN §6 / issue 2 (also used by tests).
QJsonArray chipsToJson(const Catalog &catalog);
