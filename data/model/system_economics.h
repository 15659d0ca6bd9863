#pragma once
// Systems (servers, racks, UltraServers, pods) and what they cost to run per accelerator (issue 17): all-in power,
// the cost of an accelerator-hour from capex and energy, tokens per second per megawatt and what a gigawatt buys.
// Every assumption is a field with its default explained; nothing here reads the database.

#include <QList>
#include <QString>

#include <optional>

// One row of the system table (data/dataset/README.md): rates are per accelerator, power is the system's IT load.
struct SystemSpec {
    QString id;
    QString name;
    QString chipId;
    int accelerators = 0;
    std::optional<int> scaleupDomain;
    std::optional<double> scaleupBandwidth;  // B/s per accelerator
    std::optional<double> scaleoutBandwidth; // B/s per accelerator
    std::optional<double> powerW;            // the whole system's IT power
    QString powerBasis;
    std::optional<double> priceUsd;          // the whole system
    QString priceBasis;
    QString priceOn;
    QString priceSourceId;
    QString available;
    QString status;
    QString claimedOn;
    QString sourceId;
    QString note;
};

// One offer of a cloud's public on-demand price list (the rental_price table, schema 8), dated and sourced.
struct RentalPrice {
    QString id;
    QString provider; // the company selling it (coreweave, lambda, google)
    QString offer;    // the instance or slice as the list names it
    QString chipId;
    QString systemId; // empty when the dataset has no row for the system rented
    int accelerators = 0;
    std::optional<double> instanceUsdPerHour;
    double usdPerAcceleratorHour = 0;
    QString region;
    QString asOf;
    QString sourceId;
    QString note;
};

// The prices of `chipId`'s accelerators, in the table's order.
QList<RentalPrice> rentalPricesOf(const QString &chipId, const QList<RentalPrice> &prices);

struct FacilityAssumptions {
    double pue = 1.2;                   // power usage effectiveness of a modern AI data hall (as CostAssumptions)
    double electricityUsdPerKWh = 0.08; // an industrial US tariff (as CostAssumptions)
    double years = 4.0;                 // write-off period of the hardware
    double costOfCapital = 0.0;         // yearly rate the capex is financed at (WACC); 0 writes it off evenly
    double utilization = 1.0;           // share of hours the accelerators do paid work
    // IT power per accelerator over its chip's TDP, for a system without a published power figure. 1.4 is the
    // dataset's GB200 NVL72: 120 kW / 72 GPUs = 1,667 W against a 1,200 W TDP = 1.39.
    double tdpOverhead = 1.4;
    double facilityCapexUsdPerMW = 0.0; // buildings, power and cooling per MW of facility power; none unless given
};

// The power one accelerator draws from the grid.
struct AcceleratorPower {
    enum class Basis { SystemPower, ChipTdpTimesOverhead };
    Basis basis = Basis::SystemPower;
    double itWatts = 0;       // the system's IT power / accelerators, or the chip's TDP × tdpOverhead
    double facilityWatts = 0; // itWatts × PUE
};

// nullopt when the system has no power figure and the chip no TDP.
std::optional<AcceleratorPower> acceleratorPower(const SystemSpec &system, std::optional<double> chipTdpWatts,
                                                 const FacilityAssumptions &assumptions);

// The yearly payment that repays `capex` over `years` at `rate` (the capital recovery factor times capex):
// capex × r / (1 − (1 + r)^−years); capex / years when the rate is 0.
double yearlyCapitalCharge(double capex, double years, double rate);

struct AcceleratorHourCost {
    double capexUsd = 0;          // system price / accelerators + facility capex for the accelerator's facility power
    double capitalUsdPerHour = 0; // yearly capital charge / 8,766 h
    double energyUsdPerHour = 0;  // facility kW × USD per kWh
    double usdPerHour = 0;        // (capital + energy) / utilization: the cost of an hour of paid work
};

// nullopt when the system has no price.
std::optional<AcceleratorHourCost> acceleratorHourCost(const SystemSpec &system, const AcceleratorPower &power,
                                                       const FacilityAssumptions &assumptions);

// The same from a rental price per accelerator-hour (power and hosting included): / utilization only.
AcceleratorHourCost rentedAcceleratorHourCost(double usdPerHour, const FacilityAssumptions &assumptions);

// Throughput and cost at a workload's tokens per second per accelerator.
struct SystemTokenEconomics {
    double tokensPerSecondPerMW = 0;   // tokens/s per accelerator × 1e6 / facility watts
    double tokensPerJoule = 0;         // at the wall: tokens/s / facility watts
    std::optional<double> usdPerMillionTokens; // USD per hour / (tokens/s × 3,600) × 1e6
};
SystemTokenEconomics systemTokenEconomics(double tokensPerSecondPerAccelerator, const AcceleratorPower &power,
                                          const std::optional<AcceleratorHourCost> &cost);

// What a gigawatt of facility power holds — the unit deals are quoted in.
struct PerGigawatt {
    double accelerators = 0;              // 1e9 W / facility watts per accelerator
    double systems = 0;                   // accelerators / accelerators per system
    std::optional<double> capexUsd;       // accelerators × capex per accelerator
    std::optional<double> tokensPerSecond; // accelerators × tokens/s per accelerator
};
PerGigawatt perGigawatt(const SystemSpec &system, const AcceleratorPower &power, const std::optional<AcceleratorHourCost> &cost,
                        std::optional<double> tokensPerSecondPerAccelerator = std::nullopt);

struct Chip;

// The system a chip is costed in when none is chosen: the first of its systems with a price, else its first system,
// else a one-accelerator "chip only" system (id "<chip>-chip-only") that stands for the chip alone.
SystemSpec defaultSystemFor(const Chip &chip, const QList<SystemSpec> &systems);
// The systems that hold `chip`, in the table's order.
QList<SystemSpec> systemsOf(const QString &chipId, const QList<SystemSpec> &systems);

// A chip costed as part of a system, bought (capex) or rented: everything the Roofline view, its exports and the
// command line show, from one place.
struct SystemCosting {
    enum class PriceFrom { None, System, ChipPriceTimesAccelerators, Rental };
    SystemSpec system;                        // as chosen; priceUsd filled from the chip's price when the system has none
    PriceFrom priceFrom = PriceFrom::None;
    std::optional<AcceleratorPower> power;     // nullopt: neither system power nor chip TDP
    std::optional<AcceleratorHourCost> cost;   // nullopt: no price
    std::optional<SystemTokenEconomics> tokens; // with tokens/s per accelerator and a power figure
    std::optional<PerGigawatt> perGigawatt;    // with a power figure
    std::optional<RentalPrice> rentalPrice;    // the price list's offer the hour is rented at, when one was chosen
};
// A system without a reported price takes the chip's own price × accelerators (which leaves out the server, network
// and rack, so it undercounts: priceFrom says so). With rentalUsdPerHour the hour costs that / utilization instead.
SystemCosting costInSystem(const SystemSpec &system, const Chip &chip, const FacilityAssumptions &assumptions,
                           std::optional<double> rentalUsdPerHour, std::optional<double> tokensPerSecondPerAccelerator);
// Rented at a price list's offer: its USD per accelerator-hour, and the costing names the offer.
SystemCosting costInSystem(const SystemSpec &system, const Chip &chip, const FacilityAssumptions &assumptions,
                           const RentalPrice &rental, std::optional<double> tokensPerSecondPerAccelerator);

// What a site or a deal of `facilityMw` megawatts of facility power holds (Deployments, issue 17): MW × 1e6 ÷ the
// accelerator's facility watts, and that many accelerators' tokens/s where the workload's rate is given.
struct SiteCapacity {
    double accelerators = 0;
    std::optional<double> tokensPerSecond;
};
SiteCapacity siteCapacity(double facilityMw, const AcceleratorPower &power, std::optional<double> tokensPerSecondPerAccelerator);
