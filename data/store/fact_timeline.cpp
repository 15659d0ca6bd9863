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

// The largest date text of `t` below `below` (empty: any), among dates that start with a year.
QString maxDate(const QSqlDatabase &db, const TableQuery &t, const QString &below)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Table and column names are ours.
    const QString date = QString::fromLatin1(t.date);
    q.prepare(QStringLiteral("SELECT max(%1) FROM %2 WHERE %1 GLOB '[12][0-9][0-9][0-9]*'%3")
                  .arg(date, QString::fromLatin1(t.table), below.isEmpty() ? QString() : QStringLiteral(" AND %1 < ?").arg(date)));
    if (!below.isEmpty())
        q.addBindValue(below);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

namespace FactTimeline {

std::optional<DatedFact> newest(const QList<QSqlDatabase> &databases)
{
    // Text order agrees with date order for YYYY-MM and YYYY-MM-DD, but puts YYYY-Hn and YYYY-Qn after every month
    // of their year (2026-Q1 > 2026-12 as text). So: the largest date as text (one pass of SQLite over the column),
    // and, when that is a half or a quarter, the largest one of its year below it; the newest of these few, by
    // PartialDate's order, is the newest date. A million events cost a pass or two, not a million rows read.
    std::optional<DatedFact> best;
    for (const QSqlDatabase &db : databases) {
        for (const TableQuery &t : kQueries) {
            QStringList candidates;
            QString top = maxDate(db, t, QString());
            while (!top.isEmpty()) {
                candidates << top;
                const bool periodic = top.size() == 7 && (top.at(5) == u'Q' || top.at(5) == u'H');
                if (!periodic)
                    break;
                // Below "2026-Q" come the halves, below "2026-H" the months and days.
                top = maxDate(db, t, top.left(6));
                if (!top.startsWith(candidates.first().left(4)))
                    break;
            }
            for (const QString &date : std::as_const(candidates)) {
                if (!PartialDate::parse(date))
                    continue;
                // Among rows of one date the smallest id comes first: found in one more pass, then read by its id.
                QSqlQuery q(db);
                q.setForwardOnly(true);
                q.prepare(QStringLiteral("SELECT min(id) FROM %1 WHERE %2 = ?").arg(QString::fromLatin1(t.table), QString::fromLatin1(t.date)));
                q.addBindValue(date);
                if (!q.exec() || !q.next())
                    continue;
                const QString id = q.value(0).toString();
                q.finish();
                q.prepare(QString::fromLatin1(t.sql) + QStringLiteral(" WHERE id = ? LIMIT 1"));
                q.addBindValue(id);
                if (!q.exec() || !q.next())
                    continue;
                const DatedFact f = factAt(t.table, q);
                if (!best || newerFirst(f, *best))
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
