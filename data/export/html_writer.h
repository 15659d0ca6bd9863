#pragma once
// A Report as a complete UTF-8 HTML page: title, date and dataset version, the table (units in the unit
// column or headers, the best of each row bold, projections italic and marked, a citation on each sourced
// value), notes, and the sources as a numbered list with links.

#include "report.h"

#include <QByteArray>
#include <QString>

namespace HtmlWriter {
QByteArray render(const Report &report);
// The BCP 47 tag of a report language for lang attributes: "en", "zh-Hant", "zh-Hans".
QString languageTag(Language language);
// A URL safe to put in href: http(s) only; anything else is empty (shown as text, not linked).
QString linkTarget(const QString &url);
}
