#include "flow_timeline.h"

double QuarterAmounts::totalUsd() const
{
    double sum = 0;
    for (double v : firmByKind)
        sum += v;
    for (double v : upperBoundByKind)
        sum += v;
    return sum;
}

namespace {
int quarterIndex(const QDate &d) { return d.year() * 4 + (d.month() - 1) / 3; }

void add(QuarterAmounts &a, const Flow &f)
{
    ++a.flows;
    if (f.status == FlowWords::subset) // its amount is in the larger flow it is part of
        return;
    if (!f.amountUsd)
        ++a.undisclosed;
    else if (f.upperBound)
        a.upperBoundByKind[f.kind] += *f.amountUsd;
    else
        a.firmByKind[f.kind] += *f.amountUsd;
}
} // namespace

QuarterAmounts totalAmounts(const QList<Flow> &flows)
{
    QuarterAmounts all;
    all.quarter = 0;
    for (const Flow &f : flows)
        add(all, f);
    return all;
}

QList<QuarterAmounts> quarterlyAmounts(const QList<Flow> &flows, QDate from, QDate to)
{
    QList<QDate> dates;
    for (const Flow &f : flows)
        dates.append(f.announcedFirst());
    if (!from.isValid() || !to.isValid()) {
        for (const QDate &d : dates) {
            if (!d.isValid())
                continue;
            if (!from.isValid() || d < from)
                from = d;
            if (!to.isValid() || d > to)
                to = d;
        }
    }
    QList<QuarterAmounts> quarters;
    if (!from.isValid() || !to.isValid() || to < from)
        return quarters;
    const int first = quarterIndex(from), last = quarterIndex(to);
    for (int q = first; q <= last; ++q) {
        QuarterAmounts a;
        a.year = q / 4;
        a.quarter = q % 4 + 1;
        quarters.append(a);
    }
    for (int i = 0; i < flows.size(); ++i) {
        const QDate &d = dates.at(i);
        if (!d.isValid() || quarterIndex(d) < first || quarterIndex(d) > last)
            continue;
        add(quarters[quarterIndex(d) - first], flows.at(i));
    }
    return quarters;
}
