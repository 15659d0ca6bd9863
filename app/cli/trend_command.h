#pragma once
// `compute-atlas trend`: the Roadmap view's trend fits, headless (issue 12).

#include "catalog.h"
#include "cli_io.h"

#include <QStringList>

int runTrendCommand(const QStringList &args, const Catalog &catalog, CliIo io);
