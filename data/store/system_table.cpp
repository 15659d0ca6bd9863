#include "system_table.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
std::optional<double> optionalNumber(const QSqlQuery &q, int i)
{
    return q.isNull(i) ? std::nullopt : std::optional<double>(q.value(i).toDouble());
}
} // namespace

QList<SystemSpec> loadSystems(const QList<QSqlDatabase> &databases)
{
    QList<SystemSpec> systems;
    for (const QSqlDatabase &db : databases) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name, chip_id, accelerators, scaleup_domain, scaleup_bandwidth, scaleout_bandwidth, "
                                   "power_w, power_basis, price_usd, price_basis, price_on, price_source_id, available, status, "
                                   "claimed_on, source_id, note FROM system ORDER BY rowid")))
            continue; // a database from before schema 7 has no systems
        while (q.next()) {
            SystemSpec s;
            s.id = q.value(0).toString();
            s.name = q.value(1).toString();
            s.chipId = q.value(2).toString();
            s.accelerators = q.value(3).toInt();
            if (!q.isNull(4))
                s.scaleupDomain = q.value(4).toInt();
            s.scaleupBandwidth = optionalNumber(q, 5);
            s.scaleoutBandwidth = optionalNumber(q, 6);
            s.powerW = optionalNumber(q, 7);
            s.powerBasis = q.value(8).toString();
            s.priceUsd = optionalNumber(q, 9);
            s.priceBasis = q.value(10).toString();
            s.priceOn = q.value(11).toString();
            s.priceSourceId = q.value(12).toString();
            s.available = q.value(13).toString();
            s.status = q.value(14).toString();
            s.claimedOn = q.value(15).toString();
            s.sourceId = q.value(16).toString();
            s.note = q.value(17).toString();
            systems << s;
        }
    }
    return systems;
}
