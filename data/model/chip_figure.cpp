#include "chip_figure.h"

ChipFigure chipFigure(const Chip &chip, const QString &metric, std::optional<Precision> precision)
{
    ChipFigure f;
    const auto it = chip.currentClaims.constFind(claimKey(metric, precision));
    if (it == chip.currentClaims.constEnd())
        return f;
    f.value = it->value;
    f.projected = chip.isProjected(metric, precision);
    f.claims << *it;
    return f;
}

ChipFigure quotient(const ChipFigure &a, const ChipFigure &b)
{
    ChipFigure f;
    if (a.value && b.value && *b.value > 0)
        f.value = *a.value / *b.value;
    f.projected = a.projected || b.projected;
    f.claims = a.claims + b.claims;
    return f;
}
