#include "roofline_command.h"

#include "roofline_answers.h"
#include "roofline_output.h"
#include "roofline_request.h"
#include "roofline_validation.h"

namespace {

const char *const kUsage =
    "usage: compute-atlas roofline --chip CHIP [--chip CHIP ...] [--precision P] [--kv-precision P]\n"
    "    (--intensity X | --flops F --bytes B | --gemm M,N,K\n"
    "     | --model ID --phase prefill|decode [--batch B | --sweep-batch 1,2,4,...] (--context L | --prompt P) [--tp N])\n"
    "    [--efficiency compute=X,memory=Y | --efficiency calibrated]\n"
    "    [--extra-tier NAME:CAPACITY_GB:BANDWIDTH_TBS [--weights-on NAME] [--kv-on NAME]]\n"
    "    [--price-per-hour USD | --price USD|catalog [--years N] [--power-price USD_PER_KWH] [--pue X]]\n"
    "    [--explain] [--format table|json|csv]\n"
    "       compute-atlas roofline --validate [--format table|json|csv]\n"
    "CHIP is an id or alias, or \"all\". P is one of fp64, tf32, bf16, fp8, fp6, fp4, int8 (default fp8, as in the\n"
    "window; a chip without an FP8 figure says so, pass --precision bf16 for it; the KV cache defaults to the same).\n"
    "CAPACITY_GB is binary (1 GB = 2^30 bytes, as vendors print memory), BANDWIDTH_TBS decimal (1e12 bytes/s).\n"
    "A setup whose weights and KV cache do not fit has null time, tokens/s and costs, and min_chips says how many\n"
    "chips it needs.\n"
    "Defaults: batch 1, tp 1; owned chips written off over 4 years, PUE 1.2, USD 0.08/kWh; 10% of memory kept back.\n";

} // namespace

QString rooflineErrorLine(const QString &message)
{
    return QStringLiteral("compute-atlas roofline: ") + message;
}

int runRooflineCommand(const QStringList &args, const Catalog &catalog, CliIo io)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        io.out << kUsage;
        return ExitCode::Ok;
    }
    const auto request = parseRooflineRequest(args, catalog);
    if (!request) {
        io.err << rooflineErrorLine(request.error) << '\n';
        return ExitCode::BadUsage;
    }
    if (request->validate)
        return runRooflineValidation(catalog, request->format, io);
    // Nothing is written until every chip has answered: a chip asked for by name that cannot is an error alone.
    const auto answers = answerRooflineRequest(*request);
    if (!answers) {
        io.err << rooflineErrorLine(answers.error) << '\n';
        return ExitCode::BadUsage;
    }
    writeRooflineAnswers(*answers, *request, io);
    return ExitCode::Ok;
}
