#include "compare_table.h"

#include "chip_figure.h"

#include <QCoreApplication>
#include <cmath>
#include <functional>

namespace {

using Better = CompareRow::Better;

CompareCell numberCell(const ChipFigure &f)
{
    CompareCell c;
    if (f.value)
        c.value = *f.value;
    c.projected = f.projected;
    c.claims = f.claims;
    return c;
}

CompareCell textCell(const QString &text, bool projected)
{
    CompareCell c;
    if (!text.isEmpty())
        c.value = text;
    c.projected = projected;
    return c;
}

void markRatiosAndBest(CompareRow &row, int baseline)
{
    const QVariant base = baseline < row.cells.size() ? row.cells.at(baseline).value : QVariant();
    const bool numeric = base.typeId() == QMetaType::Double;
    // A projection is not a claim a chip can win a row with: "best" is chosen among claimed figures only.
    std::optional<double> best;
    int claimed = 0;
    for (CompareCell &c : row.cells) {
        if (c.value.typeId() != QMetaType::Double)
            continue;
        const double v = c.value.toDouble();
        if (numeric && base.toDouble() > 0)
            c.ratio = v / base.toDouble();
        if (c.projected)
            continue;
        ++claimed;
        if (row.better == Better::Higher && (!best || v > *best))
            best = v;
        if (row.better == Better::Lower && (!best || v < *best))
            best = v;
    }
    // More than one chip must have a value for "best" to mean anything.
    if (best && claimed > 1)
        for (CompareCell &c : row.cells)
            c.best = !c.projected && c.value.typeId() == QMetaType::Double && c.value.toDouble() == *best;
}

} // namespace

QStringList CompareTable::rowKeys()
{
    return {QStringLiteral("bf16_flops"), QStringLiteral("fp8_flops"), QStringLiteral("fp4_flops"),
            QStringLiteral("memory_capacity"), QStringLiteral("memory_bandwidth"), QStringLiteral("ridge_bf16"),
            QStringLiteral("ridge_fp8"), QStringLiteral("tdp"), QStringLiteral("flops_per_watt"),
            QStringLiteral("bandwidth_per_watt"), QStringLiteral("scaleup_bandwidth"), QStringLiteral("system_power_per_accelerator"),
            QStringLiteral("system_price_per_accelerator"), QStringLiteral("process"),
            QStringLiteral("status"), QStringLiteral("announced"), QStringLiteral("available")};
}

namespace {
// A system row's figure per accelerator as a cell with its provenance: the claim names the system's source (or the
// price's), its basis and date, and the system in its note.
CompareCell systemCell(const Chip &chip, const QList<SystemSpec> &systems, bool price)
{
    CompareCell c;
    if (systems.isEmpty())
        return c;
    const SystemSpec s = defaultSystemFor(chip, systems);
    const std::optional<double> whole = price ? s.priceUsd : s.powerW;
    if (!whole || s.accelerators <= 0)
        return c;
    SpecClaim claim;
    claim.id = s.id;
    claim.chipId = chip.id;
    claim.metric = price ? QStringLiteral("system_price_per_accelerator") : QStringLiteral("system_power_per_accelerator");
    claim.value = *whole / s.accelerators;
    claim.unit = price ? QStringLiteral("USD") : QStringLiteral("W");
    claim.basis = price ? s.priceBasis : s.powerBasis;
    claim.claimedOn = price ? s.priceOn : s.claimedOn;
    claim.sourceId = price ? s.priceSourceId : s.sourceId;
    claim.note = QStringLiteral("%1: %2 / %3. %4").arg(s.name).arg(*whole, 0, 'g', 10).arg(s.accelerators).arg(s.note);
    c.value = claim.value;
    c.projected = claim.isProjected() || s.status == QLatin1String("projected");
    c.claims << claim;
    return c;
}
} // namespace

CompareTable CompareTable::build(const QList<Chip> &chips, int baseline, const QList<SystemSpec> &systems)
{
    CompareTable t;
    t.chips = chips;
    t.baseline = chips.isEmpty() ? 0 : std::clamp(baseline, 0, int(chips.size()) - 1);

    struct Spec {
        const char *key;
        const char *label;
        const char *unit;
        Better better;
        const char *formula;
        std::function<CompareCell(const Chip &)> cell;
    };
    const auto flops = [](Precision p) { return [p](const Chip &c) { return numberCell(chipFigure(c, Metric::PeakFlops, p)); }; };
    const auto metric = [](const QString &m) { return [m](const Chip &c) { return numberCell(chipFigure(c, m)); }; };
    const auto ridge = [](Precision p) {
        return [p](const Chip &c) { return numberCell(quotient(chipFigure(c, Metric::PeakFlops, p), chipFigure(c, Metric::MemoryBandwidth))); };
    };
    const QList<Spec> specs{
        {"bf16_flops", QT_TRANSLATE_NOOP("CompareTable", "Dense BF16"), "FLOP/s", Better::Higher, "", flops(Precision::BF16)},
        {"fp8_flops", QT_TRANSLATE_NOOP("CompareTable", "Dense FP8"), "FLOP/s", Better::Higher, "", flops(Precision::FP8)},
        {"fp4_flops", QT_TRANSLATE_NOOP("CompareTable", "Dense FP4"), "FLOP/s", Better::Higher, "", flops(Precision::FP4)},
        {"memory_capacity", QT_TRANSLATE_NOOP("CompareTable", "Memory capacity"), "B", Better::Higher, "", metric(Metric::MemoryCapacity)},
        {"memory_bandwidth", QT_TRANSLATE_NOOP("CompareTable", "Memory bandwidth"), "B/s", Better::Higher, "", metric(Metric::MemoryBandwidth)},
        // The ridge point is where the roofline turns flat: below it a kernel is memory-bound. Lower is
        // easier to saturate, but it is a property, not a merit, so no row best is marked.
        {"ridge_bf16", QT_TRANSLATE_NOOP("CompareTable", "Ridge point (BF16)"), "FLOP/B", Better::None,
         QT_TRANSLATE_NOOP("CompareTable", "dense BF16 FLOP/s ÷ memory bandwidth"), ridge(Precision::BF16)},
        {"ridge_fp8", QT_TRANSLATE_NOOP("CompareTable", "Ridge point (FP8)"), "FLOP/B", Better::None,
         QT_TRANSLATE_NOOP("CompareTable", "dense FP8 FLOP/s ÷ memory bandwidth"), ridge(Precision::FP8)},
        {"tdp", QT_TRANSLATE_NOOP("CompareTable", "TDP"), "W", Better::None, "", metric(Metric::Tdp)},
        {"flops_per_watt", QT_TRANSLATE_NOOP("CompareTable", "BF16 FLOP/s per watt"), "FLOP/s/W", Better::Higher,
         QT_TRANSLATE_NOOP("CompareTable", "dense BF16 FLOP/s ÷ TDP"),
         [](const Chip &c) { return numberCell(quotient(chipFigure(c, Metric::PeakFlops, Precision::BF16), chipFigure(c, Metric::Tdp))); }},
        {"bandwidth_per_watt", QT_TRANSLATE_NOOP("CompareTable", "Bandwidth per watt"), "B/s/W", Better::Higher,
         QT_TRANSLATE_NOOP("CompareTable", "memory bandwidth ÷ TDP"),
         [](const Chip &c) { return numberCell(quotient(chipFigure(c, Metric::MemoryBandwidth), chipFigure(c, Metric::Tdp))); }},
        {"scaleup_bandwidth", QT_TRANSLATE_NOOP("CompareTable", "Scale-up bandwidth"), "B/s", Better::Higher, "", metric(Metric::ScaleupBandwidth)},
        // Issue 17: what the chip's system draws and costs per accelerator (host, network, fans; the rack's share).
        {"system_power_per_accelerator", QT_TRANSLATE_NOOP("CompareTable", "System power per accelerator"), "W", Better::None,
         "", [&systems](const Chip &c) { return systemCell(c, systems, false); }},
        {"system_price_per_accelerator", QT_TRANSLATE_NOOP("CompareTable", "System price per accelerator"), "USD", Better::None,
         "", [&systems](const Chip &c) { return systemCell(c, systems, true); }},
        {"process", QT_TRANSLATE_NOOP("CompareTable", "Process"), "", Better::None, "",
         [](const Chip &c) { return textCell(c.processNode, c.isProjected()); }},
        {"status", QT_TRANSLATE_NOOP("CompareTable", "Status"), "", Better::None, "",
         [](const Chip &c) { return textCell(c.status, c.isProjected()); }},
        {"announced", QT_TRANSLATE_NOOP("CompareTable", "Announced"), "", Better::None, "",
         [](const Chip &c) { return textCell(c.announced, false); }},
        {"available", QT_TRANSLATE_NOOP("CompareTable", "Available"), "", Better::None, "",
         [](const Chip &c) { return textCell(c.available, c.isProjected()); }},
    };
    for (const Spec &s : specs) {
        CompareRow row{QString::fromLatin1(s.key), QString::fromUtf8(s.label), QString::fromUtf8(s.unit), s.better,
                       QString::fromUtf8(s.formula), {}};
        for (const Chip &chip : chips)
            row.cells << s.cell(chip);
        markRatiosAndBest(row, t.baseline);
        t.rows << row;
    }
    return t;
}
