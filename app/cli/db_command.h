#pragma once
// `compute-atlas db check | info | path`: the state of the bundled and user databases.

#include "cli_io.h"

#include <QStringList>

int runDbCommand(const QStringList &args, CliIo io);
