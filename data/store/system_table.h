#pragma once
// Reads the system table (schema 7) from every database given, bundled first. A few dozen rows: read when the
// `systems` command or `roofline --system` needs them.

#include "system_economics.h"

#include <QList>
#include <QSqlDatabase>

QList<SystemSpec> loadSystems(const QList<QSqlDatabase> &databases);
// The rental_price table (schema 8): public on-demand prices per accelerator-hour, bundled first.
QList<RentalPrice> loadRentalPrices(const QList<QSqlDatabase> &databases);
