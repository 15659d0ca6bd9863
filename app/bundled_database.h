#pragma once
// Where the bundled database (compiled from data/dataset at build time) sits among the program's resources.
// Linking atlas_bundled_data embeds it: the program does, and so do tests that need the real dataset.

#include <QString>

namespace BundledDatabase {
QString resourcePath(); // ":/atlas.sqlite"
}
