#include "number_format.h"

#include <QLocale>
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

// Rounds to `significant` digits without ever dropping integer digits, then groups thousands.
QString grouped(double value, int significant)
{
    if (value == 0)
        return QStringLiteral("0");
    const int magnitude = int(std::floor(std::log10(std::abs(value))));
    const int decimals = std::max(0, significant - 1 - magnitude);
    QString text = QLocale(QLocale::English).toString(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

QString scaled(double value, const Scale *scales, int n, int significant, bool attach)
{
    for (int i = 0; i < n; ++i) {
        if (std::abs(value) >= scales[i].factor) {
            const QString number = grouped(value / scales[i].factor, significant);
            const QString suffix = QString::fromUtf16(scales[i].suffix);
            return attach ? number + suffix : number + QLatin1Char(' ') + suffix;
        }
    }
    return grouped(value, significant);
}

const std::array<Scale, 4> kEnglish{{{1e12, u"T"}, {1e9, u"B"}, {1e6, u"M"}, {1e3, u"K"}}};
const std::array<Scale, 3> kTraditional{{{1e12, u"兆"}, {1e8, u"億"}, {1e4, u"萬"}}};
const std::array<Scale, 3> kSimplified{{{1e12, u"万亿"}, {1e8, u"亿"}, {1e4, u"万"}}};

QString chineseScaled(double value, Language language, int significant, bool attach)
{
    const auto &scales = language == Language::TraditionalChinese ? kTraditional : kSimplified;
    return scaled(value, scales.data(), int(scales.size()), significant, attach);
}
} // namespace

QString decimal(double value, int significant)
{
    return grouped(value, significant);
}

QString count(double value, Language language)
{
    if (language == Language::English)
        return scaled(value, kEnglish.data(), int(kEnglish.size()), 3, true);
    return chineseScaled(value, language, 4, true);
}

QString usd(double value, Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("USD ") + scaled(value, kEnglish.data(), int(kEnglish.size()), 3, true);
    case Language::TraditionalChinese:
    case Language::SimplifiedChinese: return chineseScaled(value, language, 4, false) + QStringLiteral("美元");
    }
    return {};
}

QString si(double value, const QString &unit, int significant)
{
    if (unit == QLatin1String("B")) {
        // Vendors print HBM capacity in binary units and call them GB (data/dataset/README.md).
        static const std::array<Scale, 3> binary{{{double(1ull << 40), u"TB"}, {double(1ull << 30), u"GB"}, {double(1ull << 20), u"MB"}}};
        return scaled(value, binary.data(), int(binary.size()), significant, false);
    }
    static const std::array<Scale, 6> prefixes{{{1e18, u"E"}, {1e15, u"P"}, {1e12, u"T"}, {1e9, u"G"}, {1e6, u"M"}, {1e3, u"k"}}};
    if (unit == QLatin1String("W") || unit == QLatin1String("USD") || unit.isEmpty() || unit == QLatin1String("chips"))
        return grouped(value, significant) + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
    for (const Scale &s : prefixes)
        if (std::abs(value) >= s.factor)
            return grouped(value / s.factor, significant) + QLatin1Char(' ') + QString::fromUtf16(s.suffix) + unit;
    return grouped(value, significant) + QLatin1Char(' ') + unit;
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
    return grouped(value, 3) + QStringLiteral("×");
}

} // namespace NumberFormat
