#include "partial_date.h"

#include <QRegularExpression>

std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|Q([1-4])|H([12])))?$"));
    const auto m = pattern.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    PartialDate d;
    d.year = m.captured(1).toInt();
    if (d.year < 1900 || d.year > 2100)
        return std::nullopt;
    if (m.hasCaptured(4)) {
        d.precision = Precision::Quarter;
        d.month = (m.captured(4).toInt() - 1) * 3 + 1;
    } else if (m.hasCaptured(5)) {
        d.precision = Precision::Half;
        d.month = (m.captured(5).toInt() - 1) * 6 + 1;
    } else if (m.hasCaptured(2)) {
        d.month = m.captured(2).toInt();
        if (d.month < 1 || d.month > 12)
            return std::nullopt;
        d.precision = Precision::Month;
        if (m.hasCaptured(3)) {
            d.day = m.captured(3).toInt();
            if (!QDate::isValid(d.year, d.month, d.day))
                return std::nullopt;
            d.precision = Precision::Day;
        }
    }
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
