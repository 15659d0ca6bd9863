#pragma once
// A hand-made comparison (H100 SXM as baseline, B200, a projected Feynman) and a test translator, shared by
// the export suites. Every figure is one a reader can check against the datasheet arithmetic below.
//
//   H100 SXM: dense BF16 989.5 TFLOP/s (NVIDIA's 1,979 "with sparsity" ÷ 2), 80 GB = 80 × 2^30 = 85,899,345,920 B,
//             3.35 TB/s, 700 W
//   B200:     dense BF16 2,250 TFLOP/s, dense FP4 9,000 TFLOP/s, 180 GB = 193,273,528,320 B, 8 TB/s, 1,000 W
//   Feynman:  projected bandwidth 82 TB/s
//   Ratios to H100: BF16 2,250 / 989.5 = 2.2739 → "2.27×"; bandwidth 8 / 3.35 = 2.388 → "2.39×";
//                   Feynman bandwidth 82 / 3.35 = 24.48 → "24.5×" (projected)
//   Ridge (BF16): H100 989.5 / 3.35 = 295.37 FLOP/B

#include "compare_report.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

namespace Fixture {

inline SpecClaim claim(const QString &chip, const QString &metric, std::optional<Precision> p, double value,
                       const QString &source, const QString &basis = QStringLiteral("official"), const QString &note = {})
{
    SpecClaim c;
    c.chipId = chip;
    c.metric = metric;
    c.precision = p;
    c.value = value;
    c.basis = basis;
    c.sourceId = source;
    c.claimedOn = QStringLiteral("2025");
    c.note = note;
    return c;
}

inline void put(Chip &chip, const SpecClaim &c)
{
    chip.currentClaims.insert(claimKey(c.metric, c.precision), c);
    if (c.precision)
        chip.peakFlops[*c.precision] = c.value;
}

inline Chip h100()
{
    Chip c;
    c.id = QStringLiteral("h100-sxm");
    c.name = QStringLiteral("H100 SXM");
    c.status = QStringLiteral("shipping");
    c.processNode = QStringLiteral("TSMC 4N");
    c.announced = QStringLiteral("2022-03");
    const QString src = QStringLiteral("nvidia-h100-datasheet");
    put(c, claim(c.id, Metric::PeakFlops, Precision::BF16, 989.5e12, src));
    put(c, claim(c.id, Metric::MemoryCapacity, std::nullopt, 85899345920.0, src));
    put(c, claim(c.id, Metric::MemoryBandwidth, std::nullopt, 3.35e12, src));
    put(c, claim(c.id, Metric::Tdp, std::nullopt, 700, src));
    return c;
}

inline Chip b200()
{
    Chip c;
    c.id = QStringLiteral("b200");
    c.name = QStringLiteral("B200");
    c.status = QStringLiteral("shipping");
    c.announced = QStringLiteral("2024-03");
    const QString src = QStringLiteral("nvidia-dgx-b200");
    put(c, claim(c.id, Metric::PeakFlops, Precision::BF16, 2250e12, src));
    put(c, claim(c.id, Metric::PeakFlops, Precision::FP4, 9000e12, src));
    put(c, claim(c.id, Metric::MemoryCapacity, std::nullopt, 193273528320.0, src));
    put(c, claim(c.id, Metric::MemoryBandwidth, std::nullopt, 8e12, src));
    put(c, claim(c.id, Metric::Tdp, std::nullopt, 1000, src));
    return c;
}

inline const QString &feynmanNote()
{
    static const QString note = QStringLiteral("PROJECTED: geometric mean of the last two generations' growth applied to Rubin Ultra");
    return note;
}

inline Chip feynman()
{
    Chip c;
    c.id = QStringLiteral("feynman");
    c.name = QStringLiteral("Feynman");
    c.status = QStringLiteral("projected");
    c.announced = QStringLiteral("2025-03");
    put(c, claim(c.id, Metric::MemoryBandwidth, std::nullopt, 82e12, QStringLiteral("trend-feynman"),
                 QStringLiteral("projected"), feynmanNote()));
    return c;
}

inline CompareTable table()
{
    return CompareTable::build({h100(), b200(), feynman()}, 0);
}

// Deliberately out of order, with one source the table does not cite and without Feynman's.
inline QList<Source> knownSources()
{
    Source unrelated{QStringLiteral("unrelated"), QStringLiteral("Not cited"), QStringLiteral("Nobody"), {}, {}, QStringLiteral("press"), QStringLiteral("en"), {}};
    Source b200{QStringLiteral("nvidia-dgx-b200"), QStringLiteral("NVIDIA DGX B200 datasheet"), QStringLiteral("NVIDIA"),
                QStringLiteral("https://www.nvidia.com/en-us/data-center/dgx-b200/"), QStringLiteral("2024-03-18"),
                QStringLiteral("official"), QStringLiteral("en"), {}};
    Source h100{QStringLiteral("nvidia-h100-datasheet"), QStringLiteral("NVIDIA H100 Tensor Core GPU datasheet"), QStringLiteral("NVIDIA"),
                QStringLiteral("https://www.nvidia.com/en-us/data-center/h100/"), QStringLiteral("2022-03-22"),
                QStringLiteral("official"), QStringLiteral("en"), {}};
    return {unrelated, b200, h100};
}

inline Report report(Language language = Language::English)
{
    return compareReport(table(), knownSources(), language, QStringLiteral("2026.01"), QDate(2026, 1, 15));
}

// Stands in for the app's .qm files: a few strings of the "Report" and "CompareTable" contexts in
// Traditional Chinese, enough to see translated text reach every format.
class ChineseTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        static const QHash<QString, QString> words{
            {QStringLiteral("Report|Accelerator comparison"), QStringLiteral("加速器比較")},
            {QStringLiteral("Report|Comparison"), QStringLiteral("比較")},
            {QStringLiteral("Report|Sources"), QStringLiteral("資料來源")},
            {QStringLiteral("Report|Notes"), QStringLiteral("附註")},
            {QStringLiteral("Report|Charts"), QStringLiteral("圖表")},
            {QStringLiteral("Report|Projected %1"), QStringLiteral("預測 %1")},
            {QStringLiteral("Report|Metric"), QStringLiteral("指標")},
            {QStringLiteral("Report|Unit"), QStringLiteral("單位")},
            {QStringLiteral("Report|Baseline: %1"), QStringLiteral("基準：%1")},
            {QStringLiteral("CompareTable|Dense BF16"), QStringLiteral("稠密 BF16")},
            {QStringLiteral("CompareTable|Memory bandwidth"), QStringLiteral("記憶體頻寬")},
        };
        return words.value(QString::fromUtf8(context) + QLatin1Char('|') + QString::fromUtf8(source));
    }
};

// Installs the translator for its lifetime.
class ChineseScope {
public:
    ChineseScope() { QCoreApplication::installTranslator(&m_translator); }
    ~ChineseScope() { QCoreApplication::removeTranslator(&m_translator); }

private:
    ChineseTranslator m_translator;
};

// The row of a report by machine key.
inline int rowOf(const Report &r, const QString &key)
{
    for (int i = 0; i < r.table.rows.size(); ++i)
        if (r.table.rows.at(i).value(0).toString() == key)
            return i;
    return -1;
}

} // namespace Fixture
