#pragma once
// The HBM market panel: one stacked bar per period and measure, one colour per supplier. What a bar is a share of
// is written under it; a share of what the source does not say is hatched; a forecast is pale with a dashed edge;
// the part of 100% the source does not attribute is left light grey; a period no source covers is an empty dashed
// box, never filled in. Hovering a segment shows its figure, basis and source. Painted, so it exports whole.

#include "memory_market.h"
#include "number_format.h"
#include "source.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QWidget>

class ShareChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit ShareChartWidget(QWidget *parent = nullptr);

    // `names`: company id → name; `sources`: every source, for the hover text.
    void setChart(const ShareChart &chart, const QString &segment, const QHash<QString, QString> &names,
                  const QList<Source> &sources, Language language);
    const ShareChart &chart() const { return m_chart; }
    // The hover text of the segment at `pos` (widget coordinates), empty where there is none.
    QString toolTipAt(const QPointF &pos) const;
    // Where a supplier's segment of a column is drawn (tests and hover); empty if it has none.
    QRectF segmentRect(int column, const QString &companyId) const;
    // The hover text of one share of a column: figure, what it is a share of, basis, source, note.
    QString shareToolTip(const ShareColumn &column, const MarketShare &share) const;

    QSize sizeHint() const override { return {720, 380}; }
    QSize minimumSizeHint() const override { return {360, 240}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Hit {
        QRectF rect;
        int column = -1;
        const MarketShare *share = nullptr; // null: the unattributed rest or a gap
    };
    void layoutHits();

    ShareChart m_chart;
    QString m_segment;
    QHash<QString, QString> m_names;
    QHash<QString, Source> m_sources;
    Language m_language = Language::English;
    QList<Hit> m_hits;
    QRectF m_plot;
};
