#pragma once
// One figure of a chip as the views compute on it: the current dense value of a metric (or a quotient of two),
// whether it is a projection, and the claims behind it. Shared by the comparison table and the trend fits.

#include "chip.h"

#include <QList>
#include <optional>

struct ChipFigure {
    std::optional<double> value;
    bool projected = false;   // the chip or a claim behind the value is a projection
    QList<SpecClaim> claims;  // the current claims the value is made of
};

// The chip's current (newest, dense) claim of `metric` at `precision`; no value if it has none.
ChipFigure chipFigure(const Chip &chip, const QString &metric, std::optional<Precision> precision = std::nullopt);
// a ÷ b, known only when both are and b is positive; projected if either is.
ChipFigure quotient(const ChipFigure &a, const ChipFigure &b);
