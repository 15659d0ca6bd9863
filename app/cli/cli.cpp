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
#include "memory_command.h"
#include "memory_tables.h"
#include "system_table.h"
#include "systems_command.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Cli {

namespace {

const char *const kUsage =
    "usage: compute-atlas [--lang en|zh_TW|zh_CN] [--view NAME] [--import FILE.csv] [--screenshot FILE.png [--size WxH]]\n"
    "                     [--quit-after-first-frame | --quit-after-view-frame]\n"
    "       compute-atlas chips    [--format table|csv|json]\n"
    "       compute-atlas compare  CHIP... [--baseline CHIP] [--format table|csv|json|xlsx|html|md|pdf] [-o FILE] [--lang L]\n"
    "                              [--charts ROW,... | --no-charts]\n"
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
    "       compute-atlas memory   [--part shares|chips|outlook] [--format json|table|csv|xlsx|html|md|pdf] [-o FILE]\n"
    "       compute-atlas systems  [--system ID]... [--format table|csv|json] [--pue X] [--power-price USD_PER_KWH] [--years N]\n"
    "                              [--wacc R] [--utilization U] [--tdp-overhead X] [--facility-capex-per-mw USD]\n"
    "       compute-atlas systems --rental-prices [--format table|csv|json]\n"
    "       compute-atlas db       check [DATASET_DIR] | info | path | import FILE --table TABLE [--encoding E]\n"
    "                              | export-user --table TABLE [-o FILE] | reset --yes\n"
    "       compute-atlas --version | --help\n"
    "With no sub-command the window opens; with one, it runs headless (no display needed).\n";

// `compute-atlas COMMAND --help` for the sub-commands that do not print their own (roofline does).
QString commandHelp(const QString &command)
{
    if (command == QLatin1String("chips"))
        return QStringLiteral(
            "usage: compute-atlas chips [--format table|csv|json]\n"
            "Every chip with its current dense figures. json and csv use SI units: memory_bytes,\n"
            "memory_bandwidth_bytes_per_s, tdp_w, scaleup_bandwidth_bytes_per_s and peak_flops (FLOP/s by precision;\n"
            "a precision the chip lacks is absent). table shows datasheet units (TFLOP/s, GB, TB/s, W).\n");
    if (command == QLatin1String("compare"))
        return QStringLiteral(
            "usage: compute-atlas compare CHIP... [--baseline CHIP] [--format table|csv|json|xlsx|html|md|pdf] [-o FILE]\n"
            "                             [--lang en|zh_TW|zh_CN] [--charts ROW,... | --no-charts]\n"
            "The comparison table of the chips named (ids or aliases, any case): every metric with its unit, the ratio\n"
            "to the baseline (default: the first chip), the best of each row, the sources cited and notes.\n"
            "  --baseline CHIP   the chip ratios are taken against\n"
            "  --format F        table (default on a terminal), csv, json, xlsx, html, md or pdf; -o FILE.ext implies it\n"
            "  -o, --output FILE write to FILE (atomically) instead of standard output\n"
            "  --lang L          the language of headers and numbers in documents\n"
            "  --charts ROW,...  xlsx, pdf, html: bar charts of these rows only (keys as in csv's metric column,\n"
            "                    e.g. fp8_flops,memory_bandwidth); default: every row with a number\n"
            "  --no-charts       no charts\n");
    if (command == QLatin1String("export"))
        return QStringLiteral(
            "usage: compute-atlas export TABLE [--format csv|json|xlsx|html|md|pdf] [-o FILE] [--lang en|zh_TW|zh_CN]\n"
            "Writes one table of the database (bundled and user rows). csv and json keep raw SI numbers.\n"
            "  TABLE             one of the dataset's tables, e.g. chip, spec_claim, flow, deployment, source\n"
            "  --format F        csv (default), json, xlsx, html, md or pdf; -o FILE.ext implies it\n"
            "  -o, --output FILE write to FILE (atomically) instead of standard output\n"
            "  --lang L          the language of headers in documents\n");
    if (command == QLatin1String("db"))
        return QStringLiteral(
            "usage: compute-atlas db check [DATASET_DIR] | info | path | import FILE --table TABLE | export-user --table TABLE\n"
            "       [-o FILE] | reset --yes\n"
            "  check [DIR]       validate the bundled and user databases, or a dataset folder of CSV files\n"
            "  info              versions, row counts and where the user database is\n"
            "  path              the user database's path\n"
            "  import FILE       add a CSV file's rows to the user database: all of it or nothing, every problem\n"
            "                    listed as file:line:column: why\n"
            "  export-user       your own rows of one table (not the bundled ones) as CSV, to standard output or -o FILE;\n"
            "                    `db import` reads the file back\n"
            "  reset --yes       move your user database aside under a dated name (never deleted) and start again with\n"
            "                    the bundled data only; says where the old file went\n");
    return {};
}

QString versionText(const QString &datasetVersion)
{
    return QStringLiteral("compute-atlas %1 (dataset %2)").arg(QStringLiteral(ATLAS_VERSION), datasetVersion);
}

} // namespace

QStringList commandNames()
{
    return {QStringLiteral("chips"), QStringLiteral("compare"), QStringLiteral("export"), QStringLiteral("roofline"), QStringLiteral("trend"),
            QStringLiteral("roadmap"), QStringLiteral("deployments"), QStringLiteral("flows"), QStringLiteral("memory"), QStringLiteral("systems"),
            QStringLiteral("db")};
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
        if (a == QLatin1String("--view") || a == QLatin1String("--screenshot") || a == QLatin1String("--size") || a == QLatin1String("--import"))
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
    if ((rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) && !commandHelp(command).isEmpty()) {
        out << commandHelp(command);
        return ExitCode::Ok;
    }
    if (!language.isEmpty() && (command == QLatin1String("compare") || command == QLatin1String("export") || command == QLatin1String("roadmap")
                                 || command == QLatin1String("memory")))
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
        return runRooflineCommand(rest, session->catalog, loadSystems(session->store->databases()), io,
                                  loadRentalPrices(session->store->databases()));
    if (command == QLatin1String("compare"))
        return runCompareCommand(rest, session->catalog, loadSystems(session->store->databases()), io);
    if (command == QLatin1String("trend"))
        return runTrendCommand(rest, session->catalog, io);
    if (command == QLatin1String("roadmap"))
        return runRoadmapCommand(rest, session->catalog, io);
    if (command == QLatin1String("deployments"))
        return runDeploymentsCommand(rest, session->catalog, loadSystems(session->store->databases()), io);
    if (command == QLatin1String("flows"))
        return runFlowsCommand(rest, session->catalog, io);
    if (command == QLatin1String("memory"))
        return runMemoryCommand(rest, session->catalog, loadMemoryData(session->store->databases()), io);
    if (command == QLatin1String("systems"))
        return runSystemsCommand(rest, session->catalog, loadSystems(session->store->databases()), io,
                                 loadRentalPrices(session->store->databases()));
    return runExportCommand(rest, *session, io);
}

} // namespace Cli
