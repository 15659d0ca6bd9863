#include "timeline_chart.h"

#include "common/claim_text.h"
#include "common/interface_language.h"
#include "date_format.h"
#include "partial_date.h"
#include "vendor_style.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>

TimelineChart::TimelineChart(const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("timelineChart"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TimelineChart::setTimeline(const RoadmapTimeline &timeline)
{
    m_timeline = timeline;
    // The span every lane shares: from the first announcement or event to the end of the last availability period.
    double first = PartialDate::decimalYear(m_today), last = PartialDate::decimalYear(m_today);
    const auto widen = [&](const QString &text, bool end) {
        if (const auto d = PartialDate::parse(text)) {
            first = std::min(first, d->startYear());
            last = std::max(last, end ? d->endYear() : d->startYear());
        }
    };
    for (const Chip *c : m_timeline.chips) {
        widen(c->announced, false);
        widen(c->available, true);
    }
    for (const RoadmapEvent *e : m_timeline.events) {
        widen(e->date, false);
        widen(e->endDate, true);
    }
    m_startYear = std::floor(first);
    m_endYear = std::max(m_startYear + 1, std::ceil(last - 1e-9));
    relayout();
}

void TimelineChart::setLanguage(Language language)
{
    m_language = language;
    relayout();
}

void TimelineChart::setShowEvents(bool show)
{
    m_showEvents = show;
    relayout();
}

void TimelineChart::setSelectedChip(const QString &chipId)
{
    m_selected = chipId;
    update();
}

void TimelineChart::setToday(const QDate &today)
{
    m_today = today;
    setTimeline(m_timeline);
}

QList<TimelineChart::Item> TimelineChart::items() const
{
    return m_layout.items;
}

QStringList TimelineChart::laneVendors() const
{
    QStringList ids;
    for (const Lane &l : m_layout.lanes)
        ids << l.vendorId;
    return ids;
}

double TimelineChart::plotLeft() const
{
    return m_layout.headerWidth + 8;
}

double TimelineChart::plotRight() const
{
    return width() - 12;
}

double TimelineChart::xOf(double year) const
{
    return plotLeft() + (year - m_startYear) / (m_endYear - m_startYear) * (plotRight() - plotLeft());
}

QString TimelineChart::dateText(const QString &iso) const
{
    return DateFormat::text(iso, m_language);
}

void TimelineChart::relayout()
{
    m_layout = computeLayout(width(), height());
    updateGeometry();
    update();
}
QSize TimelineChart::minimumSizeHint() const
{
    return QSize(480, int(std::ceil(m_layout.minimumHeight)));
}

QSize TimelineChart::sizeHint() const
{
    return QSize(900, minimumSizeHint().height());
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_layout = computeLayout(width(), height());
}

void TimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        relayout();
    QWidget::changeEvent(event);
}

const TimelineChart::Item *TimelineChart::itemAt(const QPointF &pos) const
{
    // Chips before events: a bar is the bigger target; within each, the last drawn wins.
    for (int pass = 0; pass < 2; ++pass)
        for (auto it = m_layout.items.crbegin(); it != m_layout.items.crend(); ++it) {
            if ((pass == 0) != (it->kind == Item::Kind::Chip))
                continue;
            const QRectF row(it->shape.left(), it->shape.center().y() - m_layout.rowHeight / 2, it->shape.width(), m_layout.rowHeight);
            if (row.adjusted(-3, 0, 3, 0).contains(pos) || it->labelRect.contains(pos))
                return &*it;
        }
    return nullptr;
}

QString TimelineChart::chipToolTip(const QString &chipId) const
{
    const Chip *c = m_catalog.findChip(chipId);
    if (!c)
        return {};
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2 · %3")
                 .arg(c->localName(m_language).toHtmlEscaped(), VendorStyle::label(m_catalog, c->vendorId, m_language).toHtmlEscaped(), c->family.toHtmlEscaped());
    lines << tr("Status: %1").toHtmlEscaped().arg(ClaimText::status(c->status).toHtmlEscaped());
    if (!c->announced.isEmpty())
        lines << tr("Announced: %1").toHtmlEscaped().arg(dateText(c->announced).toHtmlEscaped());
    if (c->available.isEmpty())
        lines << tr("Available: not in the data").toHtmlEscaped();
    else if (c->status == QLatin1String("shipping"))
        lines << tr("Available: %1").toHtmlEscaped().arg(dateText(c->available).toHtmlEscaped());
    else
        lines << tr("Available: %1 (a target, not yet shipping)").toHtmlEscaped().arg(dateText(c->available).toHtmlEscaped());
    for (const RoadmapEvent *e : m_timeline.events)
        if (e->chipId == c->id) {
            const Source *s = m_catalog.source(e->sourceId);
            lines << tr("%1: %2 (source: %3)", "an event of a chip: date, title, source")
                         .toHtmlEscaped()
                         .arg(dateText(e->date).toHtmlEscaped(), e->title(m_language).toHtmlEscaped(),
                              (s ? s->publisher : e->sourceId).toHtmlEscaped());
        }
    if (c->isProjected())
        lines << QStringLiteral("<i>%1</i>").arg(tr("A projection: its figures are made from trends, not vendor specifications.").toHtmlEscaped());
    lines << QStringLiteral("<span style=\"color:gray\">%1</span>").arg(tr("Click to see its figures and the history of each claim.").toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString TimelineChart::eventToolTip(const QStringList &eventIds) const
{
    QStringList blocks;
    for (const RoadmapEvent *e : m_timeline.events) {
        if (!eventIds.contains(e->id))
            continue;
        const auto start = PartialDate::parse(e->date);
        const auto end = PartialDate::parse(e->endDate);
        QString when = start && end ? DateFormat::span(*start, *end, m_language) : dateText(e->date);
        if (!e->location.isEmpty())
            when += QStringLiteral(" · ") + e->location;
        QString block = QStringLiteral("<b>%1</b><br>%2").arg(e->title(m_language).toHtmlEscaped(), when.toHtmlEscaped());
        if (!e->sourceId.isEmpty())
            block += QStringLiteral("<br>") + tr("Source: %1").toHtmlEscaped().arg(ClaimText::sourceHtml(m_catalog, e->sourceId));
        blocks << block;
    }
    return blocks.join(QStringLiteral("<hr>"));
}

bool TimelineChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Item *item = itemAt(help->pos())) {
            const QString text = item->kind == Item::Kind::Chip ? chipToolTip(item->id) : eventToolTip(item->ids);
            QToolTip::showText(help->globalPos(), text, this, item->shape.toAlignedRect().united(item->labelRect.toAlignedRect()));
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineChart::mouseMoveEvent(QMouseEvent *event)
{
    const Item *item = itemAt(event->position());
    const QString hovered = item && item->kind == Item::Kind::Chip ? item->id : QString();
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TimelineChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        if (const Item *item = itemAt(event->position()); item && item->kind == Item::Kind::Chip) {
            setSelectedChip(item->id);
            emit chipSelected(item->id);
            return;
        }
    QWidget::mousePressEvent(event);
}
void TimelineChart::paintLegend(QPainter &p, const QPointF &origin, double width) const
{
    const QFontMetricsF fm(font());
    const double h = fm.height();
    const QColor ink(0x44, 0x44, 0x44);
    p.setFont(font());
    for (const LegendKey &k : legendLayout(width)) {
        const QRectF box = k.rect.translated(origin);
        const double cy = box.center().y();
        const QRectF s(box.left(), cy - h * 0.22, 22, h * 0.44);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(ink, 1.2));
        switch (k.kind) {
        case 0: p.setBrush(QColor(0x88, 0x88, 0x88, 110)); p.drawRect(s); break;
        case 1: p.setBrush(Qt::white); p.drawRect(s); break;
        case 2: p.setPen(QPen(ink, 1.2, Qt::DashLine)); p.drawRect(s); break;
        case 3: p.setBrush(ink); p.drawEllipse(QPointF(s.center()), h * 0.22, h * 0.22); break;
        case 4:
            p.drawLine(QPointF(s.left(), cy), QPointF(s.right(), cy));
            p.drawLine(QPointF(s.left(), cy - 3), QPointF(s.left(), cy + 3));
            p.drawLine(QPointF(s.right(), cy - 3), QPointF(s.right(), cy + 3));
            break;
        case 5: {
            QPainterPath d;
            const QPointF c = s.center();
            const double r = h * 0.22;
            d.moveTo(c.x(), c.y() - r);
            d.lineTo(c.x() + r, c.y());
            d.lineTo(c.x(), c.y() + r);
            d.lineTo(c.x() - r, c.y());
            d.closeSubpath();
            p.setBrush(ink);
            p.drawPath(d);
            break;
        }
        case 6: p.setPen(QPen(QColor(0xd6, 0x27, 0x28), 1.5)); p.drawLine(QPointF(s.center().x(), cy - h / 2), QPointF(s.center().x(), cy + h / 2)); break;
        }
        p.setPen(ink);
        p.drawText(QRectF(box.left() + 27, box.top(), box.width() - 27 + 4, box.height()), Qt::AlignVCenter | Qt::AlignLeft, k.text);
    }
}

void TimelineChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    const Layout &L = m_layout;
    const QFontMetricsF fm(font());
    const double left = plotLeft(), right = plotRight();
    const double plotBottom = L.lanes.isEmpty() ? L.axisHeight : L.lanes.constLast().top + L.lanes.constLast().height;

    // Lanes: a band each, the vendor's name at the left.
    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < L.lanes.size(); ++i) {
        const Lane &lane = L.lanes.at(i);
        const QRectF band(0, lane.top, width(), lane.height);
        p.fillRect(band, i % 2 ? QColor(0xf7, 0xf8, 0xfa) : QColor(0xff, 0xff, 0xff));
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawLine(QPointF(0, lane.top), QPointF(width(), lane.top));
        const QColor color = VendorStyle::color(lane.vendorId, i);
        p.fillRect(QRectF(6, lane.top + 6, 5, std::max(4.0, lane.height - 12)), color);
        p.setFont(bold);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(16, lane.top, L.headerWidth - 16, lane.height), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, lane.label);
    }

    // Years: a line at each 1 January, the year's number over its middle.
    p.setFont(font());
    for (int year = int(m_startYear); year <= int(m_endYear); ++year) {
        const double x = xOf(year);
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
        p.drawLine(QPointF(x, L.axisHeight - 4), QPointF(x, plotBottom));
        if (year < int(m_endYear)) {
            p.setPen(QColor(0x33, 0x33, 0x33));
            p.drawText(QRectF(x, 0, xOf(year + 1) - x, L.axisHeight - 2), Qt::AlignCenter, QString::number(year));
        }
    }
    p.setPen(QColor(0xaa, 0xaa, 0xaa));
    p.drawLine(QPointF(left, L.axisHeight - 1), QPointF(right, L.axisHeight - 1));

    // Today.
    const double today = xOf(PartialDate::decimalYear(m_today));
    if (today >= left && today <= right) {
        p.setPen(QPen(QColor(0xd6, 0x27, 0x28, 200), 1.5));
        p.drawLine(QPointF(today, L.axisHeight - 6), QPointF(today, plotBottom));
    }

    QFont italic = font();
    italic.setItalic(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    int laneIndex = 0;
    for (int i = 0; i < L.items.size(); ++i) {
        const Item &item = L.items.at(i);
        while (laneIndex + 1 < L.lanes.size() && L.lanes.at(laneIndex).vendorId != item.vendorId)
            ++laneIndex;
        const QColor color = VendorStyle::color(item.vendorId, laneIndex);
        const double cy = item.shape.center().y();
        const double r = item.shape.height() / 2;
        if (item.kind == Item::Kind::Event) {
            // A conference's days as a thin bar; a diamond where it starts.
            p.setPen(Qt::NoPen);
            if (item.shape.width() > 2 * r + 1) {
                QColor span = color;
                span.setAlpha(90);
                p.setBrush(span);
                p.drawRoundedRect(QRectF(item.shape.left() + r, cy - r * 0.45, item.shape.width() - 2 * r, r * 0.9), 2, 2);
            }
            QPainterPath d;
            const double x0 = item.shape.left() + r;
            d.moveTo(x0, cy - r);
            d.lineTo(x0 + r, cy);
            d.lineTo(x0, cy + r);
            d.lineTo(x0 - r, cy);
            d.closeSubpath();
            p.setBrush(color.darker(110));
            p.drawPath(d);
            if (!item.labelRect.isNull()) {
                // A tick from the label down to its marker: a label may end at its marker rather than start there.
                p.setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 1));
                p.drawLine(QPointF(x0, item.labelRect.bottom()), QPointF(x0, cy - r));
                p.setFont(small);
                p.setPen(QColor(0x44, 0x44, 0x44));
                p.drawText(item.labelRect, Qt::AlignVCenter | Qt::AlignLeft, item.label);
            }
            continue;
        }

        const Chip *chip = m_catalog.findChip(item.id);
        if (!chip)
            continue;
        const auto announced = PartialDate::parse(chip->announced);
        const auto available = PartialDate::parse(chip->available);
        const bool selected = item.id == m_selected;
        const bool hovered = item.id == m_hovered;
        const bool shipping = chip->status == QLatin1String("shipping");
        const double barHeight = std::clamp(L.rowHeight * 0.5, 6.0, fm.height() * 0.95);
        const double xa = announced ? xOf(announced->startYear()) : xOf(available->middleYear());
        if (selected) {
            // The selected chip on a highlight, so the panel's chip is easy to find again.
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xff, 0xe0, 0x82, 170));
            p.drawRoundedRect(item.shape.united(item.labelRect).adjusted(-4, -3, 4, 3), 4, 4);
        }
        QPen outline(color.darker(hovered ? 130 : 110), selected ? 2.4 : 1.2);
        if (item.projected)
            outline.setStyle(Qt::DashLine);
        if (available) {
            const double xm = std::max(xa, xOf(available->middleYear()));
            // The bar from announcement to availability.
            QColor fill = color;
            fill.setAlpha(hovered || selected ? 120 : 80);
            p.setBrush(shipping ? QBrush(fill) : QBrush(Qt::white));
            p.setPen(outline);
            p.drawRoundedRect(QRectF(xa, cy - barHeight / 2, std::max(2.0, xm - xa), barHeight), 2, 2);
            // How uncertain the availability date is.
            const double w0 = xOf(available->startYear()), w1 = xOf(available->endYear());
            if (w1 - w0 > 4) {
                p.setPen(QPen(color.darker(120), 1.1, item.projected ? Qt::DashLine : Qt::SolidLine));
                p.drawLine(QPointF(w0, cy), QPointF(w1, cy));
                p.drawLine(QPointF(w0, cy - r * 0.8), QPointF(w0, cy + r * 0.8));
                p.drawLine(QPointF(w1, cy - r * 0.8), QPointF(w1, cy + r * 0.8));
            }
            // Where it ships: filled once shipping, hollow while a target.
            p.setPen(QPen(color.darker(130), selected ? 2.4 : 1.4, item.projected ? Qt::DotLine : Qt::SolidLine));
            p.setBrush(shipping ? QBrush(color) : QBrush(Qt::white));
            p.drawEllipse(QPointF(xm, cy), r, r);
        } else {
            // Announced, availability not in the data: the announcement alone.
            p.setPen(outline);
            p.setBrush(Qt::white);
            p.drawRect(QRectF(xa - 1, cy - barHeight / 2, 3, barHeight));
        }
        p.setFont(item.projected ? italic : font());
        p.setPen(item.projected ? QColor(0x55, 0x55, 0x55) : QColor(0x1a, 0x1a, 0x1a));
        p.drawText(item.labelRect.adjusted(-2, 0, 6, 0), Qt::AlignVCenter | Qt::AlignLeft, item.label);
    }

    paintLegend(p, QPointF(left, plotBottom + 2), right - left);
}
