#include "timeline_chart.h"

// Where the timeline puts things: lanes, chips packed into rows so no bar or name covers another, events on a line
// above with their labels, and the legend. The drawing and the mouse are in timeline_chart.cpp.

#include "common/chip_palette.h"
#include "date_format.h"
#include "partial_date.h"
#include "vendor_style.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace {

int eventPriority(const QString &kind)
{
    static const QStringList order{QStringLiteral("conference"), QStringLiteral("keynote"), QStringLiteral("launch"),
                                   QStringLiteral("shipment"), QStringLiteral("earnings")};
    const qsizetype at = order.indexOf(kind);
    return at < 0 ? int(order.size()) : int(at);
}

// "NVIDIA GTC 2026" in NVIDIA's lane reads "GTC 2026", "AWS re:Invent 2024" reads "re:Invent 2024": the lane names
// the vendor. A title that goes on with a verb keeps its subject ("Google announces Ironwood …").
QString withoutVendor(const QString &title, const Company *company)
{
    if (!company)
        return title;
    for (const QString &name : company->names()) {
        if (!title.startsWith(name + QLatin1Char(' ')))
            continue;
        const QString rest = title.mid(name.size() + 1);
        const QString word = rest.section(QLatin1Char(' '), 0, 0);
        const bool verb = word.size() > 2 && word == word.toLower() && word.endsWith(QLatin1Char('s')) && !word.contains(QLatin1Char(':'));
        // Likewise a Chinese sentence ("Google 於 I/O 2024 發表 …").
        const bool sentence = !rest.isEmpty() && rest.at(0).script() == QChar::Script_Han;
        return verb || sentence ? title : rest;
    }
    return title;
}

constexpr double kLaneGap = 5;

} // namespace
TimelineChart::Layout TimelineChart::computeLayout(double width, double height) const
{
    Layout L;
    const QFontMetricsF fm(font());
    QFont bold = font();
    bold.setBold(true);
    QFont italic = font();
    italic.setItalic(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetricsF fmBold(bold), fmItalic(italic), fmSmall(small);

    for (const QString &vendor : m_timeline.vendorIds) {
        Lane lane;
        lane.vendorId = vendor;
        lane.label = VendorStyle::label(m_catalog, vendor, m_language);
        L.headerWidth = std::max(L.headerWidth, fmBold.horizontalAdvance(lane.label) + 22);
        L.lanes << lane;
    }
    L.headerWidth = std::clamp(L.headerWidth, 60.0, 150.0);
    L.axisHeight = fm.height() + 10;

    const double left = L.headerWidth + 8, right = width - 12;
    const auto x = [&](double year) { return left + (year - m_startYear) / (m_endYear - m_startYear) * (right - left); };
    const double r = std::max(3.5, fm.height() * 0.3); // marker radius, whatever the row height

    // Per lane: chips packed into rows so that no bar or label overlaps another; then the events' line.
    struct Placed {
        Item item;
        double lo = 0, hi = 0; // the horizontal room it takes, label included
        int row = 0;
    };
    QList<QList<Placed>> chipsByLane(L.lanes.size()), eventsByLane(L.lanes.size());
    for (int li = 0; li < L.lanes.size(); ++li) {
        Lane &lane = L.lanes[li];
        QList<Placed> placed;
        for (const Chip *c : m_timeline.chipsOf(lane.vendorId)) {
            const auto announced = PartialDate::parse(c->announced);
            const auto available = PartialDate::parse(c->available);
            if (!announced && !available)
                continue;
            Placed p;
            p.item.kind = Item::Kind::Chip;
            p.item.id = c->id;
            p.item.vendorId = c->vendorId;
            p.item.label = ChipPalette::shortName(c->localName(m_language));
            p.item.projected = c->isProjected();
            const double labelWidth = (p.item.projected ? fmItalic : fm).horizontalAdvance(p.item.label);
            const double xa = announced ? x(announced->startYear()) : x(available->middleYear());
            double xm = xa, lo = xa - r, hi = xa + r;
            if (available) {
                xm = std::max(xa, x(available->middleYear()));
                lo = std::min(xa, x(available->startYear()));
                hi = std::max(xm + r, x(available->endYear()));
            }
            p.item.shape = QRectF(lo, 0, hi - lo, 0);
            // The name inside a long bar, else after the marker, else before the bar.
            double labelLeft;
            if (available && xm - r - xa >= labelWidth + 10)
                labelLeft = xa + 5;
            else if (hi + 4 + labelWidth <= right)
                labelLeft = hi + 4;
            else
                labelLeft = lo - 4 - labelWidth;
            p.item.labelRect = QRectF(labelLeft, 0, labelWidth, 0);
            p.lo = std::min(lo, labelLeft) - 3;
            p.hi = std::max(hi, labelLeft + labelWidth) + 8;
            placed << p;
        }
        std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) { return a.lo < b.lo; });
        QList<double> rowEnds;
        for (Placed &p : placed) {
            int row = 0;
            while (row < rowEnds.size() && rowEnds.at(row) > p.lo)
                ++row;
            if (row == rowEnds.size())
                rowEnds << p.hi;
            else
                rowEnds[row] = p.hi;
            p.row = row;
        }
        lane.chipRows = std::max<int>(1, int(rowEnds.size()));
        chipsByLane[li] = placed;

        if (!m_showEvents)
            continue;
        // Events close enough to share a marker are one marker; its label is the most telling title (a conference
        // before its keynote, a keynote before the launches announced in it).
        QList<Placed> markers;
        QList<int> priorities;
        const Company *company = m_catalog.company(lane.vendorId);
        for (const RoadmapEvent *e : m_timeline.eventsOf(lane.vendorId)) {
            const auto d = PartialDate::parse(e->date);
            if (!d)
                continue;
            const double at = x(d->startYear());
            const double until = PartialDate::parse(e->endDate) ? x(PartialDate::parse(e->endDate)->endYear()) : at;
            const QString label = withoutVendor(e->title(m_language), company);
            if (!markers.isEmpty() && at - markers.constLast().lo < 2 * r + 3) {
                Placed &same = markers.last();
                same.item.ids << e->id;
                same.hi = std::max(same.hi, until);
                if (eventPriority(e->kind) < priorities.constLast()) {
                    same.item.id = e->id;
                    same.item.label = label;
                    priorities.last() = eventPriority(e->kind);
                }
                continue;
            }
            Placed m;
            m.item.kind = Item::Kind::Event;
            m.item.id = e->id;
            m.item.ids = {e->id};
            m.item.vendorId = lane.vendorId;
            m.item.label = label;
            m.lo = at;
            m.hi = std::max(at, until);
            markers << m;
            priorities << eventPriority(e->kind);
        }
        if (markers.isEmpty())
            continue;
        lane.eventRows = 1;
        // Labels go on a line of their own above the markers, starting at their marker (else ending there), in order
        // of importance and then the most recent first; one that would cover another label stays off (its marker
        // still answers a hover).
        QList<int> order(markers.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return priorities.at(a) != priorities.at(b) ? priorities.at(a) < priorities.at(b) : markers.at(a).lo > markers.at(b).lo;
        });
        QList<std::pair<double, double>> taken;
        for (int i : order) {
            Placed &m = markers[i];
            m.item.shape = QRectF(m.lo - r, 0, m.hi - m.lo + 2 * r, 0);
            const double w = fmSmall.horizontalAdvance(m.item.label);
            const auto free = [&](double a, double b) {
                if (a < left - 2 || b > right)
                    return false;
                return std::none_of(taken.cbegin(), taken.cend(), [&](const auto &t) { return a < t.second + 8 && b > t.first - 8; });
            };
            if (free(m.lo - 2, m.lo - 2 + w))
                m.item.labelRect = QRectF(m.lo - 2, 0, w, 0);
            else if (free(m.lo + 2 - w, m.lo + 2))
                m.item.labelRect = QRectF(m.lo + 2 - w, 0, w, 0);
            if (!m.item.labelRect.isNull())
                taken << std::pair{m.item.labelRect.left(), m.item.labelRect.right()};
        }
        eventsByLane[li] = markers;
    }

    // Rows share the height the widget has, between a readable minimum and a comfortable maximum.
    double labelLines = 0;
    const double labelLine = fmSmall.height() + 1;
    for (const Lane &lane : L.lanes) {
        L.totalRows += lane.eventRows + lane.chipRows;
        labelLines += lane.eventRows * labelLine;
    }
    const double minRow = fm.height() + 5, maxRow = fm.height() * 2.8;
    L.legendHeight = legendHeight(right - left);
    const double room = height - L.axisHeight - L.legendHeight - L.lanes.size() * kLaneGap - labelLines - 4;
    L.rowHeight = L.totalRows > 0 ? std::clamp(room / L.totalRows, minRow, maxRow) : minRow;
    L.minimumHeight = L.axisHeight + L.legendHeight + L.lanes.size() * kLaneGap + labelLines + std::max(1, L.totalRows) * minRow + 6;

    double top = L.axisHeight;
    for (int li = 0; li < L.lanes.size(); ++li) {
        Lane &lane = L.lanes[li];
        lane.top = top;
        lane.height = (lane.eventRows + lane.chipRows) * L.rowHeight + lane.eventRows * labelLine + kLaneGap;
        const double eventsTop = top + kLaneGap / 2;
        const double markersTop = eventsTop + lane.eventRows * labelLine;
        const double markerRow = L.rowHeight * 0.75;
        const double chipsTop = markersTop + lane.eventRows * markerRow;
        lane.height -= lane.eventRows * (L.rowHeight - markerRow);
        for (Placed &m : eventsByLane[li]) {
            m.item.shape.setTop(markersTop + markerRow / 2 - r);
            m.item.shape.setHeight(2 * r);
            if (!m.item.labelRect.isNull()) {
                m.item.labelRect.setTop(eventsTop + 1);
                m.item.labelRect.setHeight(fmSmall.height());
            }
            L.items << m.item;
            L.rows << -1;
        }
        for (Placed &p : chipsByLane[li]) {
            const double rowTop = chipsTop + p.row * L.rowHeight;
            p.item.shape.setTop(rowTop + L.rowHeight / 2 - r);
            p.item.shape.setHeight(2 * r);
            p.item.labelRect.setTop(rowTop + (L.rowHeight - fm.height()) / 2);
            p.item.labelRect.setHeight(fm.height());
            L.items << p.item;
            L.rows << p.row;
        }
        top += lane.height;
    }
    return L;
}
QList<TimelineChart::LegendKey> TimelineChart::legendLayout(double width) const
{
    const QFontMetricsF fm(font());
    const double symbol = 22, lineHeight = fm.height() + 6;
    QList<LegendKey> keys{{tr("shipping"), 0, {}}, {tr("announced"), 1, {}}, {tr("projected"), 2, {}}, {tr("available"), 3, {}},
                          {tr("date uncertainty"), 4, {}}, {tr("event"), 5, {}},
                          {tr("today (%1)").arg(DateFormat::partial(*PartialDate::parse(m_today.toString(Qt::ISODate)), m_language)), 6, {}}};
    // Left to right, wrapping onto another line rather than running off the edge.
    double x = 0, y = 3;
    for (LegendKey &k : keys) {
        const double w = symbol + 5 + fm.horizontalAdvance(k.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight;
        }
        k.rect = QRectF(x, y, w, lineHeight - 4);
        x += w + 14;
    }
    return keys;
}

double TimelineChart::legendHeight(double width) const
{
    const QList<LegendKey> keys = legendLayout(width);
    return keys.isEmpty() ? 0 : keys.constLast().rect.bottom() + 6;
}
