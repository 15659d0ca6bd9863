#pragma once
// A date as precise as its source: a year, a half, a quarter, a month or a day (DESIGN §2.1).

#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

struct PartialDate {
    enum class Precision { Year, Half, Quarter, Month, Day };

    int year = 0;
    int month = 1;   // first month of the period for Half and Quarter
    int day = 1;
    Precision precision = Precision::Year;

    // Accepts YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn, YYYY-Hn; nullopt for anything else (including 2025-02-30).
    static std::optional<PartialDate> parse(QStringView text);

    QDate first() const;     // first day of the period
    QDate last() const;      // last day of the period: how uncertain the date is
    QString toString() const; // the canonical text it was parsed from
    // Sortable key (first day, then finer precision later) so "2025" sorts before "2025-03".
    qint64 sortKey() const;
};
