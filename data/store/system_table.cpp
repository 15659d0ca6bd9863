#include "system_table.h"

#include "each_row.h"

QList<SystemSpec> loadSystems(const QList<QSqlDatabase> &databases)
{
    QList<SystemSpec> systems;
    // A database from before schema 7 has no system table: eachRow skips it.
    eachRow(databases,
            QStringLiteral("SELECT id, name, chip_id, accelerators, scaleup_domain, scaleup_bandwidth, scaleout_bandwidth, "
                           "power_w, power_basis, price_usd, price_basis, price_on, price_source_id, available, status, "
                           "claimed_on, source_id, note FROM system ORDER BY rowid"),
            [&](const SqlRow &q) {
                SystemSpec s;
                s.id = q.text(0);
                s.name = q.text(1);
                s.chipId = q.text(2);
                s.accelerators = q.value(3).toInt();
                if (!q.isNull(4))
                    s.scaleupDomain = q.value(4).toInt();
                s.scaleupBandwidth = q.number(5);
                s.scaleoutBandwidth = q.number(6);
                s.powerW = q.number(7);
                s.powerBasis = q.text(8);
                s.priceUsd = q.number(9);
                s.priceBasis = q.text(10);
                s.priceOn = q.text(11);
                s.priceSourceId = q.text(12);
                s.available = q.text(13);
                s.status = q.text(14);
                s.claimedOn = q.text(15);
                s.sourceId = q.text(16);
                s.note = q.text(17);
                systems << s;
            });
    return systems;
}

QList<RentalPrice> loadRentalPrices(const QList<QSqlDatabase> &databases)
{
    QList<RentalPrice> prices;
    // A database from before schema 8 has no rental_price table: eachRow skips it.
    eachRow(databases,
            QStringLiteral("SELECT id, provider, offer, chip_id, system_id, accelerators, instance_usd_per_hour, "
                           "usd_per_accelerator_hour, region, as_of, source_id, note FROM rental_price ORDER BY rowid"),
            [&](const SqlRow &q) {
                RentalPrice p;
                p.id = q.text(0);
                p.provider = q.text(1);
                p.offer = q.text(2);
                p.chipId = q.text(3);
                p.systemId = q.text(4);
                p.accelerators = q.value(5).toInt();
                p.instanceUsdPerHour = q.number(6);
                p.usdPerAcceleratorHour = q.value(7).toDouble();
                p.region = q.text(8);
                p.asOf = q.text(9);
                p.sourceId = q.text(10);
                p.note = q.text(11);
                prices << p;
            });
    return prices;
}
