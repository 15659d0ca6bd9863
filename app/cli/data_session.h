#pragma once
// The store and catalog a sub-command works on: the bundled database plus the user's, opened once.

#include "atlas_store.h"
#include "catalog.h"
#include "cli_io.h"

#include <memory>

struct DataSession {
    std::unique_ptr<AtlasStore> store;
    Catalog catalog;

    // Opens the bundled database (from the program's resources) and the user's; a problem with the user's
    // database is printed as a warning and the bundled data still serves. Returns nullopt if nothing can serve.
    static std::optional<DataSession> open(CliIo io);
};
