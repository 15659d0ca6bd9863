#include "roofline_systems.h"

#include "cli_args.h"

#include <QJsonValue>

#include <cmath>

const char *const kRooflineSystemsUsage =
    "    [--system ID | --tco capex|rental [--rental-per-hour USD | --rental-price ID|PROVIDER ...]] [--pue X]\n"
    "     [--power-price USD_PER_KWH] [--years N]\n"
    "     [--wacc R] [--utilization U] [--tdp-overhead X] [--facility-capex-per-mw USD] [--power-mw MW]\n"
    "--system (repeatable; `compute-atlas systems` lists them) costs its chip as part of that system: each json result\n"
    "for the chip gains a `system` object with all_in_power_w (the system's IT power / accelerators, or the chip's\n"
    "TDP x --tdp-overhead, default 1.4, when no source gives the system's power: power_from says which),\n"
    "facility_power_w (x --pue), usd_per_accelerator_hour (the system price / accelerators + facility capex, repaid over\n"
    "--years at --wacc, + energy, / --utilization; null without a reported price), usd_per_million_tokens,\n"
    "tokens_per_s_per_mw, tokens_per_joule (at the wall), accelerators_per_gw, systems_per_gw, capex_usd_per_gw and\n"
    "tokens_per_s_per_gw, with the assumptions and their sources. The chip-only figures beside it are unchanged.\n"
    "--tco capex|rental (default capex) without --system costs every chip in its default system: the first of its\n"
    "systems with a price, else its first system, else the chip alone; a system without a price takes the chip's\n"
    "catalog price x accelerators (price_from says which). --tco rental needs --rental-per-hour USD (per accelerator-\n"
    "hour, power and hosting included: only / --utilization applies) or --rental-price: an offer of the public price\n"
    "lists (`compute-atlas systems --rental-prices` lists them with date and source) by id, or a provider (coreweave,\n"
    "lambda, google) whose first offer for each chip is taken; repeat it to rent chips at different offers. The\n"
    "system object then names the offer in assumptions.rental_price. --power-mw MW adds at_power_mw: accelerators,\n"
    "systems, capex_usd and tokens_per_s a site of that facility power holds. With --system or --tco, --pue,\n"
    "--power-price and --years apply to the system; --price and --price-per-hour are not taken. Ranges: --wacc 0 to 1,\n"
    "--utilization 0.01 to 1, --tdp-overhead 1 to 5, --facility-capex-per-mw 0 to 1e9, --rental-per-hour and\n"
    "--power-mw 0.001 to 1e6.\n";

const FacilityOption kFacilityOptions[7] = {
    {"--pue", 1, 5, &FacilityAssumptions::pue},
    {"--power-price", 0, 100, &FacilityAssumptions::electricityUsdPerKWh},
    {"--years", 0.1, 50, &FacilityAssumptions::years},
    {"--wacc", 0, 1, &FacilityAssumptions::costOfCapital},
    {"--utilization", 0.01, 1, &FacilityAssumptions::utilization},
    {"--tdp-overhead", 1, 5, &FacilityAssumptions::tdpOverhead},
    {"--facility-capex-per-mw", 0, 1e9, &FacilityAssumptions::facilityCapexUsdPerMW},
};

namespace {

QJsonValue orNull(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

} // namespace

ValueOrError<RooflineSystems> takeRooflineSystems(const QStringList &args, const QList<SystemSpec> &systems,
                                                  const QList<RentalPrice> &rentalPrices)
{
    using R = ValueOrError<RooflineSystems>;
    RooflineSystems out;
    const bool costed = args.contains(QLatin1String("--system")) || args.contains(QLatin1String("--tco"));
    if (!costed) {
        for (const FacilityOption &o : kFacilityOptions)
            if (QLatin1String(o.name) != QLatin1String("--pue") && QLatin1String(o.name) != QLatin1String("--power-price")
                && QLatin1String(o.name) != QLatin1String("--years") && args.contains(QLatin1String(o.name)))
                return R::failure(QStringLiteral("%1 needs --system ID or --tco capex|rental (how the chip is costed)").arg(QLatin1String(o.name)));
        for (const char *flag : {"--rental-per-hour", "--rental-price", "--power-mw"})
            if (args.contains(QLatin1String(flag)))
                return R::failure(QStringLiteral("%1 needs --system ID or --tco capex|rental (how the chip is costed)").arg(QLatin1String(flag)));
        out.rest = args;
        return out;
    }
    for (const char *flag : {"--price", "--price-per-hour"})
        if (args.contains(QLatin1String(flag)))
            return R::failure(QStringLiteral("%1 cannot go with --system or --tco: the price comes from the system").arg(QLatin1String(flag)));
    QStringList ids;
    for (const SystemSpec &s : systems)
        ids << s.id;
    out.tco = QStringLiteral("capex");
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const FacilityOption *option = nullptr;
        for (const FacilityOption &o : kFacilityOptions)
            if (a == QLatin1String(o.name))
                option = &o;
        const bool ours = option || a == QLatin1String("--system") || a == QLatin1String("--tco")
                          || a == QLatin1String("--rental-per-hour") || a == QLatin1String("--rental-price")
                          || a == QLatin1String("--power-mw");
        if (!ours) {
            out.rest << a;
            continue;
        }
        if (i + 1 >= args.size())
            return R::failure(QStringLiteral("%1 needs a value").arg(a));
        const QString value = args.at(++i).trimmed();
        if (a == QLatin1String("--system")) {
            const qsizetype at = ids.indexOf(value.toLower());
            if (at < 0)
                return R::failure(invalidChoice(QStringLiteral("system"), value, ids));
            out.systems << &systems.at(at);
            continue;
        }
        if (a == QLatin1String("--rental-price")) {
            QStringList valid;
            for (const RentalPrice &p : rentalPrices)
                if (!valid.contains(p.provider))
                    valid << p.provider;
            for (const RentalPrice &p : rentalPrices)
                valid << p.id;
            if (!valid.contains(value.toLower()))
                return R::failure(invalidChoice(QStringLiteral("rental price"), value, valid));
            out.rentalPriceChoices << value.toLower();
            continue;
        }
        if (a == QLatin1String("--tco")) {
            const QStringList modes{QStringLiteral("capex"), QStringLiteral("rental")};
            if (!modes.contains(value.toLower()))
                return R::failure(invalidChoice(QStringLiteral("tco"), value, modes));
            out.tco = value.toLower();
            continue;
        }
        const double min = option ? option->min : 0.001;
        const double max = option ? option->max : 1e6;
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < min || v > max)
            return R::failure(QStringLiteral("%1 '%2' is not a number from %3 to %4").arg(a, value).arg(min).arg(max));
        if (option)
            out.assumptions.*(option->field) = v;
        else if (a == QLatin1String("--rental-per-hour"))
            out.rentalUsdPerHour = v;
        else
            out.powerMw = v;
    }
    const bool priced = out.rentalUsdPerHour || !out.rentalPriceChoices.isEmpty();
    if (out.tco == QLatin1String("rental") && !priced)
        return R::failure(QStringLiteral("--tco rental needs --rental-price ID|PROVIDER (an offer of the public price lists: "
                                         "`compute-atlas systems --rental-prices`) or --rental-per-hour USD"));
    if (out.rentalUsdPerHour && !out.rentalPriceChoices.isEmpty())
        return R::failure(QStringLiteral("give --rental-price or --rental-per-hour, not both"));
    if (out.tco == QLatin1String("capex") && priced)
        return R::failure(QStringLiteral("%1 goes with --tco rental")
                              .arg(out.rentalUsdPerHour ? QStringLiteral("--rental-per-hour") : QStringLiteral("--rental-price")));
    return out;
}

ValueOrError<QMap<QString, RentalPrice>> resolveRentalPrices(const QStringList &choices, const QStringList &chipIds,
                                                            const QList<RentalPrice> &rentalPrices)
{
    using R = ValueOrError<QMap<QString, RentalPrice>>;
    QMap<QString, RentalPrice> out;
    if (choices.isEmpty())
        return out;
    for (const QString &chipId : chipIds) {
        const QList<RentalPrice> offers = rentalPricesOf(chipId, rentalPrices);
        const RentalPrice *found = nullptr;
        for (const QString &choice : choices)
            for (const RentalPrice &p : offers)
                if (!found && p.id == choice)
                    found = &p;
        for (const QString &choice : choices)
            for (const RentalPrice &p : offers)
                if (!found && p.provider == choice)
                    found = &p;
        if (!found) {
            QStringList ids;
            for (const RentalPrice &p : offers)
                ids << p.id;
            return R::failure(ids.isEmpty() ? QStringLiteral("no price list offers %1 (--rental-price %2); give --rental-per-hour USD for it")
                                                  .arg(chipId, choices.join(QLatin1Char(',')))
                                            : QStringLiteral("--rental-price %1 has no offer for %2; its offers: %3")
                                                  .arg(choices.join(QLatin1Char(',')), chipId, ids.join(QStringLiteral(", "))));
        }
        out.insert(chipId, *found);
    }
    return out;
}

QJsonObject rentalPriceJson(const RentalPrice &p, const Catalog &catalog)
{
    const Source *source = catalog.source(p.sourceId);
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("provider"), p.provider},
                       {QStringLiteral("offer"), p.offer},
                       {QStringLiteral("chip_id"), p.chipId},
                       {QStringLiteral("system_id"), p.systemId.isEmpty() ? QJsonValue() : QJsonValue(p.systemId)},
                       {QStringLiteral("accelerators"), p.accelerators},
                       {QStringLiteral("instance_usd_per_hour"), orNull(p.instanceUsdPerHour)},
                       {QStringLiteral("usd_per_accelerator_hour"), p.usdPerAcceleratorHour},
                       {QStringLiteral("region"), p.region.isEmpty() ? QJsonValue() : QJsonValue(p.region)},
                       {QStringLiteral("as_of"), p.asOf},
                       {QStringLiteral("source_id"), p.sourceId},
                       {QStringLiteral("source_title"), source ? QJsonValue(source->title) : QJsonValue()},
                       {QStringLiteral("source_url"), source && !source->url.isEmpty() ? QJsonValue(source->url) : QJsonValue()},
                       {QStringLiteral("note"), p.note}};
}

QJsonObject rooflineSystemJson(const SystemSpec &given, const Catalog &catalog, const RooflineSystems &options,
                               std::optional<double> tokensPerSecondPerChip)
{
    const FacilityAssumptions &a = options.assumptions;
    const Chip *chip = catalog.findChip(given.chipId);
    const bool rented = options.tco == QLatin1String("rental");
    const auto listed = options.rentalByChip.constFind(given.chipId);
    const bool fromList = rented && listed != options.rentalByChip.constEnd();
    const SystemCosting c = !chip     ? [&given] { SystemCosting unknownChip; unknownChip.system = given; return unknownChip; }()
                            : fromList ? costInSystem(given, *chip, a, *listed, tokensPerSecondPerChip)
                                       : costInSystem(given, *chip, a, rented ? options.rentalUsdPerHour : std::nullopt, tokensPerSecondPerChip);
    const SystemSpec &system = c.system;
    QString priceFrom;
    switch (c.priceFrom) {
    case SystemCosting::PriceFrom::None: break;
    case SystemCosting::PriceFrom::System: priceFrom = QStringLiteral("system"); break;
    case SystemCosting::PriceFrom::ChipPriceTimesAccelerators: priceFrom = QStringLiteral("chip_price_x_accelerators"); break;
    case SystemCosting::PriceFrom::Rental: priceFrom = QStringLiteral("rental"); break;
    }
    QJsonObject o{{QStringLiteral("id"), system.id},
                  {QStringLiteral("name"), system.name},
                  {QStringLiteral("accelerators"), system.accelerators},
                  {QStringLiteral("scaleup_domain"), system.scaleupDomain ? QJsonValue(*system.scaleupDomain) : QJsonValue()},
                  {QStringLiteral("power_w"), orNull(system.powerW)},
                  {QStringLiteral("price_usd"), orNull(system.priceUsd)},
                  {QStringLiteral("price_basis"), system.priceBasis.isEmpty() ? QJsonValue() : QJsonValue(system.priceBasis)},
                  {QStringLiteral("price_from"), priceFrom.isEmpty() ? QJsonValue() : QJsonValue(priceFrom)},
                  {QStringLiteral("source_id"), system.sourceId.isEmpty() ? QJsonValue() : QJsonValue(system.sourceId)},
                  {QStringLiteral("price_source_id"), system.priceSourceId.isEmpty() ? QJsonValue() : QJsonValue(system.priceSourceId)},
                  {QStringLiteral("note"), system.note},
                  {QStringLiteral("assumptions"),
                   QJsonObject{{QStringLiteral("tco"), options.tco},
                               {QStringLiteral("rental_usd_per_accelerator_hour"),
                                fromList ? QJsonValue(listed->usdPerAcceleratorHour) : orNull(options.rentalUsdPerHour)},
                               {QStringLiteral("rental_price"), fromList ? QJsonValue(rentalPriceJson(*listed, catalog)) : QJsonValue()},
                               {QStringLiteral("pue"), a.pue},
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
    if (!c.power)
        return o; // neither the system's power nor the chip's TDP is known: every figure stays null
    o.insert(QStringLiteral("power_from"), c.power->basis == AcceleratorPower::Basis::SystemPower ? QStringLiteral("system")
                                                                                                   : QStringLiteral("chip_tdp_x_overhead"));
    o.insert(QStringLiteral("all_in_power_w"), c.power->itWatts);
    o.insert(QStringLiteral("facility_power_w"), c.power->facilityWatts);
    o.insert(QStringLiteral("usd_per_accelerator_hour"), c.cost ? QJsonValue(c.cost->usdPerHour) : QJsonValue());
    const PerGigawatt &gw = *c.perGigawatt;
    o.insert(QStringLiteral("accelerators_per_gw"), gw.accelerators);
    o.insert(QStringLiteral("systems_per_gw"), gw.systems);
    o.insert(QStringLiteral("capex_usd_per_gw"), orNull(gw.capexUsd));
    if (c.tokens) {
        o.insert(QStringLiteral("usd_per_million_tokens"), orNull(c.tokens->usdPerMillionTokens));
        o.insert(QStringLiteral("tokens_per_s_per_mw"), c.tokens->tokensPerSecondPerMW);
        o.insert(QStringLiteral("tokens_per_joule"), c.tokens->tokensPerJoule);
        o.insert(QStringLiteral("tokens_per_s_per_gw"), orNull(gw.tokensPerSecond));
    }
    if (options.powerMw) {
        // A site of --power-mw MW of facility power holds that share of a gigawatt.
        const double share = *options.powerMw / 1000;
        o.insert(QStringLiteral("at_power_mw"),
                 QJsonObject{{QStringLiteral("power_mw"), *options.powerMw},
                             {QStringLiteral("accelerators"), gw.accelerators * share},
                             {QStringLiteral("systems"), gw.systems * share},
                             {QStringLiteral("capex_usd"), gw.capexUsd ? QJsonValue(*gw.capexUsd * share) : QJsonValue()},
                             {QStringLiteral("tokens_per_s"), gw.tokensPerSecond ? QJsonValue(*gw.tokensPerSecond * share) : QJsonValue()}});
    }
    return o;
}
