// Cost per chip-hour and per token, with the default assumptions spelled out.

#include "chip.h"
#include "economics.h"
#include "explain.h"

#include <QTest>
#include <cmath>

namespace {

Chip h100()
{
    Chip c;
    c.id = QStringLiteral("h100-sxm");
    c.peakFlops = {{Precision::BF16, 989.4e12}};
    c.memoryBandwidth = 3.35e12;
    c.tdpWatts = 700;
    return c;
}

bool near(double actual, double expected, double relative)
{
    return std::fabs(actual - expected) <= relative * std::fabs(expected);
}

} // namespace

class TestEconomics : public QObject {
    Q_OBJECT
private slots:
    void defaults()
    {
        const CostAssumptions a;
        QCOMPARE(a.years, 4.0);
        QCOMPARE(a.pue, 1.2);
        QCOMPARE(a.electricityUsdPerKWh, 0.08);
        QVERIFY(!a.rentalUsdPerHour);
        QVERIFY(!a.priceUsd);
    }

    void ownedChip()
    {
        // USD 25,000 over 4 years of 8766 h = 25000 / 35064 = 0.71298 USD/h;
        // power 0.7 kW × 1.2 PUE × 0.08 USD/kWh = 0.0672 USD/h; total 0.78018 USD per chip-hour.
        CostAssumptions a;
        a.priceUsd = 25000;
        const auto cost = costPerChipHour(h100(), a);
        QVERIFY2(cost.ok(), qPrintable(cost.error));
        QVERIFY(near(cost->capitalUsdPerHour, 0.712982, 1e-5));
        QVERIFY(near(cost->powerUsdPerHour, 0.0672, 1e-12));
        QVERIFY(near(cost->usdPerHour, 0.780182, 1e-5));
        QVERIFY(!cost->rented);

        // At 1000 tokens/s a chip makes 3.6e6 tokens an hour:
        // 0.780182 / 3.6e6 × 1e6 = 0.21672 USD per million tokens; 3.6e6 / 0.780182 = 4.614e6 tokens per USD.
        const TokenEconomics e = tokenEconomics(1000, *cost);
        QVERIFY(near(e.usdPerMillionTokens, 0.216717, 1e-5));
        QVERIFY(near(e.tokensPerUsd, 4.61431e6, 1e-5));
        QVERIFY(near(e.usdPerMillionTokens * e.tokensPerUsd, 1e6, 1e-12));

        const QStringList working = explainEconomics(a, *cost, e, 1000);
        QVERIFY2(working.first().contains(QStringLiteral("25000 / (4 × 8766) + 0.7 kW × 1.2 × 0.08 USD/kWh = 0.713 + 0.0672 = USD 0.7802")),
                 qPrintable(working.first()));
    }

    void rentedChip()
    {
        // USD 2.50 per chip-hour (power included) at 1000 tokens/s: 2.5 / 3.6 = 0.6944 USD per million tokens.
        CostAssumptions a;
        a.rentalUsdPerHour = 2.5;
        const auto cost = costPerChipHour(h100(), a);
        QVERIFY(cost.ok());
        QVERIFY(cost->rented);
        QCOMPARE(cost->powerUsdPerHour, 0.0);
        QVERIFY(near(tokenEconomics(1000, *cost).usdPerMillionTokens, 0.694444, 1e-5));
    }

    void tokensPerJoule()
    {
        // 1000 tokens/s at 700 W = 1.4286 tokens per joule.
        QVERIFY(near(::tokensPerJoule(1000, 700), 1.428571, 1e-6));
        QCOMPARE(::tokensPerJoule(1000, 0), 0.0);
        QVERIFY(explainTokensPerJoule(1000, 700).endsWith(QLatin1String("= 1.429")));
    }

    void errors()
    {
        QVERIFY(!costPerChipHour(h100(), CostAssumptions{}).ok());
        Chip noTdp = h100();
        noTdp.tdpWatts.reset();
        CostAssumptions a;
        a.priceUsd = 25000;
        const auto cost = costPerChipHour(noTdp, a);
        QVERIFY(!cost.ok());
        QVERIFY(cost.error.contains(QLatin1String("TDP")));
        a.years = 0;
        QVERIFY(!costPerChipHour(h100(), a).ok());
        CostAssumptions rent;
        rent.rentalUsdPerHour = -1;
        QVERIFY(!costPerChipHour(h100(), rent).ok());
    }
};

QTEST_APPLESS_MAIN(TestEconomics)
#include "tst_economics.moc"
