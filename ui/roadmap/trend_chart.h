#pragma once
// The trend chart (issue 12): one metric of every chip against its date on a log scale, coloured by vendor, claimed
// figures filled and projections hollow; a fitted line per vendor with three or more points and a dashed one over
// all vendors, each stated below the chart ("NVIDIA dense BF16: ×1.5 / yr, doubles every 1.8 yr (90 %: 1.3–3.1),
// r² 0.82, n 7"). Hover a point for its figure, date and source; click it to select the chip.

#include "catalog.h"
#include "number_format.h"
#include "roadmap_chart.h"
#include "trend_analysis.h"

class QScatterSeries;
class QLineSeries;

class TrendChart : public RoadmapChart {
    Q_OBJECT
public:
    explicit TrendChart(const Catalog &catalog, QWidget *parent = nullptr);

    void setAnalysis(const TrendAnalysis &analysis);
    void setLanguage(Language language);
    const TrendAnalysis &analysis() const { return m_analysis; }

    // The fit lines as the legend states them, in order (per vendor, then all vendors).
    QStringList fitLines() const { return m_fitLines; }
    QScatterSeries *pointSeries(const QString &vendorId, bool projected) const;
    QLineSeries *fitSeries(const QString &vendorId) const; // empty id: all vendors

private:
    void rebuild();
    QString pointToolTip(const TrendPoint &point) const;

    const Catalog &m_catalog;
    Language m_language = Language::English;
    TrendAnalysis m_analysis;
    QStringList m_fitLines;
    QHash<QString, QScatterSeries *> m_claimed, m_projected;
    QHash<QString, QLineSeries *> m_fits;
};
