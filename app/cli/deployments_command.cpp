#include "deployments_command.h"

#include "cli_args.h"
#include "deployment_set.h"
#include "deployments_report.h"
#include "report_writer.h"
#include "serving_capacity.h"
#include "table_export.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace {

const char *const kHelp =
    "usage: compute-atlas deployments [--by country|owner|chip|site] [--kind installed|planned|all] [--country ISO2]...\n"
    "                                 [--measure units|h100e|power|tokens] [--model ID --precision P --context L]\n"
    "                                 [--power-chip CHIP]\n"
    "                                 [--format json|table|csv]\n"
    "Totals of the accelerators placed or planned, as the Deployments view draws them:\n"
    "  --by        group by country (default), owner (company id), chip, or site (one deployment)\n"
    "  --kind      installed (installed, delivered), planned (ordered, planned), or all (default; adds the unknown kind:\n"
    "              estimates that say neither)\n"
    "  --country   keep one country (ISO 3166-1 alpha-2, e.g. KR); repeat for several\n"
    "  --measure   what the groups are sorted by and the table shows: units (default), h100e (H100-equivalents from\n"
    "              dense BF16), power (MW), tokens (decode tokens/s of --model at its compute-bound batch)\n"
    "  --model, --precision, --context   the LLM served for --measure tokens (default llama-3.1-70b, fp8, 4096)\n"
    "  --power-chip CHIP   json: each group with a power figure gains power_holds, what its MW hold as that chip in its\n"
    "                      default system at PUE 1.2 (accelerators = MW x 1e6 / W at the wall; with --measure tokens,\n"
    "                      their tokens/s)\n"
    "A total that other rows are part of counts only what its parts do not explain; rows that may overlap are both\n"
    "counted and flagged. Rows that name no chip count in H100-equivalents through the family assumptions listed.\n";

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

double measureOf(const DeploymentTotals &t, const QString &measure)
{
    if (measure == QLatin1String("h100e"))
        return t.h100e;
    if (measure == QLatin1String("power"))
        return t.powerMw.value_or(0);
    if (measure == QLatin1String("tokens"))
        return t.tokensPerS;
    return t.units();
}

QJsonObject totalsJson(const DeploymentTotals &t, bool tokens)
{
    QJsonArray overlaps;
    for (const OverlapFlag &o : t.overlaps)
        overlaps.append(QJsonObject{{QStringLiteral("first"), o.first}, {QStringLiteral("second"), o.second},
                                    {QStringLiteral("units_at_risk"), o.unitsAtRisk}});
    QJsonObject g{
        {QStringLiteral("units"), t.units()},
        {QStringLiteral("units_installed"), t.unitsInstalled},
        {QStringLiteral("units_planned"), t.unitsPlanned},
        {QStringLiteral("units_unknown"), t.unitsUnknown},
        {QStringLiteral("h100e"), t.h100e},
        {QStringLiteral("h100e_assumed_units"), t.h100eAssumedUnits},
        {QStringLiteral("units_without_h100e"), t.unitsWithoutH100e},
        {QStringLiteral("power_mw"), number(t.powerMw)},
        {QStringLiteral("sites"), t.sites},
        {QStringLiteral("as_of"), t.asOf},
        {QStringLiteral("deployment_ids"), QJsonArray::fromStringList(t.deploymentIds())},
        {QStringLiteral("overlaps"), overlaps},
    };
    if (tokens) {
        g.insert(QStringLiteral("tokens_per_s"), t.tokensPerS);
        g.insert(QStringLiteral("units_without_tokens"), t.unitsWithoutTokens);
    }
    return g;
}

QString fixedText(double v, int decimals = 0)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int runDeploymentsCommand(const QStringList &args, const Catalog &catalog, const QList<SystemSpec> &systems, CliIo io)
{
    QString error;
    const auto parsed = CliArgs::parse(args,
                                       {QStringLiteral("deployments"),
                                        {QStringLiteral("--by"), QStringLiteral("--kind"), QStringLiteral("--country"), QStringLiteral("--measure"),
                                         QStringLiteral("--model"), QStringLiteral("--precision"), QStringLiteral("--context"), QStringLiteral("--format"),
                                         QStringLiteral("--power-chip")},
                                        {QStringLiteral("--help")},
                                        0},
                                       &error);
    if (!parsed) {
        io.err << "compute-atlas " << error << '\n';
        return ExitCode::BadUsage;
    }
    if (parsed->has(QStringLiteral("--help"))) {
        io.out << kHelp;
        return ExitCode::Ok;
    }
    const auto bad = [&](const QString &message) {
        io.err << "compute-atlas deployments: " << message << '\n';
        return ExitCode::BadUsage;
    };
    const QString byKey = parsed->value(QStringLiteral("--by"), QStringLiteral("country"));
    const auto by = groupByFromKey(byKey);
    if (!by)
        return bad(invalidChoice(QStringLiteral("grouping"), byKey,
                                 {QStringLiteral("country"), QStringLiteral("owner"), QStringLiteral("chip"), QStringLiteral("site")}));
    const QString kind = parsed->value(QStringLiteral("--kind"), QStringLiteral("all"));
    DeploymentFilter filter;
    if (kind == QLatin1String("installed"))
        filter.kind = UnitsKind::Installed;
    else if (kind == QLatin1String("planned"))
        filter.kind = UnitsKind::Planned;
    else if (kind != QLatin1String("all"))
        return bad(invalidChoice(QStringLiteral("kind"), kind, {QStringLiteral("installed"), QStringLiteral("planned"), QStringLiteral("all")}));
    for (const QString &c : parsed->values(QStringLiteral("--country"))) {
        const Country *country = catalog.country(c);
        if (!country)
            return bad(QStringLiteral("'%1' is not a country code of the dataset; use an ISO 3166-1 alpha-2 code such as KR, US or TW").arg(c));
        filter.countries << country->iso2;
    }
    const QString measure = parsed->value(QStringLiteral("--measure"), QStringLiteral("units"));
    const QStringList measures{QStringLiteral("units"), QStringLiteral("h100e"), QStringLiteral("power"), QStringLiteral("tokens")};
    if (!measures.contains(measure))
        return bad(invalidChoice(QStringLiteral("measure"), measure, measures));
    const QString format = parsed->value(QStringLiteral("--format"), QStringLiteral("table"));
    const QStringList formats{QStringLiteral("json"), QStringLiteral("table"), QStringLiteral("csv")};
    if (!formats.contains(format))
        return bad(invalidChoice(QStringLiteral("format"), format, formats));

    const bool tokens = measure == QLatin1String("tokens");
    const bool modelGiven = parsed->has(QStringLiteral("--model")) || parsed->has(QStringLiteral("--precision")) || parsed->has(QStringLiteral("--context"));
    if (modelGiven && !tokens)
        return bad(QStringLiteral("--model, --precision and --context are for --measure tokens"));
    DeploymentSet set(catalog);
    ServingSettings serving;
    if (tokens) {
        const QString modelId = parsed->value(QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"));
        const LlmModel *model = catalog.findLlmModel(modelId);
        if (!model)
            return bad(invalidChoice(QStringLiteral("model"), modelId, catalog.llmModelIds()));
        serving.model = *model;
        const QString precisionText = parsed->value(QStringLiteral("--precision"), QStringLiteral("fp8"));
        const auto precision = precisionFromKey(precisionText);
        if (!precision)
            return bad(invalidChoice(QStringLiteral("precision"), precisionText, precisionKeys()));
        serving.precision = *precision;
        bool ok = false;
        serving.context = parsed->value(QStringLiteral("--context"), QStringLiteral("4096")).toInt(&ok);
        if (!ok || serving.context < 1)
            return bad(QStringLiteral("--context: '%1' is not a positive number of tokens").arg(parsed->value(QStringLiteral("--context"))));
        set.setServing(serving);
    }

    // --power-chip CHIP: a group's megawatts as accelerators of that chip (in its default system, the default PUE)
    // and, with --measure tokens, their tokens/s.
    const Chip *powerChip = nullptr;
    SystemSpec powerSystem;
    std::optional<AcceleratorPower> powerOfChip;
    std::optional<double> powerTokens;
    if (parsed->has(QStringLiteral("--power-chip"))) {
        powerChip = catalog.findChip(parsed->value(QStringLiteral("--power-chip")));
        if (!powerChip)
            return bad(QStringLiteral("--power-chip: no chip '%1' (compute-atlas chips lists them)").arg(parsed->value(QStringLiteral("--power-chip"))));
        if (format != QLatin1String("json"))
            return bad(QStringLiteral("--power-chip adds power_holds to --format json"));
        powerSystem = defaultSystemFor(*powerChip, systems);
        powerOfChip = acceleratorPower(powerSystem, powerChip->tdpWatts, FacilityAssumptions{});
        if (tokens)
            if (const ServingEstimate e = estimateServing(*powerChip, serving); e.ok())
                powerTokens = e.tokensPerSPerChip;
    }
    const QList<const Deployment *> rows = set.select(filter);
    QList<DeploymentTotals> groups = set.groups(rows, *by);
    std::stable_sort(groups.begin(), groups.end(), [&](const DeploymentTotals &a, const DeploymentTotals &b) {
        return measureOf(a, measure) > measureOf(b, measure);
    });
    QList<NamedTotals> named;
    for (const DeploymentTotals &g : groups)
        named.append({g, set.groupName(*by, g.key, Language::English)});

    if (format == QLatin1String("csv")) {
        io.out << QString::fromUtf8(TableExport::toCsv(deploymentGroupsTable(named, tokens), false));
        return ExitCode::Ok;
    }
    if (format == QLatin1String("table")) {
        QList<QStringList> lines{{QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("installed"), QStringLiteral("planned"),
                                  QStringLiteral("unknown"), QStringLiteral("H100e"), QStringLiteral("MW"), QStringLiteral("sites"),
                                  QStringLiteral("as of")}};
        if (tokens)
            lines.first() << QStringLiteral("tokens/s");
        for (const NamedTotals &g : named) {
            const DeploymentTotals &t = g.totals;
            QString name = g.name;
            if (name.size() > 40)
                name = name.left(39) + QStringLiteral("…");
            QStringList line{t.key.left(24), name, fixedText(t.unitsInstalled), fixedText(t.unitsPlanned), fixedText(t.unitsUnknown),
                             fixedText(t.h100e), t.powerMw ? fixedText(*t.powerMw) : QStringLiteral("-"), QString::number(t.sites), t.asOf};
            if (tokens)
                line << fixedText(t.tokensPerS);
            lines << line;
        }
        QList<int> widths(lines.first().size(), 0);
        for (const QStringList &l : lines)
            for (int i = 0; i < l.size(); ++i)
                widths[i] = std::max(widths[i], int(l.at(i).size()));
        for (const QStringList &l : lines) {
            QStringList cells;
            for (int i = 0; i < l.size(); ++i)
                cells << (i < 2 || i == 8 ? l.at(i).leftJustified(widths[i]) : l.at(i).rightJustified(widths[i]));
            io.out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
        }
        const DeploymentTotals all = set.totals(rows);
        if (all.overlapUnits() > 0)
            io.out << "note: up to " << fixedText(all.overlapUnits()) << " units may be counted twice (rows that may overlap)\n";
        return ExitCode::Ok;
    }

    QJsonArray groupsJson;
    for (const NamedTotals &g : named) {
        QJsonObject o{{QStringLiteral("key"), g.totals.key}, {QStringLiteral("name"), g.name}};
        const QJsonObject t = totalsJson(g.totals, tokens);
        for (auto it = t.begin(); it != t.end(); ++it)
            o.insert(it.key(), it.value());
        // --power-chip: what the group's megawatts hold in that chip's system (issue 17).
        if (powerChip) {
            QJsonValue holds;
            if (g.totals.powerMw && powerOfChip) {
                const auto site = siteCapacity(*g.totals.powerMw, *powerOfChip, powerTokens);
                holds = QJsonObject{{QStringLiteral("chip_id"), powerChip->id},
                                    {QStringLiteral("system_id"), powerSystem.id},
                                    {QStringLiteral("facility_power_w_per_accelerator"), powerOfChip->facilityWatts},
                                    {QStringLiteral("accelerators"), site.accelerators},
                                    {QStringLiteral("tokens_per_s"), site.tokensPerSecond ? QJsonValue(*site.tokensPerSecond) : QJsonValue()}};
            }
            o.insert(QStringLiteral("power_holds"), holds);
        }
        groupsJson.append(o);
    }
    QJsonArray assumptions;
    for (const FamilyAssumption &a : set.assumptions()) {
        const double units = set.assumedUnits(rows, a.key);
        if (units <= 0)
            continue;
        assumptions.append(QJsonObject{{QStringLiteral("family"), a.key}, {QStringLiteral("label"), a.label},
                                       {QStringLiteral("chip_id"), a.chipId.isEmpty() ? QJsonValue() : QJsonValue(a.chipId)},
                                       {QStringLiteral("units"), units},
                                       {QStringLiteral("in_h100e"), !a.chipId.isEmpty()}});
    }
    QJsonObject out{{QStringLiteral("by"), byKey},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("measure"), measure},
                    {QStringLiteral("countries"), QJsonArray::fromStringList(filter.countries)},
                    {QStringLiteral("groups"), groupsJson},
                    {QStringLiteral("assumptions"), assumptions},
                    {QStringLiteral("h100_bf16_flops"), set.context().h100Bf16}};
    if (*by == GroupBy::Owner) {
        QList<const Deployment *> unattributed;
        for (const Deployment *d : rows)
            if (d->ownerId.isEmpty())
                unattributed << d;
        if (!unattributed.isEmpty())
            out.insert(QStringLiteral("unattributed"), totalsJson(set.totals(unattributed), tokens));
    }
    if (tokens) {
        QJsonArray perChip;
        QStringList chips = set.context().serving.keys();
        chips.sort();
        for (const QString &id : chips) {
            const ServingEstimate &e = set.context().serving.value(id);
            QJsonObject c{{QStringLiteral("chip_id"), id}};
            if (e.ok()) {
                c.insert(QStringLiteral("tokens_per_s_per_chip"), e.tokensPerSPerChip);
                c.insert(QStringLiteral("tensor_parallel"), e.tensorParallel);
                c.insert(QStringLiteral("batch"), double(e.batch));
                c.insert(QStringLiteral("working"), QJsonArray::fromStringList(e.working));
            } else {
                c.insert(QStringLiteral("error"), e.error);
            }
            perChip.append(c);
        }
        out.insert(QStringLiteral("model"), QJsonObject{{QStringLiteral("id"), serving.model.id},
                                                        {QStringLiteral("precision"), precisionKey(serving.precision)},
                                                        {QStringLiteral("kv_precision"), precisionKey(servingPrecision(serving.precision))},
                                                        {QStringLiteral("context"), serving.context},
                                                        {QStringLiteral("chips"), perChip}});
    }
    io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    return ExitCode::Ok;
}
