#pragma once
// `compute-atlas roofline --validate`: every measurement beside the calculator's bound for the same case and their
// ratio (DESIGN §3). A measurement above its bound fails the command, so a ctest catches a wrong figure or bound.

#include "catalog.h"
#include "cli_io.h"
#include "roofline_request.h"

// Returns ExitCode::Failure, naming each offender on io.err, when a measurement exceeds its bound.
int runRooflineValidation(const Catalog &catalog, RooflineFormat format, CliIo io);
