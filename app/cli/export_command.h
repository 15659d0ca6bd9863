#pragma once
// `compute-atlas export TABLE`: a whole dataset table in a machine format, to stdout or a file.

#include "atlas_store.h"
#include "cli_io.h"

int runExportCommand(const QStringList &args, const AtlasStore &store, CliIo io);
