#include "export_command.h"

#include "cli_args.h"
#include "table_export.h"
#include "table_reader.h"

int runExportCommand(const QStringList &args, const AtlasStore &store, CliIo io)
{
    QString error;
    const auto parsed = CliArgs::parse(args, {QStringLiteral("export"), {QStringLiteral("--format"), QStringLiteral("-o"), QStringLiteral("--output")}, {}, 1}, &error);
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
    const QString formatKey = parsed->value(QStringLiteral("--format"), QStringLiteral("csv"));
    const auto format = TableExport::formatFromKey(formatKey);
    if (!format) {
        io.err << "compute-atlas export: " << invalidChoice(QStringLiteral("format"), formatKey, TableExport::formatKeys()) << '\n';
        return ExitCode::BadUsage;
    }
    const QString output = parsed->value(QStringLiteral("-o"), parsed->value(QStringLiteral("--output")));
    const DataTable data = TableReader::read(store.databases(), table);
    // A file may be opened by a spreadsheet program, which needs the BOM to read UTF-8; a pipe does not.
    const QByteArray bytes = *format == ExportFormat::Csv ? TableExport::toCsv(data, !output.isEmpty()) : TableExport::toJson(data);
    if (output.isEmpty() || output == QLatin1String("-")) {
        io.out.flush();
        io.out << QString::fromUtf8(bytes);
        return ExitCode::Ok;
    }
    if (!TableExport::saveFile(output, bytes, &error)) {
        io.err << "compute-atlas export: " << error << '\n';
        return ExitCode::Failure;
    }
    io.err << "wrote " << data.rows.size() << " rows of " << table << " to " << output << '\n';
    return ExitCode::Ok;
}
