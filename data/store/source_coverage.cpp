#include "source_coverage.h"

#include <QHash>

SourceCoverage sourceCoverage(const Catalog &catalog)
{
    SourceCoverage coverage;
    for (const Chip &chip : catalog.chips()) {
        // claims() is oldest first, and of one date the later row wins: the last claim of a key is current.
        QHash<QString, SpecClaim> current;
        QStringList order;
        for (const SpecClaim &c : catalog.claims(chip.id)) {
            const QString key = claimKey(c.metric, c.precision) + (c.sparse ? QStringLiteral("|sparse") : QString());
            if (!current.contains(key))
                order << key;
            current.insert(key, c);
        }
        for (const QString &key : std::as_const(order)) {
            const SpecClaim &c = current.value(key);
            ++coverage.figures;
            if (catalog.hasOfficialPrimary(c))
                ++coverage.official;
            else if (chip.status == QLatin1String("shipping") && c.basis == QLatin1String("official"))
                coverage.unmarked << c;
        }
    }
    return coverage;
}
