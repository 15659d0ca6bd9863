// Partial dates keep their precision: a quarter is a quarter, not its first day.
#include "partial_date.h"

#include <QTest>

class TestPartialDate : public QObject {
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("year") << "2028" << QDate(2028, 1, 1) << QDate(2028, 12, 31);
        QTest::newRow("half") << "2026-H2" << QDate(2026, 7, 1) << QDate(2026, 12, 31);
        QTest::newRow("quarter") << "2022-Q4" << QDate(2022, 10, 1) << QDate(2022, 12, 31);
        QTest::newRow("month") << "2024-02" << QDate(2024, 2, 1) << QDate(2024, 2, 29); // leap year
        QTest::newRow("day") << "2026-03-16" << QDate(2026, 3, 16) << QDate(2026, 3, 16);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const auto d = PartialDate::parse(text);
        QVERIFY(d.has_value());
        QCOMPARE(d->first(), first);
        QCOMPARE(d->last(), last);
        QCOMPARE(d->toString(), text); // round trip keeps the precision
    }
    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "26", "2025-13", "2025-02-30", "2025-Q5", "2025-H3", "March 2025", "2025/03", " 2025"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!PartialDate::parse(text).has_value());
    }
    void formatsAsTheLanguageWrites_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("traditional");
        QTest::addColumn<QString>("simplified");
        QTest::newRow("day") << "2025-09-22" << "22 Sep 2025" << "2025 年 9 月 22 日" << "2025 年 9 月 22 日";
        QTest::newRow("month") << "2025-05" << "May 2025" << "2025 年 5 月" << "2025 年 5 月";
        QTest::newRow("quarter") << "2026-Q1" << "Q1 2026" << "2026 年第 1 季" << "2026 年第 1 季度";
        QTest::newRow("half") << "2026-H2" << "H2 2026" << "2026 年下半年" << "2026 年下半年";
        QTest::newRow("year") << "2019" << "2019" << "2019 年" << "2019 年";
        QTest::newRow("not a date") << "soon" << "soon" << "soon" << "soon";
    }
    void formatsAsTheLanguageWrites()
    {
        QFETCH(QString, text);
        QFETCH(QString, english);
        QFETCH(QString, traditional);
        QFETCH(QString, simplified);
        QCOMPARE(PartialDate::formatted(text, Language::English), english);
        QCOMPARE(PartialDate::formatted(text, Language::TraditionalChinese), traditional);
        QCOMPARE(PartialDate::formatted(text, Language::SimplifiedChinese), simplified);
    }

    void ordersCoarseBeforeFine()
    {
        // "2025" and "2025-01" start on the same day; the finer one counts as newer.
        QVERIFY(PartialDate::parse(u"2025")->sortKey() < PartialDate::parse(u"2025-01")->sortKey());
        QVERIFY(PartialDate::parse(u"2025-12")->sortKey() < PartialDate::parse(u"2026")->sortKey());
    }
};

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partial_date.moc"
