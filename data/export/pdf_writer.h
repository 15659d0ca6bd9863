#pragma once
// A Report as a PDF (Qt's PDF writer): A4 landscape, title, date and dataset version, the table, notes and
// sources, laid out by QTextDocument with fonts that cover Chinese. Needs a QGuiApplication (offscreen is fine).

#include "report.h"

#include <QString>

namespace PdfWriter {
// Writes the whole file or nothing (QSaveFile); without a QGuiApplication it fails and says so.
bool write(const Report &report, const QString &path, QString *error);
// The HTML subset QTextDocument lays out for the PDF (exposed for tests).
QString documentHtml(const Report &report);
}
