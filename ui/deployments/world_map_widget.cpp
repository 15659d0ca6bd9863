#include "world_map_widget.h"

#include "map_projection.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <cmath>

namespace {

const QColor kSea(0xe8, 0xf0, 0xf7);
const QColor kNoData(0xd9, 0xd9, 0xd9);
const QColor kBorder(0xff, 0xff, 0xff);
// A sequential ramp (ColorBrewer YlGnBu), light for little, dark for much.
const QColor kRamp[] = {QColor(0xed, 0xf8, 0xb1), QColor(0x7f, 0xcd, 0xbb), QColor(0x41, 0xb6, 0xc4), QColor(0x22, 0x5e, 0xa8),
                        QColor(0x0c, 0x2c, 0x84)};
constexpr double kMaxZoom = 16;

QColor ramp(double t)
{
    t = std::clamp(t, 0.0, 1.0) * (std::size(kRamp) - 1);
    const int i = std::min<int>(int(t), int(std::size(kRamp)) - 2);
    const double f = t - i;
    const QColor a = kRamp[i], b = kRamp[i + 1];
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * f, a.greenF() + (b.greenF() - a.greenF()) * f,
                            a.blueF() + (b.blueF() - a.blueF()) * f);
}

} // namespace

WorldMapWidget::WorldMapWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(320, 180);
    setFocusPolicy(Qt::ClickFocus);
    setCursor(Qt::OpenHandCursor);
}

void WorldMapWidget::setShapes(WorldMapShapes shapes)
{
    m_shapes = std::move(shapes);
    m_hovered = -1;
    update();
}

void WorldMapWidget::setValues(const QHash<QString, double> &values, const QString &legendTitle, std::function<QString(double)> format)
{
    m_values = values;
    m_legendTitle = legendTitle;
    m_format = std::move(format);
    m_min = m_max = 0;
    for (double v : values) {
        if (v <= 0)
            continue;
        m_min = m_min > 0 ? std::min(m_min, v) : v;
        m_max = std::max(m_max, v);
    }
    update();
}

void WorldMapWidget::setNoDataText(const QString &text)
{
    m_noDataText = text;
    update();
}

void WorldMapWidget::setToolTipProvider(std::function<QString(const QString &, const QString &)> provider)
{
    m_toolTip = std::move(provider);
}

void WorldMapWidget::setSelectedCountry(const QString &iso2)
{
    m_selected = iso2;
    update();
}

QColor WorldMapWidget::colorFor(double value) const
{
    if (!(value > 0) || m_max <= 0)
        return kNoData;
    if (m_max <= m_min)
        return ramp(1.0);
    return ramp((std::log(value) - std::log(m_min)) / (std::log(m_max) - std::log(m_min)));
}

QTransform WorldMapWidget::transformFor(const QRectF &target) const
{
    // The world (x ±2.7066, y ±1.3174 Earth radii) fitted into the target with a small margin, north up.
    const QRectF world = m_shapes.outline.boundingRect();
    if (world.isEmpty() || target.isEmpty())
        return {};
    const double scale = std::min((target.width() - 8) / world.width(), (target.height() - 8) / world.height()) * m_zoom;
    QTransform t;
    t.translate(target.center().x() + m_pan.x(), target.center().y() + m_pan.y());
    t.scale(scale, -scale);
    t.translate(-world.center().x(), -world.center().y());
    return t;
}

void WorldMapWidget::render(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(target, palette().base());
    painter.setClipRect(target);
    const QTransform t = transformFor(target);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kSea);
    painter.drawPath(t.map(m_shapes.outline));
    const QRectF visible = t.inverted().mapRect(target);
    for (int i = 0; i < m_shapes.shapes.size(); ++i) {
        const MapShape &s = m_shapes.shapes.at(i);
        if (!s.bounds.intersects(visible))
            continue;
        const double v = s.iso2.isEmpty() ? 0 : m_values.value(s.iso2, 0);
        QColor fill = colorFor(v);
        if (i == m_hovered)
            fill = fill.darker(115);
        painter.setBrush(fill);
        painter.setPen(QPen(kBorder, 0.6));
        painter.drawPath(t.map(s.path));
    }
    // The chosen country on top, outlined, so its neighbours do not hide its edge.
    for (const MapShape &s : m_shapes.shapes)
        if (!m_selected.isEmpty() && s.iso2 == m_selected) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(QColor(0xd6, 0x27, 0x28), 2.0));
            painter.drawPath(t.map(s.path));
        }
    painter.setClipping(false);
    paintLegend(painter, target);
    painter.restore();
}

void WorldMapWidget::paintLegend(QPainter &painter, const QRectF &target) const
{
    const QFontMetricsF fm(painter.font());
    const double bar = std::min(180.0, target.width() * 0.3), h = 10, pad = 6;
    const QString low = m_format && m_max > 0 ? m_format(m_min) : QString();
    const QString high = m_format && m_max > 0 ? m_format(m_max) : QString();
    const double width = std::max({bar, fm.horizontalAdvance(m_legendTitle), fm.horizontalAdvance(m_noDataText) + h + 4}) + 2 * pad;
    const double height = pad + fm.height() + 2 + h + 2 + fm.height() + 4 + fm.height() + pad;
    const QRectF box(target.left() + 8, target.bottom() - height - 8, width, height);
    painter.setPen(QColor(0xbb, 0xbb, 0xbb));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 3, 3);
    double y = box.top() + pad;
    painter.setPen(palette().text().color());
    painter.drawText(QRectF(box.left() + pad, y, width - 2 * pad, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_legendTitle);
    y += fm.height() + 2;
    QLinearGradient gradient(box.left() + pad, 0, box.left() + pad + bar, 0);
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, ramp(i / 10.0));
    painter.setPen(Qt::NoPen);
    painter.setBrush(gradient);
    painter.drawRect(QRectF(box.left() + pad, y, bar, h));
    y += h + 2;
    painter.setPen(palette().text().color());
    painter.drawText(QRectF(box.left() + pad, y, bar, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, low);
    painter.drawText(QRectF(box.left() + pad, y, bar, fm.height()), Qt::AlignRight | Qt::AlignVCenter, high);
    y += fm.height() + 4;
    painter.setPen(Qt::NoPen);
    painter.setBrush(kNoData);
    painter.drawRect(QRectF(box.left() + pad, y + (fm.height() - h) / 2, h, h));
    painter.setPen(palette().text().color());
    painter.drawText(QRectF(box.left() + pad + h + 4, y, width - 2 * pad - h - 4, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_noDataText);
}

void WorldMapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect());
}

int WorldMapWidget::shapeAt(const QPointF &widgetPos) const
{
    const QPointF p = transformFor(rect()).inverted().map(widgetPos);
    for (int i = 0; i < m_shapes.shapes.size(); ++i) {
        const MapShape &s = m_shapes.shapes.at(i);
        if (s.bounds.contains(p) && s.path.contains(p))
            return i;
    }
    return -1;
}

QString WorldMapWidget::countryAt(const QPointF &widgetPos) const
{
    const int i = shapeAt(widgetPos);
    return i < 0 ? QString() : m_shapes.shapes.at(i).iso2;
}

QPointF WorldMapWidget::toWidget(double longitude, double latitude) const
{
    return transformFor(rect()).map(MapProjection::equalEarth(longitude, latitude));
}

void WorldMapWidget::zoomAt(const QPointF &widgetPos, double factor)
{
    const double zoom = std::clamp(m_zoom * factor, 1.0, kMaxZoom);
    factor = zoom / m_zoom;
    // Keep the point under the cursor where it is: the offset from the centre scales with the zoom.
    const QPointF centre = QRectF(rect()).center();
    m_pan = (m_pan - (widgetPos - centre)) * factor + (widgetPos - centre);
    m_zoom = zoom;
    if (m_zoom <= 1.0)
        m_pan = QPointF();
    update();
}

void WorldMapWidget::panBy(const QPointF &delta)
{
    m_pan += delta;
    update();
}

void WorldMapWidget::resetView()
{
    m_zoom = 1;
    m_pan = QPointF();
    update();
}

void WorldMapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomAt(event->position(), std::pow(1.25, steps));
    event->accept();
}

void WorldMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = m_lastDragPos = event->position().toPoint();
    m_dragging = false;
}

void WorldMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > 3) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            panBy(pos - m_lastDragPos);
            m_lastDragPos = pos;
        }
        return;
    }
    const int hovered = shapeAt(event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        update();
        emit this->hovered(hovered < 0 ? QString() : m_shapes.shapes.at(hovered).iso2);
    }
    if (hovered < 0 || !m_toolTip) {
        QToolTip::hideText();
        return;
    }
    const MapShape &s = m_shapes.shapes.at(hovered);
    QToolTip::showText(event->globalPosition().toPoint(), m_toolTip(s.iso2, s.fileName), this);
}

void WorldMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    setCursor(Qt::OpenHandCursor);
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const QString iso2 = countryAt(event->position());
    emit countryClicked(iso2 == m_selected ? QString() : iso2);
}

void WorldMapWidget::mouseDoubleClickEvent(QMouseEvent *)
{
    resetView();
}

void WorldMapWidget::leaveEvent(QEvent *)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
        emit hovered(QString());
    }
}
