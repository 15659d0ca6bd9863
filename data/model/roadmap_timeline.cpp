#include "roadmap_timeline.h"

#include "partial_date.h"

#include <algorithm>
#include <limits>

namespace {
qint64 key(const QString &date)
{
    const auto d = PartialDate::parse(date);
    return d ? d->sortKey() : std::numeric_limits<qint64>::max(); // undated last
}
}

RoadmapTimeline RoadmapTimeline::build(const QList<Chip> &chips, const QList<RoadmapEvent> &events, const QStringList &vendorIds)
{
    RoadmapTimeline t;
    const auto wanted = [&](const QString &vendor) { return vendorIds.isEmpty() || vendorIds.contains(vendor); };
    for (const Chip &c : chips) {
        if (!wanted(c.vendorId))
            continue;
        t.chips << &c;
        if (!t.vendorIds.contains(c.vendorId))
            t.vendorIds << c.vendorId;
    }
    for (const RoadmapEvent &e : events) {
        if (!wanted(e.companyId))
            continue;
        t.events << &e;
        if (!t.vendorIds.contains(e.companyId))
            t.vendorIds << e.companyId;
    }
    std::stable_sort(t.chips.begin(), t.chips.end(), [](const Chip *a, const Chip *b) {
        const qint64 ka = key(a->announced), kb = key(b->announced);
        return ka != kb ? ka < kb : key(a->available) < key(b->available);
    });
    std::stable_sort(t.events.begin(), t.events.end(), [](const RoadmapEvent *a, const RoadmapEvent *b) {
        const qint64 ka = key(a->date), kb = key(b->date);
        return ka != kb ? ka < kb : key(a->endDate) < key(b->endDate);
    });
    return t;
}

QList<const Chip *> RoadmapTimeline::chipsOf(const QString &vendorId) const
{
    QList<const Chip *> out;
    for (const Chip *c : chips)
        if (c->vendorId == vendorId)
            out << c;
    return out;
}

QList<const RoadmapEvent *> RoadmapTimeline::eventsOf(const QString &vendorId) const
{
    QList<const RoadmapEvent *> out;
    for (const RoadmapEvent *e : events)
        if (e->companyId == vendorId)
            out << e;
    return out;
}
