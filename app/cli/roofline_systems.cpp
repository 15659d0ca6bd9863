#include "roofline_systems.h"

#include "cli_args.h"

#include <QJsonValue>

#include <cmath>

const char *const kRooflineSystemsUsage =
    "    [--system ID [--pue X] [--power-price USD_PER_KWH] [--years N] [--wacc R] [--utilization U]\n"
    "     [--tdp-overhead X] [--facility-capex-per-mw USD]]\n"
    "--system (repeatable; `compute-atlas systems` lists them) costs its chip as part of that system: each json result\n"
    "for the chip gains a `system` object with all_in_power_w (the system's IT power / accelerators, or the chip's\n"
    "TDP x --tdp-overhead, default 1.4, when no source gives the system's power: power_from says which),\n"
    "facility_power_w (x --pue), usd_per_accelerator_hour (the system price / accelerators + facility capex, repaid over\n"
    "--years at --wacc, + energy, / --utilization; null without a reported price), usd_per_million_tokens,\n"
    "tokens_per_s_per_mw, tokens_per_joule (at the wall), accelerators_per_gw, systems_per_gw, capex_usd_per_gw and\n"
    "tokens_per_s_per_gw, with the assumptions. The chip-only figures beside it are unchanged. With --system, --pue,\n"
    "--power-price and --years apply to the system; --price and --price-per-hour are not taken. Ranges: --wacc 0 to 1,\n"
    "--utilization 0.01 to 1, --tdp-overhead 1 to 5, --facility-capex-per-mw 0 to 1e9.\n";

namespace {

struct Option {
    const char *name;
    double min, max;
    double FacilityAssumptions::*field;
};

// The same ranges the chip calculator states for --pue, --power-price and --years.
const Option kOptions[] = {
    {"--pue", 1, 5, &FacilityAssumptions::pue},
    {"--power-price", 0, 100, &FacilityAssumptions::electricityUsdPerKWh},
    {"--years", 0.1, 50, &FacilityAssumptions::years},
    {"--wacc", 0, 1, &FacilityAssumptions::costOfCapital},
    {"--utilization", 0.01, 1, &FacilityAssumptions::utilization},
    {"--tdp-overhead", 1, 5, &FacilityAssumptions::tdpOverhead},
    {"--facility-capex-per-mw", 0, 1e9, &FacilityAssumptions::facilityCapexUsdPerMW},
};

QJsonValue orNull(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

} // namespace

ValueOrError<RooflineSystems> takeRooflineSystems(const QStringList &args, const QList<SystemSpec> &systems)
{
    using R = ValueOrError<RooflineSystems>;
    RooflineSystems out;
    if (!args.contains(QLatin1String("--system"))) {
        for (const Option &o : kOptions)
            if (QLatin1String(o.name) != QLatin1String("--pue") && QLatin1String(o.name) != QLatin1String("--power-price")
                && QLatin1String(o.name) != QLatin1String("--years") && args.contains(QLatin1String(o.name)))
                return R::failure(QStringLiteral("%1 needs --system ID (the system the chip is costed in)").arg(QLatin1String(o.name)));
        out.rest = args;
        return out;
    }
    for (const char *flag : {"--price", "--price-per-hour"})
        if (args.contains(QLatin1String(flag)))
            return R::failure(QStringLiteral("%1 cannot go with --system: the price comes from the system").arg(QLatin1String(flag)));
    QStringList ids;
    for (const SystemSpec &s : systems)
        ids << s.id;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const Option *option = nullptr;
        for (const Option &o : kOptions)
            if (a == QLatin1String(o.name))
                option = &o;
        if (a != QLatin1String("--system") && !option) {
            out.rest << a;
            continue;
        }
        if (i + 1 >= args.size())
            return R::failure(QStringLiteral("%1 needs a value").arg(a));
        const QString value = args.at(++i).trimmed();
        if (!option) {
            const qsizetype at = ids.indexOf(value.toLower());
            if (at < 0)
                return R::failure(invalidChoice(QStringLiteral("system"), value, ids));
            out.systems << &systems.at(at);
            continue;
        }
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < option->min || v > option->max)
            return R::failure(QStringLiteral("%1 '%2' is not a number from %3 to %4").arg(a, value).arg(option->min).arg(option->max));
        out.assumptions.*(option->field) = v;
    }
    return out;
}

QJsonObject rooflineSystemJson(const SystemSpec &system, const Catalog &catalog, const FacilityAssumptions &a,
                               std::optional<double> tokensPerSecondPerChip)
{
    const Chip *chip = catalog.findChip(system.chipId);
    const auto power = acceleratorPower(system, chip ? chip->tdpWatts : std::nullopt, a);
    QJsonObject o{{QStringLiteral("id"), system.id},
                  {QStringLiteral("name"), system.name},
                  {QStringLiteral("accelerators"), system.accelerators},
                  {QStringLiteral("scaleup_domain"), system.scaleupDomain ? QJsonValue(*system.scaleupDomain) : QJsonValue()},
                  {QStringLiteral("power_w"), orNull(system.powerW)},
                  {QStringLiteral("price_usd"), orNull(system.priceUsd)},
                  {QStringLiteral("price_basis"), system.priceBasis.isEmpty() ? QJsonValue() : QJsonValue(system.priceBasis)},
                  {QStringLiteral("source_id"), system.sourceId},
                  {QStringLiteral("assumptions"),
                   QJsonObject{{QStringLiteral("pue"), a.pue},
                               {QStringLiteral("power_price_usd_per_kwh"), a.electricityUsdPerKWh},
                               {QStringLiteral("years"), a.years},
                               {QStringLiteral("wacc"), a.costOfCapital},
                               {QStringLiteral("utilization"), a.utilization},
                               {QStringLiteral("tdp_overhead"), a.tdpOverhead},
                               {QStringLiteral("facility_capex_usd_per_mw"), a.facilityCapexUsdPerMW}}}};
    const char *const figures[] = {"power_from", "all_in_power_w", "facility_power_w", "usd_per_accelerator_hour",
                                   "usd_per_million_tokens", "tokens_per_s_per_mw", "tokens_per_joule", "accelerators_per_gw",
                                   "systems_per_gw", "capex_usd_per_gw", "tokens_per_s_per_gw"};
    for (const char *key : figures)
        o.insert(QLatin1String(key), QJsonValue());
    if (!power)
        return o; // neither the system's power nor the chip's TDP is known: every figure stays null
    const auto cost = acceleratorHourCost(system, *power, a);
    o.insert(QStringLiteral("power_from"), power->basis == AcceleratorPower::Basis::SystemPower ? QStringLiteral("system")
                                                                                                 : QStringLiteral("chip_tdp_x_overhead"));
    o.insert(QStringLiteral("all_in_power_w"), power->itWatts);
    o.insert(QStringLiteral("facility_power_w"), power->facilityWatts);
    o.insert(QStringLiteral("usd_per_accelerator_hour"), cost ? QJsonValue(cost->usdPerHour) : QJsonValue());
    const PerGigawatt gw = perGigawatt(system, *power, cost, tokensPerSecondPerChip);
    o.insert(QStringLiteral("accelerators_per_gw"), gw.accelerators);
    o.insert(QStringLiteral("systems_per_gw"), gw.systems);
    o.insert(QStringLiteral("capex_usd_per_gw"), orNull(gw.capexUsd));
    if (tokensPerSecondPerChip) {
        const SystemTokenEconomics e = systemTokenEconomics(*tokensPerSecondPerChip, *power, cost);
        o.insert(QStringLiteral("usd_per_million_tokens"), orNull(e.usdPerMillionTokens));
        o.insert(QStringLiteral("tokens_per_s_per_mw"), e.tokensPerSecondPerMW);
        o.insert(QStringLiteral("tokens_per_joule"), e.tokensPerJoule);
        o.insert(QStringLiteral("tokens_per_s_per_gw"), orNull(gw.tokensPerSecond));
    }
    return o;
}
