// Numbers follow the language (DESIGN §5): K/M/B/T in English, 萬/億/兆 in zh_TW, 万/亿/万亿 in zh_CN.
#include "number_format.h"

#include <QTest>

class TestNumberFormat : public QObject {
    Q_OBJECT
private slots:
    void countScaleForChartAxes()
    {
        // An axis up to 260,000 is labelled in thousands (K) in English, in 萬 / 万 (10,000) in Chinese.
        QCOMPARE(NumberFormat::countScale(260000, Language::English).factor, 1e3);
        QCOMPARE(NumberFormat::countScale(260000, Language::English).suffix, QStringLiteral("K"));
        QCOMPARE(NumberFormat::countScale(20e6, Language::English).suffix, QStringLiteral("M"));
        QCOMPARE(NumberFormat::countScale(260000, Language::TraditionalChinese).factor, 1e4);
        QCOMPARE(NumberFormat::countScale(260000, Language::TraditionalChinese).suffix, QStringLiteral("萬"));
        QCOMPARE(NumberFormat::countScale(20e6, Language::SimplifiedChinese).suffix, QStringLiteral("万"));
        QCOMPARE(NumberFormat::countScale(3e8, Language::SimplifiedChinese).suffix, QStringLiteral("亿"));
        QCOMPARE(NumberFormat::countScale(900, Language::English).factor, 1.0);
        QVERIFY(NumberFormat::countScale(900, Language::English).suffix.isEmpty());
    }

    void usd_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("expected");
        const int en = int(Language::English), tw = int(Language::TraditionalChinese), cn = int(Language::SimplifiedChinese);
        // OpenAI → Oracle: USD 300 billion = 300e9 = 3,000 × 1e8 (億).
        QTest::newRow("300B en") << 300e9 << en << "USD 300B";
        QTest::newRow("300B zh_TW") << 300e9 << tw << "3,000 億美元";
        QTest::newRow("300B zh_CN") << 300e9 << cn << "3,000 亿美元";
        // NVIDIA → OpenAI: up to USD 100 billion = 1,000 億.
        QTest::newRow("100B zh_TW") << 100e9 << tw << "1,000 億美元";
        // 1.4 trillion = 1.4 × 1e12 (兆; mainland press writes 万亿).
        QTest::newRow("1.4T en") << 1.4e12 << en << "USD 1.4T";
        QTest::newRow("1.4T zh_TW") << 1.4e12 << tw << "1.4 兆美元";
        QTest::newRow("1.4T zh_CN") << 1.4e12 << cn << "1.4 万亿美元";
        QTest::newRow("3B en") << 3e9 << en << "USD 3B";
        QTest::newRow("3B zh_TW") << 3e9 << tw << "30 億美元";
        QTest::newRow("38.5M en") << 38.5e6 << en << "USD 38.5M";
        // Small amounts: three significant digits in every language, a space before 美元.
        QTest::newRow("3 en") << 3.0 << en << "USD 3";
        QTest::newRow("3 zh_CN") << 3.0 << cn << "3 美元";
        QTest::newRow("0.009846 en") << 0.009846 << en << "USD 0.00985";
        QTest::newRow("0.009846 zh_TW") << 0.009846 << tw << "0.00985 美元";
        // 123,456,789 = 1.23456789 × 1e8: three digits "1.23 億", as English "USD 123M".
        QTest::newRow("123M zh_TW") << 123456789.0 << tw << "1.23 億美元";
        QTest::newRow("123M en") << 123456789.0 << en << "USD 123M";
    }
    void usd()
    {
        QFETCH(double, value);
        QFETCH(int, language);
        QFETCH(QString, expected);
        QCOMPARE(NumberFormat::usd(value, Language(language)), expected);
    }

    void count_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("expected");
        // South Korea's 260,000 GPUs = 26 × 1e4 (萬).
        QTest::newRow("260k en") << 260000.0 << int(Language::English) << "260K";
        QTest::newRow("260k zh_TW") << 260000.0 << int(Language::TraditionalChinese) << "26萬";
        QTest::newRow("260k zh_CN") << 260000.0 << int(Language::SimplifiedChinese) << "26万";
        // The US "20 million GPUs" = 2,000 × 1e4.
        QTest::newRow("20M en") << 20e6 << int(Language::English) << "20M";
        QTest::newRow("20M zh_TW") << 20e6 << int(Language::TraditionalChinese) << "2,000萬";
        QTest::newRow("small") << 950.0 << int(Language::TraditionalChinese) << "950";
        // Three significant digits in Chinese as in English: 23,836 → "2.38萬" beside "23.8K".
        QTest::newRow("23836 zh_TW") << 23836.0 << int(Language::TraditionalChinese) << "2.38萬";
        QTest::newRow("23836 en") << 23836.0 << int(Language::English) << "23.8K";
    }
    void count()
    {
        QFETCH(double, value);
        QFETCH(int, language);
        QFETCH(QString, expected);
        QCOMPARE(NumberFormat::count(value, Language(language)), expected);
    }

    void si_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("H100 BF16") << 989.5e12 << "FLOP/s" << "989.5 TFLOP/s";
        QTest::newRow("Rubin FP4") << 35e15 << "FLOP/s" << "35 PFLOP/s";
        QTest::newRow("H100 HBM") << 3.35e12 << "B/s" << "3.35 TB/s";
        // 80 GB of HBM is 80 × 2^30 B by the vendors' convention.
        QTest::newRow("H100 memory") << 85899345920.0 << "B" << "80 GB";
        QTest::newRow("H200 memory") << 141.0 * 1073741824.0 << "B" << "141 GB";
        QTest::newRow("TDP") << 1400.0 << "W" << "1,400 W";
        // A ridge point has no prefix, and "B" is written out: "B" alone reads as "billion".
        QTest::newRow("ridge") << 295.37 << "FLOP/B" << "295.4 FLOP/byte";
        QTest::newRow("ridge 1256") << 1256.0 << "FLOP/B" << "1,256 FLOP/byte";
        // The Roadmap's bytes of bandwidth per FLOP: H100 3.35e12 B/s ÷ 989.5e12 FLOP/s = 0.003386 bytes/FLOP.
        QTest::newRow("bytes per FLOP") << 3.35e12 / 989.5e12 << "B/FLOP" << "0.003386 bytes/FLOP";
        // One prefix per value: Rubin's dense BF16 4e15 is "4 PFLOP/s" wherever it is shown.
        QTest::newRow("Rubin BF16") << 4e15 << "FLOP/s" << "4 PFLOP/s";
        // Rounding carries into the next prefix: 999.96e12 rounds to 1,000 T, which is 1 P.
        QTest::newRow("carry") << 999.96e12 << "FLOP/s" << "1 PFLOP/s";
        // Memory stops at GB so capacities share one prefix: 1 TB of HBM4E (2^40 bytes) is 1,024 GB.
        QTest::newRow("Rubin Ultra memory") << 1099511627776.0 << "B" << "1,024 GB";
        // Llama-3.1-8B's KV cache per token: 131,072 bytes = 128 × 1,024.
        QTest::newRow("KV per token") << 131072.0 << "B" << "128 KB";
        QTest::newRow("bytes") << 500.0 << "B" << "500 bytes";
        QTest::newRow("bandwidth below 1 kB/s") << 500.0 << "B/s" << "500 bytes/s";
        QTest::newRow("ms") << 0.00464 << "s" << "4.64 ms";
        QTest::newRow("µs") << 2.5e-6 << "s" << "2.5 µs";
        QTest::newRow("seconds stay seconds") << 1234.0 << "s" << "1,234 s";
    }
    void si()
    {
        QFETCH(double, value);
        QFETCH(QString, unit);
        QFETCH(QString, expected);
        QCOMPARE(NumberFormat::si(value, unit), expected);
    }

    void decimalKeepsIntegerDigits()
    {
        QCOMPARE(NumberFormat::decimal(1234.5, 3), QStringLiteral("1,235"));
        QCOMPARE(NumberFormat::decimal(3.3512, 3), QStringLiteral("3.35"));
        QCOMPARE(NumberFormat::ratio(2.2727), QStringLiteral("2.27×"));
        // 0.998 is not "1.00×": three significant digits.
        QCOMPARE(NumberFormat::ratio(0.998), QStringLiteral("0.998×"));
    }

    void partsAddUpToTheText()
    {
        // What an exporter builds a number format from: the shown number is the value ÷ divisor.
        const NumberFormat::Parts flops = NumberFormat::siParts(989.5e12, QStringLiteral("FLOP/s"));
        QCOMPARE(flops.divisor, 1e12);
        QCOMPARE(flops.number, QStringLiteral("989.5"));
        QCOMPARE(flops.decimals, 1);
        QCOMPARE(flops.after, QStringLiteral(" TFLOP/s"));
        const NumberFormat::Parts memory = NumberFormat::siParts(288.0 * 1073741824.0, QStringLiteral("B"));
        QCOMPARE(memory.divisor, 1073741824.0);
        QCOMPARE(memory.text(), QStringLiteral("288 GB"));
        const NumberFormat::Parts yi = NumberFormat::usdParts(300e9, Language::TraditionalChinese);
        QCOMPARE(yi.divisor, 1e8);
        QCOMPARE(yi.text(), QStringLiteral("3,000 億美元"));
    }

    void languageCodes()
    {
        QCOMPARE(languageFromCode(u"zh_TW"), std::optional<Language>(Language::TraditionalChinese));
        QCOMPARE(languageFromCode(u"zh-Hans"), std::optional<Language>(Language::SimplifiedChinese));
        QVERIFY(!languageFromCode(u"fr").has_value());
        QCOMPARE(languageCode(Language::SimplifiedChinese), QStringLiteral("zh_CN"));
    }
};

QTEST_APPLESS_MAIN(TestNumberFormat)
#include "tst_number_format.moc"
