#pragma once
// The one entry point for writing a Report in any format: parse a format key, render the text formats for
// stdout, or write any format to a file atomically.

#include "report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

QString reportFormatKey(ReportFormat format); // "csv", "json", "xlsx", "html", "md", "pdf", "table"
std::optional<ReportFormat> reportFormatFromKey(QStringView key);
// The format a file name implies by its extension (report.xlsx → Xlsx; .htm, .markdown and .txt too).
std::optional<ReportFormat> reportFormatFromFileName(const QString &path);
// Formats that are files, not text: they cannot go to stdout.
bool isBinaryFormat(ReportFormat format);

// The text formats (csv, json, md, html, table) as UTF-8 for stdout; CSV without a BOM. Empty for xlsx and pdf.
QByteArray renderReport(const Report &report, ReportFormat format);
// Writes the whole file or nothing (a failed write leaves no partial file) and says why in `error`.
// CSV files start with a UTF-8 BOM so spreadsheet programs read Chinese correctly. PDF needs a QGuiApplication.
bool writeReport(const Report &report, ReportFormat format, const QString &path, QString *error);
