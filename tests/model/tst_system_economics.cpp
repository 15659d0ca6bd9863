// All-in power, the cost of an accelerator-hour, tokens per megawatt and what a gigawatt buys, checked by hand.
#include "system_economics.h"

#include "chip.h"

#include <QTest>

namespace {
SystemSpec rack()
{
    // A GB200 NVL72-like rack: 72 GPUs, 120 kW, $3,000,000.
    SystemSpec s;
    s.id = QStringLiteral("rack");
    s.accelerators = 72;
    s.powerW = 120000;
    s.priceUsd = 3000000;
    return s;
}
} // namespace

class TestSystemEconomics : public QObject {
    Q_OBJECT

private slots:
    void powerComesFromTheSystem()
    {
        FacilityAssumptions a; // PUE 1.2
        const auto p = acceleratorPower(rack(), 1200.0, a);
        QVERIFY(p);
        QCOMPARE(p->basis, AcceleratorPower::Basis::SystemPower);
        // 120,000 W / 72 = 1,666.67 W IT; × 1.2 = 2,000 W at the wall.
        QCOMPARE(p->itWatts, 120000.0 / 72);
        QCOMPARE(p->facilityWatts, 2000.0);
    }

    void powerFallsBackToTdpTimesOverhead()
    {
        SystemSpec s = rack();
        s.powerW.reset();
        FacilityAssumptions a;
        a.tdpOverhead = 1.5;
        a.pue = 1.3;
        const auto p = acceleratorPower(s, 1000.0, a);
        QVERIFY(p);
        QCOMPARE(p->basis, AcceleratorPower::Basis::ChipTdpTimesOverhead);
        // 1,000 W × 1.5 = 1,500 W IT; × 1.3 = 1,950 W.
        QCOMPARE(p->itWatts, 1500.0);
        QCOMPARE(p->facilityWatts, 1950.0);
        // Neither a system power nor a TDP: no figure, not a guess.
        QVERIFY(!acceleratorPower(s, std::nullopt, a));
    }

    void capitalCharge()
    {
        // Evenly: 100 / 4 = 25 a year.
        QCOMPARE(yearlyCapitalCharge(100, 4, 0), 25.0);
        // At 10 % over 2 years: 100 × 0.1 / (1 − 1.1^−2) = 10 / (1 − 0.826446) = 10 / 0.173554 = 57.619.
        QCOMPARE(qRound(yearlyCapitalCharge(100, 2, 0.10) * 1000), 57619);
    }

    void hourCostFromCapexAndEnergy()
    {
        FacilityAssumptions a; // 4 years, no cost of capital, $0.08/kWh, PUE 1.2, utilisation 1
        const auto p = acceleratorPower(rack(), std::nullopt, a);
        const auto c = acceleratorHourCost(rack(), *p, a);
        QVERIFY(c);
        // Capex: 3,000,000 / 72 = 41,666.67 per GPU; / (4 × 8,766 h) = 1.18830 USD/h.
        QCOMPARE(c->capexUsd, 3000000.0 / 72);
        QCOMPARE(qRound(c->capitalUsdPerHour * 1e5), 118830);
        // Energy: 2.0 kW × 0.08 = 0.16 USD/h.
        QCOMPARE(c->energyUsdPerHour, 0.16);
        QCOMPARE(qRound(c->usdPerHour * 1e5), 134830);

        // At 50 % utilisation an hour of paid work costs twice as much: 1.34830 / 0.5 = 2.69661.
        a.utilization = 0.5;
        QCOMPARE(qRound(acceleratorHourCost(rack(), *p, a)->usdPerHour * 1e5), 269661);

        // Facility capex of $10M per MW adds 10,000,000 × 2,000 W / 1e6 = $20,000 per GPU.
        a.utilization = 1;
        a.facilityCapexUsdPerMW = 10e6;
        QCOMPARE(acceleratorHourCost(rack(), *p, a)->capexUsd, 3000000.0 / 72 + 20000);

        // No price: no capex cost.
        SystemSpec s = rack();
        s.priceUsd.reset();
        QVERIFY(!acceleratorHourCost(s, *p, a));
    }

    void rentalIsDividedByUtilization()
    {
        FacilityAssumptions a;
        a.utilization = 0.8;
        // $4.00 an hour at 80 % utilisation: 4 / 0.8 = $5.00 per hour of paid work.
        QCOMPARE(rentedAcceleratorHourCost(4.0, a).usdPerHour, 5.0);
    }

    void tokensPerMegawattAndPerMillion()
    {
        FacilityAssumptions a;
        const auto p = acceleratorPower(rack(), std::nullopt, a); // 2,000 W at the wall
        const auto c = acceleratorHourCost(rack(), *p, a);      // 1.34830 USD/h
        const SystemTokenEconomics e = systemTokenEconomics(1000, *p, c);
        // 1,000 tokens/s per GPU × 1e6 / 2,000 W = 500,000 tokens/s per MW; 1,000 / 2,000 = 0.5 tokens per joule.
        QCOMPARE(e.tokensPerSecondPerMW, 500000.0);
        QCOMPARE(e.tokensPerJoule, 0.5);
        // 1.34830 / (1,000 × 3,600) × 1e6 = 0.374529 USD per million tokens.
        QVERIFY(e.usdPerMillionTokens);
        QCOMPARE(qRound(*e.usdPerMillionTokens * 1e6), 374529);
        QVERIFY(!systemTokenEconomics(1000, *p, std::nullopt).usdPerMillionTokens);
    }

    void whatAGigawattBuys()
    {
        FacilityAssumptions a;
        const auto p = acceleratorPower(rack(), std::nullopt, a);
        const auto c = acceleratorHourCost(rack(), *p, a);
        const PerGigawatt g = perGigawatt(rack(), *p, c, 1000.0);
        // 1e9 W / 2,000 W = 500,000 GPUs = 6,944.4 racks of 72; capex 500,000 × 41,666.67 = $20.83 billion;
        // 500,000 × 1,000 = 5e8 tokens/s.
        QCOMPARE(g.accelerators, 500000.0);
        QCOMPARE(qRound(g.systems * 10), 69444);
        QCOMPARE(qRound(*g.capexUsd / 1e6), 20833);
        QCOMPARE(*g.tokensPerSecond, 5e8);
    }

    void whatASiteHolds()
    {
        FacilityAssumptions a;
        const auto p = acceleratorPower(rack(), std::nullopt, a); // 2,000 W at the wall
        // 100 MW x 1e6 / 2,000 W = 50,000 accelerators; x 1,000 tokens/s = 5e7 tokens/s.
        const SiteCapacity s = siteCapacity(100, *p, 1000.0);
        QCOMPARE(s.accelerators, 50000.0);
        QCOMPARE(*s.tokensPerSecond, 5e7);
        QVERIFY(!siteCapacity(100, *p, std::nullopt).tokensPerSecond);
    }

    void theDefaultSystemOfAChip()
    {
        Chip chip;
        chip.id = QStringLiteral("x");
        chip.name = QStringLiteral("X");
        SystemSpec unpriced = rack();
        unpriced.id = QStringLiteral("server");
        unpriced.chipId = chip.id;
        unpriced.priceUsd.reset();
        SystemSpec priced = rack();
        priced.chipId = chip.id;
        SystemSpec other = rack();
        other.id = QStringLiteral("other");
        other.chipId = QStringLiteral("y");
        // The first with a price wins over an earlier one without.
        QCOMPARE(defaultSystemFor(chip, {other, unpriced, priced}).id, QStringLiteral("rack"));
        QCOMPARE(defaultSystemFor(chip, {other, unpriced}).id, QStringLiteral("server"));
        QCOMPARE(systemsOf(chip.id, {other, unpriced, priced}).size(), 2);
        // None: the chip alone, one accelerator.
        const SystemSpec alone = defaultSystemFor(chip, {other});
        QCOMPARE(alone.id, QStringLiteral("x-chip-only"));
        QCOMPARE(alone.accelerators, 1);
    }

    void costInSystemFallsBackToTheChipPrice()
    {
        Chip chip;
        chip.id = QStringLiteral("x");
        chip.tdpWatts = 1000;
        chip.priceUsd = 30000;
        SystemSpec server;
        server.id = QStringLiteral("server");
        server.chipId = chip.id;
        server.accelerators = 8;
        FacilityAssumptions a;
        // No system power or price: 1,000 W x 1.4 = 1,400 W IT x 1.2 = 1,680 W; 30,000 x 8 = 240,000 for the server,
        // 30,000 per chip / (4 x 8,766 h) = 0.85558 + 1.68 kW x 0.08 = 0.1344 -> 0.98998 USD an hour.
        const SystemCosting c = costInSystem(server, chip, a, std::nullopt, 2000.0);
        QCOMPARE(c.priceFrom, SystemCosting::PriceFrom::ChipPriceTimesAccelerators);
        QCOMPARE(*c.system.priceUsd, 240000.0);
        QCOMPARE(c.power->facilityWatts, 1680.0);
        QCOMPARE(qRound(c.cost->usdPerHour * 1e5), 98998);
        // 2,000 tokens/s x 1e6 / 1,680 W = 1,190,476 tokens/s per MW; 0.98998 / (2,000 x 3,600) x 1e6 = 0.137497 USD.
        QCOMPARE(qRound(c.tokens->tokensPerSecondPerMW), 1190476);
        QCOMPARE(qRound(*c.tokens->usdPerMillionTokens * 1e6), 137497);
        // 1e9 / 1,680 = 595,238 chips = 74,405 servers per GW.
        QCOMPARE(qRound(c.perGigawatt->accelerators), 595238);
        QCOMPARE(qRound(c.perGigawatt->systems), 74405);

        // Rented at 3.00 an hour at 75 % use: 3 / 0.75 = 4.00; nothing bought, so no capex per GW.
        a.utilization = 0.75;
        const SystemCosting rented = costInSystem(server, chip, a, 3.0, 2000.0);
        QCOMPARE(rented.priceFrom, SystemCosting::PriceFrom::Rental);
        QCOMPARE(rented.cost->usdPerHour, 4.0);
        QVERIFY(!rented.perGigawatt->capexUsd);

        // Neither a price nor a TDP: no power, no cost, nothing guessed.
        Chip bare;
        bare.id = QStringLiteral("x");
        const SystemCosting none = costInSystem(server, bare, a, std::nullopt, 2000.0);
        QVERIFY(!none.power && !none.cost && !none.tokens);
    }

    void rentedAtAPriceListsOffer()
    {
        Chip chip;
        chip.id = QStringLiteral("x");
        chip.tdpWatts = 1000;
        SystemSpec server;
        server.id = QStringLiteral("server");
        server.chipId = chip.id;
        server.accelerators = 8;
        RentalPrice offer;
        offer.id = QStringLiteral("cloud-x");
        offer.chipId = chip.id;
        offer.accelerators = 8;
        offer.instanceUsdPerHour = 49.24;
        offer.usdPerAcceleratorHour = 6.155; // 49.24 / 8
        FacilityAssumptions a;
        a.utilization = 0.5;
        // 6.155 / 0.5 = 12.31 an hour; 12.31 / (2,000 tokens/s x 3,600) x 1e6 = 1.709722 USD per million tokens.
        const SystemCosting c = costInSystem(server, chip, a, offer, 2000.0);
        QCOMPARE(c.priceFrom, SystemCosting::PriceFrom::Rental);
        QCOMPARE(c.rentalPrice->id, QStringLiteral("cloud-x"));
        QCOMPARE(qRound(c.cost->usdPerHour * 1e3), 12310);
        QCOMPARE(qRound(*c.tokens->usdPerMillionTokens * 1e6), 1709722);
        // A typed price names no offer.
        QVERIFY(!costInSystem(server, chip, a, 6.155, 2000.0).rentalPrice);
        // The offers of one chip, in the table's order.
        RentalPrice other = offer;
        other.id = QStringLiteral("cloud-y");
        other.chipId = QStringLiteral("y");
        const QList<RentalPrice> mine = rentalPricesOf(QStringLiteral("x"), {offer, other, offer});
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.first().id, QStringLiteral("cloud-x"));
    }
};

QTEST_GUILESS_MAIN(TestSystemEconomics)
#include "tst_system_economics.moc"
