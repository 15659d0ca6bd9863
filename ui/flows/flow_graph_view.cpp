#include "flow_graph_view.h"

#include "flow_graph_items.h"

#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QFontMetricsF>
#include <QTextDocument>
#include <QImage>
#include <QMap>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace {
// Room around the columns: labels hang below the nodes and the headers stand above them.
constexpr double kSide = 12;
constexpr double kTop = 34; // at least; more when a header needs more lines
constexpr double kBottom = 30;
constexpr double kDimmed = 0.12;
}

FlowGraphView::FlowGraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setMinimumSize(320, 240);
}

FlowGraphView::~FlowGraphView() = default;

QRectF FlowGraphView::drawingArea() const
{
    const QRectF all(QPointF(0, 0), QSizeF(viewport()->size()));
    return all.adjusted(kSide, std::max(kTop, m_headerHeight + 10), -kSide, -kBottom);
}

QPointF FlowGraphView::toScene(const QPointF &f) const
{
    const QRectF area = drawingArea();
    return QPointF(area.left() + f.x() * area.width(), area.top() + f.y() * area.height());
}

QPointF FlowGraphView::toFraction(const QPointF &p) const
{
    const QRectF area = drawingArea();
    return QPointF(std::clamp((p.x() - area.left()) / std::max(area.width(), 1.0), 0.0, 1.0),
                   std::clamp((p.y() - area.top()) / std::max(area.height(), 1.0), 0.0, 1.0));
}

void FlowGraphView::setNodes(const QList<FlowNodeSpec> &nodes, const QHash<QString, QPointF> &positions,
                             const QList<FlowColumnHeader> &headers, int rows, const QSet<QString> &pinned)
{
    m_pinned = pinned;
    m_rows = std::max(rows, 1);
    // The edges refer to the nodes: keep their specs, rebuild both.
    QList<FlowEdgeSpec> edges;
    for (const FlowEdgeItem *e : std::as_const(m_edges))
        edges << e->spec();
    scene()->clear();
    m_edges.clear();
    m_nodes.clear();
    m_headerItems.clear();
    m_fractions = positions;
    m_headers = headers;
    for (const FlowNodeSpec &spec : nodes) {
        auto *item = new CompanyNodeItem(this, spec, labelWidth());
        scene()->addItem(item);
        m_nodes.insert(spec.id, item);
    }
    for (const FlowColumnHeader &h : headers) {
        auto *text = scene()->addText(QString());
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        text->setFont(font);
        text->setDefaultTextColor(QColor(0x66, 0x66, 0x66));
        text->document()->setDocumentMargin(0);
        m_headerItems << text;
    }
    setEdges(edges); // places the items, once the companies without a flow shown are hidden
}

void FlowGraphView::setEdges(const QList<FlowEdgeSpec> &edges)
{
    for (FlowEdgeItem *e : std::as_const(m_edges)) {
        scene()->removeItem(e);
        delete e;
    }
    m_edges.clear();
    for (CompanyNodeItem *n : std::as_const(m_nodes))
        n->edges.clear();
    QHash<QString, int> parallel; // from|to → flows drawn so far
    for (const FlowEdgeSpec &spec : edges) {
        CompanyNodeItem *from = m_nodes.value(spec.from);
        CompanyNodeItem *to = m_nodes.value(spec.to);
        if (!from || !to)
            continue;
        const int index = parallel[spec.from + QLatin1Char('|') + spec.to]++;
        auto *item = new FlowEdgeItem(spec, from, to, index);
        scene()->addItem(item);
        m_edges << item;
    }
    for (CompanyNodeItem *n : std::as_const(m_nodes))
        n->setVisible(!n->edges.isEmpty());
    placeItems(); // the columns are spaced by the companies they show
    applyEmphasis();
}

double FlowGraphView::labelWidth() const
{
    // As wide as a column, less a little air; the narrowest header tells the width of one column.
    double column = 1;
    for (const FlowColumnHeader &h : m_headers)
        column = std::min(column, h.span);
    return std::max(column * drawingArea().width() - 8, 56.0);
}

void FlowGraphView::placeItems()
{
    scene()->setSceneRect(QRectF(QPointF(0, 0), QSizeF(viewport()->size())));
    QRectF area = drawingArea();
    // Centred over its columns and no wider: the roles on one line if they fit, else one a line (a break inside a
    // Chinese word would read badly). The drawing area starts below the tallest header.
    double tallest = 0;
    for (int i = 0; i < m_headerItems.size() && i < m_headers.size(); ++i) {
        auto *text = static_cast<QGraphicsTextItem *>(m_headerItems.at(i));
        const double width = std::max(m_headers.at(i).span * area.width() - 6, 40.0);
        QStringList escaped;
        for (const QString &part : m_headers.at(i).parts)
            escaped << part.toHtmlEscaped();
        const QFontMetricsF fm(text->font());
        const bool oneLine = fm.horizontalAdvance(m_headers.at(i).parts.join(QStringLiteral(" · "))) <= width;
        text->setHtml(QStringLiteral("<div align=\"center\">%1</div>").arg(escaped.join(oneLine ? QStringLiteral(" · ") : QStringLiteral("<br>"))));
        text->setTextWidth(width);
        tallest = std::max(tallest, text->boundingRect().height());
    }
    if (!qFuzzyCompare(tallest + 1, m_headerHeight + 1)) {
        m_headerHeight = tallest;
        area = drawingArea();
    }
    for (int i = 0; i < m_headerItems.size() && i < m_headers.size(); ++i) {
        auto *text = static_cast<QGraphicsTextItem *>(m_headerItems.at(i));
        text->setPos(area.left() + m_headers.at(i).x * area.width() - text->textWidth() / 2,
                     area.top() - text->boundingRect().height() - 8);
    }
    const double width = labelWidth();
    // Columns: the visible companies that share an x, top to bottom as the layout placed them.
    QMap<double, QList<CompanyNodeItem *>> columns;
    for (auto it = m_nodes.constBegin(); it != m_nodes.constEnd(); ++it) {
        CompanyNodeItem *node = it.value();
        const QPointF f = m_fractions.value(it.key(), QPointF(0.5, 0.5));
        node->setPos(toScene(f));
        if (node->isVisible() && !m_pinned.contains(it.key()))
            columns[f.x()] << node;
    }
    const double slot = area.height() / m_rows;
    for (QList<CompanyNodeItem *> &column : columns) {
        std::stable_sort(column.begin(), column.end(), [&](const CompanyNodeItem *a, const CompanyNodeItem *b) {
            return m_fractions.value(a->id()).y() < m_fractions.value(b->id()).y();
        });
        const QList<double> ys = packColumn(column, area, width);
        for (int i = 0; i < column.size(); ++i) {
            if (ys.isEmpty()) {
                // Too many to show every label whole: one slot each, two lines where the slot holds them.
                const QFontMetricsF fm(column.at(i)->font());
                column.at(i)->setLabelRoom(width, slot >= 2 * column.at(i)->radius() + 2 * fm.height() + 10 ? 2 : 1);
            } else {
                column.at(i)->setPos(column.at(i)->pos().x(), ys.at(i));
            }
        }
    }
    for (auto it = m_nodes.constBegin(); it != m_nodes.constEnd(); ++it)
        if (m_pinned.contains(it.key()) || !it.value()->isVisible())
            it.value()->setLabelRoom(width, 2);
    for (FlowEdgeItem *e : std::as_const(m_edges))
        e->adjust();
}

QList<double> FlowGraphView::packColumn(const QList<CompanyNodeItem *> &column, const QRectF &area, double labelWidth) const
{
    // Each company takes what it reaches above and below its centre (its node and its label); the room left over is
    // shared out as equal gaps, so a big company and a long name never run into the next one. Names start on one
    // line; one cut short takes a second line, then a third, while the column has the room, top to bottom.
    double needed = 0;
    for (CompanyNodeItem *node : column) {
        node->setLabelRoom(labelWidth, 1);
        needed += node->extentAbove() + node->extentBelow();
    }
    double spare = area.height() - needed;
    if (column.isEmpty() || spare < 0)
        return {};
    for (int lines = 2; lines <= 3; ++lines)
        for (CompanyNodeItem *node : column) {
            if (!node->labelElided() || node->labelLines().size() != lines - 1)
                continue; // whole already, or left short a line ago
            const double before = node->extentBelow();
            node->setLabelRoom(labelWidth, lines);
            const double grows = node->extentBelow() - before;
            if (grows > spare)
                node->setLabelRoom(labelWidth, lines - 1);
            else
                spare -= grows;
        }
    const double gap = spare / column.size();
    QList<double> ys;
    double y = area.top() + gap / 2;
    for (CompanyNodeItem *node : column) {
        y += node->extentAbove();
        ys << y;
        y += node->extentBelow() + gap;
    }
    return ys;
}

void FlowGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeItems();
}

void FlowGraphView::mousePressEvent(QMouseEvent *event)
{
    QGraphicsView::mousePressEvent(event);
    if (!itemAt(event->position().toPoint()) && (!m_selected.isEmpty() || hasHighlight())) {
        selectCompany(QString());
        highlight({}, {});
        emit companySelected(QString());
    }
}

void FlowGraphView::nodeMoved(CompanyNodeItem *node)
{
    for (FlowEdgeItem *e : std::as_const(node->edges))
        e->adjust();
}

void FlowGraphView::nodeDropped(CompanyNodeItem *node)
{
    const QPointF fraction = toFraction(node->pos());
    m_fractions.insert(node->id(), fraction);
    m_pinned.insert(node->id()); // where the user put it, not where its column would space it
    node->setPos(toScene(fraction)); // kept inside the area
    emit companyMoved(node->id(), fraction);
}

void FlowGraphView::nodeClicked(CompanyNodeItem *node)
{
    selectCompany(node->id());
    emit companySelected(node->id());
}

void FlowGraphView::selectCompany(const QString &id)
{
    m_selected = m_nodes.contains(id) ? id : QString();
    if (!m_selected.isEmpty()) {
        m_highlightFlows.clear();
        m_highlightCompanies.clear();
    }
    applyEmphasis();
}

void FlowGraphView::highlight(const QSet<QString> &flowIds, const QSet<QString> &companyIds)
{
    m_highlightFlows = flowIds;
    m_highlightCompanies = companyIds;
    if (!flowIds.isEmpty())
        m_selected.clear();
    applyEmphasis();
}

void FlowGraphView::applyEmphasis()
{
    QSet<QString> lit;
    if (!m_selected.isEmpty()) {
        lit.insert(m_selected);
        for (const FlowEdgeItem *e : std::as_const(m_edges))
            if (e->spec().from == m_selected || e->spec().to == m_selected)
                lit << e->spec().from << e->spec().to;
    } else {
        lit = m_highlightCompanies;
    }
    const bool dimming = !m_selected.isEmpty() || !m_highlightFlows.isEmpty();
    for (auto it = m_nodes.constBegin(); it != m_nodes.constEnd(); ++it) {
        it.value()->setOpacity(!dimming || lit.contains(it.key()) ? 1.0 : kDimmed + 0.1);
        it.value()->update();
    }
    for (FlowEdgeItem *e : std::as_const(m_edges)) {
        const FlowEdgeSpec &s = e->spec();
        const bool on = m_selected.isEmpty() ? m_highlightFlows.contains(s.flowId) : (s.from == m_selected || s.to == m_selected);
        e->setOpacity(!dimming || on ? 1.0 : kDimmed);
    }
}

QHash<QString, QPointF> FlowGraphView::positions() const
{
    return m_fractions;
}

QStringList FlowGraphView::visibleCompanies() const
{
    QStringList ids;
    for (auto it = m_nodes.constBegin(); it != m_nodes.constEnd(); ++it)
        if (it.value()->isVisible())
            ids << it.key();
    ids.sort();
    return ids;
}

int FlowGraphView::visibleEdgeCount() const
{
    return int(m_edges.size());
}

FlowEdgeItem *FlowGraphView::edge(const QString &flowId) const
{
    for (FlowEdgeItem *e : m_edges)
        if (e->spec().flowId == flowId)
            return e;
    return nullptr;
}

bool FlowGraphView::saveImage(const QString &path, ChartImageFormat format, const QString &title, QString *error)
{
    setWindowTitle(title); // names the SVG drawing
    return saveWidgetImage(this, path, format, error);
}
