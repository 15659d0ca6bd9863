#include "report_writer.h"

#include "csv_report_writer.h"
#include "html_writer.h"
#include "json_report_writer.h"
#include "markdown_writer.h"
#include "pdf_writer.h"
#include "report_chart.h"
#include "table_export.h"
#include "text_table_writer.h"
#include "xlsx_writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
struct FormatKey {
    ReportFormat format;
    const char *key;
};
constexpr FormatKey kKeys[] = {
    {ReportFormat::Csv, "csv"},  {ReportFormat::Json, "json"}, {ReportFormat::Xlsx, "xlsx"},  {ReportFormat::Html, "html"},
    {ReportFormat::Markdown, "md"}, {ReportFormat::Pdf, "pdf"}, {ReportFormat::Table, "table"},
};
}

QString reportFormatKey(ReportFormat format)
{
    for (const FormatKey &k : kKeys)
        if (k.format == format)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<ReportFormat> reportFormatFromKey(QStringView key)
{
    for (const FormatKey &k : kKeys)
        if (key == QLatin1String(k.key))
            return k.format;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromFileName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("markdown"))
        return ReportFormat::Markdown;
    if (suffix == QLatin1String("txt"))
        return ReportFormat::Table;
    if (suffix == QLatin1String("table"))
        return std::nullopt;
    return reportFormatFromKey(suffix);
}

bool isBinaryFormat(ReportFormat format)
{
    return format == ReportFormat::Xlsx || format == ReportFormat::Pdf;
}

QByteArray renderReport(const Report &report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv: return CsvReportWriter::render(report, false);
    case ReportFormat::Json: return JsonReportWriter::render(report);
    case ReportFormat::Html: return HtmlWriter::render(report);
    case ReportFormat::Markdown: return MarkdownWriter::render(report);
    case ReportFormat::Table: return TextTableWriter::render(report);
    case ReportFormat::Xlsx:
    case ReportFormat::Pdf: return {};
    }
    return {};
}

bool writeReport(const Report &report, ReportFormat format, const QString &path, QString *error)
{
    switch (format) {
    case ReportFormat::Xlsx: return XlsxWriter::write(report, path, error);
    case ReportFormat::Pdf: return PdfWriter::write(report, path, error);
    case ReportFormat::Csv: return TableExport::saveFile(path, CsvReportWriter::render(report, true), error);
    case ReportFormat::Markdown: {
        // The charts as SVG files beside the .md ("report-chart-1.svg" …), linked from it. The .md first (its
        // failure names it); if a chart then cannot be written, nothing of this export is left behind.
        const QFileInfo info(path);
        QStringList names;
        for (int i = 0; i < report.charts.size(); ++i)
            names << QStringLiteral("%1-chart-%2.svg").arg(info.completeBaseName()).arg(i + 1);
        if (!TableExport::saveFile(path, MarkdownWriter::render(report, names), error))
            return false;
        QStringList written;
        for (int i = 0; i < report.charts.size(); ++i) {
            const QString svg = ReportChartDrawing::svg(ReportChartDrawing::layout(report, report.charts.at(i), 960, 13));
            const QString file = info.dir().filePath(names.at(i));
            if (!TableExport::saveFile(file, (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") + svg + QLatin1Char('\n')).toUtf8(), error)) {
                for (const QString &done : written)
                    QFile::remove(done);
                QFile::remove(path);
                return false;
            }
            written << file;
        }
        return true;
    }
    default: return TableExport::saveFile(path, renderReport(report, format), error);
    }
}
