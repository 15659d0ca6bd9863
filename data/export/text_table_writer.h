#pragma once
// A Report as aligned plain text for a terminal: title, the table (Chinese counted as two columns wide),
// legends, notes and sources.

#include "report.h"

#include <QByteArray>
#include <QString>

namespace TextTableWriter {
QByteArray render(const Report &report);
// Columns a string takes in a terminal: East Asian wide and full-width characters take two.
int displayWidth(const QString &text);
}
