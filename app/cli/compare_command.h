#pragma once
// `compute-atlas compare CHIP... [--baseline CHIP] [--format …] [-o FILE] [--lang L]`: chips side by side
// with ratios to a baseline, as a table, CSV, JSON, XLSX, HTML, Markdown or PDF (issue 3).

#include "catalog.h"
#include "cli_io.h"
#include "system_economics.h"

#include <QStringList>

int runCompareCommand(const QStringList &args, const Catalog &catalog, const QList<SystemSpec> &systems, CliIo io);
