#pragma once
// Numbers as people read them, in the interface language (DESIGN §5): SI prefixes for physical units,
// K / M / B / T for English amounts and counts, 萬 / 億 / 兆 (zh_TW) and 万 / 亿 / 万亿 (zh_CN) for Chinese.
// Machine formats (CSV, JSON) never use these: they keep raw numbers.

#include <QString>
#include <optional>

enum class Language { English, TraditionalChinese, SimplifiedChinese };

QString languageCode(Language language); // "en", "zh_TW", "zh_CN"
std::optional<Language> languageFromCode(QStringView code); // accepts en, zh_TW, zh_CN (also zh-Hant/zh-Hans)

namespace NumberFormat {
// `significant` digits, trailing zeros dropped, thousands grouped; integer digits are never rounded away:
// decimal(1234.5, 3) → "1,235", decimal(3.3512, 3) → "3.35".
QString decimal(double value, int significant = 3);
// A count of things: English 260,000 → "260K", 20,000,000 → "20M"; Chinese 260,000 → "26萬" / "26万".
QString count(double value, Language language);
// US dollars: English 300e9 → "USD 300B"; zh_TW → "3,000 億美元"; zh_CN → "3,000 亿美元".
QString usd(double value, Language language);
// A physical quantity in SI units with a prefix: (989.5e12, "FLOP/s") → "989.5 TFLOP/s", (3.35e12, "B/s") →
// "3.35 TB/s". Bytes of memory follow the vendors' binary convention: (80 × 2^30, "B") → "80 GB".
QString si(double value, const QString &unit, int significant = 4);
// A plain ratio: 2.27 → "2.27×".
QString ratio(double value);

// The scale a chart axis of counts up to `max` is labelled in, the same prefixes as count(): English 260,000 →
// {1e3, "K"}, 20,000,000 → {1e6, "M"}; Chinese 260,000 → {1e4, "萬"} / {1e4, "万"}; below the first prefix {1, ""}.
struct CountScale {
    double factor = 1;
    QString suffix;
};
CountScale countScale(double max, Language language);
}
