#pragma once
// A Report as GitHub-flavoured Markdown: title, date and dataset version, a pipe table (best bold,
// projections italic and marked, citation numbers), notes and a numbered, linked sources list.

#include "report.h"

#include <QByteArray>
#include <QString>

namespace MarkdownWriter {
QByteArray render(const Report &report);
// Text made inert for Markdown inline context: backslash-escapes the characters that would start markup
// (including the table's pipe) and turns line breaks into <br>.
QString escaped(const QString &text);
}
