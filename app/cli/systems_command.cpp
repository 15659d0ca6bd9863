#include "systems_command.h"

#include "cli_args.h"
#include "roofline_systems.h"
#include "data_table.h"
#include "table_export.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

const char *const kUsage =
    "usage: compute-atlas systems [--system ID]... [--format table|csv|json] [--pue X] [--power-price USD_PER_KWH]\n"
    "                             [--years N] [--wacc R] [--utilization U] [--tdp-overhead X]\n"
    "                             [--facility-capex-per-mw USD]\n"
    "       compute-atlas systems --rental-prices [--format table|csv|json]\n"
    "The systems that are bought and deployed (eight-GPU servers, racks, UltraServers, TPU pods), each with its\n"
    "accelerators, scale-up domain and bandwidth, scale-out bandwidth, IT power and price where a source reports them,\n"
    "and the economics per accelerator:\n"
    "  all_in_power_w            IT power per accelerator: the system's power / accelerators; without a system\n"
    "                            figure, the chip's TDP x --tdp-overhead (power_from says which)\n"
    "  facility_power_w          all_in_power_w x PUE: what one accelerator draws from the grid\n"
    "  capex_usd_per_accelerator system price / accelerators + facility capex per MW x facility power; a system\n"
    "                            without a reported price takes its chip's catalog price x accelerators (price_from:\n"
    "                            system or chip_price_x_accelerators; this leaves out the server, network and rack)\n"
    "  usd_per_accelerator_hour  capex repaid over --years at --wacc (8,766 h a year) + facility kW x --power-price,\n"
    "                            / --utilization; null without a price\n"
    "  accelerators_per_gw, systems_per_gw, capex_usd_per_gw: what 1 GW of facility power holds\n"
    "Defaults: --pue 1.2, --power-price 0.08, --years 4, --wacc 0, --utilization 1, --tdp-overhead 1.4 (GB200\n"
    "NVL72: 120 kW / 72 GPUs = 1,667 W against a 1,200 W TDP), --facility-capex-per-mw 0 (not counted unless given).\n"
    "Ranges: --pue 1 to 5; --power-price 0 to 100; --years 0.1 to 50; --wacc 0 to 1; --utilization 0.01 to 1;\n"
    "--tdp-overhead 1 to 5; --facility-capex-per-mw 0 to 1e9. json and csv use SI units (W, B/s, USD).\n"
    "--rental-prices lists the public on-demand rental prices instead (the offers `roofline --tco rental\n"
    "--rental-price ID|PROVIDER` takes): provider, offer, chip, accelerators per instance, the instance's price, the\n"
    "price per accelerator-hour (instance price / accelerators), region, the date and the source of each.\n";

// One system with its economics under the assumptions.
struct SystemRow {
    const SystemSpec *system = nullptr; // as the table has it (its own price only)
    std::optional<AcceleratorPower> power;
    std::optional<AcceleratorHourCost> cost;
    std::optional<PerGigawatt> gigawatt;
    SystemCosting::PriceFrom priceFrom = SystemCosting::PriceFrom::None;
};

QString priceFrom(const SystemRow &r)
{
    switch (r.priceFrom) {
    case SystemCosting::PriceFrom::System: return QStringLiteral("system");
    case SystemCosting::PriceFrom::ChipPriceTimesAccelerators: return QStringLiteral("chip_price_x_accelerators");
    case SystemCosting::PriceFrom::Rental:
    case SystemCosting::PriceFrom::None: break;
    }
    return QString();
}

QJsonValue orNull(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); }
QJsonValue orNull(const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }
QVariant variant(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }

QString powerFrom(const SystemRow &r)
{
    if (!r.power)
        return QString();
    return r.power->basis == AcceleratorPower::Basis::SystemPower ? QStringLiteral("system") : QStringLiteral("chip_tdp_x_overhead");
}

std::optional<double> opt(bool has, double v) { return has ? std::optional<double>(v) : std::nullopt; }

QJsonObject assumptionsJson(const FacilityAssumptions &a)
{
    return QJsonObject{{QStringLiteral("pue"), a.pue},
                       {QStringLiteral("power_price_usd_per_kwh"), a.electricityUsdPerKWh},
                       {QStringLiteral("years"), a.years},
                       {QStringLiteral("wacc"), a.costOfCapital},
                       {QStringLiteral("utilization"), a.utilization},
                       {QStringLiteral("tdp_overhead"), a.tdpOverhead},
                       {QStringLiteral("facility_capex_usd_per_mw"), a.facilityCapexUsdPerMW}};
}

QByteArray json(const QList<SystemRow> &rows, const FacilityAssumptions &a)
{
    QJsonArray list;
    for (const SystemRow &r : rows) {
        const SystemSpec &s = *r.system;
        list.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("chip_id"), s.chipId},
            {QStringLiteral("accelerators"), s.accelerators},
            {QStringLiteral("scaleup_domain"), s.scaleupDomain ? QJsonValue(*s.scaleupDomain) : QJsonValue()},
            {QStringLiteral("scaleup_bandwidth_bytes_per_s"), orNull(s.scaleupBandwidth)},
            {QStringLiteral("scaleout_bandwidth_bytes_per_s"), orNull(s.scaleoutBandwidth)},
            {QStringLiteral("power_w"), orNull(s.powerW)},
            {QStringLiteral("power_basis"), orNull(s.powerBasis)},
            {QStringLiteral("price_usd"), orNull(s.priceUsd)},
            {QStringLiteral("price_basis"), orNull(s.priceBasis)},
            {QStringLiteral("price_on"), orNull(s.priceOn)},
            {QStringLiteral("price_source_id"), orNull(s.priceSourceId)},
            {QStringLiteral("available"), orNull(s.available)},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("claimed_on"), s.claimedOn},
            {QStringLiteral("source_id"), s.sourceId},
            {QStringLiteral("note"), orNull(s.note)},
            {QStringLiteral("power_from"), orNull(powerFrom(r))},
            {QStringLiteral("price_from"), r.cost ? orNull(priceFrom(r)) : QJsonValue()},
            {QStringLiteral("all_in_power_w"), orNull(opt(r.power.has_value(), r.power ? r.power->itWatts : 0))},
            {QStringLiteral("facility_power_w"), orNull(opt(r.power.has_value(), r.power ? r.power->facilityWatts : 0))},
            {QStringLiteral("capex_usd_per_accelerator"), orNull(opt(r.cost.has_value(), r.cost ? r.cost->capexUsd : 0))},
            {QStringLiteral("usd_per_accelerator_hour"), orNull(opt(r.cost.has_value(), r.cost ? r.cost->usdPerHour : 0))},
            {QStringLiteral("accelerators_per_gw"), orNull(opt(r.gigawatt.has_value(), r.gigawatt ? r.gigawatt->accelerators : 0))},
            {QStringLiteral("systems_per_gw"), orNull(opt(r.gigawatt.has_value(), r.gigawatt ? r.gigawatt->systems : 0))},
            {QStringLiteral("capex_usd_per_gw"), r.gigawatt ? orNull(r.gigawatt->capexUsd) : QJsonValue()},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("assumptions"), assumptionsJson(a)}, {QStringLiteral("systems"), list}})
        .toJson(QJsonDocument::Indented);
}

DataTable table(const QList<SystemRow> &rows)
{
    DataTable t;
    t.name = QStringLiteral("systems");
    t.columns = QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("chip_id"), QStringLiteral("accelerators"),
                            QStringLiteral("scaleup_domain"), QStringLiteral("scaleup_bandwidth_bytes_per_s"),
                            QStringLiteral("scaleout_bandwidth_bytes_per_s"), QStringLiteral("power_w"), QStringLiteral("power_basis"),
                            QStringLiteral("price_usd"), QStringLiteral("price_basis"), QStringLiteral("available"), QStringLiteral("status"),
                            QStringLiteral("source_id"), QStringLiteral("power_from"), QStringLiteral("price_from"), QStringLiteral("all_in_power_w"),
                            QStringLiteral("facility_power_w"), QStringLiteral("capex_usd_per_accelerator"),
                            QStringLiteral("usd_per_accelerator_hour"), QStringLiteral("accelerators_per_gw"),
                            QStringLiteral("systems_per_gw"), QStringLiteral("capex_usd_per_gw")};
    for (const SystemRow &r : rows) {
        const SystemSpec &s = *r.system;
        t.rows << QVariantList{s.id, s.name, s.chipId, s.accelerators, s.scaleupDomain ? QVariant(*s.scaleupDomain) : QVariant(),
                               variant(s.scaleupBandwidth), variant(s.scaleoutBandwidth), variant(s.powerW), s.powerBasis,
                               variant(s.priceUsd), s.priceBasis, s.available, s.status, s.sourceId, powerFrom(r),
                               r.cost ? priceFrom(r) : QString(),
                               r.power ? QVariant(r.power->itWatts) : QVariant(), r.power ? QVariant(r.power->facilityWatts) : QVariant(),
                               r.cost ? QVariant(r.cost->capexUsd) : QVariant(), r.cost ? QVariant(r.cost->usdPerHour) : QVariant(),
                               r.gigawatt ? QVariant(r.gigawatt->accelerators) : QVariant(),
                               r.gigawatt ? QVariant(r.gigawatt->systems) : QVariant(),
                               r.gigawatt ? variant(r.gigawatt->capexUsd) : QVariant()};
    }
    return t;
}

QString fixed(bool has, double v, double scale, int decimals)
{
    return has ? QString::number(v / scale, 'f', decimals) : QStringLiteral("-");
}

// Aligned text for people, in the units datasheets and deals use.
QString text(const QList<SystemRow> &rows)
{
    const QStringList header{QStringLiteral("id"), QStringLiteral("chip"), QStringLiteral("accel"), QStringLiteral("domain"),
                             QStringLiteral("scale-up TB/s"), QStringLiteral("power kW"), QStringLiteral("price $M"),
                             QStringLiteral("W/accel"), QStringLiteral("from"), QStringLiteral("$/accel-h"), QStringLiteral("accel/GW")};
    QList<QStringList> lines{header};
    for (const SystemRow &r : rows) {
        const SystemSpec &s = *r.system;
        lines << QStringList{s.id, s.chipId, QString::number(s.accelerators),
                             s.scaleupDomain ? QString::number(*s.scaleupDomain) : QStringLiteral("-"),
                             fixed(s.scaleupBandwidth.has_value(), s.scaleupBandwidth.value_or(0), 1e12, 2),
                             fixed(s.powerW.has_value(), s.powerW.value_or(0), 1e3, 1),
                             s.priceUsd ? QString::number(*s.priceUsd / 1e6, 'f', 2) + (s.priceBasis == QLatin1String("estimate") ? QStringLiteral(" est.") : QString())
                                        : QStringLiteral("-"),
                             fixed(r.power.has_value(), r.power ? r.power->itWatts : 0, 1, 0),
                             r.power ? (r.power->basis == AcceleratorPower::Basis::SystemPower ? QStringLiteral("system") : QStringLiteral("TDP x overhead"))
                                     : QStringLiteral("-"),
                             fixed(r.cost.has_value(), r.cost ? r.cost->usdPerHour : 0, 1, 2),
                             fixed(r.gigawatt.has_value(), r.gigawatt ? r.gigawatt->accelerators : 0, 1, 0)};
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &l : lines)
        for (int i = 0; i < l.size(); ++i)
            widths[i] = std::max(widths[i], int(l.at(i).size()));
    QString out;
    for (const QStringList &l : lines) {
        QStringList cells;
        for (int i = 0; i < l.size(); ++i)
            cells << (i < 2 || i == 8 ? l.at(i).leftJustified(widths[i]) : l.at(i).rightJustified(widths[i]));
        out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out;
}

// The public on-demand price list, one offer a row.
DataTable rentalTable(const QList<RentalPrice> &prices, const Catalog &catalog)
{
    DataTable t;
    t.name = QStringLiteral("rental_prices");
    t.columns = QStringList{QStringLiteral("id"), QStringLiteral("provider"), QStringLiteral("offer"), QStringLiteral("chip_id"),
                            QStringLiteral("system_id"), QStringLiteral("accelerators"), QStringLiteral("instance_usd_per_hour"),
                            QStringLiteral("usd_per_accelerator_hour"), QStringLiteral("region"), QStringLiteral("as_of"),
                            QStringLiteral("source_id"), QStringLiteral("source_url"), QStringLiteral("note")};
    for (const RentalPrice &p : prices) {
        const Source *source = catalog.source(p.sourceId);
        t.rows << QVariantList{p.id, p.provider, p.offer, p.chipId, p.systemId, p.accelerators, variant(p.instanceUsdPerHour),
                               p.usdPerAcceleratorHour, p.region, p.asOf, p.sourceId, source ? source->url : QString(), p.note};
    }
    return t;
}

QString rentalText(const QList<RentalPrice> &prices)
{
    QList<QStringList> lines{{QStringLiteral("id"), QStringLiteral("chip"), QStringLiteral("accel"), QStringLiteral("$/instance-h"),
                              QStringLiteral("$/accel-h"), QStringLiteral("as of"), QStringLiteral("source")}};
    for (const RentalPrice &p : prices)
        lines << QStringList{p.id, p.chipId, QString::number(p.accelerators),
                             p.instanceUsdPerHour ? QString::number(*p.instanceUsdPerHour, 'f', 2) : QStringLiteral("-"),
                             QString::number(p.usdPerAcceleratorHour, 'f', 3), p.asOf, p.sourceId};
    QList<int> widths(lines.first().size(), 0);
    for (const QStringList &l : lines)
        for (int i = 0; i < l.size(); ++i)
            widths[i] = std::max(widths[i], int(l.at(i).size()));
    QString out;
    for (const QStringList &l : lines) {
        QStringList cells;
        for (int i = 0; i < l.size(); ++i)
            cells << (i < 2 || i > 4 ? l.at(i).leftJustified(widths[i]) : l.at(i).rightJustified(widths[i]));
        out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace

int runSystemsCommand(const QStringList &args, const Catalog &catalog, const QList<SystemSpec> &systems, CliIo io,
                      const QList<RentalPrice> &rentalPrices)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        io.out << kUsage;
        return ExitCode::Ok;
    }
    QStringList valueOptions{QStringLiteral("--format"), QStringLiteral("--system")};
    for (const FacilityOption &o : kFacilityOptions)
        valueOptions << QLatin1String(o.name);
    QString error;
    const auto parsed = CliArgs::parse(args, {QStringLiteral("systems"), valueOptions, {QStringLiteral("--rental-prices")}, 0}, &error);
    if (!parsed) {
        io.err << "compute-atlas " << error << '\n';
        return ExitCode::BadUsage;
    }
    const QStringList formats{QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")};
    const QString format = parsed->value(QStringLiteral("--format"), QStringLiteral("table"));
    if (!formats.contains(format)) {
        io.err << "compute-atlas systems: " << invalidChoice(QStringLiteral("format"), format, formats) << '\n';
        return ExitCode::BadUsage;
    }
    if (parsed->has(QStringLiteral("--rental-prices"))) {
        for (const QString &other : valueOptions)
            if (other != QLatin1String("--format") && parsed->has(other)) {
                io.err << "compute-atlas systems: " << other << " does not go with --rental-prices (a price list has no assumptions)\n";
                return ExitCode::BadUsage;
            }
        if (format == QLatin1String("json")) {
            QJsonArray list;
            for (const RentalPrice &p : rentalPrices)
                list.append(rentalPriceJson(p, catalog));
            io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("rental_prices"), list}}).toJson(QJsonDocument::Indented));
        } else if (format == QLatin1String("csv")) {
            io.out << QString::fromUtf8(TableExport::toCsv(rentalTable(rentalPrices, catalog), false));
        } else {
            io.out << rentalText(rentalPrices);
        }
        return ExitCode::Ok;
    }
    FacilityAssumptions assumptions;
    for (const FacilityOption &o : kFacilityOptions) {
        const QString name = QLatin1String(o.name);
        if (!parsed->has(name))
            continue;
        bool ok = false;
        const double v = parsed->value(name).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < o.min || v > o.max) {
            io.err << "compute-atlas systems: " << name << " '" << parsed->value(name) << "' is not a number from " << o.min << " to " << o.max << '\n';
            return ExitCode::BadUsage;
        }
        assumptions.*o.field = v;
    }
    QStringList ids;
    for (const SystemSpec &s : systems)
        ids << s.id;
    QList<const SystemSpec *> chosen;
    for (const QString &id : parsed->values(QStringLiteral("--system"))) {
        const qsizetype i = ids.indexOf(id.trimmed().toLower());
        if (i < 0) {
            io.err << "compute-atlas systems: " << invalidChoice(QStringLiteral("system"), id, ids) << '\n';
            return ExitCode::BadUsage;
        }
        chosen << &systems.at(i);
    }
    if (chosen.isEmpty())
        for (const SystemSpec &s : systems)
            chosen << &s;

    QList<SystemRow> rows;
    for (const SystemSpec *s : chosen) {
        SystemRow r;
        r.system = s;
        if (const Chip *chip = catalog.findChip(s->chipId)) {
            const SystemCosting c = costInSystem(*s, *chip, assumptions, std::nullopt, std::nullopt);
            r.power = c.power;
            r.cost = c.cost;
            r.gigawatt = c.perGigawatt;
            r.priceFrom = c.priceFrom;
        }
        rows << r;
    }
    if (format == QLatin1String("json"))
        io.out << QString::fromUtf8(json(rows, assumptions));
    else if (format == QLatin1String("csv"))
        io.out << QString::fromUtf8(TableExport::toCsv(table(rows), false));
    else
        io.out << text(rows);
    return ExitCode::Ok;
}
