#include "economics.h"

#include <QCoreApplication>

// Messages are translated in the context "Engine" (QtCore only: no tr() without a QObject), each one whole sentence;
// without a translator installed (the command line) they are the English source, unchanged.

ValueOrError<ChipHourCost> costPerChipHour(const Chip &chip, const CostAssumptions &a)
{
    using R = ValueOrError<ChipHourCost>;
    ChipHourCost cost;
    if (a.rentalUsdPerHour) {
        if (!(*a.rentalUsdPerHour > 0))
            return R::failure(QCoreApplication::translate("Engine", "the rental price per chip-hour must be positive"));
        cost.rented = true;
        cost.capitalUsdPerHour = *a.rentalUsdPerHour;
        cost.usdPerHour = cost.capitalUsdPerHour;
        return cost;
    }
    if (!a.priceUsd)
        return R::failure(QCoreApplication::translate("Engine", "give a rental price per chip-hour or a purchase price for %1", "%1: a chip id")
                              .arg(chip.id));
    if (!(*a.priceUsd > 0) || !(a.years > 0) || !(a.pue >= 1) || !(a.electricityUsdPerKWh >= 0))
        return R::failure(QCoreApplication::translate("Engine", "price and years must be positive, PUE at least 1, electricity price not negative"));
    if (!chip.tdpWatts || *chip.tdpWatts <= 0)
        return R::failure(QCoreApplication::translate("Engine", "%1 has no TDP figure in the dataset, so its power cost is unknown; "
                                                            "give a rental price instead", "%1: a chip id")
                               .arg(chip.id));
    cost.watts = *chip.tdpWatts;
    cost.capitalUsdPerHour = *a.priceUsd / (a.years * hoursPerYear);
    cost.powerUsdPerHour = cost.watts / 1000.0 * a.pue * a.electricityUsdPerKWh;
    cost.usdPerHour = cost.capitalUsdPerHour + cost.powerUsdPerHour;
    return cost;
}

TokenEconomics tokenEconomics(double tokensPerSecondPerChip, const ChipHourCost &cost)
{
    TokenEconomics e;
    e.usdPerChipHour = cost.usdPerHour;
    const double tokensPerHour = tokensPerSecondPerChip * 3600.0;
    e.usdPerMillionTokens = tokensPerHour > 0 ? cost.usdPerHour / tokensPerHour * 1e6 : 0;
    e.tokensPerUsd = cost.usdPerHour > 0 ? tokensPerHour / cost.usdPerHour : 0;
    return e;
}

double tokensPerJoule(double tokensPerSecondPerChip, double watts)
{
    return watts > 0 ? tokensPerSecondPerChip / watts : 0;
}
