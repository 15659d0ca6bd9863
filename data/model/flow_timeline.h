#pragma once
// Amounts announced per calendar quarter, by kind, firm and "up to" apart: the Money flows timeline. A flow falls
// in the quarter of the first day of its announced_on period, so a flow dated only "2019" counts in 2019 Q1. A flow
// that is part of a larger one (status subset) is counted among the quarter's flows, its amount is not added.

#include "flow.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

struct QuarterAmounts {
    int year = 0;
    int quarter = 1; // 1 … 4
    QMap<QString, double> firmByKind;       // kind → disclosed amounts that are not ceilings
    QMap<QString, double> upperBoundByKind; // kind → "up to" amounts
    int flows = 0;                          // flows announced in the quarter
    int undisclosed = 0;                    // of which without an amount

    QDate first() const { return QDate(year, 3 * quarter - 2, 1); }
    QDate last() const { return first().addMonths(3).addDays(-1); }
    double totalUsd() const;
};

// Everything in `flows` as one bucket (year and quarter 0): the "earlier" bar before a timeline's window.
QuarterAmounts totalAmounts(const QList<Flow> &flows);

// Every quarter from the one holding `from` to the one holding `to`, empty quarters included; an invalid bound
// is taken from the earliest or latest flow. Flows outside the range are left out. Empty if there is nothing.
QList<QuarterAmounts> quarterlyAmounts(const QList<Flow> &flows, QDate from = {}, QDate to = {});
