#pragma once
// `compute-atlas flows`: the Money flows view's headless twin (DESIGN §6) — the flows counted, each company's totals
// with "up to" amounts apart, and with --cycles every loop with the most that can go round it.

#include "catalog.h"
#include "cli_io.h"

#include <QStringList>

int runFlowsCommand(const QStringList &args, const Catalog &catalog, CliIo io);
