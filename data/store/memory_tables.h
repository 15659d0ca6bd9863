#pragma once
// Reads market_share, chip_memory and memory_outlook (schema 6) from every database given, bundled first, into
// the memory story's value types. A few dozen rows: read when the Memory view or `memory` command needs them.

#include "memory_market.h"

#include <QList>
#include <QSqlDatabase>

MemoryData loadMemoryData(const QList<QSqlDatabase> &databases);
