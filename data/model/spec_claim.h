#pragma once
// One dated, sourced figure about a chip, as the vendor or someone else claimed it (DESIGN §2.1).

#include "number_format.h"
#include "precision.h"

#include <QString>
#include <optional>

// The metrics a claim can be about, with their canonical SI unit.
namespace Metric {
inline const QString PeakFlops = QStringLiteral("peak_flops");             // FLOP/s (OP/s for int8)
inline const QString MemoryCapacity = QStringLiteral("memory_capacity");   // B
inline const QString MemoryBandwidth = QStringLiteral("memory_bandwidth"); // B/s
inline const QString Tdp = QStringLiteral("tdp");                          // W
inline const QString ScaleupBandwidth = QStringLiteral("scaleup_bandwidth"); // B/s per chip, bidirectional
inline const QString ScaleupDomain = QStringLiteral("scaleup_domain");     // chips
inline const QString Price = QStringLiteral("price");                      // USD per chip
}

struct SpecClaim {
    QString id; // the row's id, which citations name ("b200.bw.2025")
    QString chipId;
    QString metric;
    std::optional<Precision> precision; // only for peak_flops
    double value = 0.0;
    QString unit;
    bool sparse = false;
    QString basis;     // official, derived, reported, estimate, projected
    QString claimedOn; // partial ISO date
    QString sourceId;
    QString note;
    QString noteZhHant, noteZhHans; // the note in Chinese, where given (always for a projection: its method)

    bool isProjected() const { return basis == QStringLiteral("projected"); }
    // The note in `language`, or the English one where there is no translation; `translated` says which.
    QString localNote(Language language, bool *translated = nullptr) const;
};
