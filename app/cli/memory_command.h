#pragma once
// `compute-atlas memory`: the Memory view's data, headless (issue 16): HBM shares with what each is a share of,
// every chip's memory, and the announced high-bandwidth-flash targets.

#include "catalog.h"
#include "cli_io.h"
#include "memory_market.h"

#include <QStringList>

int runMemoryCommand(const QStringList &args, const Catalog &catalog, const MemoryData &memory, CliIo io);
