#include "roofline_output.h"

#include "explain.h"
#include "number_format.h"
#include "roofline_columns.h"
#include "roofline_command.h"
#include "table_export.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

using Style = RooflineColumn::Style;

QList<RooflineColumn> kernelColumns(Precision p)
{
    const QString rate = isIntegerPrecision(p) ? QStringLiteral("OP/s") : QStringLiteral("FLOP/s");
    return {{QStringLiteral("chip"), QStringLiteral("chip"), Style::Text, {}},
            {QStringLiteral("precision"), QStringLiteral("precision"), Style::Text, {}},
            {QStringLiteral("peak_flops"), QStringLiteral("peak"), Style::Si, rate},
            {QStringLiteral("memory_bandwidth_bytes_per_s"), QStringLiteral("bandwidth"), Style::Si, QStringLiteral("B/s")},
            {QStringLiteral("ridge_intensity"), QStringLiteral("ridge FLOP/byte"), Style::Plain, {}},
            {QStringLiteral("intensity"), QStringLiteral("intensity FLOP/byte"), Style::Plain, {}},
            {QStringLiteral("flops"), isIntegerPrecision(p) ? QStringLiteral("OPs") : QStringLiteral("FLOPs"), Style::Si,
             isIntegerPrecision(p) ? QStringLiteral("OP") : QStringLiteral("FLOP")},
            {QStringLiteral("bytes"), QStringLiteral("bytes"), Style::Si, QStringLiteral("B")},
            {QStringLiteral("attainable_flops"), QStringLiteral("attainable"), Style::Si, rate},
            {QStringLiteral("bound"), QStringLiteral("bound"), Style::Text, {}},
            {QStringLiteral("time_s"), QStringLiteral("time"), Style::Si, QStringLiteral("s")}};
}

// The table shows what a reader compares across chips; CSV adds the inputs and raw sizes a spreadsheet needs.
QList<RooflineColumn> modelColumns(const RooflineScenario &s, bool forCsv)
{
    const bool decode = s.inference.phase == InferencePhase::Decode;
    QList<RooflineColumn> c{{QStringLiteral("chip"), QStringLiteral("chip"), Style::Text, {}}};
    if (forCsv)
        c << RooflineColumn{QStringLiteral("precision"), {}, Style::Text, {}} << RooflineColumn{QStringLiteral("kv_precision"), {}, Style::Text, {}}
          << RooflineColumn{QStringLiteral("act_precision"), {}, Style::Text, {}}
          << RooflineColumn{QStringLiteral("attention_precision"), {}, Style::Text, {}}
          << RooflineColumn{QStringLiteral("model"), {}, Style::Text, {}} << RooflineColumn{QStringLiteral("phase"), {}, Style::Text, {}}
          << RooflineColumn{QStringLiteral("peak_flops"), {}, Style::Plain, {}}
          << RooflineColumn{QStringLiteral("memory_bandwidth_bytes_per_s"), {}, Style::Plain, {}}
          << RooflineColumn{QStringLiteral("ridge_intensity"), {}, Style::Plain, {}};
    c << RooflineColumn{QStringLiteral("batch"), QStringLiteral("batch"), Style::Plain, {}};
    if (forCsv)
        c << RooflineColumn{decode ? QStringLiteral("context") : QStringLiteral("prompt"), {}, Style::Plain, {}};
    c << RooflineColumn{QStringLiteral("tp"), QStringLiteral("tp"), Style::Plain, {}};
    if (forCsv || s.inference.expertParallel > 1)
        c << RooflineColumn{QStringLiteral("ep"), QStringLiteral("ep"), Style::Plain, {}};
    if (forCsv || s.inference.pipelineParallel > 1)
        c << RooflineColumn{QStringLiteral("pp"), QStringLiteral("pp"), Style::Plain, {}};
    c << RooflineColumn{QStringLiteral("fits"), QStringLiteral("fits"), forCsv ? Style::YesNo : Style::Fits, {}}
      << RooflineColumn{QStringLiteral("min_chips"), QStringLiteral("min chips"), Style::Plain, {}, QStringLiteral("none")}
      << RooflineColumn{QStringLiteral("max_batch"), QStringLiteral("KV wall"), Style::Plain, {}};
    if (forCsv)
        c << RooflineColumn{QStringLiteral("weights_bytes"), {}, Style::Plain, {}} << RooflineColumn{QStringLiteral("kv_bytes"), {}, Style::Plain, {}}
          << RooflineColumn{QStringLiteral("kv_bytes_per_token"), {}, Style::Plain, {}};
    c << RooflineColumn{decode ? QStringLiteral("time_per_step_s") : QStringLiteral("time_to_first_token_s"),
                        decode ? QStringLiteral("time/step") : QStringLiteral("TTFT"), Style::Si, QStringLiteral("s")}
      << RooflineColumn{QStringLiteral("tokens_per_s"), QStringLiteral("tokens/s"), Style::Plain, {}}
      << RooflineColumn{QStringLiteral("tokens_per_s_per_chip"), QStringLiteral("per chip"), Style::Plain, {}}
      << RooflineColumn{QStringLiteral("tokens_per_s_per_user"), QStringLiteral("per user"), Style::Plain, {}}
      << RooflineColumn{QStringLiteral("memory_stall_fraction"), QStringLiteral("mem stall"), Style::Percent, {}}
      << RooflineColumn{QStringLiteral("compute_bound_batch"), QStringLiteral("compute-bound at"), Style::Plain, {},
                        decode ? QStringLiteral("never") : QStringLiteral("-")}
      << RooflineColumn{QStringLiteral("tokens_per_joule"), QStringLiteral("tokens/J"), Style::Plain, {}};
    if (s.includeCosts) {
        if (forCsv)
            c << RooflineColumn{QStringLiteral("usd_per_chip_hour"), {}, Style::Plain, {}}
              << RooflineColumn{QStringLiteral("tokens_per_usd"), {}, Style::Plain, {}};
        c << RooflineColumn{QStringLiteral("usd_per_million_tokens"), QStringLiteral("USD/M tokens"), Style::Plain, {}};
    }
    return c;
}

QList<RooflineColumn> operatorColumns()
{
    return {{QStringLiteral("name"), QStringLiteral("operator"), Style::Text, {}},
            {QStringLiteral("flops"), QStringLiteral("FLOPs"), Style::Si, QStringLiteral("FLOP")},
            {QStringLiteral("bytes"), QStringLiteral("bytes"), Style::Si, QStringLiteral("B")},
            {QStringLiteral("intensity"), QStringLiteral("FLOP/byte"), Style::Plain, {}},
            {QStringLiteral("bound"), QStringLiteral("bound"), Style::Text, {}},
            {QStringLiteral("time_s"), QStringLiteral("time"), Style::Si, QStringLiteral("s")}};
}

// The system figures (--system, --tco), beside the chip-only ones: the `system` object's fields flattened into the
// row with a "system_" prefix, so a table or a spreadsheet has them as columns.
const char *const kSystemFields[] = {"id", "power_from", "all_in_power_w", "facility_power_w", "price_from", "usd_per_accelerator_hour",
                                     "usd_per_million_tokens", "tokens_per_s_per_mw", "tokens_per_joule", "accelerators_per_gw"};

bool anySystem(const QList<QJsonObject> &rows)
{
    for (const QJsonObject &r : rows)
        if (r.value(QStringLiteral("system")).isObject())
            return true;
    return false;
}

QList<QJsonObject> withSystemFields(const QList<QJsonObject> &rows)
{
    QList<QJsonObject> out;
    for (QJsonObject r : rows) {
        const QJsonObject system = r.value(QStringLiteral("system")).toObject();
        for (const char *field : kSystemFields)
            r.insert(QStringLiteral("system_") + QLatin1String(field), system.value(QLatin1String(field)));
        const QJsonObject rental = system.value(QStringLiteral("assumptions")).toObject().value(QStringLiteral("rental_price")).toObject();
        r.insert(QStringLiteral("system_rental_price_id"), rental.isEmpty() ? QJsonValue() : rental.value(QStringLiteral("id")));
        out << r;
    }
    return out;
}

QList<RooflineColumn> systemColumns(bool forCsv)
{
    if (forCsv) {
        QList<RooflineColumn> c;
        for (const char *field : kSystemFields)
            c << RooflineColumn{QStringLiteral("system_") + QLatin1String(field), {}, Style::Plain, {}};
        c << RooflineColumn{QStringLiteral("system_rental_price_id"), {}, Style::Text, {}};
        return c;
    }
    return {{QStringLiteral("system_id"), QStringLiteral("system"), Style::Text, {}},
            {QStringLiteral("system_facility_power_w"), QStringLiteral("power at the wall"), Style::Si, QStringLiteral("W")},
            {QStringLiteral("system_usd_per_accelerator_hour"), QStringLiteral("USD per accelerator-hour"), Style::Plain, {}},
            {QStringLiteral("system_usd_per_million_tokens"), QStringLiteral("USD per M tokens in the system"), Style::Plain, {}},
            {QStringLiteral("system_tokens_per_s_per_mw"), QStringLiteral("tokens/s per MW"), Style::Plain, {}}};
}

QList<RooflineColumn> resultColumns(const RooflineRequest &request, bool forCsv, bool systems = false)
{
    QList<RooflineColumn> c = request.scenario.workload == WorkloadKind::Llm ? modelColumns(request.scenario, forCsv)
                                                                             : kernelColumns(request.scenario.precision);
    if (systems)
        c << systemColumns(forCsv);
    return c;
}

void writeJson(const RooflineAnswers &answers, CliIo io)
{
    QJsonArray array;
    for (const QJsonObject &r : answers.results)
        array.append(r);
    QJsonObject doc{{QStringLiteral("results"), array}};
    if (!answers.skipped.isEmpty()) {
        QJsonArray s;
        for (const SkippedChip &k : answers.skipped)
            s.append(QJsonObject{{QStringLiteral("chip"), k.chip}, {QStringLiteral("reason"), k.reason}});
        doc.insert(QStringLiteral("skipped"), s);
    }
    io.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

// CSV on stdout stays one table a program can read; the skipped chips go to stderr.
void writeCsv(const RooflineAnswers &answers, const RooflineRequest &request, CliIo io)
{
    const bool systems = anySystem(answers.results);
    io.out << QString::fromUtf8(TableExport::toCsv(
        csvTable(resultColumns(request, true, systems), systems ? withSystemFields(answers.results) : answers.results), false));
    for (const SkippedChip &k : answers.skipped)
        io.err << rooflineErrorLine(QStringLiteral("skipped ") + k.chip + QStringLiteral(": ") + k.reason) << '\n';
}

void writeTable(const RooflineAnswers &answers, const RooflineRequest &request, CliIo io)
{
    const bool model = request.scenario.workload == WorkloadKind::Llm;
    const bool systems = anySystem(answers.results);
    io.out << textTable(resultColumns(request, false, systems), systems ? withSystemFields(answers.results) : answers.results);
    // The breakdown and the working, per result, unless a sweep would bury the summary under them.
    for (const QJsonObject &r : answers.results) {
        const bool breakdown = model && !request.sweep;
        if (!breakdown && !request.explain)
            continue;
        io.out << '\n' << r.value(QStringLiteral("chip")).toString();
        if (model)
            io.out << ", " << r.value(QStringLiteral("model")).toString() << ", " << r.value(QStringLiteral("phase")).toString()
                   << ", batch " << r.value(QStringLiteral("batch")).toInt() << ", tp " << r.value(QStringLiteral("tp")).toInt();
        if (model && r.value(QStringLiteral("pp")).toInt() > 1)
            io.out << ", pp " << r.value(QStringLiteral("pp")).toInt();
        io.out << '\n';
        if (breakdown) {
            QList<QJsonObject> ops;
            for (const QJsonValue &op : r.value(QStringLiteral("operators")).toArray())
                ops << op.toObject();
            io.out << textTable(operatorColumns(), ops);
        }
        if (r.contains(QStringLiteral("disaggregated"))) {
            const QJsonObject d = r.value(QStringLiteral("disaggregated")).toObject();
            if (!d.value(QStringLiteral("tokens_per_s_per_chip")).isNull())
                io.out << "disaggregated: " << formatPlain(d.value(QStringLiteral("prefill_chips_per_decode_chip")).toDouble())
                       << " prefill chips per decode chip; " << formatPlain(d.value(QStringLiteral("tokens_per_s_per_chip")).toDouble())
                       << " tokens/s per chip over both pools; TTFT "
                       << NumberFormat::si(d.value(QStringLiteral("ttft_s")).toDouble(), QStringLiteral("s")) << '\n';
        }
        for (const QJsonValue &line : r.value(QStringLiteral("notes")).toArray())
            io.out << "note: " << line.toString() << '\n';
        for (const QJsonValue &line : r.value(QStringLiteral("explain")).toArray())
            io.out << "  " << line.toString() << '\n';
    }
    for (const SkippedChip &k : answers.skipped)
        io.out << "skipped " << k.chip << ": " << k.reason << '\n';
}

} // namespace

void writeRooflineAnswers(const RooflineAnswers &answers, const RooflineRequest &request, CliIo io)
{
    switch (request.format) {
    case RooflineFormat::Json: writeJson(answers, io); break;
    case RooflineFormat::Csv: writeCsv(answers, request, io); break;
    case RooflineFormat::Table: writeTable(answers, request, io); break;
    }
}
