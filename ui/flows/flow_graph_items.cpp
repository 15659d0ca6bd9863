#include "flow_graph_items.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

namespace {
constexpr double kLabelGap = 2;

// Splits `text` into at most `lines` lines no wider than `width`, at spaces; a word too long, or what does not fit
// on the last line, is elided.
QStringList wrap(const QString &text, const QFontMetricsF &fm, double width, int lines)
{
    if (fm.horizontalAdvance(text) <= width || !text.contains(QLatin1Char(' ')) || lines < 2)
        return {fm.elidedText(text, Qt::ElideRight, width)};
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    int used = 0;
    while (used < words.size() && out.size() + 1 < lines) {
        QString line;
        for (; used < words.size(); ++used) {
            const QString next = line.isEmpty() ? words.at(used) : line + QLatin1Char(' ') + words.at(used);
            if (!line.isEmpty() && fm.horizontalAdvance(next) > width)
                break;
            line = next;
        }
        out << fm.elidedText(line, Qt::ElideRight, width);
    }
    if (used < words.size())
        out << fm.elidedText(words.mid(used).join(QLatin1Char(' ')), Qt::ElideRight, width);
    return out;
}
} // namespace

CompanyNodeItem::CompanyNodeItem(FlowGraphView *view, const FlowNodeSpec &spec, double labelWidth)
    : m_view(view)
    , m_spec(spec)
    , m_labelWidth(labelWidth)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    setToolTip(spec.toolTip);
    setZValue(10);
    m_font = view->font();
    m_font.setPointSizeF(m_font.pointSizeF() * 0.92);
    m_lines = wrap(spec.label, QFontMetricsF(m_font), labelWidth, m_maxLines);
}

void CompanyNodeItem::setLabelRoom(double width, int lines)
{
    if (qFuzzyCompare(width, m_labelWidth) && lines == m_maxLines)
        return;
    prepareGeometryChange();
    m_labelWidth = width;
    m_maxLines = lines;
    m_lines = wrap(m_spec.label, QFontMetricsF(m_font), width, lines);
}

bool CompanyNodeItem::labelElided() const
{
    return !m_lines.isEmpty() && m_lines.last().endsWith(QChar(0x2026));
}

double CompanyNodeItem::extentAbove() const
{
    return m_spec.radius + 2;
}

double CompanyNodeItem::extentBelow() const
{
    return std::max(m_spec.radius + 2, labelRect().bottom());
}

QRectF CompanyNodeItem::labelRect() const
{
    const QFontMetricsF fm(m_font);
    double width = 0;
    for (const QString &l : m_lines)
        width = std::max(width, fm.horizontalAdvance(l));
    const double height = fm.height() * m_lines.size();
    return QRectF(-width / 2 - 2, m_spec.radius + kLabelGap, width + 4, height);
}

QRectF CompanyNodeItem::boundingRect() const
{
    const double r = m_spec.radius + 2;
    return QRectF(-r, -r, 2 * r, 2 * r).united(labelRect());
}

QPainterPath CompanyNodeItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), m_spec.radius + 2, m_spec.radius + 2);
    path.addRect(labelRect());
    return path;
}

void CompanyNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = m_view->selectedCompany() == m_spec.id;
    painter->setPen(QPen(selected ? QColor(0x20, 0x20, 0x20) : m_spec.color.darker(150), selected ? 2.5 : 1.2));
    painter->setBrush(m_spec.color);
    painter->drawEllipse(QPointF(0, 0), m_spec.radius, m_spec.radius);

    // A halo behind the label keeps it legible over the arrows.
    const QRectF rect = labelRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRoundedRect(rect, 3, 3);
    QFont font = m_font;
    font.setBold(selected);
    painter->setFont(font);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    const QFontMetricsF fm(m_font);
    for (int i = 0; i < m_lines.size(); ++i)
        painter->drawText(QRectF(rect.left() - 20, rect.top() + i * fm.height(), rect.width() + 40, fm.height()),
                          Qt::AlignHCenter | Qt::AlignVCenter, m_lines.at(i));
}

QVariant CompanyNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_view->nodeMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void CompanyNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressedAt = pos();
    setCursor(Qt::ClosedHandCursor);
    QGraphicsItem::mousePressEvent(event);
}

void CompanyNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    setCursor(Qt::OpenHandCursor);
    if (QLineF(m_pressedAt, pos()).length() > 1)
        m_view->nodeDropped(this);
    else
        m_view->nodeClicked(this);
}

FlowEdgeItem::FlowEdgeItem(const FlowEdgeSpec &spec, CompanyNodeItem *from, CompanyNodeItem *to, int parallelIndex)
    : m_spec(spec)
    , m_from(from)
    , m_to(to)
    , m_parallel(parallelIndex)
{
    setAcceptHoverEvents(true);
    setToolTip(spec.toolTip);
    // Thin flows over wide ones, so none is hidden.
    setZValue(5 - std::min(spec.width, 8.0) / 2 - (spec.faded ? 1 : 0));
    from->edges << this;
    to->edges << this;
    adjust();
}

void FlowEdgeItem::adjust()
{
    prepareGeometryChange();
    const QPointF a = m_from->pos();
    const QPointF b = m_to->pos();
    const double arrow = 6 + m_spec.width * 1.2;
    m_curve = QPainterPath();
    if (m_from == m_to) {
        // A company paying itself: a small loop above the node.
        const double r = m_from->radius();
        const QPointF top = a + QPointF(0, -r);
        m_curve.moveTo(top + QPointF(-r * 0.6, 0));
        m_curve.cubicTo(top + QPointF(-r * 2.5, -r * 3.5 - 6 * m_parallel), top + QPointF(r * 2.5, -r * 3.5 - 6 * m_parallel),
                        top + QPointF(r * 0.6, 0));
        m_arrow.clear();
        return;
    }
    const QLineF chord(a, b);
    const double length = std::max(chord.length(), 1.0);
    const QPointF dir = (b - a) / length;
    const QPointF left(dir.y(), -dir.x()); // on screen (y down): the left of the direction of travel
    // Opposite flows bend to opposite sides; parallel ones fan out.
    const double bend = std::min(0.18 * length, 90.0) + 14.0 * m_parallel;
    const QPointF control = (a + b) / 2 + left * bend;
    const auto towards = [](const QPointF &from, const QPointF &to) {
        const QLineF l(from, to);
        return l.length() > 0 ? (to - from) / l.length() : QPointF(0, 0);
    };
    const QPointF start = a + towards(a, control) * (m_from->radius() + 1);
    const QPointF endDir = towards(control, b);
    const QPointF tip = b - endDir * (m_to->radius() + 1.5);
    const QPointF base = tip - endDir * arrow;
    m_curve.moveTo(start);
    m_curve.quadTo(control, tip - endDir * arrow * 0.6);
    const QPointF side(endDir.y(), -endDir.x());
    const double half = arrow * 0.42;
    m_arrow = QPolygonF{tip, base + side * half, base - side * half};
}

QRectF FlowEdgeItem::boundingRect() const
{
    const double m = m_spec.width + 8;
    return m_curve.boundingRect().united(m_arrow.boundingRect()).adjusted(-m, -m, m, m);
}

QPainterPath FlowEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(m_spec.width, 1.0) + 6);
    QPainterPath path = stroker.createStroke(m_curve);
    path.addPolygon(m_arrow);
    return path;
}

void FlowEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = m_spec.color;
    color.setAlphaF(m_spec.faded ? 0.35 : 0.85);
    QPen pen(color, m_spec.width, m_spec.style, Qt::FlatCap, Qt::RoundJoin);
    if (m_spec.style != Qt::SolidLine)
        pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_curve);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);
}
