#pragma once
// `compute-atlas systems` (issue 17): the servers, racks, UltraServers and pods in the dataset, with each one's
// power and cost per accelerator and what a gigawatt of facility power holds, under assumptions the user can set.

#include "catalog.h"
#include "cli_io.h"
#include "system_economics.h"

#include <QList>
#include <QStringList>

// `rentalPrices`: the rental_price table, listed by --rental-prices.
int runSystemsCommand(const QStringList &args, const Catalog &catalog, const QList<SystemSpec> &systems, CliIo io,
                      const QList<RentalPrice> &rentalPrices = {});
