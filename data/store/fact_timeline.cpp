#include "fact_timeline.h"

#include "partial_date.h"

#include <QSqlQuery>
#include <algorithm>

namespace {

struct TableQuery {
    const char *table;
    const char *sql; // id, date, source_id, chip_id, text_en, text_zh_hant, text_zh_hans
    const char *date; // the date column
};

// Table and column names are ours, never the user's.
const TableQuery kQueries[] = {
    {"spec_claim", "SELECT id, claimed_on, source_id, chip_id, '', '', '' FROM spec_claim", "claimed_on"},
    {"flow", "SELECT id, announced_on, source_id, '', description_en, description_zh_hant, description_zh_hans FROM flow", "announced_on"},
    {"deployment", "SELECT id, announced_on, source_id, chip_id, site, site, site FROM deployment", "announced_on"},
    {"event", "SELECT id, date, source_id, chip_id, title_en, title_zh_hant, title_zh_hans FROM event", "date"},
};

qint64 sortKey(const QString &date)
{
    const auto d = PartialDate::parse(date);
    return d ? d->sortKey() : 0;
}

int tableRank(const QString &table)
{
    for (int i = 0; i < int(std::size(kQueries)); ++i)
        if (table == QLatin1String(kQueries[i].table))
            return i;
    return int(std::size(kQueries));
}

// Newest first; among rows of one date, claims before flows, deployments and events, then by id.
bool newerFirst(const DatedFact &a, const DatedFact &b)
{
    const qint64 ka = sortKey(a.date), kb = sortKey(b.date);
    if (ka != kb)
        return ka > kb;
    if (a.table != b.table)
        return tableRank(a.table) < tableRank(b.table);
    return a.rowId < b.rowId;
}

DatedFact factAt(const char *table, const QSqlQuery &q)
{
    return DatedFact{QString::fromLatin1(table), q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
}

// SQL that orders dates as PartialDate::sortKey does: the first day of the period ("2026-H2" → 2026-07-01), then
// the finer precision (year 0, half 1, quarter 2, month 3, day 4). %1 is the date column.
const char *const kFirstDay =
    "CASE WHEN length(%1) = 4 THEN %1 || '-01-01' "
    "WHEN substr(%1, 6, 1) = 'Q' THEN substr(%1, 1, 5) || printf('%02d', (substr(%1, 7, 1) - 1) * 3 + 1) || '-01' "
    "WHEN substr(%1, 6, 1) = 'H' THEN substr(%1, 1, 5) || printf('%02d', (substr(%1, 7, 1) - 1) * 6 + 1) || '-01' "
    "WHEN length(%1) = 7 THEN %1 || '-01' ELSE %1 END";
const char *const kPrecision =
    "CASE WHEN length(%1) = 4 THEN 0 WHEN substr(%1, 6, 1) = 'H' THEN 1 WHEN substr(%1, 6, 1) = 'Q' THEN 2 WHEN length(%1) = 7 THEN 3 ELSE 4 END";

} // namespace

namespace FactTimeline {

std::optional<DatedFact> newest(const QList<QSqlDatabase> &databases)
{
    std::optional<DatedFact> best;
    for (const QSqlDatabase &db : databases) {
        for (const TableQuery &t : kQueries) {
            const QString date = QString::fromLatin1(t.date);
            // Dates that do not parse are left out by read(); the few candidates are checked the same way below.
            const QString sql = QStringLiteral("%1 WHERE %2 GLOB '[12][0-9][0-9][0-9]*' ORDER BY %3 DESC, %4 DESC, id LIMIT 8")
                                    .arg(QString::fromLatin1(t.sql), date, QString::fromLatin1(kFirstDay).replace(QStringLiteral("%1"), date),
                                         QString::fromLatin1(kPrecision).replace(QStringLiteral("%1"), date));
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(sql))
                continue;
            while (q.next()) {
                const DatedFact f = factAt(t.table, q);
                if (PartialDate::parse(f.date) && (!best || newerFirst(f, *best)))
                    best = f;
            }
        }
    }
    return best;
}

QList<DatedFact> read(const QList<QSqlDatabase> &databases)
{
    QList<DatedFact> facts;
    for (const QSqlDatabase &db : databases) {
        for (const TableQuery &t : kQueries) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QString::fromLatin1(t.sql)))
                continue;
            while (q.next()) {
                const DatedFact f = factAt(t.table, q);
                if (PartialDate::parse(f.date))
                    facts << f;
            }
        }
    }
    std::stable_sort(facts.begin(), facts.end(), newerFirst);
    return facts;
}

QString newestDate(const QList<DatedFact> &facts)
{
    return facts.isEmpty() ? QString() : facts.first().date;
}

} // namespace FactTimeline
