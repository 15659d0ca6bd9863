#include "csv_report_writer.h"

#include "table_export.h"

namespace CsvReportWriter {

QByteArray render(const Report &report, bool bom)
{
    // The CSV rules (quoting, CRLF, BOM) live in TableExport; here only what the cells hold changes.
    DataTable plain;
    plain.name = report.table.name;
    for (int c = 0; c < report.table.columns.size(); ++c)
        plain.columns << report.table.header(c);
    for (int r = 0; r < report.table.rows.size(); ++r) {
        QVariantList row;
        for (int c = 0; c < report.table.columns.size(); ++c)
            row << (report.isNumber(r, c) || report.style(r, c).rawInCsv ? report.table.rows.at(r).value(c) : QVariant(report.cellText(r, c)));
        plain.rows << row;
    }
    return TableExport::toCsv(plain, bom);
}

} // namespace CsvReportWriter
