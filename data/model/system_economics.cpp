#include "system_economics.h"

#include "chip.h"
#include "economics.h"

#include <cmath>

std::optional<AcceleratorPower> acceleratorPower(const SystemSpec &system, std::optional<double> chipTdpWatts,
                                                 const FacilityAssumptions &assumptions)
{
    AcceleratorPower p;
    if (system.powerW && system.accelerators > 0) {
        p.basis = AcceleratorPower::Basis::SystemPower;
        p.itWatts = *system.powerW / system.accelerators;
    } else if (chipTdpWatts && *chipTdpWatts > 0) {
        p.basis = AcceleratorPower::Basis::ChipTdpTimesOverhead;
        p.itWatts = *chipTdpWatts * assumptions.tdpOverhead;
    } else {
        return std::nullopt;
    }
    p.facilityWatts = p.itWatts * assumptions.pue;
    return p;
}

double yearlyCapitalCharge(double capex, double years, double rate)
{
    if (rate == 0)
        return capex / years;
    return capex * rate / (1 - std::pow(1 + rate, -years));
}

namespace {
AcceleratorHourCost finish(AcceleratorHourCost c, const FacilityAssumptions &assumptions)
{
    c.usdPerHour = (c.capitalUsdPerHour + c.energyUsdPerHour) / assumptions.utilization;
    return c;
}
} // namespace

std::optional<AcceleratorHourCost> acceleratorHourCost(const SystemSpec &system, const AcceleratorPower &power,
                                                       const FacilityAssumptions &assumptions)
{
    if (!system.priceUsd || system.accelerators <= 0)
        return std::nullopt;
    AcceleratorHourCost c;
    c.capexUsd = *system.priceUsd / system.accelerators + assumptions.facilityCapexUsdPerMW * power.facilityWatts / 1e6;
    c.capitalUsdPerHour = yearlyCapitalCharge(c.capexUsd, assumptions.years, assumptions.costOfCapital) / hoursPerYear;
    c.energyUsdPerHour = power.facilityWatts / 1000 * assumptions.electricityUsdPerKWh;
    return finish(c, assumptions);
}

AcceleratorHourCost rentedAcceleratorHourCost(double usdPerHour, const FacilityAssumptions &assumptions)
{
    AcceleratorHourCost c;
    c.capitalUsdPerHour = usdPerHour;
    return finish(c, assumptions);
}

SystemTokenEconomics systemTokenEconomics(double tokensPerSecondPerAccelerator, const AcceleratorPower &power,
                                          const std::optional<AcceleratorHourCost> &cost)
{
    SystemTokenEconomics e;
    e.tokensPerSecondPerMW = tokensPerSecondPerAccelerator * 1e6 / power.facilityWatts;
    e.tokensPerJoule = tokensPerSecondPerAccelerator / power.facilityWatts;
    if (cost && tokensPerSecondPerAccelerator > 0)
        e.usdPerMillionTokens = cost->usdPerHour / (tokensPerSecondPerAccelerator * 3600) * 1e6;
    return e;
}

PerGigawatt perGigawatt(const SystemSpec &system, const AcceleratorPower &power, const std::optional<AcceleratorHourCost> &cost,
                        std::optional<double> tokensPerSecondPerAccelerator)
{
    PerGigawatt g;
    g.accelerators = 1e9 / power.facilityWatts;
    g.systems = system.accelerators > 0 ? g.accelerators / system.accelerators : 0;
    if (cost && cost->capexUsd > 0)
        g.capexUsd = g.accelerators * cost->capexUsd;
    if (tokensPerSecondPerAccelerator)
        g.tokensPerSecond = g.accelerators * *tokensPerSecondPerAccelerator;
    return g;
}

QList<SystemSpec> systemsOf(const QString &chipId, const QList<SystemSpec> &systems)
{
    QList<SystemSpec> out;
    for (const SystemSpec &s : systems)
        if (s.chipId == chipId)
            out << s;
    return out;
}

SystemSpec defaultSystemFor(const Chip &chip, const QList<SystemSpec> &systems)
{
    const QList<SystemSpec> own = systemsOf(chip.id, systems);
    for (const SystemSpec &s : own)
        if (s.priceUsd)
            return s;
    if (!own.isEmpty())
        return own.first();
    SystemSpec only;
    only.id = chip.id + QStringLiteral("-chip-only");
    only.name = chip.name;
    only.chipId = chip.id;
    only.accelerators = 1;
    only.status = chip.status;
    return only;
}

SystemCosting costInSystem(const SystemSpec &system, const Chip &chip, const FacilityAssumptions &assumptions,
                           std::optional<double> rentalUsdPerHour, std::optional<double> tokensPerSecondPerAccelerator)
{
    SystemCosting c;
    c.system = system;
    if (system.priceUsd) {
        c.priceFrom = SystemCosting::PriceFrom::System;
    } else if (chip.priceUsd && system.accelerators > 0) {
        c.system.priceUsd = *chip.priceUsd * system.accelerators;
        c.priceFrom = SystemCosting::PriceFrom::ChipPriceTimesAccelerators;
    }
    c.power = acceleratorPower(c.system, chip.tdpWatts, assumptions);
    if (!c.power)
        return c;
    if (rentalUsdPerHour) {
        c.cost = rentedAcceleratorHourCost(*rentalUsdPerHour, assumptions);
        c.priceFrom = SystemCosting::PriceFrom::Rental;
    } else {
        c.cost = acceleratorHourCost(c.system, *c.power, assumptions);
    }
    c.perGigawatt = perGigawatt(c.system, *c.power, c.cost, tokensPerSecondPerAccelerator);
    if (tokensPerSecondPerAccelerator && *tokensPerSecondPerAccelerator > 0)
        c.tokens = systemTokenEconomics(*tokensPerSecondPerAccelerator, *c.power, c.cost);
    return c;
}

SystemCosting costInSystem(const SystemSpec &system, const Chip &chip, const FacilityAssumptions &assumptions,
                           const RentalPrice &rental, std::optional<double> tokensPerSecondPerAccelerator)
{
    SystemCosting c = costInSystem(system, chip, assumptions, rental.usdPerAcceleratorHour, tokensPerSecondPerAccelerator);
    c.rentalPrice = rental;
    return c;
}

QList<RentalPrice> rentalPricesOf(const QString &chipId, const QList<RentalPrice> &prices)
{
    QList<RentalPrice> out;
    for (const RentalPrice &p : prices)
        if (p.chipId == chipId)
            out << p;
    return out;
}

SiteCapacity siteCapacity(double facilityMw, const AcceleratorPower &power, std::optional<double> tokensPerSecondPerAccelerator)
{
    SiteCapacity s;
    s.accelerators = facilityMw * 1e6 / power.facilityWatts;
    if (tokensPerSecondPerAccelerator)
        s.tokensPerSecond = s.accelerators * *tokensPerSecondPerAccelerator;
    return s;
}
