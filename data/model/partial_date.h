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
    // The middle of the period as a decimal year, counting a month as a twelfth of a year so the arithmetic can
    // be checked by hand: a year sits at 1 July (2022 → 2022.5), a half or a quarter at its middle (2026-H2 →
    // 2026.75, 2022-Q4 → 2022.875), a month at its middle (2024-03 → 2024 + 2.5/12), a day at its middle
    // (2026-03-16 → 2026 + (2 + 15.5/31)/12 = 2026.2083). Trend fits place dates here.
    double middleYear() const;
    // Where the period starts and where it ends (the day after its last), on the same scale: a timeline draws
    // how uncertain the date is between them. 2022-Q4 → 2022.75 … 2023.0.
    double startYear() const;
    double endYear() const;
    // A day on that scale: its start (2026-03-16 → 2026 + (2 + 15/31)/12).
    static double decimalYear(const QDate &date);
    // Sortable key (first day, then finer precision later) so "2025" sorts before "2025-03".
    qint64 sortKey() const;
};
