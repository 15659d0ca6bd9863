#pragma once
// The Roadmap view's words, shared by the view, its exports and `compute-atlas trend` (context "RoadmapText"):
// metric names, values in their units, a fit in one line ("NVIDIA dense BF16: ×1.8 / yr, doubles every 1.2 yr
// (90 %: 0.9–1.6), r² 0.96, n 7") and the memory wall in a sentence. Without a translator installed they are English.

#include "memory_wall.h"
#include "number_format.h"
#include "precision.h"
#include "trend_analysis.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class RoadmapText {
    Q_DECLARE_TR_FUNCTIONS(RoadmapText)
public:
    // In a sentence, after a vendor: "dense BF16", "HBM bandwidth", "ridge point (FP8)".
    static QString metricName(TrendMetric metric);
    // As a choice or a heading, with its unit: "Dense BF16 (FLOP/s)".
    static QString metricTitle(TrendMetric metric);
    // A value of the metric as people read it: "989.5 TFLOP/s", "80 GB" (binary), "591 FLOP/byte".
    static QString value(double value, TrendMetric metric);
    static QString value(double value, const QString &unit);
    // "availability date" / "announcement date".
    static QString basisName(DateBasis basis);
    // The fit in one line; `series` names what was fitted ("NVIDIA", or allVendors()).
    static QString fitLine(const QString &series, TrendMetric metric, const TrendSeriesFit &fit);
    static QString allVendors(); // "All vendors"
    // What a reader of the numbers must know about a fit: why it is missing, why a bound is absent, that it
    // includes projections. Empty when there is nothing to say.
    static QStringList fitNotes(const TrendSeriesFit &fit);
    // "×1.8", "1.2": growth and years with two significant digits, as the fit line shows them (more on request).
    static QString growth(double perYear, int significant = 2);
    static QString years(double years);
    // How a vendor's flagship grew and what became of its ridge point, in one sentence.
    static QString memoryWallSentence(const QString &vendor, const MemoryWallSeries &series, Precision precision, Language language);
};
