#include "number_format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <array>
#include <cmath>

QString languageCode(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("en");
    case Language::TraditionalChinese: return QStringLiteral("zh_TW");
    case Language::SimplifiedChinese: return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromCode(QStringView code)
{
    if (code == u"en" || code == u"en_US" || code == u"en_GB")
        return Language::English;
    if (code == u"zh_TW" || code == u"zh-TW" || code == u"zh-Hant" || code == u"zh_HK")
        return Language::TraditionalChinese;
    if (code == u"zh_CN" || code == u"zh-CN" || code == u"zh-Hans")
        return Language::SimplifiedChinese;
    return std::nullopt;
}

namespace NumberFormat {

namespace {
struct Scale {
    double factor;
    const char16_t *suffix;
};

// Decimals that round `value` to `significant` digits without dropping integer digits.
int roundingDecimals(double value, int significant)
{
    if (value == 0 || !std::isfinite(value))
        return 0;
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    return std::max(0, significant - 1 - magnitude);
}

// |value| rounded to `significant` digits, as grouped() shows it.
double roundedMagnitude(double value, int significant)
{
    const double scale = std::pow(10.0, roundingDecimals(value, significant));
    return std::round(std::abs(value) * scale) / scale;
}

// Rounds to `significant` digits without ever dropping integer digits, then groups thousands.
QString grouped(double value, int significant)
{
    if (value == 0)
        return QStringLiteral("0");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    if (std::isnan(value))
        return QStringLiteral("—");
    QString text = QLocale(QLocale::English).toString(value, 'f', roundingDecimals(value, significant));
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

int decimalsOf(const QString &number)
{
    const qsizetype point = number.indexOf(QLatin1Char('.'));
    return point < 0 ? 0 : int(number.size() - point - 1);
}

Parts make(double value, double divisor, int significant, const QString &before, const QString &after)
{
    Parts p;
    p.divisor = divisor;
    p.number = grouped(value / divisor, significant);
    p.decimals = decimalsOf(p.number);
    p.before = before;
    p.after = after;
    return p;
}

// The scale among `scales` (largest first) a value is shown in, or -1 for none: the largest it reaches, or the
// next larger one where rounding carries into it (999.96 → "1,000" → "1 k").
int scaleIndex(double value, const Scale *scales, int n, int significant)
{
    int at = -1;
    for (int i = 0; i < n && at < 0; ++i)
        if (std::abs(value) >= scales[i].factor)
            at = i;
    if (at < 0) {
        if (n == 0 || roundedMagnitude(value, significant) < scales[n - 1].factor)
            return -1;
        at = n - 1;
    }
    while (at > 0 && roundedMagnitude(value / scales[at].factor, significant) >= scales[at - 1].factor / scales[at].factor)
        --at;
    return at;
}

template <size_t N>
Parts scaled(double value, const std::array<Scale, N> &scales, int significant, const QString &before, const QString &space,
             const QString &unit)
{
    const int i = scaleIndex(value, scales.data(), int(N), significant);
    if (i < 0)
        return make(value, 1, significant, before, unit.isEmpty() ? QString() : space + unit);
    return make(value, scales.at(size_t(i)).factor, significant, before, space + QString::fromUtf16(scales.at(size_t(i)).suffix) + unit);
}

const std::array<Scale, 4> kEnglish{{{1e12, u"T"}, {1e9, u"B"}, {1e6, u"M"}, {1e3, u"K"}}};
const std::array<Scale, 3> kTraditional{{{1e12, u"兆"}, {1e8, u"億"}, {1e4, u"萬"}}};
const std::array<Scale, 3> kSimplified{{{1e12, u"万亿"}, {1e8, u"亿"}, {1e4, u"万"}}};
// Memory stops at GB: every capacity in the dataset (80 GB … 1,024 GB) then shares one prefix.
const std::array<Scale, 3> kBinary{{{1073741824.0, u"G"}, {1048576.0, u"M"}, {1024.0, u"K"}}};
const std::array<Scale, 6> kDecimal{{{1e18, u"E"}, {1e15, u"P"}, {1e12, u"T"}, {1e9, u"G"}, {1e6, u"M"}, {1e3, u"k"}}};
const std::array<Scale, 4> kSeconds{{{1, u""}, {1e-3, u"m"}, {1e-6, u"µ"}, {1e-9, u"n"}}};

bool withoutPrefix(const QString &unit)
{
    static const QStringList units{QStringLiteral("FLOP/B"), QStringLiteral("OP/B"), QStringLiteral("B/FLOP"), QStringLiteral("W"), QStringLiteral("USD"),
                                   QStringLiteral("%"), QStringLiteral("chips"), QString()};
    return units.contains(unit);
}
} // namespace

QString decimal(double value, int significant)
{
    return grouped(value, significant);
}

QString count(double value, Language language)
{
    switch (language) {
    case Language::English: return scaled(value, kEnglish, 3, {}, {}, {}).text();
    case Language::TraditionalChinese: return scaled(value, kTraditional, 3, {}, {}, {}).text();
    case Language::SimplifiedChinese: return scaled(value, kSimplified, 3, {}, {}, {}).text();
    }
    return {};
}

Parts usdParts(double value, Language language)
{
    // "3,000 億美元": one space between the number and the Chinese that follows it, the unit joined to 億.
    const QString dollars = QStringLiteral("美元");
    switch (language) {
    case Language::English: return scaled(value, kEnglish, 3, QStringLiteral("USD "), {}, {});
    case Language::TraditionalChinese: return scaled(value, kTraditional, 3, {}, QStringLiteral(" "), dollars);
    case Language::SimplifiedChinese: return scaled(value, kSimplified, 3, {}, QStringLiteral(" "), dollars);
    }
    return {};
}

QString usd(double value, Language language)
{
    return usdParts(value, language).text();
}

QString usdPrefix(Language language)
{
    return language == Language::English ? QStringLiteral("USD ") : QString();
}

QString usdSuffix(Language language)
{
    return language == Language::English ? QString() : QStringLiteral(" 美元");
}

Parts siParts(double value, const QString &unit, int significant)
{
    const QString space = QStringLiteral(" ");
    const QString named = unitName(unit);
    if (!std::isfinite(value) || value == 0 || withoutPrefix(unit))
        return make(value, 1, significant, {}, named.isEmpty() ? QString() : space + named);
    if (unit == QLatin1String("B")) {
        const int i = scaleIndex(value, kBinary.data(), int(kBinary.size()), significant);
        if (i < 0)
            return make(value, 1, significant, {}, space + named);
        return make(value, kBinary.at(size_t(i)).factor, significant, {}, space + QString::fromUtf16(kBinary.at(size_t(i)).suffix) + unit);
    }
    if (unit == QLatin1String("s")) {
        const int i = scaleIndex(value, kSeconds.data(), int(kSeconds.size()), significant);
        const Scale &s = kSeconds.at(i < 0 ? kSeconds.size() - 1 : size_t(i)); // below 1 ns: still ns
        return make(value, s.factor, significant, {}, space + QString::fromUtf16(s.suffix) + unit);
    }
    const int i = scaleIndex(value, kDecimal.data(), int(kDecimal.size()), significant);
    if (i < 0)
        return make(value, 1, significant, {}, space + named);
    return make(value, kDecimal.at(size_t(i)).factor, significant, {}, space + QString::fromUtf16(kDecimal.at(size_t(i)).suffix) + unit);
}

QString si(double value, const QString &unit, int significant)
{
    return siParts(value, unit, significant).text();
}

QString unitName(const QString &unit)
{
    if (unit == QLatin1String("B"))
        return QCoreApplication::translate("NumberFormat", "bytes");
    if (unit == QLatin1String("B/s"))
        return QCoreApplication::translate("NumberFormat", "bytes/s");
    if (unit == QLatin1String("FLOP/B"))
        return QCoreApplication::translate("NumberFormat", "FLOP/byte");
    if (unit == QLatin1String("OP/B"))
        return QCoreApplication::translate("NumberFormat", "OP/byte");
    if (unit == QLatin1String("B/s/W"))
        return QCoreApplication::translate("NumberFormat", "bytes/s per W");
    if (unit == QLatin1String("B/FLOP"))
        return QCoreApplication::translate("NumberFormat", "bytes/FLOP");
    return unit;
}

QString binaryNote()
{
    return QCoreApplication::translate("NumberFormat", "Memory in GB is binary, as vendors print it: 1 GB = 2³⁰ bytes.");
}

Parts ratioParts(double value)
{
    return make(value, 1, 3, {}, QStringLiteral("×"));
}

CountScale countScale(double max, Language language)
{
    const Scale *scales = language == Language::English ? kEnglish.data()
        : language == Language::TraditionalChinese      ? kTraditional.data()
                                                        : kSimplified.data();
    const int n = language == Language::English ? int(kEnglish.size()) : int(kTraditional.size());
    for (int i = 0; i < n; ++i)
        if (std::abs(max) >= scales[i].factor)
            return {scales[i].factor, QString::fromUtf16(scales[i].suffix)};
    return {};
}

QString ratio(double value)
{
    return ratioParts(value).text();
}

QString exact(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace NumberFormat
