#pragma once
// Numbers as people read them, in the interface language (DESIGN §5): the one formatter every view, export and
// the working use, so a value shows the same prefix and digits everywhere. SI prefixes for physical units,
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
// A count of things, three significant digits: English 260,000 → "260K", 20,000,000 → "20M";
// Chinese 260,000 → "26萬" / "26万".
QString count(double value, Language language);
// A value as it is shown: `before` + `number` + `after`, where `number` is the value divided by `divisor` with
// `decimals` digits after the point (trailing zeros already dropped). The text functions below are built on
// these; an exporter that keeps the raw value (XLSX) builds its number format from the same parts, so a value
// reads the same in the window and in a spreadsheet.
struct Parts {
    double divisor = 1;  // 1e12 for "TFLOP/s", 2^30 for "GB", 1e8 for "億美元"
    int decimals = 0;
    QString number;      // "989.5", "1,400"
    QString before;      // "USD "
    QString after;       // " TFLOP/s", " GB", "B", " 億美元"
    QString text() const { return before + number + after; }
};

// US dollars, three significant digits: English 300e9 → "USD 300B", 3 → "USD 3"; zh_TW → "3,000 億美元",
// "3 美元"; zh_CN → "3,000 亿美元".
Parts usdParts(double value, Language language);
QString usd(double value, Language language);
// The words around an amount of US dollars in an input box: English puts "USD " before the number, Chinese
// " 美元" after it.
QString usdPrefix(Language language);
QString usdSuffix(Language language);

// A physical quantity, one rule per kind of unit:
// - "B", an amount of memory: binary prefixes as vendors print capacity (80 × 2³⁰ bytes → "80 GB"; KB, MB, GB;
//   1 TB of HBM reads "1,024 GB" so every capacity shares one prefix), below 1 KB "bytes". Computed sizes
//   follow, so a fit compares like with like.
// - "s": ms, µs, ns below one second; whole seconds stay seconds.
// - "FLOP/B", "OP/B", "B/FLOP", "W", "USD", "%", "chips" and no unit: no prefix (a ridge point reads "1,256 FLOP/byte").
// - every other unit (FLOP/s, OP/s, B/s, FLOP, FLOP/s/W …): decimal prefixes k … E from 1,000 up.
// A value that rounds up to 1,000 of its prefix takes the next one (999.96e12 FLOP/s → "1 PFLOP/s").
Parts siParts(double value, const QString &unit, int significant = 4);
// (989.5e12, "FLOP/s") → "989.5 TFLOP/s"; (3.35e12, "B/s") → "3.35 TB/s"; (80 × 2^30, "B") → "80 GB";
// (0.00464, "s") → "4.64 ms"; (1256, "FLOP/B") → "1,256 FLOP/byte".
QString si(double value, const QString &unit, int significant = 4);
// A unit written out for people, without a prefix: "B" → "bytes", "B/s" → "bytes/s", "FLOP/B" → "FLOP/byte",
// "B/FLOP" → "bytes/FLOP"
// (a bare "B" reads as "billion" to investors); other units as they are. Translated in the "NumberFormat"
// context where a translator is installed.
QString unitName(const QString &unit);
// The note that goes wherever memory amounts are shown: "Memory in GB is binary, as vendors print it: 1 GB = 2³⁰ bytes."
QString binaryNote();
// A plain ratio, three significant digits: 2.2727 → "2.27×", 0.998 → "0.998×".
Parts ratioParts(double value);
QString ratio(double value);
// For machines (CSV, JSON, the validator reading a database back): text that reads back as exactly the same
// number; whole numbers below 1e15 as integers (3.35e12 → "3350000000000"), others in the shortest round-trip form
// (1.9789e15 → "1.9789e+15").
QString exact(double value);

// The scale a chart axis of counts up to `max` is labelled in, the same prefixes as count(): English 260,000 →
// {1e3, "K"}, 20,000,000 → {1e6, "M"}; Chinese 260,000 → {1e4, "萬"} / {1e4, "万"}; below the first prefix {1, ""}.
struct CountScale {
    double factor = 1;
    QString suffix;
};
CountScale countScale(double max, Language language);
}
