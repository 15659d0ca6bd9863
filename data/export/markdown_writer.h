#pragma once
// A Report as GitHub-flavoured Markdown: title, date and dataset version, a pipe table (best bold,
// projections italic and marked, citation numbers), notes and a numbered, linked sources list.

#include "report.h"

#include <QByteArray>
#include <QString>

namespace MarkdownWriter {
// `chartFiles`: per chart of the report, the SVG file (a name relative to the .md) it is drawn in; the charts are
// linked as images after the table. Empty: no charts (standard output has nowhere to put them).
QByteArray render(const Report &report, const QStringList &chartFiles = {});
// Text made inert for Markdown inline context: backslash-escapes the characters that would start markup
// (including the table's pipe) and turns line breaks into <br>.
QString escaped(const QString &text);
}
