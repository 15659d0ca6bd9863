#pragma once
// Where a sub-command's Report goes (compare, export): the --format, -o and --lang options they share,
// and writing the report to stdout or, atomically, to a file.

#include "cli_args.h"
#include "cli_io.h"
#include "language_manager.h"
#include "number_format.h"
#include "report.h"

#include <QString>
#include <QStringList>
#include <optional>

struct ReportOutput {
    ReportFormat format = ReportFormat::Table;
    QString path; // empty = stdout
    Language language = Language::English;

    // The options every report command accepts (with the value of each).
    static QStringList valueOptions(); // --format, -o, --output, --lang
    // Reads --format (else the format -o's extension implies, else `fallback`), -o/--output and --lang.
    // `formats`: the keys this command accepts. Prints the problem and returns nullopt on bad usage; a
    // format that is a file (xlsx, pdf) needs -o.
    static std::optional<ReportOutput> parse(const CliArgs &args, const QString &command, const QStringList &formats,
                                             ReportFormat fallback, CliIo io);
    bool toStdout() const { return path.isEmpty(); }
};

// Installs the translators of a report's language (app/language_manager.h) for as long as it lives, so the
// report's titles, headers and labels come out in that language. Not remembered as the window's choice. A
// translation that cannot be loaded is a warning: the report is then written with English words.
class ReportLanguage {
public:
    ReportLanguage(Language language, const QString &command, CliIo io);

private:
    LanguageManager m_manager;
};

// Writes `report` where `output` says; `what` names it in the success message on stderr ("comparison of 2
// chips"). Returns the exit code.
int emitReport(const Report &report, const ReportOutput &output, const QString &command, const QString &what, CliIo io);
// The same for output a command renders itself (JSON, CSV, text): to stdout, or the whole file or nothing.
int emitBytes(const QByteArray &bytes, const ReportOutput &output, const QString &command, const QString &what, CliIo io);
