#pragma once
// A log-linear trend, the way Epoch AI's hardware hub fits one: ordinary least squares of log10(value) on the date
// in decimal years. It gives the growth per year, the doubling time (or, for a falling trend, the halving time)
// with a 90 % interval from Student's t on n − 2 degrees of freedom, r² and the standard error of the slope.

#include <QList>
#include <optional>

struct TrendSample {
    double x = 0;     // decimal year (PartialDate::middleYear)
    double value = 0; // positive, in SI units
};

struct TrendFit {
    enum class Problem {
        None,
        TooFewPoints,     // fewer than three points: no line and no interval can be had
        OneDate,          // every point on the same date: the slope is undefined
        NonPositiveValue, // a value ≤ 0 (or not finite) has no logarithm
    };
    enum class Direction { Growing, Flat, Falling };

    Problem problem = Problem::None;
    int n = 0;
    double meanX = 0;      // the line passes through (meanX, meanLog10)
    double meanLog10 = 0;
    double slope = 0;      // log10 per year
    double slopeStdError = 0;
    double slopeLow = 0, slopeHigh = 0; // the slope's 90 % interval
    double growthPerYear = 1;           // 10^slope: ×1.8 per year
    std::optional<double> r2;           // none when every value is the same (nothing to explain)
    // Set only for a growing trend: years to double, and its 90 % interval. The high end is absent when the
    // interval of the slope reaches zero or below (the data cannot rule out no growth).
    std::optional<double> doublingYears, doublingLow, doublingHigh;
    std::optional<double> halvingYears; // set only for a falling trend

    bool ok() const { return problem == Problem::None; }
    Direction direction() const;
    // The fitted value at decimal year x.
    double valueAt(double x) const;
};

// Fits `samples`; a fit that cannot be made says why in `problem` (every other field then stays at its default).
TrendFit fitTrend(const QList<TrendSample> &samples);

// The p-quantile of Student's t distribution with `degreesOfFreedom` (≥ 1): t(0.95, 2) = 2.919986.
double studentTQuantile(double p, int degreesOfFreedom);
