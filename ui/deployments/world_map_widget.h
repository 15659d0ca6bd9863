#pragma once
// The Deployments view's choropleth: every country of the Natural Earth map, coloured on a log scale by the
// chosen measure (grey where there is no data), with a legend; wheel to zoom, drag to pan, double-click or
// resetView() to see the whole world; hover for a tooltip, click to choose a country (click it again, or the sea,
// to clear).

#include "world_map_shapes.h"

#include <QHash>
#include <QWidget>
#include <functional>

class WorldMapWidget : public QWidget {
    Q_OBJECT
public:
    explicit WorldMapWidget(QWidget *parent = nullptr);

    void setShapes(WorldMapShapes shapes);
    // Values by ISO code; a country absent or ≤ 0 has no data. `legendTitle` heads the legend; `format` writes
    // a value in the legend.
    void setValues(const QHash<QString, double> &values, const QString &legendTitle, std::function<QString(double)> format);
    void setNoDataText(const QString &text);
    // The tooltip for a country (rich text allowed); the shape's own name is used where the country is unknown.
    void setToolTipProvider(std::function<QString(const QString &iso2, const QString &fileName)> provider);
    void setSelectedCountry(const QString &iso2);
    QString selectedCountry() const { return m_selected; }

    QString countryAt(const QPointF &widgetPos) const; // "" for the sea or an unknown shape
    QPointF toWidget(double longitude, double latitude) const; // where a place is drawn now
    QColor colorFor(double value) const;               // the legend's colour of a value (no data: grey)
    double zoom() const { return m_zoom; }
    QPointF pan() const { return m_pan; }
    // Zoom by `factor` about a point of the widget, as the wheel does.
    void zoomAt(const QPointF &widgetPos, double factor);
    void panBy(const QPointF &delta);

    // Draws the map as it stands into `target` on `painter` (the export path for PNG and SVG).
    void render(QPainter &painter, const QRectF &target) const;

public slots:
    void resetView();

signals:
    void countryClicked(const QString &iso2);
    void hovered(const QString &iso2);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QTransform transformFor(const QRectF &target) const;
    void paintLegend(QPainter &painter, const QRectF &target) const;
    int shapeAt(const QPointF &widgetPos) const;

    WorldMapShapes m_shapes;
    QHash<QString, double> m_values;
    double m_min = 0, m_max = 0;
    QString m_legendTitle;
    QString m_noDataText;
    std::function<QString(double)> m_format;
    std::function<QString(const QString &, const QString &)> m_toolTip;
    QString m_selected;
    int m_hovered = -1;
    double m_zoom = 1;
    QPointF m_pan; // in widget pixels
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
};
