#include "date_format.h"

#include <array>

namespace {

// Fixed English names: the interface language decides, not the machine's locale.
QString monthName(int month)
{
    static const std::array<const char *, 12> names{"January", "February", "March", "April", "May", "June", "July",
                                                    "August", "September", "October", "November", "December"};
    return QString::fromLatin1(names.at(size_t(std::clamp(month, 1, 12) - 1)));
}

QString number(int n)
{
    return QString::number(n);
}

} // namespace

QString DateFormat::partial(const PartialDate &d, Language language)
{
    const QString y = number(d.year);
    using P = PartialDate::Precision;
    if (language == Language::English) {
        switch (d.precision) {
        case P::Year: return y;
        case P::Half: return QStringLiteral("H%1 %2").arg(d.month == 1 ? 1 : 2).arg(y);
        case P::Quarter: return QStringLiteral("Q%1 %2").arg((d.month - 1) / 3 + 1).arg(y);
        case P::Month: return QStringLiteral("%1 %2").arg(monthName(d.month), y);
        case P::Day: return QStringLiteral("%1 %2 %3").arg(number(d.day), monthName(d.month), y);
        }
        return y;
    }
    // One space between a number and Chinese (GLOSSARY); zh_CN says 季度 where zh_TW says 季.
    switch (d.precision) {
    case P::Year: return y + QStringLiteral(" 年");
    case P::Half: return y + (d.month == 1 ? QStringLiteral(" 年上半年") : QStringLiteral(" 年下半年"));
    case P::Quarter:
        return QStringLiteral("%1 年第 %2 %3")
            .arg(y, number((d.month - 1) / 3 + 1), language == Language::SimplifiedChinese ? QStringLiteral("季度") : QStringLiteral("季"));
    case P::Month: return QStringLiteral("%1 年 %2 月").arg(y, number(d.month));
    case P::Day: return QStringLiteral("%1 年 %2 月 %3 日").arg(y, number(d.month), number(d.day));
    }
    return y;
}

QString DateFormat::text(const QString &isoText, Language language)
{
    const auto d = PartialDate::parse(isoText);
    return d ? partial(*d, language) : isoText;
}

QString DateFormat::span(const PartialDate &first, const PartialDate &last, Language language)
{
    using P = PartialDate::Precision;
    const bool days = first.precision == P::Day && last.precision == P::Day;
    const bool english = language == Language::English;
    if (days && first.year == last.year) {
        if (first.month == last.month && first.day == last.day)
            return partial(first, language);
        if (first.month == last.month)
            return english ? QStringLiteral("%1–%2 %3 %4").arg(number(first.day), number(last.day), monthName(first.month), number(first.year))
                           : QStringLiteral("%1 年 %2 月 %3–%4 日").arg(number(first.year), number(first.month), number(first.day), number(last.day));
        return english ? QStringLiteral("%1 %2 – %3 %4 %5")
                             .arg(number(first.day), monthName(first.month), number(last.day), monthName(last.month), number(first.year))
                       : QStringLiteral("%1 年 %2 月 %3 日至 %4 月 %5 日")
                             .arg(number(first.year), number(first.month), number(first.day), number(last.month), number(last.day));
    }
    return english ? partial(first, language) + QStringLiteral(" – ") + partial(last, language)
                   : partial(first, language) + QStringLiteral("至") + partial(last, language);
}
