#include "roofline_request.h"

#include "cli_args.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
constexpr int kMaxTokens = 100'000'000;
constexpr int kMaxBatch = 1'000'000;
constexpr int kMaxSweep = 1000;

QString join(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
}

std::optional<int> positiveCount(const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v <= 0)
        return std::nullopt;
    return v;
}

// A number inside the range the calculator is meant for (stated in `roofline --help`): outside it a finite input
// can still overflow a result to infinity or NaN (--gemm 1e200,1e200,1e200, --years 5e-324).
std::optional<double> numberIn(const QString &text, double min, double max)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < min || v > max)
        return std::nullopt;
    return v;
}

std::optional<int> countIn(const QString &text, int max)
{
    const auto n = positiveCount(text);
    return n && *n <= max ? n : std::nullopt;
}

std::optional<Precision> precisionArg(const QString &text, QString *error, const char *flag)
{
    const auto p = precisionFromKey(text);
    if (!p)
        *error = QStringLiteral("%1: '%2' is not a precision; use one of %3")
                     .arg(QLatin1String(flag), text, precisionKeys().join(QStringLiteral(", ")));
    return p;
}

// Everything the command line says, checked in the order a reader fixes it; the first problem found comes back.
std::optional<QString> readRequest(const QStringList &args, const Catalog &catalog, RooflineRequest &o)
{
    QString error;
    const CliArgs::Spec spec{
        QStringLiteral("roofline"),
        {QStringLiteral("--chip"), QStringLiteral("--precision"), QStringLiteral("--weights-precision"), QStringLiteral("--kv-precision"),
         QStringLiteral("--act-precision"), QStringLiteral("--attention-precision"), QStringLiteral("--intensity"),
         QStringLiteral("--flops"), QStringLiteral("--bytes"), QStringLiteral("--gemm"), QStringLiteral("--model"),
         QStringLiteral("--phase"), QStringLiteral("--batch"), QStringLiteral("--context"), QStringLiteral("--prompt"),
         QStringLiteral("--tp"), QStringLiteral("--ep"), QStringLiteral("--pp"), QStringLiteral("--chunked-prefill"), QStringLiteral("--sweep-batch"), QStringLiteral("--input-tokens"),
         QStringLiteral("--output-tokens"), QStringLiteral("--accept"), QStringLiteral("--target-tokens-per-user"), QStringLiteral("--efficiency"), QStringLiteral("--extra-tier"),
         QStringLiteral("--weights-on"), QStringLiteral("--kv-on"), QStringLiteral("--price-per-hour"), QStringLiteral("--price"),
         QStringLiteral("--years"), QStringLiteral("--power-price"), QStringLiteral("--pue"), QStringLiteral("--format")},
        {QStringLiteral("--explain"), QStringLiteral("--validate"), QStringLiteral("--include-low-confidence"), QStringLiteral("--dp-attention"),
         QStringLiteral("--frontier"), QStringLiteral("--disaggregate")},
        -1};
    const auto a = CliArgs::parse(args, spec, &error);
    if (!a)
        return error.section(QStringLiteral(": "), 1, -1); // the caller adds "roofline: "

    const QString format = a->value(QStringLiteral("--format"), QStringLiteral("table"));
    if (format == QLatin1String("table"))
        o.format = RooflineFormat::Table;
    else if (format == QLatin1String("json"))
        o.format = RooflineFormat::Json;
    else if (format == QLatin1String("csv"))
        o.format = RooflineFormat::Csv;
    else
        return invalidChoice(QStringLiteral("format"), format, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
    o.explain = a->has(QStringLiteral("--explain"));

    if (a->has(QStringLiteral("--validate"))) {
        for (const QString &other : spec.valueOptions + spec.flags)
            if (other != QLatin1String("--validate") && other != QLatin1String("--format") && a->has(other))
                return QStringLiteral("--validate takes only --format; drop %1").arg(other);
        if (!a->positional().isEmpty())
            return QStringLiteral("--validate takes only --format; drop '%1'").arg(a->positional().first());
        o.validate = true;
        return std::nullopt;
    }

    // Chips: repeated --chip, comma lists, and words after --chip (DESIGN §6 writes "--chip CHIP...").
    QStringList names;
    for (const QString &v : a->values(QStringLiteral("--chip")) + a->positional())
        for (const QString &n : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << n.trimmed();
    if (names.isEmpty())
        return QStringLiteral("give a chip with --chip CHIP (or --chip all); known: %1").arg(join(catalog.chipIds()));
    for (const QString &n : names) {
        if (n.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            o.allChips = true;
            continue;
        }
        const Chip *chip = catalog.findChip(n);
        if (!chip)
            return QStringLiteral("unknown chip '%1'; known: %2").arg(n, join(catalog.chipIds()));
        if (!o.chips.contains(chip))
            o.chips << chip;
    }
    if (o.allChips) {
        o.chips.clear();
        for (const Chip &c : catalog.chips())
            o.chips << &c;
    }

    RooflineScenario &s = o.scenario;
    s.precision = defaultRooflinePrecision; // the window's default too
    // The weights' precision (--precision is its older name); the KV cache, activations and attention follow the
    // engine's serving defaults (InferenceConfig) unless named.
    if (a->has(QStringLiteral("--precision")) && a->has(QStringLiteral("--weights-precision")))
        return QStringLiteral("give --weights-precision P or --precision P (the same thing), not both");
    for (const char *flag : {"--precision", "--weights-precision"}) {
        if (!a->has(QLatin1String(flag)))
            continue;
        const auto p = precisionArg(a->value(QLatin1String(flag)), &error, flag);
        if (!p)
            return error;
        s.precision = *p;
    }
    for (const auto &[flag, target] : {std::pair{"--kv-precision", &s.inference.kvPrecision},
                                       std::pair{"--act-precision", &s.inference.activationPrecision},
                                       std::pair{"--attention-precision", &s.inference.attentionPrecision}}) {
        if (!a->has(QLatin1String(flag)))
            continue;
        const auto p = precisionArg(a->value(QLatin1String(flag)), &error, flag);
        if (!p)
            return error;
        *target = *p;
    }

    // The workload: exactly one kind.
    int kinds = 0;
    if (a->has(QStringLiteral("--intensity"))) {
        ++kinds;
        s.workload = WorkloadKind::Intensity;
        const auto v = numberIn(a->value(QStringLiteral("--intensity")), 1e-6, 1e9);
        if (!v)
            return QStringLiteral("--intensity needs a number of FLOP per byte from 1e-6 to 1e9, e.g. --intensity 10");
        s.intensity = *v;
    }
    if (a->has(QStringLiteral("--flops")) || a->has(QStringLiteral("--bytes"))) {
        ++kinds;
        s.workload = WorkloadKind::FlopsBytes;
        const auto f = numberIn(a->value(QStringLiteral("--flops")), 1, 1e24);
        const auto b = numberIn(a->value(QStringLiteral("--bytes")), 1, 1e21);
        if (!f || !b)
            return QStringLiteral("--flops and --bytes go together: FLOPs from 1 to 1e24 and bytes from 1 to 1e21, e.g. --flops 1e12 --bytes 4e9");
        s.flops = *f;
        s.bytes = *b;
    }
    if (a->has(QStringLiteral("--gemm"))) {
        ++kinds;
        s.workload = WorkloadKind::Gemm;
        const QStringList parts = a->value(QStringLiteral("--gemm")).split(QRegularExpression(QStringLiteral("[,xX]")));
        std::optional<double> m, n, k;
        if (parts.size() == 3) {
            m = numberIn(parts[0], 1, 1e7);
            n = numberIn(parts[1], 1, 1e7);
            k = numberIn(parts[2], 1, 1e7);
        }
        if (!m || !n || !k)
            return QStringLiteral("--gemm needs M,N,K as three numbers from 1 to 1e7, e.g. --gemm 8192,8192,8192");
        s.gemm = GemmShape{*m, *n, *k};
    }
    if (a->has(QStringLiteral("--model"))) {
        ++kinds;
        s.workload = WorkloadKind::Llm;
        const LlmModel *model = catalog.findLlmModel(a->value(QStringLiteral("--model")));
        if (!model)
            return QStringLiteral("unknown model '%1'; known: %2").arg(a->value(QStringLiteral("--model")), join(catalog.llmModelIds()));
        s.model = *model;
    }
    if (kinds == 0)
        return QStringLiteral("give a workload: --intensity X, --flops F --bytes B, --gemm M,N,K, or --model ID "
                              "--phase prefill|decode --batch B (--context L | --prompt P)");
    if (kinds > 1)
        return QStringLiteral("give one workload: --intensity, --flops/--bytes, --gemm or --model, not several");

    const bool model = s.workload == WorkloadKind::Llm;
    o.measurements = catalog.measurements();
    o.validation = validateMeasurements(catalog.chips(), o.measurements); // once for every result's expected figure
    for (const char *flag : {"--phase", "--batch", "--context", "--prompt", "--tp", "--ep", "--pp", "--chunked-prefill", "--disaggregate", "--dp-attention", "--sweep-batch",
                             "--input-tokens", "--output-tokens", "--accept", "--frontier", "--target-tokens-per-user", "--weights-on", "--kv-on",
                             "--price-per-hour", "--price", "--years", "--power-price", "--pue", "--kv-precision",
                             "--act-precision", "--attention-precision"})
        if (!model && a->has(QLatin1String(flag)))
            return QStringLiteral("%1 applies to --model workloads only").arg(QLatin1String(flag));

    const bool wholeRequest = a->has(QStringLiteral("--input-tokens")) || a->has(QStringLiteral("--output-tokens"));
    if (model && wholeRequest) {
        for (const char *flag : {"--phase", "--context", "--prompt"})
            if (a->has(QLatin1String(flag)))
                return QStringLiteral("--input-tokens and --output-tokens describe whole requests; drop %1").arg(QLatin1String(flag));
        const auto in = countIn(a->value(QStringLiteral("--input-tokens")), kMaxTokens);
        const auto out = countIn(a->value(QStringLiteral("--output-tokens")), kMaxTokens);
        if (!in || !out)
            return QStringLiteral("--input-tokens and --output-tokens go together, each a whole number of tokens from 1 to 100,000,000, "
                                  "e.g. --input-tokens 1024 --output-tokens 1024");
        o.inputTokens = *in;
        o.outputTokens = *out;
        // The step shown is the decode step at the mean context; the request's figures are added beside it.
        s.inference.phase = InferencePhase::Decode;
        s.inference.context = *in + (*out + 1) / 2;
    }
    if (model) {
        const QString phase = wholeRequest ? QStringLiteral("request") : a->value(QStringLiteral("--phase"));
        if (phase == QLatin1String("request")) {
        } else if (phase == QLatin1String("decode"))
            s.inference.phase = InferencePhase::Decode;
        else if (phase == QLatin1String("prefill"))
            s.inference.phase = InferencePhase::Prefill;
        else if (phase.isEmpty())
            return QStringLiteral("--model needs --phase decode (with --context L) or --phase prefill (with --prompt P)");
        else
            return invalidChoice(QStringLiteral("phase"), phase, {QStringLiteral("prefill"), QStringLiteral("decode")});

        if (wholeRequest) {
        } else if (s.inference.phase == InferencePhase::Decode) {
            if (a->has(QStringLiteral("--prompt")))
                return QStringLiteral("decode takes --context L (tokens already in the cache), not --prompt");
            const auto c = countIn(a->value(QStringLiteral("--context")), kMaxTokens);
            if (!c)
                return QStringLiteral("decode needs --context L, a whole number of tokens from 1 to 100,000,000, e.g. --context 4096");
            s.inference.context = *c;
        } else {
            if (a->has(QStringLiteral("--context")))
                return QStringLiteral("prefill takes --prompt P (prompt tokens), not --context");
            const auto p = countIn(a->value(QStringLiteral("--prompt")), kMaxTokens);
            if (!p)
                return QStringLiteral("prefill needs --prompt P, a whole number of tokens from 1 to 100,000,000, e.g. --prompt 2048");
            s.inference.prompt = *p;
        }

        if (a->has(QStringLiteral("--batch")) && a->has(QStringLiteral("--sweep-batch")))
            return QStringLiteral("give --batch B or --sweep-batch B1,B2,..., not both");
        if (a->has(QStringLiteral("--batch"))) {
            const auto b = countIn(a->value(QStringLiteral("--batch")), kMaxBatch);
            if (!b)
                return QStringLiteral("--batch needs a whole number of sequences from 1 to 1,000,000, e.g. --batch 32");
            o.batches = {*b};
        }
        if (a->has(QStringLiteral("--sweep-batch"))) {
            o.sweep = true;
            o.batches.clear();
            const QStringList parts = a->value(QStringLiteral("--sweep-batch")).split(QLatin1Char(','));
            // Each batch is a full evaluation with its operator breakdown: 20,000 of them took a minute and 3.7 GB.
            if (parts.size() > kMaxSweep)
                return QStringLiteral("--sweep-batch takes at most %1 batch sizes, not %2").arg(kMaxSweep).arg(parts.size());
            for (const QString &part : parts) {
                const auto b = countIn(part, kMaxBatch);
                if (!b)
                    return QStringLiteral("--sweep-batch needs whole numbers from 1 to 1,000,000 separated by commas, e.g. --sweep-batch 1,8,64");
                o.batches << *b;
            }
        }
        if (a->has(QStringLiteral("--tp"))) {
            const auto n = countIn(a->value(QStringLiteral("--tp")), 100000);
            if (!n)
                return QStringLiteral("--tp needs a whole number of chips from 1 to 100,000, e.g. --tp 8");
            s.inference.tensorParallel = *n;
        }
        if (a->has(QStringLiteral("--ep"))) {
            const auto n = countIn(a->value(QStringLiteral("--ep")), 100000);
            if (!n)
                return QStringLiteral("--ep needs a whole number of chips from 1 to 100,000, e.g. --ep 8");
            if (*n > 1 && !s.model.isMoe())
                return QStringLiteral("--ep applies to mixture-of-experts models; %1 is dense").arg(s.model.id);
            s.inference.expertParallel = *n;
        }
        if (a->has(QStringLiteral("--pp"))) {
            const auto n = countIn(a->value(QStringLiteral("--pp")), 1000);
            if (!n)
                return QStringLiteral("--pp needs a whole number of pipeline stages from 1 to 1,000, e.g. --pp 4");
            if (*n > s.model.layers)
                return QStringLiteral("--pp %1 is more stages than %2's %3 layers").arg(*n).arg(s.model.id).arg(s.model.layers);
            s.inference.pipelineParallel = *n;
        }
        for (const char *flag : {"--chunked-prefill", "--disaggregate"})
            if (a->has(QLatin1String(flag)) && !wholeRequest)
                return QStringLiteral("%1 applies to whole requests: add --input-tokens I --output-tokens O").arg(QLatin1String(flag));
        if (a->has(QStringLiteral("--chunked-prefill")) && a->has(QStringLiteral("--disaggregate")))
            return QStringLiteral("give --chunked-prefill C (prefill inside the decode steps) or --disaggregate (prefill on its own chips), not both");
        if (a->has(QStringLiteral("--chunked-prefill"))) {
            const auto c = countIn(a->value(QStringLiteral("--chunked-prefill")), kMaxTokens);
            if (!c)
                return QStringLiteral("--chunked-prefill needs the prompt tokens each decode step carries, a whole number from 1 to 100,000,000, "
                                      "e.g. --chunked-prefill 512");
            o.chunkedPrefill = *c;
        }
        o.disaggregate = a->has(QStringLiteral("--disaggregate"));
        s.inference.dpAttention = a->has(QStringLiteral("--dp-attention"));
        o.frontier = a->has(QStringLiteral("--frontier")) || a->has(QStringLiteral("--target-tokens-per-user"));
        if (o.frontier && s.inference.phase == InferencePhase::Prefill)
            return QStringLiteral("--frontier applies to decode (--phase decode or whole requests)");
        if (a->has(QStringLiteral("--target-tokens-per-user"))) {
            const auto x = numberIn(a->value(QStringLiteral("--target-tokens-per-user")), 0.001, 1e6);
            if (!x)
                return QStringLiteral("--target-tokens-per-user needs tokens per second per user from 0.001 to 1,000,000, e.g. 50");
            o.targetTokensPerUser = *x;
        }
        if (a->has(QStringLiteral("--accept"))) {
            const auto k = numberIn(a->value(QStringLiteral("--accept")), 1, 16);
            if (!k)
                return QStringLiteral("--accept needs the mean tokens accepted per decode step, from 1 to 16, e.g. --accept 1.8");
            if (s.inference.phase == InferencePhase::Prefill)
                return QStringLiteral("--accept applies to decode (--phase decode or whole requests)");
            s.inference.acceptedTokens = *k;
        }
        const int group = std::max(s.inference.tensorParallel, s.inference.expertParallel);
        if (s.inference.dpAttention && group < 2)
            return QStringLiteral("--dp-attention needs a group of chips: --ep N or --tp N with N of 2 or more");
        if (s.inference.tensorParallel > 1 && s.inference.expertParallel > 1 && s.inference.tensorParallel != s.inference.expertParallel)
            return QStringLiteral("--tp and --ep share one group of chips: give them the same number, or one of them");
        if (s.inference.expertParallel > 1 && s.inference.tensorParallel == 1 && !s.inference.dpAttention)
            return QStringLiteral("--ep %1 needs --dp-attention (each chip serves its own sequences) or --tp %1").arg(s.inference.expertParallel);
    }

    if (a->has(QStringLiteral("--efficiency"))) {
        const QString text = a->value(QStringLiteral("--efficiency"));
        if (text == QLatin1String("calibrated")) {
            s.calibrationMeasurements = catalog.measurements();
            s.calibrationIncludesLowConfidence = a->has(QStringLiteral("--include-low-confidence"));
        } else {
            const QString fix = QStringLiteral("--efficiency takes compute=X,memory=Y with each from 0.01 to 1, or 'calibrated'");
            for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
                const auto v = numberIn(part.section(QLatin1Char('='), 1), 0.01, 1);
                if (!v)
                    return fix;
                if (key == QLatin1String("compute"))
                    s.efficiency.compute = *v;
                else if (key == QLatin1String("memory"))
                    s.efficiency.memory = *v;
                else
                    return fix;
            }
        }
    }

    if (a->has(QStringLiteral("--include-low-confidence")) && !s.calibrationMeasurements)
        return QStringLiteral("--include-low-confidence applies to --efficiency calibrated");

    std::optional<MemoryTier> extraTier;
    if (a->has(QStringLiteral("--extra-tier"))) {
        const QStringList parts = a->value(QStringLiteral("--extra-tier")).split(QLatin1Char(':'));
        std::optional<double> capacity, bandwidth;
        if (parts.size() == 3) {
            capacity = numberIn(parts[1], 0.001, 1e9);
            bandwidth = numberIn(parts[2], 0.001, 1e4);
        }
        const QString name = parts.value(0).trimmed();
        if (!capacity || !bandwidth || name.isEmpty())
            return QStringLiteral("--extra-tier needs NAME:CAPACITY_GB:BANDWIDTH_TBS with a capacity from 0.001 to 1e9 GB and a "
                                  "bandwidth from 0.001 to 10,000 TB/s, e.g. --extra-tier hbf:4096:1.6");
        if (name.compare(QLatin1String("hbm"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("--extra-tier: 'hbm' is the chip's own memory; name the extra tier something else");
        extraTier = MemoryTier{name, *capacity * GiB, *bandwidth * 1e12};
    }
    // The weights and the KV cache stay in HBM unless --weights-on / --kv-on name the extra tier.
    bool weightsOnExtraTier = false, kvOnExtraTier = false;
    for (const auto &[flag, onExtraTier] : {std::pair{"--weights-on", &weightsOnExtraTier}, std::pair{"--kv-on", &kvOnExtraTier}}) {
        if (!a->has(QLatin1String(flag)))
            continue;
        const QString name = a->value(QLatin1String(flag));
        QStringList tiers{QStringLiteral("hbm")};
        if (extraTier)
            tiers << extraTier->name;
        bool known = false;
        for (const QString &t : tiers)
            known |= name.compare(t, Qt::CaseInsensitive) == 0;
        if (!known)
            return QStringLiteral("%1: no memory tier '%2'; tiers: %3 (add one with --extra-tier NAME:CAPACITY_GB:BANDWIDTH_TBS)")
                .arg(QLatin1String(flag), name, tiers.join(QStringLiteral(", ")));
        *onExtraTier = extraTier && name.compare(extraTier->name, Qt::CaseInsensitive) == 0;
    }
    if (model && extraTier && !a->has(QStringLiteral("--weights-on")) && !a->has(QStringLiteral("--kv-on")))
        return QStringLiteral("--extra-tier with --model needs --weights-on %1 or --kv-on %1 to put something on it")
            .arg(extraTier->name);
    if (extraTier) {
        const TierUse holds = weightsOnExtraTier && kvOnExtraTier ? TierUse::WeightsAndKvCache
            : weightsOnExtraTier                                  ? TierUse::Weights
            : kvOnExtraTier                                       ? TierUse::KvCache
                                                                  : TierUse::Nothing;
        s.extraTier = WhatIfTier{*extraTier, holds};
    }

    // Prices. Without one there are no costs at all, and a chip's price estimate is used only when asked for.
    s.includeCosts = false;
    s.catalogPrices = false;
    const bool rental = a->has(QStringLiteral("--price-per-hour"));
    const bool bought = a->has(QStringLiteral("--price"));
    if (rental && bought)
        return QStringLiteral("give --price-per-hour USD (rented) or --price USD (bought), not both");
    if (rental) {
        for (const char *flag : {"--years", "--power-price", "--pue"})
            if (a->has(QLatin1String(flag)))
                return QStringLiteral("%1 applies to --price (a rental price already covers power and write-off)").arg(QLatin1String(flag));
        const auto v = numberIn(a->value(QStringLiteral("--price-per-hour")), 0.001, 1e6);
        if (!v)
            return QStringLiteral("--price-per-hour needs USD per chip-hour from 0.001 to 1,000,000, e.g. --price-per-hour 2.5");
        s.cost.rentalUsdPerHour = *v;
        s.includeCosts = true;
    } else if (bought) {
        const QString price = a->value(QStringLiteral("--price"));
        if (price == QLatin1String("catalog")) {
            s.catalogPrices = true;
        } else {
            const auto v = numberIn(price, 1, 1e9);
            if (!v)
                return QStringLiteral("--price needs USD per chip from 1 to 1e9 (or 'catalog' for the dataset's estimate), e.g. --price 30000");
            s.cost.priceUsd = *v;
        }
        if (a->has(QStringLiteral("--years"))) {
            const auto v = numberIn(a->value(QStringLiteral("--years")), 0.1, 50);
            if (!v)
                return QStringLiteral("--years needs a number of years from 0.1 to 50, e.g. --years 4");
            s.cost.years = *v;
        }
        if (a->has(QStringLiteral("--power-price"))) {
            const auto v = numberIn(a->value(QStringLiteral("--power-price")), 0, 100);
            if (!v)
                return QStringLiteral("--power-price needs USD per kWh from 0 to 100, e.g. --power-price 0.08");
            s.cost.electricityUsdPerKWh = *v;
        }
        if (a->has(QStringLiteral("--pue"))) {
            const auto v = numberIn(a->value(QStringLiteral("--pue")), 1, 5);
            if (!v)
                return QStringLiteral("--pue needs a number from 1 to 5, e.g. --pue 1.2");
            s.cost.pue = *v;
        }
        s.includeCosts = true;
    } else {
        for (const char *flag : {"--years", "--power-price", "--pue"})
            if (a->has(QLatin1String(flag)))
                return QStringLiteral("%1 needs --price USD (the chip's purchase price)").arg(QLatin1String(flag));
    }
    return std::nullopt;
}

} // namespace

ValueOrError<RooflineRequest> parseRooflineRequest(const QStringList &args, const Catalog &catalog)
{
    RooflineRequest request;
    if (const auto error = readRequest(args, catalog, request))
        return ValueOrError<RooflineRequest>::failure(*error);
    return request;
}
