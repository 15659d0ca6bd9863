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
        QTest::newRow("ridge") << 295.37 << "FLOP/B" << "295.4 FLOP/B";
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
