// Dates in the interface language with the precision the source gave (data/model/date_format.h).
#include "date_format.h"

#include <QTest>

class TestDateFormat : public QObject {
    Q_OBJECT
private slots:
    void partial_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("traditional");
        QTest::addColumn<QString>("simplified");
        QTest::newRow("year") << "2028" << "2028" << "2028 年" << "2028 年";
        QTest::newRow("half") << "2026-H2" << "H2 2026" << "2026 年下半年" << "2026 年下半年";
        QTest::newRow("first half") << "2026-H1" << "H1 2026" << "2026 年上半年" << "2026 年上半年";
        QTest::newRow("quarter") << "2022-Q4" << "Q4 2022" << "2022 年第 4 季" << "2022 年第 4 季度";
        QTest::newRow("month") << "2026-03" << "March 2026" << "2026 年 3 月" << "2026 年 3 月";
        QTest::newRow("day") << "2026-03-16" << "16 March 2026" << "2026 年 3 月 16 日" << "2026 年 3 月 16 日";
    }
    void partial()
    {
        QFETCH(QString, text);
        QFETCH(QString, english);
        QFETCH(QString, traditional);
        QFETCH(QString, simplified);
        QCOMPARE(DateFormat::text(text, Language::English), english);
        QCOMPARE(DateFormat::text(text, Language::TraditionalChinese), traditional);
        QCOMPARE(DateFormat::text(text, Language::SimplifiedChinese), simplified);
    }
    void notADateIsLeftAlone()
    {
        QCOMPARE(DateFormat::text(QString(), Language::TraditionalChinese), QString());
        QCOMPARE(DateFormat::text(QStringLiteral("soon"), Language::English), QStringLiteral("soon"));
    }
    void spans()
    {
        const auto d = [](const char *t) { return *PartialDate::parse(QString::fromLatin1(t)); };
        // GTC 2026, 16–19 March, San Jose.
        QCOMPARE(DateFormat::span(d("2026-03-16"), d("2026-03-19"), Language::English), QStringLiteral("16–19 March 2026"));
        QCOMPARE(DateFormat::span(d("2026-03-16"), d("2026-03-19"), Language::TraditionalChinese), QStringLiteral("2026 年 3 月 16–19 日"));
        QCOMPARE(DateFormat::span(d("2025-02-28"), d("2025-03-03"), Language::English), QStringLiteral("28 February – 3 March 2025"));
        QCOMPARE(DateFormat::span(d("2025-02-28"), d("2025-03-03"), Language::SimplifiedChinese), QStringLiteral("2025 年 2 月 28 日至 3 月 3 日"));
        QCOMPARE(DateFormat::span(d("2025-12"), d("2026-Q1"), Language::English), QStringLiteral("December 2025 – Q1 2026"));
        QCOMPARE(DateFormat::span(d("2026-03-16"), d("2026-03-16"), Language::English), QStringLiteral("16 March 2026"));
    }
};

QTEST_APPLESS_MAIN(TestDateFormat)
#include "tst_date_format.moc"
