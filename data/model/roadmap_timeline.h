#pragma once
// What the Roadmap view's timeline and `compute-atlas roadmap` show: chips and events in date order, by vendor.

#include "chip.h"
#include "roadmap_event.h"

#include <QList>
#include <QStringList>

struct RoadmapTimeline {
    QList<const Chip *> chips;          // by announcement date, then availability (a tie keeps the catalog's order)
    QList<const RoadmapEvent *> events; // by date, then end date
    QStringList vendorIds;              // vendors with a chip or an event: the catalog's chip order, then events'

    // `chips` and `events` must outlive the result. `vendorIds`: only these vendors (empty: every vendor).
    static RoadmapTimeline build(const QList<Chip> &chips, const QList<RoadmapEvent> &events, const QStringList &vendorIds = {});
    QList<const Chip *> chipsOf(const QString &vendorId) const;
    QList<const RoadmapEvent *> eventsOf(const QString &vendorId) const;
};
