#include "roofline_command.h"

#include "calibration.h"
#include "cli_args.h"
#include "data_table.h"
#include "economics.h"
#include "explain.h"
#include "llm_inference.h"
#include "roofline.h"
#include "table_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

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
    "CHIP is an id or alias, or \"all\". P is one of fp64, tf32, bf16, fp8, fp6, fp4, int8 (default bf16; the KV cache\n"
    "defaults to the same). CAPACITY_GB is binary (GiB, the dataset's convention), BANDWIDTH_TBS decimal (1e12 B/s).\n"
    "Defaults: batch 1, tp 1; owned chips written off over 4 years, PUE 1.2, USD 0.08/kWh; 10% of memory kept back.\n";

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

enum class Workload { None, Intensity, FlopsBytes, Gemm, Model };
enum class Format { Table, Json, Csv };

struct Options {
    QList<const Chip *> chips;
    bool allChips = false;
    Precision precision = Precision::BF16;
    Precision kvPrecision = Precision::BF16;

    Workload workload = Workload::None;
    double intensity = 0;
    double flops = 0, bytes = 0;
    GemmShape gemm;
    const LlmModel *model = nullptr;
    InferencePhase phase = InferencePhase::Decode;
    QList<int> batches{1};
    bool sweep = false;
    int context = 0, prompt = 0, tp = 1;

    Efficiency efficiency;
    bool calibrated = false;
    std::optional<MemoryTier> extraTier;
    QString weightsOn = QStringLiteral("hbm"), kvOn = QStringLiteral("hbm");

    bool economics = false;
    bool priceFromCatalog = false;
    CostAssumptions cost;

    bool explain = false;
    bool validate = false;
    Format format = Format::Table;
};

QString join(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
}

std::optional<double> positiveNumber(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v) || v <= 0)
        return std::nullopt;
    return v;
}

std::optional<int> positiveCount(const QString &text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v <= 0)
        return std::nullopt;
    return v;
}

std::optional<Precision> precisionArg(const QString &text, QString *error, const char *flag)
{
    const auto p = precisionFromKey(text);
    if (!p)
        *error = QStringLiteral("%1: '%2' is not a precision; use one of %3")
                     .arg(QLatin1String(flag), text, precisionKeys().join(QStringLiteral(", ")));
    return p;
}

// Everything the command line says, checked; the first problem found comes back as one line naming the fix.
std::optional<QString> parseOptions(const QStringList &args, const Catalog &catalog, Options &o)
{
    QString error;
    const CliArgs::Spec spec{
        QStringLiteral("roofline"),
        {QStringLiteral("--chip"), QStringLiteral("--precision"), QStringLiteral("--kv-precision"), QStringLiteral("--intensity"),
         QStringLiteral("--flops"), QStringLiteral("--bytes"), QStringLiteral("--gemm"), QStringLiteral("--model"),
         QStringLiteral("--phase"), QStringLiteral("--batch"), QStringLiteral("--context"), QStringLiteral("--prompt"),
         QStringLiteral("--tp"), QStringLiteral("--sweep-batch"), QStringLiteral("--efficiency"), QStringLiteral("--extra-tier"),
         QStringLiteral("--weights-on"), QStringLiteral("--kv-on"), QStringLiteral("--price-per-hour"), QStringLiteral("--price"),
         QStringLiteral("--years"), QStringLiteral("--power-price"), QStringLiteral("--pue"), QStringLiteral("--format")},
        {QStringLiteral("--explain"), QStringLiteral("--validate")},
        -1};
    const auto a = CliArgs::parse(args, spec, &error);
    if (!a)
        return error.section(QStringLiteral(": "), 1, -1); // the caller adds "roofline: "

    const QString format = a->value(QStringLiteral("--format"), QStringLiteral("table"));
    if (format == QLatin1String("table"))
        o.format = Format::Table;
    else if (format == QLatin1String("json"))
        o.format = Format::Json;
    else if (format == QLatin1String("csv"))
        o.format = Format::Csv;
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

    if (a->has(QStringLiteral("--precision"))) {
        const auto p = precisionArg(a->value(QStringLiteral("--precision")), &error, "--precision");
        if (!p)
            return error;
        o.precision = *p;
    }
    o.kvPrecision = o.precision;
    if (a->has(QStringLiteral("--kv-precision"))) {
        const auto p = precisionArg(a->value(QStringLiteral("--kv-precision")), &error, "--kv-precision");
        if (!p)
            return error;
        o.kvPrecision = *p;
    }

    // The workload: exactly one kind.
    int kinds = 0;
    if (a->has(QStringLiteral("--intensity"))) {
        ++kinds;
        o.workload = Workload::Intensity;
        const auto v = positiveNumber(a->value(QStringLiteral("--intensity")));
        if (!v)
            return QStringLiteral("--intensity needs a positive number of FLOP per byte, e.g. --intensity 10");
        o.intensity = *v;
    }
    if (a->has(QStringLiteral("--flops")) || a->has(QStringLiteral("--bytes"))) {
        ++kinds;
        o.workload = Workload::FlopsBytes;
        const auto f = positiveNumber(a->value(QStringLiteral("--flops")));
        const auto b = positiveNumber(a->value(QStringLiteral("--bytes")));
        if (!f || !b)
            return QStringLiteral("--flops and --bytes go together, each a positive number, e.g. --flops 1e12 --bytes 4e9");
        o.flops = *f;
        o.bytes = *b;
    }
    if (a->has(QStringLiteral("--gemm"))) {
        ++kinds;
        o.workload = Workload::Gemm;
        const QStringList parts = a->value(QStringLiteral("--gemm")).split(QRegularExpression(QStringLiteral("[,xX]")));
        std::optional<double> m, n, k;
        if (parts.size() == 3) {
            m = positiveNumber(parts[0]);
            n = positiveNumber(parts[1]);
            k = positiveNumber(parts[2]);
        }
        if (!m || !n || !k)
            return QStringLiteral("--gemm needs M,N,K as three positive numbers, e.g. --gemm 8192,8192,8192");
        o.gemm = GemmShape{*m, *n, *k};
    }
    if (a->has(QStringLiteral("--model"))) {
        ++kinds;
        o.workload = Workload::Model;
        o.model = catalog.findLlmModel(a->value(QStringLiteral("--model")));
        if (!o.model)
            return QStringLiteral("unknown model '%1'; known: %2").arg(a->value(QStringLiteral("--model")), join(catalog.llmModelIds()));
    }
    if (kinds == 0)
        return QStringLiteral("give a workload: --intensity X, --flops F --bytes B, --gemm M,N,K, or --model ID "
                              "--phase prefill|decode --batch B (--context L | --prompt P)");
    if (kinds > 1)
        return QStringLiteral("give one workload: --intensity, --flops/--bytes, --gemm or --model, not several");

    const bool model = o.workload == Workload::Model;
    for (const char *flag : {"--phase", "--batch", "--context", "--prompt", "--tp", "--sweep-batch", "--weights-on", "--kv-on",
                             "--price-per-hour", "--price", "--years", "--power-price", "--pue", "--kv-precision"})
        if (!model && a->has(QLatin1String(flag)))
            return QStringLiteral("%1 applies to --model workloads only").arg(QLatin1String(flag));

    if (model) {
        const QString phase = a->value(QStringLiteral("--phase"));
        if (phase == QLatin1String("decode"))
            o.phase = InferencePhase::Decode;
        else if (phase == QLatin1String("prefill"))
            o.phase = InferencePhase::Prefill;
        else if (phase.isEmpty())
            return QStringLiteral("--model needs --phase decode (with --context L) or --phase prefill (with --prompt P)");
        else
            return invalidChoice(QStringLiteral("phase"), phase, {QStringLiteral("prefill"), QStringLiteral("decode")});

        if (o.phase == InferencePhase::Decode) {
            if (a->has(QStringLiteral("--prompt")))
                return QStringLiteral("decode takes --context L (tokens already in the cache), not --prompt");
            const auto c = positiveCount(a->value(QStringLiteral("--context")));
            if (!c)
                return QStringLiteral("decode needs --context L, a positive number of tokens, e.g. --context 4096");
            o.context = *c;
        } else {
            if (a->has(QStringLiteral("--context")))
                return QStringLiteral("prefill takes --prompt P (prompt tokens), not --context");
            const auto p = positiveCount(a->value(QStringLiteral("--prompt")));
            if (!p)
                return QStringLiteral("prefill needs --prompt P, a positive number of tokens, e.g. --prompt 2048");
            o.prompt = *p;
        }

        if (a->has(QStringLiteral("--batch")) && a->has(QStringLiteral("--sweep-batch")))
            return QStringLiteral("give --batch B or --sweep-batch B1,B2,..., not both");
        if (a->has(QStringLiteral("--batch"))) {
            const auto b = positiveCount(a->value(QStringLiteral("--batch")));
            if (!b)
                return QStringLiteral("--batch needs a positive whole number of sequences, e.g. --batch 32");
            o.batches = {*b};
        }
        if (a->has(QStringLiteral("--sweep-batch"))) {
            o.sweep = true;
            o.batches.clear();
            for (const QString &part : a->value(QStringLiteral("--sweep-batch")).split(QLatin1Char(','))) {
                const auto b = positiveCount(part);
                if (!b)
                    return QStringLiteral("--sweep-batch needs positive whole numbers separated by commas, e.g. --sweep-batch 1,8,64");
                o.batches << *b;
            }
        }
        if (a->has(QStringLiteral("--tp"))) {
            const auto n = positiveCount(a->value(QStringLiteral("--tp")));
            if (!n)
                return QStringLiteral("--tp needs a positive whole number of chips, e.g. --tp 8");
            o.tp = *n;
        }
    }

    if (a->has(QStringLiteral("--efficiency"))) {
        const QString text = a->value(QStringLiteral("--efficiency"));
        if (text == QLatin1String("calibrated")) {
            o.calibrated = true;
        } else {
            const QString fix = QStringLiteral("--efficiency takes compute=X,memory=Y with each in (0, 1], or 'calibrated'");
            for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
                const auto v = positiveNumber(part.section(QLatin1Char('='), 1));
                if (!v || *v > 1)
                    return fix;
                if (key == QLatin1String("compute"))
                    o.efficiency.compute = *v;
                else if (key == QLatin1String("memory"))
                    o.efficiency.memory = *v;
                else
                    return fix;
            }
        }
    }

    if (a->has(QStringLiteral("--extra-tier"))) {
        const QStringList parts = a->value(QStringLiteral("--extra-tier")).split(QLatin1Char(':'));
        std::optional<double> capacity, bandwidth;
        if (parts.size() == 3) {
            capacity = positiveNumber(parts[1]);
            bandwidth = positiveNumber(parts[2]);
        }
        const QString name = parts.value(0).trimmed();
        if (!capacity || !bandwidth || name.isEmpty())
            return QStringLiteral("--extra-tier needs NAME:CAPACITY_GB:BANDWIDTH_TBS, e.g. --extra-tier hbf:4096:1.6");
        if (name.compare(QLatin1String("hbm"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("--extra-tier: 'hbm' is the chip's own memory; name the extra tier something else");
        o.extraTier = MemoryTier{name, *capacity * GiB, *bandwidth * 1e12};
    }
    for (const auto &[flag, target] : {std::pair{"--weights-on", &o.weightsOn}, std::pair{"--kv-on", &o.kvOn}}) {
        if (!a->has(QLatin1String(flag)))
            continue;
        const QString name = a->value(QLatin1String(flag));
        QStringList tiers{QStringLiteral("hbm")};
        if (o.extraTier)
            tiers << o.extraTier->name;
        bool known = false;
        for (const QString &t : tiers)
            known |= name.compare(t, Qt::CaseInsensitive) == 0;
        if (!known)
            return QStringLiteral("%1: no memory tier '%2'; tiers: %3 (add one with --extra-tier NAME:CAPACITY_GB:BANDWIDTH_TBS)")
                .arg(QLatin1String(flag), name, tiers.join(QStringLiteral(", ")));
        *target = name;
    }
    if (model && o.extraTier && !a->has(QStringLiteral("--weights-on")) && !a->has(QStringLiteral("--kv-on")))
        return QStringLiteral("--extra-tier with --model needs --weights-on %1 or --kv-on %1 to put something on it")
            .arg(o.extraTier->name);

    // Prices.
    const bool rental = a->has(QStringLiteral("--price-per-hour"));
    const bool bought = a->has(QStringLiteral("--price"));
    if (rental && bought)
        return QStringLiteral("give --price-per-hour USD (rented) or --price USD (bought), not both");
    if (rental) {
        for (const char *flag : {"--years", "--power-price", "--pue"})
            if (a->has(QLatin1String(flag)))
                return QStringLiteral("%1 applies to --price (a rental price already covers power and write-off)").arg(QLatin1String(flag));
        const auto v = positiveNumber(a->value(QStringLiteral("--price-per-hour")));
        if (!v)
            return QStringLiteral("--price-per-hour needs a positive USD amount per chip-hour, e.g. --price-per-hour 2.5");
        o.cost.rentalUsdPerHour = *v;
        o.economics = true;
    } else if (bought) {
        const QString price = a->value(QStringLiteral("--price"));
        if (price == QLatin1String("catalog")) {
            o.priceFromCatalog = true;
        } else {
            const auto v = positiveNumber(price);
            if (!v)
                return QStringLiteral("--price needs a positive USD amount per chip (or 'catalog' for the dataset's estimate), e.g. --price 30000");
            o.cost.priceUsd = *v;
        }
        if (a->has(QStringLiteral("--years"))) {
            const auto v = positiveNumber(a->value(QStringLiteral("--years")));
            if (!v)
                return QStringLiteral("--years needs a positive number, e.g. --years 4");
            o.cost.years = *v;
        }
        if (a->has(QStringLiteral("--power-price"))) {
            bool ok = false;
            const double v = a->value(QStringLiteral("--power-price")).toDouble(&ok);
            if (!ok || !std::isfinite(v) || v < 0)
                return QStringLiteral("--power-price needs USD per kWh, zero or more, e.g. --power-price 0.08");
            o.cost.electricityUsdPerKWh = v;
        }
        if (a->has(QStringLiteral("--pue"))) {
            const auto v = positiveNumber(a->value(QStringLiteral("--pue")));
            if (!v || *v < 1)
                return QStringLiteral("--pue needs a number of 1 or more, e.g. --pue 1.2");
            o.cost.pue = *v;
        }
        o.economics = true;
    } else {
        for (const char *flag : {"--years", "--power-price", "--pue"})
            if (a->has(QLatin1String(flag)))
                return QStringLiteral("%1 needs --price USD (the chip's purchase price)").arg(QLatin1String(flag));
    }
    return std::nullopt;
}

// ---- JSON values --------------------------------------------------------------------------------------------

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<double> &v)
{
    return v ? number(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue count(const std::optional<long long> &v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &lines)
{
    QJsonArray a;
    for (const QString &l : lines)
        a.append(l);
    return a;
}

QJsonObject ceilingsJson(const Chip &chip, const Ceilings &c)
{
    QJsonObject o{
        {QStringLiteral("chip"), chip.id},
        {QStringLiteral("chip_name"), chip.name},
        {QStringLiteral("precision"), precisionKey(c.precision)},
        {QStringLiteral("projected"), chip.isProjected(Metric::PeakFlops, c.precision)},
        {QStringLiteral("peak_flops"), c.peakFlops},
        {QStringLiteral("memory_bandwidth_bytes_per_s"), c.hbm().bandwidth},
        {QStringLiteral("memory_capacity_bytes"), c.hbm().capacityBytes > 0 ? QJsonValue(c.hbm().capacityBytes) : QJsonValue()},
        {QStringLiteral("ridge_intensity"), c.ridgeIntensity()},
        {QStringLiteral("efficiency_compute"), c.efficiency.compute},
        {QStringLiteral("efficiency_memory"), c.efficiency.memory},
    };
    if (c.tiers.size() > 1) {
        QJsonArray tiers;
        for (int t = 0; t < c.tiers.size(); ++t)
            tiers.append(QJsonObject{{QStringLiteral("name"), c.tiers[t].name},
                                     {QStringLiteral("capacity_bytes"), c.tiers[t].capacityBytes},
                                     {QStringLiteral("bandwidth_bytes_per_s"), c.tiers[t].bandwidth},
                                     {QStringLiteral("ridge_intensity"), c.ridgeIntensity(t)}});
        o.insert(QStringLiteral("memory_tiers"), tiers);
    }
    return o;
}

QJsonObject operatorJson(const OperatorResult &op)
{
    QJsonObject o{{QStringLiteral("name"), op.name},
                  {QStringLiteral("flops"), op.flops},
                  {QStringLiteral("bytes"), op.bytes},
                  {QStringLiteral("intensity"), number(op.intensity)},
                  {QStringLiteral("bound"), boundKey(op.bound)},
                  {QStringLiteral("time_s"), op.time}};
    if (op.linkBytes > 0)
        o.insert(QStringLiteral("link_bytes"), op.linkBytes); // bytes each chip sends over the scale-up link
    return o;
}

// ---- Text output --------------------------------------------------------------------------------------------

// How a column reads in a table for people.
enum class Style { Text, Plain, Si, Percent, YesNo };
struct Column {
    QString key;
    QString header;
    Style style = Style::Plain;
    QString unit;     // for Style::Si
    QString nullText = QStringLiteral("-"); // what an absent value means here
};

QString cellText(const QJsonValue &v, const Column &c)
{
    if (v.isNull() || v.isUndefined())
        return c.nullText;
    switch (c.style) {
    case Style::Text: return v.toString();
    case Style::YesNo: return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case Style::Percent: return QString::number(v.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case Style::Si: return formatSi(v.toDouble(), c.unit);
    case Style::Plain: return formatPlain(v.toDouble());
    }
    return {};
}

QString textTable(const QList<Column> &columns, const QList<QJsonObject> &rows)
{
    QList<QStringList> cells;
    QStringList header;
    for (const Column &c : columns)
        header << c.header;
    cells << header;
    for (const QJsonObject &r : rows) {
        QStringList line;
        for (const Column &c : columns)
            line << cellText(r.value(c.key), c);
        cells << line;
    }
    QList<qsizetype> widths(columns.size(), 0);
    for (const QStringList &line : cells)
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    QString out;
    for (const QStringList &line : cells) {
        QStringList padded;
        for (int i = 0; i < line.size(); ++i)
            padded << (columns[i].style == Style::Text ? line[i].leftJustified(widths[i]) : line[i].rightJustified(widths[i]));
        out += padded.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out;
}

DataTable csvTable(const QList<Column> &columns, const QList<QJsonObject> &rows)
{
    DataTable t;
    t.name = QStringLiteral("roofline");
    for (const Column &c : columns)
        t.columns << c.key;
    for (const QJsonObject &r : rows) {
        QVariantList line;
        for (const Column &c : columns)
            line << r.value(c.key).toVariant();
        t.rows << line;
    }
    return t;
}

QList<Column> kernelColumns(Precision p)
{
    const QString rate = isIntegerPrecision(p) ? QStringLiteral("OP/s") : QStringLiteral("FLOP/s");
    return {{QStringLiteral("chip"), QStringLiteral("chip"), Style::Text, {}},
            {QStringLiteral("precision"), QStringLiteral("precision"), Style::Text, {}},
            {QStringLiteral("peak_flops"), QStringLiteral("peak"), Style::Si, rate},
            {QStringLiteral("memory_bandwidth_bytes_per_s"), QStringLiteral("bandwidth"), Style::Si, QStringLiteral("B/s")},
            {QStringLiteral("ridge_intensity"), QStringLiteral("ridge FLOP/B"), Style::Plain, {}},
            {QStringLiteral("intensity"), QStringLiteral("intensity FLOP/B"), Style::Plain, {}},
            {QStringLiteral("flops"), isIntegerPrecision(p) ? QStringLiteral("OPs") : QStringLiteral("FLOPs"), Style::Si,
             isIntegerPrecision(p) ? QStringLiteral("OP") : QStringLiteral("FLOP")},
            {QStringLiteral("bytes"), QStringLiteral("bytes"), Style::Si, QStringLiteral("B")},
            {QStringLiteral("attainable_flops"), QStringLiteral("attainable"), Style::Si, rate},
            {QStringLiteral("bound"), QStringLiteral("bound"), Style::Text, {}},
            {QStringLiteral("time_s"), QStringLiteral("time"), Style::Si, QStringLiteral("s")}};
}

QList<Column> modelColumns(const Options &o, bool forCsv)
{
    const bool decode = o.phase == InferencePhase::Decode;
    QList<Column> c{{QStringLiteral("chip"), QStringLiteral("chip"), Style::Text, {}}};
    if (forCsv)
        c << Column{QStringLiteral("precision"), {}, Style::Text, {}} << Column{QStringLiteral("kv_precision"), {}, Style::Text, {}}
          << Column{QStringLiteral("model"), {}, Style::Text, {}} << Column{QStringLiteral("phase"), {}, Style::Text, {}}
          << Column{QStringLiteral("peak_flops"), {}, Style::Plain, {}}
          << Column{QStringLiteral("memory_bandwidth_bytes_per_s"), {}, Style::Plain, {}}
          << Column{QStringLiteral("ridge_intensity"), {}, Style::Plain, {}};
    c << Column{QStringLiteral("batch"), QStringLiteral("batch"), Style::Plain, {}};
    if (forCsv)
        c << Column{decode ? QStringLiteral("context") : QStringLiteral("prompt"), {}, Style::Plain, {}};
    c << Column{QStringLiteral("tp"), QStringLiteral("tp"), Style::Plain, {}}
      << Column{QStringLiteral("fits"), QStringLiteral("fits"), Style::YesNo, {}}
      << Column{QStringLiteral("min_chips"), QStringLiteral("min chips"), Style::Plain, {}, QStringLiteral("none")}
      << Column{QStringLiteral("max_batch"), QStringLiteral("KV wall"), Style::Plain, {}};
    if (forCsv)
        c << Column{QStringLiteral("weights_bytes"), {}, Style::Plain, {}} << Column{QStringLiteral("kv_bytes"), {}, Style::Plain, {}}
          << Column{QStringLiteral("kv_bytes_per_token"), {}, Style::Plain, {}};
    c << Column{decode ? QStringLiteral("time_per_step_s") : QStringLiteral("time_to_first_token_s"),
                decode ? QStringLiteral("time/step") : QStringLiteral("TTFT"), Style::Si, QStringLiteral("s")}
      << Column{QStringLiteral("tokens_per_s"), QStringLiteral("tokens/s"), Style::Plain, {}}
      << Column{QStringLiteral("tokens_per_s_per_chip"), QStringLiteral("per chip"), Style::Plain, {}}
      << Column{QStringLiteral("tokens_per_s_per_user"), QStringLiteral("per user"), Style::Plain, {}}
      << Column{QStringLiteral("memory_stall_fraction"), QStringLiteral("mem stall"), Style::Percent, {}}
      << Column{QStringLiteral("compute_bound_batch"), QStringLiteral("compute-bound at"), Style::Plain, {},
                decode ? QStringLiteral("never") : QStringLiteral("-")}
      << Column{QStringLiteral("tokens_per_joule"), QStringLiteral("tokens/J"), Style::Plain, {}};
    if (o.economics) {
        if (forCsv)
            c << Column{QStringLiteral("usd_per_chip_hour"), {}, Style::Plain, {}} << Column{QStringLiteral("tokens_per_usd"), {}, Style::Plain, {}};
        c << Column{QStringLiteral("usd_per_million_tokens"), QStringLiteral("USD/M tokens"), Style::Plain, {}};
    }
    return c;
}

QList<Column> operatorColumns()
{
    return {{QStringLiteral("name"), QStringLiteral("operator"), Style::Text, {}},
            {QStringLiteral("flops"), QStringLiteral("FLOPs"), Style::Si, QStringLiteral("FLOP")},
            {QStringLiteral("bytes"), QStringLiteral("bytes"), Style::Si, QStringLiteral("B")},
            {QStringLiteral("intensity"), QStringLiteral("FLOP/B"), Style::Plain, {}},
            {QStringLiteral("bound"), QStringLiteral("bound"), Style::Text, {}},
            {QStringLiteral("time_s"), QStringLiteral("time"), Style::Si, QStringLiteral("s")}};
}

// ---- Runs ---------------------------------------------------------------------------------------------------

QString errorLine(const QString &message)
{
    return QStringLiteral("compute-atlas roofline: ") + message;
}

int runValidate(const Catalog &catalog, const Options &o, CliIo io)
{
    const ValidationReport report = validateMeasurements(catalog.chips(), catalog.measurements());
    QList<QJsonObject> rows;
    QStringList over;
    for (const ValidationRow &r : report.rows) {
        const Measurement &m = r.measurement;
        rows << QJsonObject{{QStringLiteral("chip"), m.chipId},
                            {QStringLiteral("what"), m.what},
                            {QStringLiteral("precision"), m.precision ? QJsonValue(precisionKey(*m.precision)) : QJsonValue()},
                            {QStringLiteral("measured"), m.value},
                            {QStringLiteral("unit"), m.unit},
                            {QStringLiteral("bound"), number(r.bound)},
                            {QStringLiteral("bound_kind"), r.boundKind.isEmpty() ? QJsonValue() : QJsonValue(r.boundKind)},
                            {QStringLiteral("ratio"), number(r.ratio)},
                            {QStringLiteral("exceeds_bound"), r.exceedsBound},
                            {QStringLiteral("note"), r.note.isEmpty() ? QJsonValue() : QJsonValue(r.note)},
                            {QStringLiteral("conditions"), m.conditions},
                            {QStringLiteral("source_id"), m.sourceId},
                            {QStringLiteral("explain"), explainValidation(r)}};
        if (r.exceedsBound)
            over << QStringLiteral("%1 %2 (%3× its bound)").arg(m.chipId, m.what, formatPlain(r.ratio.value_or(0)));
    }
    const QList<Column> columns{{QStringLiteral("chip"), QStringLiteral("chip"), Style::Text, {}},
                                {QStringLiteral("what"), QStringLiteral("what"), Style::Text, {}},
                                {QStringLiteral("precision"), QStringLiteral("precision"), Style::Text, {}},
                                {QStringLiteral("measured"), QStringLiteral("measured"), Style::Plain, {}},
                                {QStringLiteral("unit"), QStringLiteral("unit"), Style::Text, {}},
                                {QStringLiteral("bound"), QStringLiteral("bound"), Style::Plain, {}},
                                {QStringLiteral("bound_kind"), QStringLiteral("bound is"), Style::Text, {}},
                                {QStringLiteral("ratio"), QStringLiteral("ratio"), Style::Plain, {}},
                                {QStringLiteral("exceeds_bound"), QStringLiteral("over bound"), Style::YesNo, {}},
                                {QStringLiteral("note"), QStringLiteral("note"), Style::Text, {}}};
    switch (o.format) {
    case Format::Json: {
        QJsonArray results;
        for (const QJsonObject &r : rows)
            results.append(r);
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                                              {QStringLiteral("checked"), report.checked},
                                                              {QStringLiteral("exceeding"), report.exceeding}})
                                        .toJson(QJsonDocument::Indented));
        break;
    }
    case Format::Csv: io.out << QString::fromUtf8(TableExport::toCsv(csvTable(columns, rows), false)); break;
    case Format::Table: {
        // People read figures with their unit's prefix: 788 TFLOP/s beside 989.4 TFLOP/s.
        QList<Column> textColumns = columns;
        textColumns[3] = Column{QStringLiteral("measured_text"), QStringLiteral("measured"), Style::Text, {}};
        textColumns[5] = Column{QStringLiteral("bound_text"), QStringLiteral("bound"), Style::Text, {}};
        textColumns.removeAt(4); // the unit is in the figures now
        QList<QJsonObject> textRows = rows;
        for (QJsonObject &r : textRows) {
            const QString unit = r.value(QStringLiteral("unit")).toString();
            const bool prefixed = unit == QLatin1String("FLOP/s") || unit == QLatin1String("OP/s") || unit == QLatin1String("B/s");
            auto text = [&](double v) { return prefixed ? formatSi(v, unit) : formatPlain(v) + QLatin1Char(' ') + unit; };
            r.insert(QStringLiteral("measured_text"), text(r.value(QStringLiteral("measured")).toDouble()));
            if (!r.value(QStringLiteral("bound")).isNull())
                r.insert(QStringLiteral("bound_text"), text(r.value(QStringLiteral("bound")).toDouble()));
        }
        io.out << textTable(textColumns, textRows)
               << QStringLiteral("%1 measurements, %2 with a bound, %3 above it\n")
                      .arg(report.rows.size()).arg(report.checked).arg(report.exceeding);
        break;
    }
    }
    if (!report.ok()) {
        io.err << errorLine(QStringLiteral("%1 measurement(s) exceed the calculator's bound, so a figure or the bound is wrong: %2")
                                .arg(report.exceeding).arg(over.join(QStringLiteral("; "))))
               << '\n';
        return ExitCode::Failure;
    }
    return ExitCode::Ok;
}

struct Skipped {
    QString chip, reason;
};

int runCalculator(const Catalog &catalog, const Options &o, CliIo io)
{
    QList<QJsonObject> results;
    QList<Skipped> skipped;
    const bool model = o.workload == Workload::Model;

    for (const Chip *chip : o.chips) {
        // With --chip all a chip that cannot answer is skipped and listed; a chip asked for by name is an error.
        auto fail = [&](const QString &reason) {
            if (!o.allChips) {
                io.err << errorLine(reason) << '\n';
                return false;
            }
            skipped << Skipped{chip->id, reason};
            return true;
        };

        QStringList notes;
        Efficiency efficiency = o.efficiency;
        if (o.calibrated)
            efficiency = calibratedEfficiency(*chip, o.precision, catalog.measurements(), &notes);
        const auto ceilings = makeCeilings(*chip, o.precision, efficiency, o.extraTier);
        if (!ceilings) {
            if (!fail(ceilings.error))
                return ExitCode::BadUsage;
            continue;
        }
        const QJsonObject base = ceilingsJson(*chip, *ceilings);
        const QStringList ceilingWorking = explainCeilings(*ceilings);

        if (!model) {
            KernelResult k;
            QStringList working = ceilingWorking;
            switch (o.workload) {
            case Workload::Intensity:
                k = evaluateIntensity(*ceilings, o.intensity);
                working += explainKernel(*ceilings, k);
                break;
            case Workload::FlopsBytes:
                k = evaluateFlopsBytes(*ceilings, o.flops, o.bytes);
                working += explainKernel(*ceilings, k);
                break;
            case Workload::Gemm:
                k = evaluateGemm(*ceilings, o.gemm);
                working += explainGemm(*ceilings, o.gemm, k);
                break;
            default: break;
            }
            QJsonObject r = base;
            r.insert(QStringLiteral("intensity"), number(k.intensity));
            r.insert(QStringLiteral("flops"), number(k.flops));
            r.insert(QStringLiteral("bytes"), number(k.bytes));
            r.insert(QStringLiteral("attainable_flops"), k.attainableFlops);
            r.insert(QStringLiteral("bound"), boundKey(k.bound));
            r.insert(QStringLiteral("time_s"), number(k.time));
            if (o.workload == Workload::Gemm)
                r.insert(QStringLiteral("gemm"), QJsonArray{o.gemm.m, o.gemm.n, o.gemm.k});
            if (ceilings->tiers.size() > 1) {
                // What the same kernel reaches if its bytes came from each tier instead.
                QJsonArray tiers = r.value(QStringLiteral("memory_tiers")).toArray();
                for (int t = 0; t < tiers.size(); ++t) {
                    QJsonObject tier = tiers[t].toObject();
                    tier.insert(QStringLiteral("attainable_flops"), attainableFlops(*ceilings, k.intensity, t));
                    tiers[t] = tier;
                }
                r.insert(QStringLiteral("memory_tiers"), tiers);
            }
            if (!notes.isEmpty())
                r.insert(QStringLiteral("notes"), stringArray(notes));
            if (o.explain)
                r.insert(QStringLiteral("explain"), stringArray(working));
            results << r;
            continue;
        }

        if (chip->scaleupDomain && o.tp > *chip->scaleupDomain) {
            if (!fail(QStringLiteral("--tp %1 is more than %2's scale-up domain of %3 chips; use --tp %3 or fewer")
                          .arg(o.tp).arg(chip->id).arg(*chip->scaleupDomain)))
                return ExitCode::BadUsage;
            continue;
        }
        InferenceConfig cfg;
        cfg.phase = o.phase;
        cfg.context = o.context;
        cfg.prompt = o.prompt;
        cfg.kvPrecision = o.kvPrecision;
        cfg.tensorParallel = o.tp;
        cfg.weightsTier = ceilings->tierIndex(o.weightsOn);
        cfg.kvTier = ceilings->tierIndex(o.kvOn);
        const auto sweep = sweepInferenceBatches(*ceilings, *o.model, cfg, o.batches);
        if (!sweep) {
            if (!fail(sweep.error))
                return ExitCode::BadUsage;
            continue;
        }

        std::optional<ChipHourCost> cost;
        CostAssumptions assumptions = o.cost;
        if (o.economics) {
            if (o.priceFromCatalog)
                assumptions.priceUsd = chip->priceUsd;
            const auto c = o.priceFromCatalog && !chip->priceUsd
                ? ValueOrError<ChipHourCost>::failure(
                      QStringLiteral("%1 has no price estimate in the dataset; give --price USD or --price-per-hour USD").arg(chip->id))
                : costPerChipHour(*chip, assumptions);
            if (c)
                cost = *c;
            else if (!o.allChips) {
                io.err << errorLine(c.error) << '\n';
                return ExitCode::BadUsage;
            } else {
                notes << c.error;
            }
        }

        for (const InferenceResult &inf : *sweep) {
            const bool decode = inf.config.phase == InferencePhase::Decode;
            QJsonObject r = base;
            r.insert(QStringLiteral("model"), o.model->id);
            r.insert(QStringLiteral("phase"), phaseKey(inf.config.phase));
            r.insert(QStringLiteral("batch"), inf.config.batch);
            r.insert(decode ? QStringLiteral("context") : QStringLiteral("prompt"), decode ? inf.config.context : inf.config.prompt);
            r.insert(QStringLiteral("tp"), inf.config.tensorParallel);
            r.insert(QStringLiteral("kv_precision"), precisionKey(inf.config.kvPrecision));
            if (ceilings->tiers.size() > 1) {
                r.insert(QStringLiteral("weights_tier"), ceilings->tiers[inf.config.weightsTier].name);
                r.insert(QStringLiteral("kv_tier"), ceilings->tiers[inf.config.kvTier].name);
            }
            r.insert(QStringLiteral("fits"), inf.fits);
            r.insert(QStringLiteral("min_chips"), inf.minChips ? QJsonValue(*inf.minChips) : QJsonValue());
            r.insert(QStringLiteral("weights_bytes"), inf.weightsBytes);
            r.insert(QStringLiteral("kv_bytes"), inf.kvBytes);
            r.insert(QStringLiteral("kv_bytes_per_token"), inf.kvBytesPerToken);
            r.insert(QStringLiteral("weights_bytes_per_chip"), inf.weightsBytesPerChip);
            r.insert(QStringLiteral("kv_bytes_per_chip"), inf.kvBytesPerChip);
            r.insert(QStringLiteral("max_batch"), count(inf.maxBatch));
            r.insert(decode ? QStringLiteral("time_per_step_s") : QStringLiteral("time_to_first_token_s"), inf.stepTime);
            r.insert(QStringLiteral("tokens_per_s"), inf.tokensPerS);
            r.insert(QStringLiteral("tokens_per_s_per_chip"), inf.tokensPerSPerChip);
            r.insert(QStringLiteral("tokens_per_s_per_user"), inf.tokensPerSPerUser);
            r.insert(QStringLiteral("memory_stall_fraction"), inf.memoryStallFraction);
            r.insert(QStringLiteral("link_fraction"), inf.linkFraction);
            r.insert(QStringLiteral("compute_bound_batch"), count(inf.computeBoundBatch));
            if (o.tp > 1)
                r.insert(QStringLiteral("all_reduce_time_s"), inf.allReduceTime);
            if (o.model->isMoe())
                r.insert(QStringLiteral("distinct_experts"), inf.distinctExperts);
            QJsonArray ops;
            for (const OperatorResult &op : inf.operators)
                ops.append(operatorJson(op));
            r.insert(QStringLiteral("operators"), ops);

            QStringList working = ceilingWorking + explainInference(*ceilings, *o.model, inf);
            if (chip->tdpWatts) {
                r.insert(QStringLiteral("tokens_per_joule"), tokensPerJoule(inf.tokensPerSPerChip, *chip->tdpWatts));
                working << explainTokensPerJoule(inf.tokensPerSPerChip, *chip->tdpWatts);
            } else {
                r.insert(QStringLiteral("tokens_per_joule"), QJsonValue());
            }
            if (o.economics) {
                if (cost) {
                    const TokenEconomics e = tokenEconomics(inf.tokensPerSPerChip, *cost);
                    r.insert(QStringLiteral("usd_per_chip_hour"), e.usdPerChipHour);
                    r.insert(QStringLiteral("usd_per_million_tokens"), e.usdPerMillionTokens);
                    r.insert(QStringLiteral("tokens_per_usd"), e.tokensPerUsd);
                    working += explainEconomics(assumptions, *cost, e, inf.tokensPerSPerChip);
                } else {
                    for (const char *key : {"usd_per_chip_hour", "usd_per_million_tokens", "tokens_per_usd"})
                        r.insert(QLatin1String(key), QJsonValue());
                }
                QJsonObject a;
                if (assumptions.rentalUsdPerHour) {
                    a.insert(QStringLiteral("rental_usd_per_chip_hour"), *assumptions.rentalUsdPerHour);
                } else {
                    a.insert(QStringLiteral("price_usd"), number(assumptions.priceUsd));
                    a.insert(QStringLiteral("years"), assumptions.years);
                    a.insert(QStringLiteral("pue"), assumptions.pue);
                    a.insert(QStringLiteral("electricity_usd_per_kwh"), assumptions.electricityUsdPerKWh);
                }
                r.insert(QStringLiteral("cost_assumptions"), a);
            }
            if (!notes.isEmpty())
                r.insert(QStringLiteral("notes"), stringArray(notes));
            if (o.explain)
                r.insert(QStringLiteral("explain"), stringArray(working));
            results << r;
        }
    }

    switch (o.format) {
    case Format::Json: {
        QJsonArray array;
        for (const QJsonObject &r : results)
            array.append(r);
        QJsonObject doc{{QStringLiteral("results"), array}};
        if (!skipped.isEmpty()) {
            QJsonArray s;
            for (const Skipped &k : skipped)
                s.append(QJsonObject{{QStringLiteral("chip"), k.chip}, {QStringLiteral("reason"), k.reason}});
            doc.insert(QStringLiteral("skipped"), s);
        }
        io.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        break;
    }
    case Format::Csv:
        io.out << QString::fromUtf8(TableExport::toCsv(csvTable(model ? modelColumns(o, true) : kernelColumns(o.precision), results), false));
        for (const Skipped &k : skipped)
            io.err << "compute-atlas roofline: skipped " << k.chip << ": " << k.reason << '\n';
        break;
    case Format::Table: {
        io.out << textTable(model ? modelColumns(o, false) : kernelColumns(o.precision), results);
        // The breakdown and the working, per result, unless a sweep would bury the summary under them.
        for (const QJsonObject &r : results) {
            const bool breakdown = model && !o.sweep;
            if (!breakdown && !o.explain)
                continue;
            io.out << '\n' << r.value(QStringLiteral("chip")).toString();
            if (model)
                io.out << ", " << r.value(QStringLiteral("model")).toString() << ", " << r.value(QStringLiteral("phase")).toString()
                       << ", batch " << r.value(QStringLiteral("batch")).toInt() << ", tp " << r.value(QStringLiteral("tp")).toInt();
            io.out << '\n';
            if (breakdown) {
                QList<QJsonObject> ops;
                for (const QJsonValue &op : r.value(QStringLiteral("operators")).toArray())
                    ops << op.toObject();
                io.out << textTable(operatorColumns(), ops);
            }
            for (const QJsonValue &line : r.value(QStringLiteral("notes")).toArray())
                io.out << "note: " << line.toString() << '\n';
            for (const QJsonValue &line : r.value(QStringLiteral("explain")).toArray())
                io.out << "  " << line.toString() << '\n';
        }
        for (const Skipped &k : skipped)
            io.out << "skipped " << k.chip << ": " << k.reason << '\n';
        break;
    }
    }
    return ExitCode::Ok;
}

} // namespace

int runRooflineCommand(const QStringList &args, const Catalog &catalog, CliIo io)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        io.out << kUsage;
        return ExitCode::Ok;
    }
    Options options;
    if (const auto error = parseOptions(args, catalog, options)) {
        io.err << errorLine(*error) << '\n';
        return ExitCode::BadUsage;
    }
    if (options.validate)
        return runValidate(catalog, options, io);
    return runCalculator(catalog, options, io);
}
