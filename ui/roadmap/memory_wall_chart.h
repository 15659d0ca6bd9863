#pragma once
// The memory wall (issue 12): for each vendor's flagship series, compute, memory bandwidth and capacity as indexes of
// the series' first chip (= 1) on one log chart against time: compute solid, bandwidth dashed, capacity dotted, in
// the vendor's colour. Under it, per vendor, what became of the ridge point, in words.

#include "catalog.h"
#include "memory_wall.h"
#include "number_format.h"
#include "roadmap_chart.h"

class QLineSeries;

class MemoryWallChart : public RoadmapChart {
    Q_OBJECT
public:
    explicit MemoryWallChart(const Catalog &catalog, QWidget *parent = nullptr);

    void setWall(const MemoryWall &wall);
    void setLanguage(Language language);
    const MemoryWall &wall() const { return m_wall; }
    // The sentences under the chart, one per vendor.
    QStringList sentences() const { return m_sentences; }
    enum class Quantity { Compute, Bandwidth, Capacity };
    QLineSeries *line(const QString &vendorId, Quantity quantity) const;

private:
    void rebuild();
    QString pointToolTip(const MemoryWallPoint &point, const QString &vendor) const;

    const Catalog &m_catalog;
    Language m_language = Language::English;
    MemoryWall m_wall;
    QStringList m_sentences;
    QHash<QString, QLineSeries *> m_lines; // vendor id + quantity
};
