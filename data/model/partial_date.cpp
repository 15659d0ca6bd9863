#include "partial_date.h"


namespace {
// The number written by `count` ASCII digits at `at`, or -1.
int digits(QStringView text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int v = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}
} // namespace

// By hand rather than by regular expression: an import checks two dates on each of a million rows.
std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    PartialDate d;
    d.year = digits(text, 0, 4);
    if (d.year < 1900 || d.year > 2100)
        return std::nullopt;
    if (text.size() == 4)
        return d;
    if (text.size() < 7 || text[4] != u'-')
        return std::nullopt;
    const QChar kind = text[5];
    if (text.size() == 7 && (kind == u'Q' || kind == u'H')) {
        const int n = digits(text, 6, 1);
        if (kind == u'Q' && n >= 1 && n <= 4) {
            d.precision = Precision::Quarter;
            d.month = (n - 1) * 3 + 1;
            return d;
        }
        if (kind == u'H' && n >= 1 && n <= 2) {
            d.precision = Precision::Half;
            d.month = (n - 1) * 6 + 1;
            return d;
        }
        return std::nullopt;
    }
    d.month = digits(text, 5, 2);
    if (d.month < 1 || d.month > 12)
        return std::nullopt;
    d.precision = Precision::Month;
    if (text.size() == 7)
        return d;
    if (text.size() != 10 || text[7] != u'-')
        return std::nullopt;
    d.day = digits(text, 8, 2);
    if (!QDate::isValid(d.year, d.month, d.day))
        return std::nullopt;
    d.precision = Precision::Day;
    return d;
}

QDate PartialDate::first() const
{
    return QDate(year, month, day);
}

QDate PartialDate::last() const
{
    const QDate start = first();
    switch (precision) {
    case Precision::Year: return QDate(year, 12, 31);
    case Precision::Half: return start.addMonths(6).addDays(-1);
    case Precision::Quarter: return start.addMonths(3).addDays(-1);
    case Precision::Month: return start.addMonths(1).addDays(-1);
    case Precision::Day: return start;
    }
    return start;
}

QString PartialDate::toString() const
{
    const QString y = QString::number(year);
    switch (precision) {
    case Precision::Year: return y;
    case Precision::Half: return y + QStringLiteral("-H") + QString::number(month == 1 ? 1 : 2);
    case Precision::Quarter: return y + QStringLiteral("-Q") + QString::number((month - 1) / 3 + 1);
    case Precision::Month: return first().toString(QStringLiteral("yyyy-MM"));
    case Precision::Day: return first().toString(Qt::ISODate);
    }
    return y;
}

double PartialDate::middleYear() const
{
    double months = 0; // from the start of the year to the middle of the period
    switch (precision) {
    case Precision::Year: months = 6; break;
    case Precision::Half: months = month - 1 + 3; break;
    case Precision::Quarter: months = month - 1 + 1.5; break;
    case Precision::Month: months = month - 1 + 0.5; break;
    case Precision::Day: months = month - 1 + (day - 0.5) / first().daysInMonth(); break;
    }
    return year + months / 12.0;
}

double PartialDate::decimalYear(const QDate &date)
{
    return date.year() + (date.month() - 1 + (date.day() - 1.0) / date.daysInMonth()) / 12.0;
}

double PartialDate::startYear() const
{
    return decimalYear(first());
}

double PartialDate::endYear() const
{
    return decimalYear(last().addDays(1));
}

qint64 PartialDate::sortKey() const
{
    return first().toJulianDay() * 8 + static_cast<int>(precision);
}
