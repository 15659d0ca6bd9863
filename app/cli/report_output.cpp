#include "report_output.h"

#include "report_writer.h"
#include "table_export.h"

QStringList ReportOutput::valueOptions()
{
    return {QStringLiteral("--format"), QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("--lang")};
}

std::optional<ReportOutput> ReportOutput::parse(const CliArgs &args, const QString &command, const QStringList &formats,
                                                ReportFormat fallback, CliIo io)
{
    ReportOutput out;
    out.path = args.value(QStringLiteral("-o"), args.value(QStringLiteral("--output")));
    if (out.path == QLatin1String("-"))
        out.path.clear();

    if (args.has(QStringLiteral("--format"))) {
        const QString key = args.value(QStringLiteral("--format"));
        const auto format = reportFormatFromKey(key);
        if (!format || !formats.contains(key)) {
            io.err << "compute-atlas " << command << ": " << invalidChoice(QStringLiteral("format"), key, formats) << '\n';
            return std::nullopt;
        }
        out.format = *format;
    } else if (const auto implied = reportFormatFromFileName(out.path); implied && formats.contains(reportFormatKey(*implied))) {
        out.format = *implied; // -o table.xlsx means XLSX
    } else {
        out.format = fallback;
    }
    if (isBinaryFormat(out.format) && out.toStdout()) {
        io.err << "compute-atlas " << command << ": --format " << reportFormatKey(out.format)
               << " writes a file; give one with -o FILE\n";
        return std::nullopt;
    }

    if (args.has(QStringLiteral("--lang"))) {
        const QString code = args.value(QStringLiteral("--lang"));
        const auto language = languageFromCode(code);
        if (!language) {
            io.err << "compute-atlas " << command << ": "
                   << invalidChoice(QStringLiteral("language"), code, {QStringLiteral("en"), QStringLiteral("zh_TW"), QStringLiteral("zh_CN")}) << '\n';
            return std::nullopt;
        }
        out.language = *language;
    }
    return out;
}

ReportLanguage::ReportLanguage(Language language, const QString &command, CliIo io)
{
    QString error;
    if (!m_manager.setLanguage(languageCode(language), LanguageManager::Remember::No, &error))
        io.err << "compute-atlas " << command << ": warning: " << error << "; writing English words\n";
}

int emitReport(const Report &report, const ReportOutput &output, const QString &command, const QString &what, CliIo io)
{
    if (output.toStdout()) {
        io.out << QString::fromUtf8(renderReport(report, output.format));
        io.out.flush();
        return ExitCode::Ok;
    }
    QString error;
    if (!writeReport(report, output.format, output.path, &error)) {
        io.err << "compute-atlas " << command << ": " << error << '\n';
        return ExitCode::Failure;
    }
    io.err << "wrote " << what << " to " << output.path << '\n';
    return ExitCode::Ok;
}

int emitBytes(const QByteArray &bytes, const ReportOutput &output, const QString &command, const QString &what, CliIo io)
{
    if (output.toStdout()) {
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
        return ExitCode::Ok;
    }
    QString error;
    if (!TableExport::saveFile(output.path, bytes, &error)) {
        io.err << "compute-atlas " << command << ": " << error << '\n';
        return ExitCode::Failure;
    }
    io.err << "wrote " << what << " to " << output.path << '\n';
    return ExitCode::Ok;
}
