#pragma once
// The side-by-side comparison of chips (issue 3): one row per metric, one column per chip, each cell with
// its value, its ratio to the baseline chip, whether it is the best of its row, whether it is projected, and
// the claim behind it. Pure computation on Chip values; the interface and the exporters present it.

#include "chip.h"
#include "system_economics.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

struct CompareCell {
    QVariant value;               // double for numbers, QString for text (process, status, dates); invalid = unknown
    std::optional<double> ratio;  // value / baseline value, for numbers where both are known
    bool best = false;            // best of its row among claimed (not projected) figures; rows with a direction only
    bool projected = false;       // the chip or the claim is a projection: draw it as one
    QList<SpecClaim> claims;      // the claims behind the value (current last); empty for derived rows' inputs
};

struct CompareRow {
    enum class Better { None, Higher, Lower };
    QString key;   // machine key: "bf16_flops", "memory_bandwidth", "ridge_bf16" …
    QString label; // English label; translated by the presenter with QCoreApplication::translate("CompareTable", label)
    QString unit;  // SI unit of the values ("FLOP/s", "B", "B/s", "W", "FLOP/B", "FLOP/s/W", "B/s/W", "" for text)
    Better better = Better::None;
    QString formula; // how a derived row is computed, in English ("dense BF16 FLOP/s ÷ memory bandwidth")
    QList<CompareCell> cells; // one per chip, in the table's chip order

    // Digits a value of this row is shown with, in the window and in every export: a vendor's figure keeps four;
    // a derived one is a ratio of rounded vendor numbers, and three digits are all it honestly has.
    int significantDigits() const { return formula.isEmpty() ? 4 : 3; }
};

struct CompareTable {
    QList<Chip> chips;
    int baseline = 0; // index into chips
    QList<CompareRow> rows;

    // Builds every row of issue 3 for `chips`; `baseline` must index into it (clamped otherwise). With the system
    // table, the rows of a chip's default system (defaultSystemFor): IT power and price per accelerator, each cell
    // citing the system row's source (issue 17); without it those rows stay empty.
    static CompareTable build(const QList<Chip> &chips, int baseline, const QList<SystemSpec> &systems = {});
    // The row keys in display order.
    static QStringList rowKeys();
};
