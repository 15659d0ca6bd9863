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
        for (const char *bad : {"", "26", "2025-13", "2025-02-30", "2025-Q5", "2025-H3", "March 2025", "2025/03", " 2025", "2025-Q12",
                                "2025-3", "2025-03-1", "2025-03-016", "2025-", "2025-Q", "1899", "2101", "2025-00", "2025-03-00"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
        QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("٢٠٢٥");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!PartialDate::parse(text).has_value());
    }
    void ordersCoarseBeforeFine()
    {
        // "2025" and "2025-01" start on the same day; the finer one counts as newer.
        QVERIFY(PartialDate::parse(u"2025")->sortKey() < PartialDate::parse(u"2025-01")->sortKey());
        QVERIFY(PartialDate::parse(u"2025-12")->sortKey() < PartialDate::parse(u"2026")->sortKey());
    }
    void middleYear_data()
    {
        // Months count as twelfths of a year; each date sits at the middle of the period it names.
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("year");
        QTest::newRow("year: 1 July") << "2028" << 2028.5;                  // 6/12
        QTest::newRow("first half") << "2025-H1" << 2025.25;                // 3/12
        QTest::newRow("second half") << "2026-H2" << 2026.75;               // (6 + 3)/12
        QTest::newRow("fourth quarter") << "2022-Q4" << 2022.875;           // (9 + 1.5)/12
        QTest::newRow("first quarter") << "2025-Q1" << 2025.125;            // 1.5/12
        QTest::newRow("month") << "2024-03" << 2024 + 2.5 / 12;             // 2024.208333
        QTest::newRow("day") << "2026-03-16" << 2026 + (2 + 15.5 / 31) / 12; // 15.5/31 = 0.5 → 2026.208333
        QTest::newRow("leap day") << "2024-02-29" << 2024 + (1 + 28.5 / 29) / 12;
    }
    void middleYear()
    {
        QFETCH(QString, text);
        QFETCH(double, year);
        QVERIFY(qAbs(PartialDate::parse(text)->middleYear() - year) < 1e-12);
    }
    void startAndEnd()
    {
        // The fourth quarter runs from 1 October (9/12) to the next 1 January.
        const auto q4 = PartialDate::parse(u"2022-Q4");
        QCOMPARE(q4->startYear(), 2022.75);
        QCOMPARE(q4->endYear(), 2023.0);
        // A day runs from its start to the next day's: 16 March is 2026 + (2 + 15/31)/12 to 2026 + (2 + 16/31)/12.
        const auto day = PartialDate::parse(u"2026-03-16");
        QVERIFY(qAbs(day->startYear() - (2026 + (2 + 15.0 / 31) / 12)) < 1e-12);
        QVERIFY(qAbs(day->endYear() - (2026 + (2 + 16.0 / 31) / 12)) < 1e-12);
        // The middle lies between them.
        QVERIFY(day->startYear() < day->middleYear() && day->middleYear() < day->endYear());
        QCOMPARE(PartialDate::decimalYear(QDate(2028, 7, 1)), 2028.5);
    }
};

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partial_date.moc"
