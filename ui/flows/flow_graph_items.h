#pragma once
// The items of the Money flows graph (flow_graph_view.h): a company node with its label, and a flow drawn as a
// curve from one node to another with an arrowhead.

#include "flow_graph_view.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QStringList>

class CompanyNodeItem : public QGraphicsItem {
public:
    CompanyNodeItem(FlowGraphView *view, const FlowNodeSpec &spec, double labelWidth);

    const QString &id() const { return m_spec.id; }
    double radius() const { return m_spec.radius; }
    QStringList labelLines() const { return m_lines; }
    const QFont &font() const { return m_font; }
    bool labelElided() const;
    // Rewraps the label to `width` (its column's) on at most `lines` lines.
    void setLabelRoom(double width, int lines);
    // How far the company reaches above and below its centre: the node, and the label that hangs under it.
    double extentAbove() const;
    double extentBelow() const;
    QList<FlowEdgeItem *> edges;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QRectF labelRect() const;

    FlowGraphView *m_view;
    FlowNodeSpec m_spec;
    QStringList m_lines;
    QFont m_font;
    double m_labelWidth = 0;
    int m_maxLines = 2;
    QPointF m_pressedAt;
};

class FlowEdgeItem : public QGraphicsItem {
public:
    FlowEdgeItem(const FlowEdgeSpec &spec, CompanyNodeItem *from, CompanyNodeItem *to, int parallelIndex);

    const FlowEdgeSpec &spec() const { return m_spec; }
    CompanyNodeItem *from() const { return m_from; }
    CompanyNodeItem *to() const { return m_to; }
    // Recomputes the curve from the nodes' positions.
    void adjust();
    QPainterPath curve() const { return m_curve; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    FlowEdgeSpec m_spec;
    CompanyNodeItem *m_from;
    CompanyNodeItem *m_to;
    int m_parallel = 0;
    QPainterPath m_curve;
    QPolygonF m_arrow;
};
