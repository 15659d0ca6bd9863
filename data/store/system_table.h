#pragma once
// Reads the system table (schema 7) from every database given, bundled first. A few dozen rows: read when the
// `systems` command or `roofline --system` needs them.

#include "system_economics.h"

#include <QList>
#include <QSqlDatabase>

QList<SystemSpec> loadSystems(const QList<QSqlDatabase> &databases);
