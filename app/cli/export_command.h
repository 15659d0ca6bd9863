#pragma once
// `compute-atlas export TABLE`: a whole dataset table in a machine format (CSV, JSON) or as a document
// (XLSX, HTML, Markdown, PDF) with its sources, to stdout or a file.

#include "cli_io.h"
#include "data_session.h"

int runExportCommand(const QStringList &args, const DataSession &session, CliIo io);
