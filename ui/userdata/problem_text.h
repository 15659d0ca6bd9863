#pragma once
// The dataset rules' problem messages (dataset_validator.cpp, in English: the command line and the build print
// them) in the interface language, for the import preview and the row forms. The rules stay in one place; this
// only recognises the messages a person typing a row meets most and says them again through tr(). A message it
// does not know is shown as it is.

#include <QString>

namespace ProblemText {
QString translated(const QString &message);
}
