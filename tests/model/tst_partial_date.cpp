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
};

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partial_date.moc"
