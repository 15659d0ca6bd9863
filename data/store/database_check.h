#pragma once
// `db check` on the store: every row of the bundled and the user database against every rule of the dataset
// (the same DatasetChecker an import runs, bundled rows first, so a user row that takes a bundled id or name is
// the one reported), the user database's schema and, in full, its pages (integrity_check). Rows are read one at
// a time: memory does not grow with the user's data.

#include "atlas_store.h"
#include "dataset_validator.h"

namespace DatabaseCheck {
struct Result {
    ProblemList problems{ProblemList::kListed};
    qint64 rows = 0; // rows checked
};
Result run(const AtlasStore &store);
}
