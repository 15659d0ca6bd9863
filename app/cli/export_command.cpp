#include "export_command.h"

#include "cli_args.h"
#include "report_output.h"
#include "table_export.h"
#include "table_reader.h"
#include "table_report.h"

#include <QDate>
#include <QFile>

int runExportCommand(const QStringList &args, const DataSession &session, CliIo io)
{
    QString error;
    const auto parsed = CliArgs::parse(args, {QStringLiteral("export"), ReportOutput::valueOptions(), {}, 1}, &error);
    if (!parsed) {
        io.err << "compute-atlas " << error << '\n';
        return ExitCode::BadUsage;
    }
    const QStringList tables = TableReader::tableNames();
    if (parsed->positional().isEmpty()) {
        io.err << "compute-atlas export: name a table; valid: " << tables.join(QStringLiteral(", ")) << '\n';
        return ExitCode::BadUsage;
    }
    const QString table = parsed->positional().first();
    if (!tables.contains(table)) {
        io.err << "compute-atlas export: " << invalidChoice(QStringLiteral("table"), table, tables) << '\n';
        return ExitCode::BadUsage;
    }
    const QStringList formats{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("xlsx"),
                              QStringLiteral("html"), QStringLiteral("md"), QStringLiteral("pdf")};
    const auto output = ReportOutput::parse(*parsed, QStringLiteral("export"), formats, ReportFormat::Csv, io);
    if (!output)
        return ExitCode::BadUsage;
    if (output->format == ReportFormat::Csv || output->format == ReportFormat::Json) {
        // The machine formats keep the dataset's own column names, and stream: a million rows are written as they
        // are read, in bounded memory. A file may be opened by a spreadsheet program, which needs the BOM to read
        // UTF-8; a pipe does not.
        const ExportFormat format = output->format == ReportFormat::Csv ? ExportFormat::Csv : ExportFormat::Json;
        const auto writeAll = [&](QIODevice &device) {
            TableExport::RowWriter writer(device, format, TableReader::columns(table), format == ExportFormat::Csv && !output->toStdout());
            TableReader::forEachRawRow(session.store->databases(), table, [&writer](const QList<RawCell> &row) { writer.writeRow(row); });
            return std::pair{writer.finish(), writer.rows()};
        };
        if (output->toStdout()) {
            io.out.flush();
            QFile out;
            out.open(stdout, QIODevice::WriteOnly);
            if (!writeAll(out).first || !out.flush()) {
                io.err << "compute-atlas export: cannot write to standard output: " << out.errorString() << '\n';
                return ExitCode::Failure;
            }
            return ExitCode::Ok;
        }
        TableExport::OutputFile file(output->path);
        if (!file.open(&error)) {
            io.err << "compute-atlas export: " << error << '\n';
            return ExitCode::Failure;
        }
        const qint64 rows = writeAll(file.device()).second;
        if (!file.commit(&error)) {
            io.err << "compute-atlas export: " << error << '\n';
            return ExitCode::Failure;
        }
        io.err << "wrote " << QStringLiteral("%1 rows of %2").arg(rows).arg(table) << " to " << output->path << '\n';
        return ExitCode::Ok;
    }

    const DataTable data = TableReader::read(session.store->databases(), table);
    const QString what = QStringLiteral("%1 rows of %2").arg(data.rows.size()).arg(table);
    // Documents: titles and headers in the chosen language, with the sources the table's source_id column cites.
    const ReportLanguage language(output->language, QStringLiteral("export"), io);
    QList<Source> cited;
    for (const QString &id : citedSourceIds(data))
        if (const Source *s = session.catalog.source(id))
            cited << *s;
    const Report report = tableReport(data, cited, output->language, session.catalog.datasetVersion(), QDate::currentDate());
    return emitReport(report, *output, QStringLiteral("export"), what, io);
}
