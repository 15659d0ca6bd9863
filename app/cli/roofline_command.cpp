#include "roofline_command.h"

#include "roofline_answers.h"
#include "roofline_output.h"
#include "roofline_request.h"
#include "roofline_systems.h"
#include "roofline_validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <cmath>
#include <functional>

namespace {

const char *const kUsage =
    "usage: compute-atlas roofline --chip CHIP [--chip CHIP ...] [--precision P | --weights-precision P]\n"
    "    [--kv-precision P] [--act-precision P] [--attention-precision P]\n"
    "    (--intensity X | --flops F --bytes B | --gemm M,N,K\n"
    "     | --model ID --phase prefill|decode [--batch B | --sweep-batch 1,2,4,...] (--context L | --prompt P)\n"
    "       [--tp N] [--ep N] [--pp N] [--dp-attention] [--accept K] [--frontier] [--target-tokens-per-user X])\n"
    "     | --model ID --input-tokens I --output-tokens O [--chunked-prefill C | --disaggregate] [the options above])\n"
    "    [--efficiency compute=X,memory=Y | --efficiency calibrated [--include-low-confidence]]\n"
    "    [--extra-tier NAME:CAPACITY_GB:BANDWIDTH_TBS [--weights-on NAME] [--kv-on NAME]]\n"
    "    [--price-per-hour USD | --price USD|catalog [--years N] [--power-price USD_PER_KWH] [--pue X]]\n"
    "    [--explain] [--format table|json|csv]\n"
    "       compute-atlas roofline --validate [--format table|json|csv]\n"
    "CHIP is an id or alias, or \"all\". P is one of fp64, tf32, bf16, fp8, fp6, fp4, int8 (default fp8, as in the\n"
    "window; a chip without an FP8 figure says so, pass --precision bf16 for it). --precision sets the weights. The KV\n"
    "cache, activations and collectives default to BF16 for BF16 (or wider) weights and FP8 for FP8 or narrower ones;\n"
    "attention's q.k and p.v matmuls to BF16. A narrower KV cache only when --kv-precision asks for it.\n"
    "--tp N splits every layer over N chips; --ep N spreads a mixture-of-experts model's experts over N chips\n"
    "(all-to-all dispatch and combine in each MoE layer); --dp-attention gives each chip of the group its own\n"
    "sequences, whole attention weights and only those sequences' KV cache. Collectives pay bytes over the scale-up\n"
    "link plus a per-message latency (1 us per hop); on MI300X's eight-GPU full mesh a smaller group uses only its\n"
    "own links. --pp N splits the layers over N pipeline stages, each on its own group: a chip holds 1/N of the\n"
    "weights and KV cache; a step runs M = min(batch, N) micro-batches, so decode idles (N - M)/N of each step (none\n"
    "once batch >= N) and prefill (N - 1)/(M + N - 1); each stage sends its activations to the next.\n"
    "A layout (max of tp and ep, times pp) wider than the chip's scale-up domain crosses the scale-out network of the\n"
    "chip's system (--system, else the first of its systems with a scale-out figure): the slowest link sets the pace,\n"
    "2 us per message (assumed); without such a figure it is refused.\n"
    "--input-tokens I --output-tokens O (in place of --phase) evaluates whole requests: prefill once, then O decode\n"
    "steps at the mean context; tokens/s count output tokens, input_tokens_per_s_per_chip the input. --accept K: the\n"
    "mean tokens accepted per decode step with multi-token prediction or speculative decoding (1 to 16).\n"
    "--chunked-prefill C: no separate prefill; each decode step also carries up to C prompt tokens of the requests\n"
    "replacing those that finish (batch x K x I / O keep it full); TTFT = ceil(I / C) steps. --disaggregate: prefill\n"
    "and decode on separate pools of the same layout, sized so neither waits; reports prefill chips per decode chip,\n"
    "tokens/s per chip over both pools and the TTFT with the KV cache moved to the decode pool. The frontier sweeps\n"
    "plain whole requests (tp, ep with dp attention, and pp within the domain).\n"
    "--frontier: each result gains the Pareto front of tokens/s per chip against tokens/s per user over batch and\n"
    "the layouts that fit; --target-tokens-per-user X picks the best point at or above X.\n"
    "--efficiency calibrated takes each chip's best gemm and stream measurements; those marked low-confidence only\n"
    "with --include-low-confidence.\n"
    "CAPACITY_GB is binary (1 GB = 2^30 bytes, as vendors print memory), BANDWIDTH_TBS decimal (1e12 bytes/s).\n"
    "A setup whose weights and KV cache do not fit has null time, tokens/s and costs, and min_chips says how many\n"
    "chips it needs.\n"
    "Defaults: batch 1, tp 1; owned chips written off over 4 years, PUE 1.2, USD 0.08/kWh; 10% of memory kept back.\n"
    "Ranges (outside them a result could overflow): --intensity 1e-6 to 1e9 FLOP/B; --flops 1 to 1e24; --bytes 1 to\n"
    "1e21; --gemm M, N and K 1 to 1e7 each; --batch 1 to 1,000,000 (--sweep-batch: at most 1,000 sizes); --context and\n"
    "--prompt 1 to 100,000,000 tokens; --tp and --ep 1 to 100,000; --pp 1 to 1,000 (and no more than the model's layers);\n"
    "--chunked-prefill 1 to 100,000,000 tokens; --efficiency 0.01 to 1; --extra-tier 0.001 to 1e9 GB and\n"
    "0.001 to 10,000 TB/s; --price-per-hour 0.001 to 1,000,000; --price 1 to 1e9; --years 0.1 to 50; --power-price 0\n"
    "to 100; --pue 1 to 5. A result that still comes out infinite or not a number is an error, never printed.\n";

// The key of the first number in `object` (or in its arrays and objects) that is infinite or NaN, else empty.
QString firstNonFiniteNumber(const QJsonObject &object)
{
    const std::function<QString(const QJsonValue &, const QString &)> find = [&find](const QJsonValue &v, const QString &key) -> QString {
        if (v.isDouble() && !std::isfinite(v.toDouble()))
            return key;
        if (v.isArray()) {
            const QJsonArray items = v.toArray();
            for (const QJsonValue &item : items)
                if (const QString k = find(item, key); !k.isEmpty())
                    return k;
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                if (const QString k = find(it.value(), it.key()); !k.isEmpty())
                    return k;
        }
        return {};
    };
    return find(object, QString());
}

} // namespace

QString rooflineErrorLine(const QString &message)
{
    return QStringLiteral("compute-atlas roofline: ") + message;
}

int runRooflineCommand(const QStringList &args, const Catalog &catalog, const QList<SystemSpec> &systems, CliIo io,
                       const QList<RentalPrice> &rentalPrices)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        io.out << kUsage << kRooflineSystemsUsage;
        return ExitCode::Ok;
    }
    auto taken = takeRooflineSystems(args, systems, rentalPrices);
    if (!taken) {
        io.err << rooflineErrorLine(taken.error) << '\n';
        return ExitCode::BadUsage;
    }
    auto request = parseRooflineRequest(taken->rest, catalog);
    if (!request) {
        io.err << rooflineErrorLine(request.error) << '\n';
        return ExitCode::BadUsage;
    }
    if (request->validate)
        return runRooflineValidation(catalog, request->format, io);
    // A system costs its own chip, which must be among the chips asked for; one system per chip.
    QSet<QString> costed;
    for (const SystemSpec *system : taken->systems) {
        bool asked = false;
        for (const Chip *chip : request->chips)
            asked |= chip->id == system->chipId;
        if (!asked) {
            io.err << rooflineErrorLine(QStringLiteral("system '%1' holds %2; add --chip %2").arg(system->id, system->chipId)) << '\n';
            return ExitCode::BadUsage;
        }
        if (costed.contains(system->chipId)) {
            io.err << rooflineErrorLine(QStringLiteral("give one --system per chip (two hold %1)").arg(system->chipId)) << '\n';
            return ExitCode::BadUsage;
        }
        costed.insert(system->chipId);
    }
    // The scale-out network each chip's layouts may cross beyond the scale-up domain: the system given for it, else
    // the first of its systems with a scale-out figure.
    for (const Chip *chip : request->chips) {
        const SystemSpec *from = nullptr;
        for (const SystemSpec *system : taken->systems)
            if (system->chipId == chip->id)
                from = system;
        for (const SystemSpec &system : systems)
            if (!from && system.chipId == chip->id && system.scaleoutBandwidth)
                from = &system;
        if (from && from->scaleoutBandwidth && *from->scaleoutBandwidth > 0)
            request->scenario.scaleOut.insert(chip->id, ScaleOutLink{from->id, *from->scaleoutBandwidth});
    }
    // Nothing is written until every chip has answered: a chip asked for by name that cannot is an error alone.
    auto answers = answerRooflineRequest(*request);
    if (!answers) {
        io.err << rooflineErrorLine(answers.error) << '\n';
        return ExitCode::BadUsage;
    }
    for (const QJsonObject &result : answers->results) {
        if (const QString field = firstNonFiniteNumber(result); !field.isEmpty()) {
            io.err << rooflineErrorLine(QStringLiteral("the %1 for %2 is not a finite number: these inputs are outside what the "
                                                       "calculator can represent together; see roofline --help for the ranges")
                                            .arg(field, result.value(QStringLiteral("chip")).toString()))
                   << '\n';
            return ExitCode::Failure;
        }
    }
    // --tco without --system: every chip asked for in its default system.
    QList<SystemSpec> chosen;
    for (const SystemSpec *system : taken->systems)
        chosen << *system;
    if (chosen.isEmpty() && !taken->tco.isEmpty())
        for (const Chip *chip : request->chips)
            chosen << defaultSystemFor(*chip, systems);
    if (taken->tco == QLatin1String("rental")) {
        QStringList costedChips;
        for (const SystemSpec &system : chosen)
            costedChips << system.chipId;
        const auto rented = resolveRentalPrices(taken->rentalPriceChoices, costedChips, rentalPrices);
        if (!rented) {
            io.err << rooflineErrorLine(rented.error) << '\n';
            return ExitCode::BadUsage;
        }
        taken->rentalByChip = *rented;
    }
    // A model that does not fit one chip is split over the fewest chips that hold it (tensor parallel), when no --tp
    // is given and they fit in the system's scale-up domain: that is how the system would serve it. The result says so.
    if (!taken->tco.isEmpty() && request->scenario.workload == WorkloadKind::Llm && !taken->rest.contains(QLatin1String("--tp"))) {
        for (const SystemSpec &system : chosen) {
            QList<qsizetype> at;
            int minChips = 0;
            for (qsizetype i = 0; i < answers->results.size(); ++i) {
                const QJsonObject &r = answers->results.at(i);
                if (r.value(QStringLiteral("chip")).toString() != system.chipId)
                    continue;
                at << i;
                if (!r.value(QStringLiteral("fits")).toBool(true))
                    minChips = std::max(minChips, r.value(QStringLiteral("min_chips")).toInt());
            }
            if (minChips < 2 || minChips > system.scaleupDomain.value_or(system.accelerators))
                continue;
            RooflineRequest split = *request;
            split.chips.clear();
            for (const Chip *chip : request->chips)
                if (chip->id == system.chipId)
                    split.chips << chip;
            split.scenario.inference.tensorParallel = minChips;
            const auto again = answerRooflineRequest(split);
            if (!again || again->results.size() != at.size())
                continue;
            for (qsizetype k = 0; k < at.size(); ++k) {
                QJsonObject r = again->results.at(k);
                r.insert(QStringLiteral("tp_from"), QStringLiteral("min_chips within the system's scale-up domain"));
                answers->results[at.at(k)] = r;
            }
        }
    }
    for (QJsonObject &result : answers->results)
        for (const SystemSpec &system : chosen)
            if (result.value(QStringLiteral("chip")).toString() == system.chipId) {
                const QJsonValue tps = result.value(QStringLiteral("tokens_per_s_per_chip"));
                result.insert(QStringLiteral("system"), rooflineSystemJson(system, catalog, *taken,
                                                                           tps.isDouble() ? std::optional<double>(tps.toDouble()) : std::nullopt));
            }
    writeRooflineAnswers(*answers, *request, io);
    return ExitCode::Ok;
}
