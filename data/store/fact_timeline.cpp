#include "fact_timeline.h"

#include "partial_date.h"

#include <QSqlQuery>
#include <algorithm>

namespace {

struct TableQuery {
    const char *table;
    const char *sql; // id, date, source_id, chip_id, text_en, text_zh_hant, text_zh_hans
};

// Table and column names are ours, never the user's.
const TableQuery kQueries[] = {
    {"spec_claim", "SELECT id, claimed_on, source_id, chip_id, '', '', '' FROM spec_claim"},
    {"flow", "SELECT id, announced_on, source_id, '', description_en, description_zh_hant, description_zh_hans FROM flow"},
    {"deployment", "SELECT id, announced_on, source_id, chip_id, site, site, site FROM deployment"},
    {"event", "SELECT id, date, source_id, chip_id, title_en, title_zh_hant, title_zh_hans FROM event"},
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

} // namespace

namespace FactTimeline {

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
                DatedFact f{QString::fromLatin1(t.table), q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
                if (PartialDate::parse(f.date))
                    facts << f;
            }
        }
    }
    std::stable_sort(facts.begin(), facts.end(), [](const DatedFact &a, const DatedFact &b) {
        const qint64 ka = sortKey(a.date), kb = sortKey(b.date);
        if (ka != kb)
            return ka > kb;
        if (a.table != b.table)
            return tableRank(a.table) < tableRank(b.table);
        return a.rowId < b.rowId;
    });
    return facts;
}

QString newestDate(const QList<DatedFact> &facts)
{
    return facts.isEmpty() ? QString() : facts.first().date;
}

} // namespace FactTimeline
