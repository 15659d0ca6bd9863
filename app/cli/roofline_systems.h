#pragma once
// `roofline ... --system ID` (issue 17): the options that cost a chip as part of a system (its IT power, its price,
// facility assumptions), taken out of the command line before the chip calculator reads it, and the `system`
// object each matching JSON result gains: all-in power, cost per accelerator-hour, USD per million tokens, tokens
// per second per MW, tokens per joule at the wall and what a gigawatt holds.

#include "catalog.h"
#include "roofline.h"
#include "system_economics.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

struct RooflineSystems {
    QList<const SystemSpec *> systems;
    FacilityAssumptions assumptions;
    QStringList rest; // the arguments left for the chip calculator
    // --tco capex|rental: how an accelerator-hour is costed. Given without --system, every chip asked for is costed
    // in its default system (defaultSystemFor). Empty when neither --tco nor --system is given.
    QString tco;
    std::optional<double> rentalUsdPerHour; // --rental-per-hour: a typed price per accelerator-hour
    QStringList rentalPriceChoices;         // --rental-price ID|PROVIDER (repeatable): offers of the price list
    QMap<QString, RentalPrice> rentalByChip; // the offer each costed chip is rented at (resolveRentalPrices)
    std::optional<double> powerMw;          // --power-mw: what a site of that facility power holds
};

// (defaultSystemFor, costInSystem: data/model/system_economics.h)

// The facility options `roofline --system/--tco` and `systems` both take, with one range each (the ranges the chip
// calculator states for --pue, --power-price and --years).
struct FacilityOption {
    const char *name;
    double min, max;
    double FacilityAssumptions::*field;
};
extern const FacilityOption kFacilityOptions[7];

// The systems asked for and the assumptions, or an error line naming the fix. Without --system the arguments pass
// through untouched.
ValueOrError<RooflineSystems> takeRooflineSystems(const QStringList &args, const QList<SystemSpec> &systems,
                                                  const QList<RentalPrice> &rentalPrices = {});

// With --rental-price: the offer each of `chipIds` is rented at — the first choice that is that chip's offer id, else
// the first provider among the choices with an offer for the chip. An error names a chip without one and its offers.
ValueOrError<QMap<QString, RentalPrice>> resolveRentalPrices(const QStringList &choices, const QStringList &chipIds,
                                                            const QList<RentalPrice> &rentalPrices);

// The `rental_price` object of a result: the offer, its price and where it comes from.
QJsonObject rentalPriceJson(const RentalPrice &price, const Catalog &catalog);

// The `system` object for a result of the system's chip at tokensPerSecondPerChip (null when it does not run).
QJsonObject rooflineSystemJson(const SystemSpec &system, const Catalog &catalog, const RooflineSystems &options,
                               std::optional<double> tokensPerSecondPerChip);

// The usage lines for `roofline --help`.
extern const char *const kRooflineSystemsUsage;
