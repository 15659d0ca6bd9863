#pragma once
// `compute-atlas roadmap`: the Roadmap view's timeline, headless: chips and events in date order (issue 12).

#include "catalog.h"
#include "cli_io.h"

#include <QStringList>

int runRoadmapCommand(const QStringList &args, const Catalog &catalog, CliIo io);
