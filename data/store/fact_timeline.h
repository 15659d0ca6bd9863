#pragma once
// What changed, newest first (issue 14): the dated rows of the dataset (chip claims by claimed_on, money flows
// and deployments by announced_on, events by date) from every database, for the Sources view's "Latest" list
// and `db info`'s newest fact date.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

struct DatedFact {
    QString table;    // spec_claim, flow, deployment, event
    QString rowId;
    QString date;     // partial ISO date as stored
    QString sourceId;
    QString chipId;   // claims, deployments and events about one chip; else empty
    // What the row says, in English, Traditional and Simplified Chinese where the table has the three
    // (flows, events); deployments name their site; claims are put into words by the caller from the claim.
    QString textEn, textZhHant, textZhHans;
};

namespace FactTimeline {
// Every dated row, newest first; among rows of one date, claims before flows, deployments and events, then
// by id. Rows whose date does not parse are left out (the validator reports them).
QList<DatedFact> read(const QList<QSqlDatabase> &databases);
// The newest date among `facts` as stored ("2026-11-18"); empty if there are none.
QString newestDate(const QList<DatedFact> &facts);
// The first row read() would give, found by SQLite (one row per table and database, ordered by a key made from
// the date's text) instead of reading every row: `db info` on a user database of a million events.
std::optional<DatedFact> newest(const QList<QSqlDatabase> &databases);
}
