#pragma once
// A date as precise as its source: a year, a half, a quarter, a month or a day (DESIGN §2.1).

#include "number_format.h"

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
    // As the language writes it, precision kept: English "22 Sep 2025", "Q3 2025", "H2 2025"; zh_TW
    // "2025 年 9 月 22 日", "2025 年第 3 季"; zh_CN "2025 年第 3 季度"; both "2025 年下半年".
    QString formatted(Language language) const;
    // `text` formatted if it parses, else as it is (empty stays empty).
    static QString formatted(const QString &text, Language language);
    // Sortable key (first day, then finer precision later) so "2025" sorts before "2025-03".
    qint64 sortKey() const;
};
