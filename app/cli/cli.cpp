#include "cli.h"

#include "chips_command.h"
#include "cli_io.h"
#include "data_session.h"
#include "db_command.h"
#include "export_command.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Cli {

namespace {

const char *const kUsage =
    "usage: compute-atlas [--lang en|zh_TW|zh_CN] [--view NAME] [--screenshot FILE.png [--size WxH]]\n"
    "       compute-atlas chips    [--format table|csv|json]\n"
    "       compute-atlas export   TABLE [--format csv|json] [-o FILE]\n"
    "       compute-atlas db       check [DATASET_DIR] | info | path | import FILE --table TABLE\n"
    "       compute-atlas --version | --help\n"
    "With no sub-command the window opens; with one, it runs headless (no display needed).\n";

QString versionText(const QString &datasetVersion)
{
    return QStringLiteral("compute-atlas %1 (dataset %2)").arg(QStringLiteral(ATLAS_VERSION), datasetVersion);
}

} // namespace

QStringList commandNames()
{
    return {QStringLiteral("chips"), QStringLiteral("export"), QStringLiteral("db")};
}

bool isHeadless(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("--version") || a == QLatin1String("--help") || a == QLatin1String("-h"))
            return true;
        if (!a.startsWith(QLatin1Char('-')))
            return true; // a sub-command (or a stray word, which run() reports)
        if (a == QLatin1String("--lang") || a == QLatin1String("--view") || a == QLatin1String("--screenshot") || a == QLatin1String("--size"))
            return false; // window options: not headless, whatever follows
    }
    return false;
}

int run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    CliIo io{out, err};

    // Global options may stand before the sub-command.
    int i = 0;
    while (i < args.size() && args.at(i).startsWith(QLatin1Char('-'))) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << kUsage;
            return ExitCode::Ok;
        }
        if (a == QLatin1String("--version")) {
            auto session = DataSession::open(io);
            out << versionText(session ? session->catalog.datasetVersion() : QStringLiteral("unavailable")) << '\n';
            return session ? ExitCode::Ok : ExitCode::Failure;
        }
        if (a == QLatin1String("--lang") && i + 1 < args.size()) {
            i += 2; // the headless commands print machine formats; language applies to window and exports
            continue;
        }
        err << "compute-atlas: unknown option '" << a << "'\n" << kUsage;
        return ExitCode::BadUsage;
    }
    if (i >= args.size()) {
        err << kUsage;
        return ExitCode::BadUsage;
    }
    const QString command = args.at(i);
    const QStringList rest = args.mid(i + 1);
    if (command == QLatin1String("db"))
        return runDbCommand(rest, io);
    if (!commandNames().contains(command)) {
        err << "compute-atlas: unknown sub-command '" << command << "'; valid: " << commandNames().join(QStringLiteral(", ")) << '\n';
        return ExitCode::BadUsage;
    }
    auto session = DataSession::open(io);
    if (!session)
        return ExitCode::Failure;
    if (command == QLatin1String("chips"))
        return runChipsCommand(rest, session->catalog, io);
    return runExportCommand(rest, *session->store, io);
}

} // namespace Cli
