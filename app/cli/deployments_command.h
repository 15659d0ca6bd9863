#pragma once
// `compute-atlas deployments`: what the Deployments view totals, by country, owner, chip or site (issue 9).

#include "catalog.h"
#include "cli_io.h"
#include "system_economics.h"

#include <QStringList>

int runDeploymentsCommand(const QStringList &args, const Catalog &catalog, const QList<SystemSpec> &systems, CliIo io);
