#include "trend_fit.h"

#include <array>
#include <cmath>
#include <numbers>

namespace {

// Regularised incomplete beta I_x(a, b) by its continued fraction (Lentz's method), as in Numerical Recipes §6.4.
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    constexpr double epsilon = 1e-15;
    double c = 1.0;
    double d = 1.0 - (a + b) * x / (a + 1.0);
    d = 1.0 / (std::abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 300; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 + aa * d;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        c = 1.0 + aa / c;
        c = std::abs(c) < tiny ? tiny : c;
        h *= d * c;
        aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 + aa * d;
        d = 1.0 / (std::abs(d) < tiny ? tiny : d);
        c = 1.0 + aa / c;
        c = std::abs(c) < tiny ? tiny : c;
        const double step = d * c;
        h *= step;
        if (std::abs(step - 1.0) < epsilon)
            break;
    }
    return h;
}

double incompleteBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

// P(T ≤ t) for t ≥ 0.
double studentTCdf(double t, double nu)
{
    return 1.0 - 0.5 * incompleteBeta(nu / 2.0, 0.5, nu / (nu + t * t));
}

double studentTDensity(double t, double nu)
{
    return std::exp(std::lgamma((nu + 1) / 2) - std::lgamma(nu / 2) - 0.5 * std::log(nu * std::numbers::pi)
                    - (nu + 1) / 2 * std::log1p(t * t / nu));
}

double normalQuantile(double p)
{
    // Acklam's rational approximation (relative error below 1.2e-9), used only as Newton's starting point.
    static constexpr std::array<double, 6> a{-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                                             1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr std::array<double, 5> b{-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                             6.680131188771972e+01,  -1.328068155288572e+01};
    static constexpr std::array<double, 6> c{-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                             -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr std::array<double, 4> d{7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                             3.754408661907416e+00};
    const double q = std::min(p, 1 - p);
    double z;
    if (q < 0.02425) {
        const double r = std::sqrt(-2 * std::log(q));
        z = (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
        z = -z; // the lower tail's quantile is negative: z is now the upper tail's
    } else {
        const double r = (q - 0.5) * (q - 0.5);
        z = -(((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * (q - 0.5)
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    return p >= 0.5 ? z : -z;
}

} // namespace

namespace {
double computeStudentTQuantile(double p, int degreesOfFreedom);
}

double studentTQuantile(double p, int degreesOfFreedom)
{
    if (p <= 0 || p >= 1 || degreesOfFreedom < 1)
        return std::nan("");
    // Every fit asks for the 90 % interval's quantile; Newton's steps on the incomplete beta cost microseconds, so
    // those are remembered per degrees of freedom (the view refits on every change).
    if (p == 0.95 && degreesOfFreedom < 256) {
        thread_local std::array<double, 256> known{};
        double &t = known[size_t(degreesOfFreedom)];
        if (t == 0)
            t = computeStudentTQuantile(p, degreesOfFreedom);
        return t;
    }
    return computeStudentTQuantile(p, degreesOfFreedom);
}

namespace {
double computeStudentTQuantile(double p, int degreesOfFreedom)
{
    if (p < 0.5)
        return -computeStudentTQuantile(1 - p, degreesOfFreedom);
    const double nu = degreesOfFreedom;
    // Closed forms where they exist; Newton's method on the distribution function otherwise.
    if (degreesOfFreedom == 1)
        return std::tan(std::numbers::pi * (p - 0.5));
    if (degreesOfFreedom == 2)
        return (2 * p - 1) / std::sqrt(2 * p * (1 - p));
    const double z = normalQuantile(p);
    // Cornish–Fisher's first correction puts the start within a few per cent.
    double t = z + (z * z * z + z) / (4 * nu);
    for (int i = 0; i < 50; ++i) {
        const double step = (studentTCdf(t, nu) - p) / studentTDensity(t, nu);
        t -= step;
        if (std::abs(step) < 1e-13 * std::max(1.0, std::abs(t)))
            break;
    }
    return t;
}
} // namespace

TrendFit::Direction TrendFit::direction() const
{
    return slope > 0 ? Direction::Growing : slope < 0 ? Direction::Falling : Direction::Flat;
}

double TrendFit::valueAt(double x) const
{
    return std::pow(10.0, meanLog10 + slope * (x - meanX));
}

TrendFit fitTrend(const QList<TrendSample> &samples)
{
    TrendFit fit;
    fit.n = int(samples.size());
    if (fit.n < 3) {
        fit.problem = TrendFit::Problem::TooFewPoints;
        return fit;
    }
    for (const TrendSample &s : samples)
        if (!(s.value > 0) || !std::isfinite(s.value) || !std::isfinite(s.x)) {
            fit.problem = TrendFit::Problem::NonPositiveValue;
            return fit;
        }

    double sumX = 0, sumY = 0;
    for (const TrendSample &s : samples) {
        sumX += s.x;
        sumY += std::log10(s.value);
    }
    const double meanX = sumX / fit.n;
    const double meanY = sumY / fit.n;
    // Centred sums: decimal years are large numbers, and x·x sums would lose the digits that matter.
    double sxx = 0, sxy = 0, syy = 0;
    for (const TrendSample &s : samples) {
        const double dx = s.x - meanX;
        const double dy = std::log10(s.value) - meanY;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
    }
    if (sxx <= 1e-12 * std::max(1.0, std::abs(meanX))) {
        fit.problem = TrendFit::Problem::OneDate;
        return fit;
    }
    fit.meanX = meanX;
    fit.meanLog10 = meanY;
    fit.slope = sxy / sxx;
    if (std::abs(fit.slope) < 1e-15)
        fit.slope = 0; // equal values: exactly flat, not a rounding error's sign
    const double sse = std::max(0.0, syy - fit.slope * sxy);
    if (syy > 0)
        fit.r2 = std::clamp(1.0 - sse / syy, 0.0, 1.0);
    fit.slopeStdError = std::sqrt(sse / (fit.n - 2) / sxx);
    const double t = studentTQuantile(0.95, fit.n - 2); // a two-sided 90 % interval leaves 5 % in each tail
    fit.slopeLow = fit.slope - t * fit.slopeStdError;
    fit.slopeHigh = fit.slope + t * fit.slopeStdError;
    fit.growthPerYear = std::pow(10.0, fit.slope);

    const double log2 = std::log10(2.0);
    if (fit.slope > 0) {
        fit.doublingYears = log2 / fit.slope;
        fit.doublingLow = log2 / fit.slopeHigh;
        if (fit.slopeLow > 0)
            fit.doublingHigh = log2 / fit.slopeLow;
    } else if (fit.slope < 0) {
        fit.halvingYears = log2 / -fit.slope;
    }
    return fit;
}
