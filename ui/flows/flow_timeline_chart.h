#pragma once
// The Money flows timeline: amounts announced per quarter, stacked by kind ("up to" amounts in a lighter tint of
// the kind's colour, above its firm amounts), with the "as of" quarter marked and the quarters after it faded.
// The first bar may gather everything announced before the window ("Earlier").

#include "flow_timeline.h"
#include "number_format.h"

#include <QChartView>
#include <QList>
#include <optional>

class QBarCategoryAxis;
class QValueAxis;

class FlowTimelineChart : public QChartView {
    Q_OBJECT
public:
    explicit FlowTimelineChart(QWidget *parent = nullptr);

    // `earlier`: the amounts before quarters.first(), drawn as the first bar when given (even empty, so the bars keep
    // their numbers whatever the filters); `kinds`: the kinds to stack, in legend order.
    void setData(const std::optional<QuarterAmounts> &earlier, const QList<QuarterAmounts> &quarters, const QStringList &kinds,
                 Language language);
    // The last bar counted (an index into the bars, "Earlier" included); the bars after it are faded.
    void setAsOf(int bar);
    int barCount() const { return int(m_labels.size()); }
    QStringList labels() const { return m_labels; }

signals:
    void barClicked(int bar);

private:
    void retitle();

    QChart *m_chart = nullptr;
    QBarCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QList<QuarterAmounts> m_bars;
    QStringList m_labels;
    Language m_language = Language::English;
    double m_scale = 1e9; // USD per axis unit: billions in English, 億 in Chinese
    double m_top = 1;
    int m_asOf = -1;
};
