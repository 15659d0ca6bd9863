// `compute-atlas systems` as a user runs it, on the bundled dataset: the JSON the issue asks for, the economics
// under default and chosen assumptions (checked by hand), CSV, and bad usage.
#include "cli_process.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTest>

class TestSystemsCommand : public QObject {
    Q_OBJECT

    CliProcess m_cli;

    CliProcess::Run systems(const QStringList &args) { return m_cli.run(QStringList{QStringLiteral("systems")} + args); }

    static QJsonObject find(const QJsonArray &array, const QString &id)
    {
        for (const QJsonValue &v : array)
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

private slots:
    void jsonListsEverySystemWithItsFigures()
    {
        const CliProcess::Run r = systems({QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = r.json().object().value(QStringLiteral("systems")).toArray();
        QVERIFY(list.size() >= 14);
        for (const QJsonValue &v : list)
            for (const char *key : {"id", "name", "chip_id", "accelerators", "scaleup_domain", "scaleup_bandwidth_bytes_per_s", "power_w",
                                    "price_usd", "available", "source_id"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        // GB200 NVL72: 72 GPUs, about 120 kW, a press estimate of about $3 million.
        const QJsonObject gb200 = find(list, QStringLiteral("gb200-nvl72"));
        QCOMPARE(gb200.value(QStringLiteral("accelerators")).toInt(), 72);
        QCOMPARE(gb200.value(QStringLiteral("power_w")).toDouble(), 120000.0);
        QCOMPARE(gb200.value(QStringLiteral("price_basis")).toString(), QStringLiteral("estimate"));
        QCOMPARE(gb200.value(QStringLiteral("power_from")).toString(), QStringLiteral("system"));
        // Defaults (PUE 1.2, $0.08/kWh, 4 years, no WACC, full use): 120,000 / 72 = 1,666.7 W IT, 2,000 W at the wall;
        // 3,000,000 / 72 = 41,666.67 / (4 × 8,766 h) = 1.18830 + 2 kW × 0.08 = 0.16 → 1.34830 USD per GPU-hour;
        // 1e9 / 2,000 = 500,000 GPUs per GW = 6,944.4 racks, 500,000 × 41,666.67 = $20.83 billion.
        QCOMPARE(qRound(gb200.value(QStringLiteral("all_in_power_w")).toDouble()), 1667);
        QCOMPARE(gb200.value(QStringLiteral("facility_power_w")).toDouble(), 2000.0);
        QCOMPARE(qRound(gb200.value(QStringLiteral("usd_per_accelerator_hour")).toDouble() * 1e5), 134830);
        QCOMPARE(gb200.value(QStringLiteral("accelerators_per_gw")).toDouble(), 500000.0);
        QCOMPARE(qRound(gb200.value(QStringLiteral("capex_usd_per_gw")).toDouble() / 1e6), 20833);
        // MI300X platform: no system power published, so the chip's 750 W TDP × 1.4 = 1,050 W, and it says so.
        const QJsonObject mi300x = find(list, QStringLiteral("mi300x-platform"));
        QCOMPARE(mi300x.value(QStringLiteral("power_from")).toString(), QStringLiteral("chip_tdp_x_overhead"));
        QCOMPARE(mi300x.value(QStringLiteral("all_in_power_w")).toDouble(), 1050.0);
        QVERIFY(mi300x.value(QStringLiteral("usd_per_accelerator_hour")).isNull()); // no price: no cost, not a guess
        // Trn2 UltraServer: neither a system power nor a Trainium2 TDP is published: null.
        QVERIFY(find(list, QStringLiteral("trn2-ultraserver")).value(QStringLiteral("all_in_power_w")).isNull());
    }

    void assumptionsChangeTheCost()
    {
        const CliProcess::Run r = systems({QStringLiteral("--system"), QStringLiteral("gb200-nvl72"), QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("--pue"), QStringLiteral("1.5"), QStringLiteral("--utilization"), QStringLiteral("0.5"),
                                           QStringLiteral("--power-price"), QStringLiteral("0.1")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = r.json().object();
        QCOMPARE(root.value(QStringLiteral("systems")).toArray().size(), 1);
        QCOMPARE(root.value(QStringLiteral("assumptions")).toObject().value(QStringLiteral("pue")).toDouble(), 1.5);
        const QJsonObject gb200 = root.value(QStringLiteral("systems")).toArray().first().toObject();
        // 1,666.67 W × 1.5 = 2,500 W; energy 2.5 kW × 0.10 = 0.25; (1.18830 + 0.25) / 0.5 = 2.87661 USD per hour.
        QCOMPARE(gb200.value(QStringLiteral("facility_power_w")).toDouble(), 2500.0);
        QCOMPARE(qRound(gb200.value(QStringLiteral("usd_per_accelerator_hour")).toDouble() * 1e5), 287661);
    }

    void csvAndTable()
    {
        const CliProcess::Run csv = systems({QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("id,name,chip_id,accelerators,"));
        QVERIFY(csv.out.contains("dgx-b200"));
        const CliProcess::Run table = systems({});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("gb200-nvl72"));
        QVERIFY2(table.out.contains("3.00 est."), table.out.constData()); // an estimated price says so
    }

    void rooflineCostsAChipInItsSystem()
    {
        const CliProcess::Run r = m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("gb200"),
                                                        QStringLiteral("--chip"), QStringLiteral("tpu-v7"), QStringLiteral("--system"),
                                                        QStringLiteral("gb200-nvl72"), QStringLiteral("--system"), QStringLiteral("tpu7x-pod"),
                                                        QStringLiteral("--model"), QStringLiteral("llama-3.1-70b"), QStringLiteral("--phase"),
                                                        QStringLiteral("decode"), QStringLiteral("--context"), QStringLiteral("4096"),
                                                        QStringLiteral("--batch"), QStringLiteral("64"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray results = r.json().object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject gb200 = results.at(0).toObject();
        const double tps = gb200.value(QStringLiteral("tokens_per_s_per_chip")).toDouble();
        QVERIFY(tps > 0);
        const QJsonObject system = gb200.value(QStringLiteral("system")).toObject();
        QCOMPARE(system.value(QStringLiteral("id")).toString(), QStringLiteral("gb200-nvl72"));
        // 2,000 W per GPU at the wall (120 kW / 72 × 1.2): tokens/s per MW = tokens/s per GPU × 1e6 / 2,000 and tokens per
        // joule = tokens/s / 2,000; 1.34830 USD an hour / (tokens/s × 3,600) × 1e6 per million tokens.
        QCOMPARE(system.value(QStringLiteral("facility_power_w")).toDouble(), 2000.0);
        QCOMPARE(system.value(QStringLiteral("tokens_per_s_per_mw")).toDouble(), tps * 1e6 / 2000);
        QCOMPARE(system.value(QStringLiteral("tokens_per_joule")).toDouble(), tps / 2000);
        const double usdPerHour = system.value(QStringLiteral("usd_per_accelerator_hour")).toDouble();
        QCOMPARE(qRound(usdPerHour * 1e5), 134830);
        QCOMPARE(system.value(QStringLiteral("usd_per_million_tokens")).toDouble(), usdPerHour / (tps * 3600) * 1e6);
        QCOMPARE(system.value(QStringLiteral("tokens_per_s_per_gw")).toDouble(), 500000 * tps);
        // Ironwood: a pod of 9,216 at 14.4 MW (derived from a 64-chip rack of 100 kW) = 1,562.5 W IT, 1,875 W at the wall.
        const QJsonObject ironwood = results.at(1).toObject().value(QStringLiteral("system")).toObject();
        QCOMPARE(ironwood.value(QStringLiteral("id")).toString(), QStringLiteral("tpu7x-pod"));
        QCOMPARE(ironwood.value(QStringLiteral("facility_power_w")).toDouble(), 1875.0);

        // A system whose chip is not asked for, and a price beside --system, are refused with the fix.
        const CliProcess::Run other = m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("b200"),
                                                            QStringLiteral("--system"), QStringLiteral("gb200-nvl72"), QStringLiteral("--intensity"),
                                                            QStringLiteral("100")});
        QCOMPARE(other.exitCode, 2);
        QVERIFY2(other.err.contains(QLatin1String("system 'gb200-nvl72' holds gb200; add --chip gb200")), qPrintable(other.err));
        const CliProcess::Run priced = m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("gb200"),
                                                             QStringLiteral("--system"), QStringLiteral("gb200-nvl72"), QStringLiteral("--price"),
                                                             QStringLiteral("30000"), QStringLiteral("--intensity"), QStringLiteral("100")});
        QCOMPARE(priced.exitCode, 2);
        QVERIFY2(priced.err.contains(QLatin1String("--price cannot go with --system")), qPrintable(priced.err));
        const CliProcess::Run wacc = m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("gb200"),
                                                           QStringLiteral("--wacc"), QStringLiteral("0.1"), QStringLiteral("--intensity"), QStringLiteral("100")});
        QCOMPARE(wacc.exitCode, 2);
        QVERIFY2(wacc.err.contains(QLatin1String("--wacc needs --system ID")), qPrintable(wacc.err));
    }

    // The "done when": Rubin against Ironwood, decode at 4,096 tokens, batch 256, FP8, costed as bought.
    void tcoCapexCostsEveryChipInItsDefaultSystem()
    {
        const CliProcess::Run r = m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("rubin"),
                                                        QStringLiteral("--chip"), QStringLiteral("tpu-v7"), QStringLiteral("--model"),
                                                        QStringLiteral("llama-3.1-70b"), QStringLiteral("--phase"), QStringLiteral("decode"),
                                                        QStringLiteral("--context"), QStringLiteral("4096"), QStringLiteral("--batch"),
                                                        QStringLiteral("256"), QStringLiteral("--precision"), QStringLiteral("fp8"),
                                                        QStringLiteral("--tco"), QStringLiteral("capex"), QStringLiteral("--format"),
                                                        QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray results = r.json().object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        // Rubin in the Vera Rubin rack: no rack power published, so 2,300 W TDP x 1.4 = 3,220 W IT, x 1.2 = 3,864 W;
        // Morgan Stanley's USD 7,803,148 / 72 = 108,377.06 per GPU / (4 x 8,766 h) = 3.09084 + 3.864 kW x 0.08 = 0.30912
        // -> 3.39996 USD per GPU-hour.
        const QJsonObject rubin = results.at(0).toObject();
        const QJsonObject rubinSystem = rubin.value(QStringLiteral("system")).toObject();
        QCOMPARE(rubinSystem.value(QStringLiteral("id")).toString(), QStringLiteral("vera-rubin-nvl144"));
        QCOMPARE(rubinSystem.value(QStringLiteral("power_from")).toString(), QStringLiteral("chip_tdp_x_overhead"));
        QCOMPARE(rubinSystem.value(QStringLiteral("facility_power_w")).toDouble(), 3864.0);
        QCOMPARE(rubinSystem.value(QStringLiteral("price_basis")).toString(), QStringLiteral("estimate"));
        QCOMPARE(qRound(rubinSystem.value(QStringLiteral("usd_per_accelerator_hour")).toDouble() * 1e5), 339996);
        const double rubinTps = rubin.value(QStringLiteral("tokens_per_s_per_chip")).toDouble();
        QVERIFY(rubinTps > 0);
        QCOMPARE(rubinSystem.value(QStringLiteral("tokens_per_s_per_mw")).toDouble(), rubinTps * 1e6 / 3864);
        QCOMPARE(rubinSystem.value(QStringLiteral("usd_per_million_tokens")).toDouble(),
                 rubinSystem.value(QStringLiteral("usd_per_accelerator_hour")).toDouble() / (rubinTps * 3600) * 1e6);
        const QJsonObject assumptions = rubinSystem.value(QStringLiteral("assumptions")).toObject();
        QCOMPARE(assumptions.value(QStringLiteral("tco")).toString(), QStringLiteral("capex"));
        QCOMPARE(assumptions.value(QStringLiteral("pue")).toDouble(), 1.2);
        QCOMPARE(assumptions.value(QStringLiteral("years")).toDouble(), 4.0);
        // Ironwood: 70.55 GB of weights and 171.8 GB of KV cache do not fit one chip's 192 GiB, so the pod splits the
        // model over the 2 chips that hold it (tp 2, inside its 9,216-chip domain). USD 21,000 per chip / (4 x 8,766 h)
        // = 0.59890 + 1.875 kW x 0.08 = 0.15 -> 0.74890 USD per chip-hour.
        const QJsonObject tpu = results.at(1).toObject();
        QCOMPARE(tpu.value(QStringLiteral("tp")).toInt(), 2);
        QVERIFY(tpu.contains(QStringLiteral("tp_from")));
        const QJsonObject tpuSystem = tpu.value(QStringLiteral("system")).toObject();
        QCOMPARE(tpuSystem.value(QStringLiteral("id")).toString(), QStringLiteral("tpu7x-pod"));
        QCOMPARE(qRound(tpuSystem.value(QStringLiteral("usd_per_accelerator_hour")).toDouble() * 1e5), 74890);
        const double tpuTps = tpu.value(QStringLiteral("tokens_per_s_per_chip")).toDouble();
        QVERIFY(tpuTps > 0);
        QCOMPARE(tpuSystem.value(QStringLiteral("tokens_per_s_per_mw")).toDouble(), tpuTps * 1e6 / 1875);
        QVERIFY(tpuSystem.value(QStringLiteral("usd_per_million_tokens")).toDouble() > 0);
        // 1e9 W / 1,875 W = 533,333.3 chips per GW; x USD 21,000 = USD 11.2 billion.
        QCOMPARE(qRound(tpuSystem.value(QStringLiteral("capex_usd_per_gw")).toDouble() / 1e6), 11200);
    }

    void tcoRentalAndPowerMw()
    {
        // Rented at USD 2.50 an accelerator-hour, 50% of hours paid: 2.50 / 0.5 = 5.00 USD per paid hour; a 100 MW site
        // of GB200 at 2,000 W at the wall holds 1e8 / 2,000 = 50,000 GPUs = 694.4 racks.
        const CliProcess::Run r = m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("gb200"),
                                                        QStringLiteral("--intensity"), QStringLiteral("100"), QStringLiteral("--tco"),
                                                        QStringLiteral("rental"), QStringLiteral("--rental-per-hour"), QStringLiteral("2.5"),
                                                        QStringLiteral("--utilization"), QStringLiteral("0.5"), QStringLiteral("--power-mw"),
                                                        QStringLiteral("100"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject system = r.json().object().value(QStringLiteral("results")).toArray().first().toObject()
                                       .value(QStringLiteral("system")).toObject();
        QCOMPARE(system.value(QStringLiteral("id")).toString(), QStringLiteral("gb200-nvl72"));
        QCOMPARE(system.value(QStringLiteral("usd_per_accelerator_hour")).toDouble(), 5.0);
        QVERIFY(system.value(QStringLiteral("capex_usd_per_gw")).isNull()); // rented: nothing bought
        const QJsonObject site = system.value(QStringLiteral("at_power_mw")).toObject();
        QCOMPARE(site.value(QStringLiteral("accelerators")).toDouble(), 50000.0);
        QCOMPARE(qRound(site.value(QStringLiteral("systems")).toDouble() * 10), 6944);

        // A chip without a system is costed alone at its catalog price: H200 has a USD 35,000 estimate and a 700 W TDP.
        const CliProcess::Run alone = m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("h200-sxm"),
                                                            QStringLiteral("--intensity"), QStringLiteral("100"), QStringLiteral("--tco"),
                                                            QStringLiteral("capex"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(alone.exitCode == 0, qPrintable(alone.err));
        const QJsonObject only = alone.json().object().value(QStringLiteral("results")).toArray().first().toObject()
                                     .value(QStringLiteral("system")).toObject();
        QCOMPARE(only.value(QStringLiteral("id")).toString(), QStringLiteral("h200-sxm-chip-only"));
        QCOMPARE(only.value(QStringLiteral("price_from")).toString(), QStringLiteral("chip_price_x_accelerators"));
        // 700 W x 1.4 = 980 W IT x 1.2 = 1,176 W; 35,000 / 35,064 h = 0.99817 + 1.176 x 0.08 = 0.09408 -> 1.09225.
        QCOMPARE(only.value(QStringLiteral("facility_power_w")).toDouble(), 1176.0);
        QCOMPARE(qRound(only.value(QStringLiteral("usd_per_accelerator_hour")).toDouble() * 1e5), 109225);

        const CliProcess::Run noRent = m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("gb200"),
                                                             QStringLiteral("--intensity"), QStringLiteral("100"), QStringLiteral("--tco"),
                                                             QStringLiteral("rental")});
        QCOMPARE(noRent.exitCode, 2);
        QVERIFY2(noRent.err.contains(QLatin1String("--tco rental needs --rental-price")), qPrintable(noRent.err));
        const CliProcess::Run badMode = m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("gb200"),
                                                              QStringLiteral("--intensity"), QStringLiteral("100"), QStringLiteral("--tco"),
                                                              QStringLiteral("lease")});
        QCOMPARE(badMode.exitCode, 2);
        QVERIFY2(badMode.err.contains(QLatin1String("capex")) && badMode.err.contains(QLatin1String("rental")), qPrintable(badMode.err));
    }

    void rentalPricesAreListedWithDateAndSource()
    {
        const CliProcess::Run r = systems({QStringLiteral("--rental-prices"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = r.json().object().value(QStringLiteral("rental_prices")).toArray();
        QVERIFY(list.size() >= 7);
        for (const QJsonValue &v : list) {
            const QJsonObject p = v.toObject();
            QVERIFY2(!p.value(QStringLiteral("as_of")).toString().isEmpty(), qPrintable(p.value(QStringLiteral("id")).toString()));
            QVERIFY2(!p.value(QStringLiteral("source_url")).toString().isEmpty(), qPrintable(p.value(QStringLiteral("id")).toString()));
        }
        // CoreWeave's 8-GPU HGX H100 at USD 49.24 an hour: 49.24 / 8 = 6.155 per GPU-hour, read 2026-09-20.
        const QJsonObject h100 = find(list, QStringLiteral("coreweave-hgx-h100"));
        QCOMPARE(h100.value(QStringLiteral("instance_usd_per_hour")).toDouble(), 49.24);
        QCOMPARE(h100.value(QStringLiteral("usd_per_accelerator_hour")).toDouble(), 6.155);
        QCOMPARE(h100.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-09-20"));
        // Google's TPU v6e-256 slice: 691.20 / 256 = 2.70 per chip-hour.
        QCOMPARE(find(list, QStringLiteral("google-cloud-tpu-v6e-256")).value(QStringLiteral("usd_per_accelerator_hour")).toDouble(), 2.70);
        const CliProcess::Run table = systems({QStringLiteral("--rental-prices")});
        QVERIFY2(table.out.contains("coreweave-gb200-nvl72") && table.out.contains("10.500"), table.out.constData());
        const CliProcess::Run mixed = systems({QStringLiteral("--rental-prices"), QStringLiteral("--pue"), QStringLiteral("1.3")});
        QCOMPARE(mixed.exitCode, 2);
    }

    void rentedAtAPriceList()
    {
        // H100 and B200 rented at Lambda's list: 3.99 and 6.69 per GPU-hour, 50 % of hours paid: 7.98 and 13.38.
        const auto run = [&](const QStringList &more) {
            return m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("h100"), QStringLiteral("--chip"),
                                         QStringLiteral("b200"), QStringLiteral("--intensity"), QStringLiteral("100"), QStringLiteral("--tco"),
                                         QStringLiteral("rental"), QStringLiteral("--utilization"), QStringLiteral("0.5"), QStringLiteral("--format"),
                                         QStringLiteral("json")}
                             + more);
        };
        const CliProcess::Run r = run({QStringLiteral("--rental-price"), QStringLiteral("lambda")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QMap<QString, QJsonObject> byChip;
        for (const QJsonValue &v : r.json().object().value(QStringLiteral("results")).toArray())
            byChip.insert(v.toObject().value(QStringLiteral("chip")).toString(), v.toObject().value(QStringLiteral("system")).toObject());
        QCOMPARE(byChip.value(QStringLiteral("h100-sxm")).value(QStringLiteral("usd_per_accelerator_hour")).toDouble(), 7.98);
        QCOMPARE(byChip.value(QStringLiteral("b200")).value(QStringLiteral("usd_per_accelerator_hour")).toDouble(), 13.38);
        const QJsonObject price = byChip.value(QStringLiteral("b200")).value(QStringLiteral("assumptions")).toObject()
                                      .value(QStringLiteral("rental_price")).toObject();
        QCOMPARE(price.value(QStringLiteral("id")).toString(), QStringLiteral("lambda-8x-b200"));
        QCOMPARE(price.value(QStringLiteral("source_id")).toString(), QStringLiteral("apievangelist-2026-09-lambda-pricing"));
        QVERIFY(price.value(QStringLiteral("source_url")).toString().startsWith(QLatin1String("https://")));
        // An offer by id comes before the provider: H100 at CoreWeave's 6.155 / 0.5 = 12.31, B200 still at Lambda's.
        const CliProcess::Run both = run({QStringLiteral("--rental-price"), QStringLiteral("lambda"), QStringLiteral("--rental-price"),
                                          QStringLiteral("coreweave-hgx-h100")});
        QVERIFY2(both.exitCode == 0, qPrintable(both.err));
        const QJsonArray results = both.json().object().value(QStringLiteral("results")).toArray();
        for (const QJsonValue &v : results) {
            const QJsonObject system = v.toObject().value(QStringLiteral("system")).toObject();
            const double expected = v.toObject().value(QStringLiteral("chip")).toString() == QLatin1String("h100-sxm") ? 12.31 : 13.38;
            QCOMPARE(qRound(system.value(QStringLiteral("usd_per_accelerator_hour")).toDouble() * 100), qRound(expected * 100));
        }
        // An unknown offer names the choices; a chip no price list offers says so; a typed price and a list are not both taken.
        const CliProcess::Run unknown = run({QStringLiteral("--rental-price"), QStringLiteral("aws")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("coreweave")) && unknown.err.contains(QLatin1String("lambda-8x-h100")), qPrintable(unknown.err));
        const CliProcess::Run missing = m_cli.run(QStringList{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("tpu-v6e"),
                                                              QStringLiteral("--intensity"), QStringLiteral("100"), QStringLiteral("--tco"),
                                                              QStringLiteral("rental"), QStringLiteral("--rental-price"), QStringLiteral("coreweave")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QLatin1String("google-cloud-tpu-v6e-256")), qPrintable(missing.err));
        const CliProcess::Run twice = run({QStringLiteral("--rental-price"), QStringLiteral("lambda"), QStringLiteral("--rental-per-hour"),
                                           QStringLiteral("2")});
        QCOMPARE(twice.exitCode, 2);
    }

    void tableAndCsvCarryTheSystemFigures()
    {
        // GB200 in its NVL72 rack with the defaults: 2,000 W at the wall, 1.34830 USD an accelerator-hour (as above).
        const QStringList args{QStringLiteral("roofline"), QStringLiteral("--chip"), QStringLiteral("gb200"), QStringLiteral("--intensity"),
                               QStringLiteral("100"), QStringLiteral("--tco"), QStringLiteral("capex")};
        const CliProcess::Run csv = m_cli.run(args + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QList<QByteArray> header = lines.at(0).trimmed().split(',');
        const QList<QByteArray> row = lines.at(1).trimmed().split(',');
        QCOMPARE(row.value(header.indexOf("system_id")), QByteArray("gb200-nvl72"));
        QCOMPARE(row.value(header.indexOf("system_facility_power_w")).toDouble(), 2000.0);
        QCOMPARE(qRound(row.value(header.indexOf("system_usd_per_accelerator_hour")).toDouble() * 1e5), 134830);
        const CliProcess::Run table = m_cli.run(args);
        QVERIFY2(table.out.contains("USD per accelerator-hour") && table.out.contains("power at the wall") && table.out.contains("2,000 W"),
                 table.out.constData());
    }

    void badUsageNamesTheChoices()
    {
        const CliProcess::Run system = systems({QStringLiteral("--system"), QStringLiteral("nvl9000")});
        QCOMPARE(system.exitCode, 2);
        QVERIFY2(system.err.contains(QLatin1String("gb200-nvl72")) && system.err.contains(QLatin1String("nvl9000")), qPrintable(system.err));
        const CliProcess::Run format = systems({QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(format.exitCode, 2);
        QVERIFY2(format.err.contains(QLatin1String("table, csv, json")), qPrintable(format.err));
        const CliProcess::Run pue = systems({QStringLiteral("--pue"), QStringLiteral("0.5")});
        QCOMPARE(pue.exitCode, 2);
        QVERIFY2(pue.err.contains(QLatin1String("--pue '0.5' is not a number from 1 to 5")), qPrintable(pue.err));
        QVERIFY(pue.out.isEmpty());
        const CliProcess::Run help = systems({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("usage: compute-atlas systems"));
    }
};

QTEST_MAIN(TestSystemsCommand)
#include "tst_systems_command.moc"
