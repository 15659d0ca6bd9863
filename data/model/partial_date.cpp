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

QString PartialDate::formatted(Language language) const
{
    const int quarter = (month - 1) / 3 + 1;
    if (language == Language::English) {
        const QLocale english(QLocale::English);
        switch (precision) {
        case Precision::Year: return QString::number(year);
        case Precision::Half: return QStringLiteral("H%1 %2").arg(month == 1 ? 1 : 2).arg(year);
        case Precision::Quarter: return QStringLiteral("Q%1 %2").arg(quarter).arg(year);
        case Precision::Month: return english.toString(first(), QStringLiteral("MMM yyyy"));
        case Precision::Day: return english.toString(first(), QStringLiteral("d MMM yyyy"));
        }
    }
    // One space between a number and Chinese (GLOSSARY.md).
    switch (precision) {
    case Precision::Year: return QStringLiteral("%1 年").arg(year);
    case Precision::Half: return QStringLiteral("%1 年%2").arg(year).arg(month == 1 ? QStringLiteral("上半年") : QStringLiteral("下半年"));
    case Precision::Quarter:
        return language == Language::TraditionalChinese ? QStringLiteral("%1 年第 %2 季").arg(year).arg(quarter)
                                                        : QStringLiteral("%1 年第 %2 季度").arg(year).arg(quarter);
    case Precision::Month: return QStringLiteral("%1 年 %2 月").arg(year).arg(month);
    case Precision::Day: return QStringLiteral("%1 年 %2 月 %3 日").arg(year).arg(month).arg(day);
    }
    return QString::number(year);
}

QString PartialDate::formatted(const QString &text, Language language)
{
    const auto d = parse(text);
    return d ? d->formatted(language) : text;
}

qint64 PartialDate::sortKey() const
{
    return first().toJulianDay() * 8 + static_cast<int>(precision);
}
