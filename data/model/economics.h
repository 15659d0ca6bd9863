#pragma once
// What a chip-hour costs and what that makes a token cost, with every assumption explicit (DESIGN §3).

#include "chip.h"
#include "roofline.h"

#include <optional>

// How a chip-hour is paid for. Either a rental price (which already includes power and hosting), or a
// purchase price written off evenly over `years` of round-the-clock use plus the electricity the chip draws
// at its TDP, times the facility's PUE.
struct CostAssumptions {
    std::optional<double> rentalUsdPerHour;  // USD per chip-hour
    std::optional<double> priceUsd;          // USD per chip, if bought
    double years = 4.0;                      // write-off period; 4 years is a common depreciation schedule for servers
    double pue = 1.2;                        // power usage effectiveness of a modern AI data hall
    double electricityUsdPerKWh = 0.08;      // an industrial US tariff
};

inline constexpr double hoursPerYear = 8766.0; // 365.25 × 24

struct ChipHourCost {
    double usdPerHour = 0;
    double capitalUsdPerHour = 0; // price / (years × 8766 h); the rental price when rented
    double powerUsdPerHour = 0;   // TDP (kW) × PUE × USD/kWh; 0 when rented
    bool rented = false;
    double watts = 0;             // the chip's TDP used for the power cost (0 when rented)
};

// Errors: neither a rental nor a price is given, a value is not positive, or the chip has no TDP
// (needed for the power cost of an owned chip).
ValueOrError<ChipHourCost> costPerChipHour(const Chip &chip, const CostAssumptions &assumptions);

// What a token costs at a throughput, assuming the chips run flat out (the roofline's upper bound: real
// utilisation is lower, so real costs are higher).
struct TokenEconomics {
    double usdPerChipHour = 0;
    double usdPerMillionTokens = 0; // USD per chip-hour / (tokens per chip-second × 3600) × 1e6
    double tokensPerUsd = 0;
};
TokenEconomics tokenEconomics(double tokensPerSecondPerChip, const ChipHourCost &cost);

// Tokens per joule of chip energy at TDP: a property of the chip, so facility overhead (PUE) is left out.
// TDP is the most a chip draws, so this is a lower bound on energy efficiency at this throughput.
double tokensPerJoule(double tokensPerSecondPerChip, double watts);
