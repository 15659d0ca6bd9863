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

QList<RooflineColumn> resultColumns(const RooflineRequest &request, bool forCsv)
{
    return request.scenario.workload == WorkloadKind::Llm ? modelColumns(request.scenario, forCsv)
                                                          : kernelColumns(request.scenario.precision);
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
    io.out << QString::fromUtf8(TableExport::toCsv(csvTable(resultColumns(request, true), answers.results), false));
    for (const SkippedChip &k : answers.skipped)
        io.err << rooflineErrorLine(QStringLiteral("skipped ") + k.chip + QStringLiteral(": ") + k.reason) << '\n';
}

void writeTable(const RooflineAnswers &answers, const RooflineRequest &request, CliIo io)
{
    const bool model = request.scenario.workload == WorkloadKind::Llm;
    io.out << textTable(resultColumns(request, false), answers.results);
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
