#pragma once
// How many of the dataset's current chip figures rest on the vendor's own publication (issue 14). A current
// figure is the newest claim of one chip, metric, precision and sparsity (sparse figures count: they are
// shown); it is official when one of its primary sources is an official page, documentation or filing.

#include "catalog.h"

#include <QList>

struct SourceCoverage {
    int figures = 0;  // current figures
    int official = 0; // of which with an official primary source
    // Current figures of shipping chips that have no official primary source and do not say so: their basis
    // is official although the figure was read at a copy. Each should be sourced to the vendor or marked
    // reported, with the reason in its note. (Derived, reported and estimated figures say in their note how
    // they were obtained; the validator requires it.)
    QList<SpecClaim> unmarked;

    double share() const { return figures > 0 ? double(official) / figures : 0.0; }
};

SourceCoverage sourceCoverage(const Catalog &catalog);
