#pragma once
// The Money flows graph: companies as nodes (colour by role, size by volume) in the role columns of FlowLayout, flows
// as curved arrows (colour by kind, width by amount on a log scale, dashed when the amount is an "up to", dotted when
// it was not disclosed, faded when the flow is lapsed or superseded). Hover for the figures; click a company to dim
// everything it has no part in; drag a company to move it (the view reports where, as a fraction of the area, so it
// can be remembered). It draws what it is given: the Money flows view decides what and in which words.

#include "common/chart_image.h"

#include <QColor>
#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSet>
#include <QString>

class CompanyNodeItem;
class FlowEdgeItem;

struct FlowNodeSpec {
    QString id;
    QString label;   // short name, wrapped to the column if it is long
    QColor color;    // by role
    double radius = 6;
    QString toolTip; // rich text
};

struct FlowEdgeSpec {
    QString flowId;
    QString from, to; // company ids
    QColor color;     // by kind
    double width = 1; // by amount
    Qt::PenStyle style = Qt::SolidLine;
    bool faded = false; // lapsed, superseded or a subset of a larger flow: shown, not counted
    QString toolTip;
};

struct FlowColumnHeader {
    double x = 0;      // centre, fraction of the width
    double span = 0;   // width it may take, fraction of the width
    QStringList parts; // the roles of the column: on one line if they fit, else one a line
};

class FlowGraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit FlowGraphView(QWidget *parent = nullptr);
    ~FlowGraphView() override;

    // Every company that can appear, at `positions` (fractions of the area). Keeps the edges, the selection and the
    // highlight; a company with no edge is hidden.
    // `rows`: the most companies in one column. The companies of a column (those that share an x) are spaced by
    // what each needs, its node and its label, so no label runs into the node below; a company in `pinned` (one the
    // user dragged) stays exactly where its position says.
    void setNodes(const QList<FlowNodeSpec> &nodes, const QHash<QString, QPointF> &positions,
                  const QList<FlowColumnHeader> &headers, int rows, const QSet<QString> &pinned = {});
    void setEdges(const QList<FlowEdgeSpec> &edges);

    // Dims every company but `id` and its counterparties, and every flow it has no part in; empty: none.
    void selectCompany(const QString &id);
    QString selectedCompany() const { return m_selected; }
    // Dims everything but these flows and companies (a loop); empty: none. Selecting a company clears it.
    void highlight(const QSet<QString> &flowIds, const QSet<QString> &companyIds);
    bool hasHighlight() const { return !m_highlightFlows.isEmpty(); }

    // Where each company is now, fractions of the area.
    QHash<QString, QPointF> positions() const;
    QStringList visibleCompanies() const;
    int visibleEdgeCount() const;
    // The item drawn for a company or a flow (tests, tooltips); nullptr if there is none.
    CompanyNodeItem *node(const QString &id) const { return m_nodes.value(id); }
    FlowEdgeItem *edge(const QString &flowId) const;

    // The graph as it stands, as a PNG (twice its size) or an SVG.
    bool saveImage(const QString &path, ChartImageFormat format, const QString &title, QString *error);

    // Called by the items.
    QPointF toScene(const QPointF &fraction) const;
    QPointF toFraction(const QPointF &scenePoint) const;
    void nodeMoved(CompanyNodeItem *node);
    void nodeDropped(CompanyNodeItem *node);
    void nodeClicked(CompanyNodeItem *node);

signals:
    void companySelected(const QString &id); // empty: the selection was cleared
    void companyMoved(const QString &id, const QPointF &fraction);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void placeItems();
    // Scene positions of the visible companies of one column, top to bottom, or nothing if they do not fit whole.
    QList<double> packColumn(const QList<CompanyNodeItem *> &column, const QRectF &area, double labelWidth) const;
    void applyEmphasis();
    QRectF drawingArea() const;
    double labelWidth() const;

    QHash<QString, CompanyNodeItem *> m_nodes;
    QHash<QString, QPointF> m_fractions;
    QSet<QString> m_pinned;
    QList<FlowEdgeItem *> m_edges;
    QList<FlowColumnHeader> m_headers;
    QList<QGraphicsItem *> m_headerItems;
    double m_headerHeight = 0;
    int m_rows = 1;
    QString m_selected;
    QSet<QString> m_highlightFlows;
    QSet<QString> m_highlightCompanies;
};
