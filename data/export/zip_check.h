#pragma once
// Checks that a ZIP package (an XLSX workbook) is whole before it is put in place. libxlsxwriter writes each part
// of a workbook to a temporary file and does not notice when those writes fail (a full disk, a file-size limit): the
// package it then builds holds cut-off XML, and it reports success. Here every part must inflate to its recorded
// size and CRC, and every XML part must be well-formed to its end.

#include <QString>

namespace ZipCheck {
// Empty if the package is whole; else what is wrong ("part xl/worksheets/sheet1.xml is cut off").
QString problem(const QString &path);
}
