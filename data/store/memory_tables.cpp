#include "memory_tables.h"

#include "each_row.h"

#include <QVariant>

namespace {
QString str(const SqlRow &q, int i) { return q.text(i); }
} // namespace

MemoryData loadMemoryData(const QList<QSqlDatabase> &dbs)
{
    MemoryData data;
    eachRow(dbs, QStringLiteral("SELECT id, segment, period, company_id, share_pct, basis, share_of, source_id, note FROM market_share ORDER BY rowid"),
            [&](const SqlRow &q) {
                data.shares.append({str(q, 0), str(q, 1), str(q, 2), str(q, 3), q.value(4).toDouble(), str(q, 5), str(q, 6), str(q, 7), str(q, 8)});
            });
    eachRow(dbs, QStringLiteral("SELECT id, chip_id, generation, stacks, stack_capacity, claimed_on, basis, source_id, note FROM chip_memory ORDER BY rowid"),
            [&](const SqlRow &q) {
                ChipMemory m;
                m.id = str(q, 0);
                m.chipId = str(q, 1);
                m.generation = str(q, 2);
                if (!q.isNull(3))
                    m.stacks = q.value(3).toInt();
                m.stackBytes = q.number(4);
                m.claimedOn = str(q, 5);
                m.basis = str(q, 6);
                m.sourceId = str(q, 7);
                m.note = str(q, 8);
                data.chipMemory << m;
            });
    eachRow(dbs, QStringLiteral("SELECT id, technology, company_id, kind, stated_on, target_on, value, unit, title_en, title_zh_hant, title_zh_hans, "
                                   "source_id, note FROM memory_outlook ORDER BY rowid"),
            [&](const SqlRow &q) {
                MemoryOutlook o;
                o.id = str(q, 0);
                o.technology = str(q, 1);
                o.companyId = str(q, 2);
                o.kind = str(q, 3);
                o.statedOn = str(q, 4);
                o.targetOn = str(q, 5);
                o.value = q.number(6);
                o.unit = str(q, 7);
                o.titleEn = str(q, 8);
                o.titleZhHant = str(q, 9);
                o.titleZhHans = str(q, 10);
                o.sourceId = str(q, 11);
                o.note = str(q, 12);
                data.outlook << o;
            });
    return data;
}
