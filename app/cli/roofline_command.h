#pragma once
// `compute-atlas roofline`: the roofline calculator of issue 4 on the command line — kernels, LLM inference,
// economics, calibration and the validation report.

#include "catalog.h"
#include "cli_io.h"
#include "system_economics.h"

#include <QList>

#include <QString>
#include <QStringList>

// `args` are the arguments after the word "roofline". Returns an ExitCode: BadUsage with one line on
// io.err naming the fix for bad input; Failure from --validate when a measurement exceeds its bound. `systems` are
// the system table's rows, for --system; `rentalPrices` the rental_price table's, for --rental-price.
int runRooflineCommand(const QStringList &args, const Catalog &catalog, const QList<SystemSpec> &systems, CliIo io,
                       const QList<RentalPrice> &rentalPrices = {});

// "compute-atlas roofline: MESSAGE", the form of every line the command writes to stderr.
QString rooflineErrorLine(const QString &message);
