#include "cli.h"

#include "chips_command.h"
#include "cli_io.h"
#include "compare_command.h"
#include "data_session.h"
#include "db_command.h"
#include "deployments_command.h"
#include "export_command.h"
#include "roadmap_command.h"
#include "flows_command.h"
#include "roofline_command.h"
#include "trend_command.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Cli {

namespace {

const char *const kUsage =
    "usage: compute-atlas [--lang en|zh_TW|zh_CN] [--view NAME] [--screenshot FILE.png [--size WxH]]\n"
    "       compute-atlas chips    [--format table|csv|json]\n"
    "       compute-atlas compare  CHIP... [--baseline CHIP] [--format table|csv|json|xlsx|html|md|pdf] [-o FILE] [--lang L]\n"
    "       compute-atlas export   TABLE [--format csv|json|xlsx|html|md|pdf] [-o FILE] [--lang L]\n"
    "       compute-atlas roofline --chip CHIP... [--precision P] (--intensity X | --flops F --bytes B | --gemm M,N,K\n"
    "                              | --model ID --phase prefill|decode --batch B (--context L | --prompt P) [--tp N])\n"
    "                              [--explain] [--format json|table|csv]   (roofline --help for every option)\n"
    "       compute-atlas roofline --validate\n"
    "       compute-atlas trend    --metric bf16|fp8|fp4|memory|bandwidth|flops-per-watt|bandwidth-per-watt|ridge-bf16|ridge-fp8\n"
    "                              |bytes-per-flop [--vendor NAME]... [--by available|announced] [--include-projected]\n"
    "                              [--format json|table|csv] [-o FILE]\n"
    "       compute-atlas roadmap  [--vendor NAME]... [--format json|table|csv] [-o FILE] [--lang L]\n"
    "       compute-atlas deployments [--by country|owner|chip|site] [--kind installed|planned|all] [--country ISO2]...\n"
    "                              [--measure units|h100e|power|tokens] [--model ID --precision P --context L]\n"
    "                              [--format json|table|csv]\n"
    "       compute-atlas flows    [--company ID]... [--kind K]... [--status active|all] [--as-of DATE] [--cycles]\n"
    "                              [--format json|table|csv]   (flows --help for every option)\n"
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
    return {QStringLiteral("chips"), QStringLiteral("compare"), QStringLiteral("export"), QStringLiteral("roofline"), QStringLiteral("trend"),
            QStringLiteral("roadmap"), QStringLiteral("deployments"), QStringLiteral("flows"), QStringLiteral("db")};
}

bool isHeadless(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--version") || a == QLatin1String("--help") || a == QLatin1String("-h"))
            return true;
        if (!a.startsWith(QLatin1Char('-')))
            return true; // a sub-command (or a stray word, which run() reports)
        if (a == QLatin1String("--lang")) {
            ++i; // its value; "--lang zh_TW compare …" is headless, "--lang zh_TW" alone opens the window
            continue;
        }
        if (a == QLatin1String("--view") || a == QLatin1String("--screenshot") || a == QLatin1String("--size"))
            return false; // window options: not headless, whatever follows
    }
    return false;
}

bool needsGuiApplication(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--format=pdf") || (a == QLatin1String("--format") && args.value(i + 1) == QLatin1String("pdf")))
            return true;
        const bool output = a == QLatin1String("-o") || a == QLatin1String("--output");
        const QString file = output ? args.value(i + 1) : a.startsWith(QLatin1String("--output=")) ? a.mid(9) : a.startsWith(QLatin1String("-o=")) ? a.mid(3) : QString();
        if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return true; // -o report.pdf implies --format pdf
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
    QString language;
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
            language = args.at(i + 1); // machine formats ignore it; documents (compare, export) use it
            i += 2;
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
    QStringList rest = args.mid(i + 1);
    if (!language.isEmpty() && (command == QLatin1String("compare") || command == QLatin1String("export") || command == QLatin1String("roadmap")))
        rest = QStringList{QStringLiteral("--lang"), language} + rest; // a --lang after the sub-command wins
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
    if (command == QLatin1String("roofline"))
        return runRooflineCommand(rest, session->catalog, io);
    if (command == QLatin1String("compare"))
        return runCompareCommand(rest, session->catalog, io);
    if (command == QLatin1String("trend"))
        return runTrendCommand(rest, session->catalog, io);
    if (command == QLatin1String("roadmap"))
        return runRoadmapCommand(rest, session->catalog, io);
    if (command == QLatin1String("deployments"))
        return runDeploymentsCommand(rest, session->catalog, io);
    if (command == QLatin1String("flows"))
        return runFlowsCommand(rest, session->catalog, io);
    return runExportCommand(rest, *session, io);
}

} // namespace Cli
