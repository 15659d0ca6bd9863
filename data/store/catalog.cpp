#include "catalog.h"

#include "each_row.h"
#include "partial_date.h"

#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace {

QString str(const SqlRow &q, int i) { return q.text(i); }
int integer(const SqlRow &q, int i) { return q.isNull(i) ? 0 : q.value(i).toInt(); }

qint64 dateKey(const QString &text)
{
    const auto d = PartialDate::parse(text);
    return d ? d->sortKey() : 0;
}

void applyCurrent(Chip &chip, const SpecClaim &c)
{
    if (c.metric == Metric::PeakFlops && c.precision)
        chip.peakFlops[*c.precision] = c.value;
    else if (c.metric == Metric::MemoryCapacity)
        chip.memoryBytes = c.value;
    else if (c.metric == Metric::MemoryBandwidth)
        chip.memoryBandwidth = c.value;
    else if (c.metric == Metric::Tdp)
        chip.tdpWatts = c.value;
    else if (c.metric == Metric::ScaleupBandwidth)
        chip.scaleupBandwidth = c.value;
    else if (c.metric == Metric::ScaleupDomain)
        chip.scaleupDomain = c.value;
    else if (c.metric == Metric::Price)
        chip.priceUsd = c.value;
    else
        return;
    chip.currentClaims.insert(claimKey(c.metric, c.precision), c);
}

} // namespace

Catalog Catalog::load(const QList<QSqlDatabase> &dbs)
{
    Catalog cat;
    eachRow(dbs, QStringLiteral("SELECT id, name_en, name_zh_hant, name_zh_hans, country_iso2, ticker, role FROM company ORDER BY rowid"),
            [&](const SqlRow &q) {
                cat.m_companies.append({str(q, 0), str(q, 1), str(q, 2), str(q, 3), str(q, 4), str(q, 5), str(q, 6)});
            });
    eachRow(dbs, QStringLiteral("SELECT id, title, publisher, url, published_on, kind, language, note FROM source ORDER BY rowid"),
            [&](const SqlRow &q) {
                cat.m_sources.append({str(q, 0), str(q, 1), str(q, 2), str(q, 3), str(q, 4), str(q, 5), str(q, 6), str(q, 7)});
            });
    eachRow(dbs, QStringLiteral("SELECT id, vendor_id, family, name, aliases, announced, available, status, process_node, memory_type, note, "
                                   "name_zh_hant, name_zh_hans, process_node_zh_hant, process_node_zh_hans FROM chip ORDER BY rowid"),
            [&](const SqlRow &q) {
                Chip c;
                c.id = str(q, 0);
                c.vendorId = str(q, 1);
                c.family = str(q, 2);
                c.name = str(q, 3);
                for (const QString &a : str(q, 4).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                    c.aliases << a.trimmed();
                c.announced = str(q, 5);
                c.available = str(q, 6);
                c.status = str(q, 7);
                c.processNode = str(q, 8);
                c.memoryType = str(q, 9);
                c.note = str(q, 10);
                c.nameZhHant = str(q, 11);
                c.nameZhHans = str(q, 12);
                c.processNodeZhHant = str(q, 13);
                c.processNodeZhHans = str(q, 14);
                if (const Company *v = cat.company(c.vendorId))
                    c.vendorName = v->nameEn;
                cat.m_chips.append(c);
            });
    eachRow(dbs, QStringLiteral("SELECT chip_id, metric, precision, value, unit, sparse, basis, claimed_on, source_id, note, note_zh_hant, "
                                "note_zh_hans, id FROM spec_claim ORDER BY rowid"),
            [&](const SqlRow &q) {
                SpecClaim c;
                c.id = str(q, 12);
                c.chipId = str(q, 0);
                c.metric = str(q, 1);
                c.precision = precisionFromKey(str(q, 2));
                c.value = q.value(3).toDouble();
                c.unit = str(q, 4);
                c.sparse = q.value(5).toInt() != 0;
                c.basis = str(q, 6);
                c.claimedOn = str(q, 7);
                c.sourceId = str(q, 8);
                c.note = str(q, 9);
                c.noteZhHant = str(q, 10);
                c.noteZhHans = str(q, 11);
                cat.m_claims.append(c);
            });
    // History oldest first; among claims of the same date the later row wins (stable sort keeps row order).
    std::stable_sort(cat.m_claims.begin(), cat.m_claims.end(),
                     [](const SpecClaim &a, const SpecClaim &b) { return dateKey(a.claimedOn) < dateKey(b.claimedOn); });
    QHash<QString, int> chipIndex;
    for (int i = 0; i < cat.m_chips.size(); ++i)
        chipIndex.insert(cat.m_chips[i].id, i);
    for (const SpecClaim &c : std::as_const(cat.m_claims))
        if (!c.sparse && chipIndex.contains(c.chipId))
            applyCurrent(cat.m_chips[chipIndex.value(c.chipId)], c);

    eachRow(dbs, QStringLiteral("SELECT id, name, params_total, params_active, layers, dense_layers, hidden, heads, kv_heads, head_dim, ffn, "
                                "expert_ffn, vocab, experts, experts_active, shared_experts, attention, kv_lora_rank, rope_head_dim, "
                                "sliding_window, sliding_layers, source_id FROM llm_model ORDER BY rowid"),
            [&](const SqlRow &q) {
                LlmModel m;
                m.id = str(q, 0);
                m.name = str(q, 1);
                m.paramsTotal = q.value(2).toDouble();
                m.paramsActive = q.value(3).toDouble();
                m.layers = integer(q, 4);
                m.denseLayers = integer(q, 5);
                m.hidden = integer(q, 6);
                m.heads = integer(q, 7);
                m.kvHeads = integer(q, 8);
                m.headDim = integer(q, 9);
                m.ffn = integer(q, 10);
                m.expertFfn = integer(q, 11);
                m.vocab = integer(q, 12);
                m.experts = integer(q, 13);
                m.expertsActive = integer(q, 14);
                m.sharedExperts = integer(q, 15);
                const QString attention = str(q, 16);
                m.attention = attention == QLatin1String("mla") ? LlmModel::Attention::MLA
                    : attention == QLatin1String("mha")         ? LlmModel::Attention::MHA
                                                                : LlmModel::Attention::GQA;
                m.kvLoraRank = integer(q, 17);
                m.ropeHeadDim = integer(q, 18);
                m.slidingWindow = integer(q, 19);
                m.slidingLayers = integer(q, 20);
                m.sourceId = str(q, 21);
                cat.m_models.append(m);
            });
    eachRow(dbs, QStringLiteral("SELECT chip_id, what, precision, value, unit, conditions, measured_on, source_id, note, id FROM measurement ORDER BY rowid"),
            [&](const SqlRow &q) {
                Measurement m;
                m.id = str(q, 9);
                m.chipId = str(q, 0);
                m.what = str(q, 1);
                m.precision = precisionFromKey(str(q, 2));
                m.value = q.value(3).toDouble();
                m.unit = str(q, 4);
                m.conditions = str(q, 5);
                m.measuredOn = str(q, 6);
                m.sourceId = str(q, 7);
                m.note = str(q, 8);
                cat.m_measurements.append(m);
            });
    eachRow(dbs, QStringLiteral("SELECT id, from_id, to_id, kind, amount_usd, upper_bound, status, superseded_by, announced_on, "
                                "period_start, period_end, description_en, description_zh_hant, description_zh_hans, source_id, note "
                                "FROM flow ORDER BY rowid"),
            [&](const SqlRow &q) {
                Flow f;
                f.id = str(q, 0);
                f.fromId = str(q, 1);
                f.toId = str(q, 2);
                f.kind = str(q, 3);
                if (!q.isNull(4))
                    f.amountUsd = q.value(4).toDouble();
                f.upperBound = integer(q, 5) != 0;
                f.status = str(q, 6);
                f.supersededBy = str(q, 7);
                f.announcedOn = str(q, 8);
                f.periodStart = str(q, 9);
                f.periodEnd = str(q, 10);
                f.descriptionEn = str(q, 11);
                f.descriptionZhHant = str(q, 12);
                f.descriptionZhHans = str(q, 13);
                f.sourceId = str(q, 14);
                f.note = str(q, 15);
                cat.m_flows.append(f);
            });
    cat.m_databases = dbs;
    eachRow(dbs, QStringLiteral("SELECT iso2, iso_numeric, name_en, name_zh_hant, name_zh_hans, region FROM country ORDER BY rowid"),
            [&](const SqlRow &q) { cat.m_countries.append({str(q, 0), integer(q, 1), str(q, 2), str(q, 3), str(q, 4), str(q, 5)}); });
    eachRow(dbs, QStringLiteral("SELECT id, country_iso2, owner_id, site, sector, chip_id, accelerator, units, units_kind, power_mw, "
                                "announced_on, target_on, source_id, note, part_of, overlaps FROM deployment ORDER BY rowid"),
            [&](const SqlRow &q) {
                Deployment d;
                d.id = str(q, 0);
                d.countryIso2 = str(q, 1);
                d.ownerId = str(q, 2);
                d.site = str(q, 3);
                d.sector = str(q, 4);
                d.chipId = str(q, 5);
                d.accelerator = str(q, 6);
                if (!q.isNull(7))
                    d.units = q.value(7).toDouble();
                d.unitsKind = str(q, 8);
                if (!q.isNull(9))
                    d.powerMw = q.value(9).toDouble();
                d.announcedOn = str(q, 10);
                d.targetOn = str(q, 11);
                d.sourceId = str(q, 12);
                d.note = str(q, 13);
                d.partOf = str(q, 14);
                for (const QString &o : str(q, 15).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                    d.overlaps << o.trimmed();
                cat.m_deployments.append(d);
            });
    eachRow(dbs, QStringLiteral("SELECT fact_table, row_id, source_id, role, note FROM citation ORDER BY rowid"),
            [&](const SqlRow &q) {
                const Citation c{str(q, 0), str(q, 1), str(q, 2), str(q, 3), str(q, 4), false};
                cat.m_citations[c.table + QLatin1Char('|') + c.rowId].append(c);
            });
    if (!dbs.isEmpty()) {
        QSqlQuery q(dbs.first());
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(QStringLiteral("dataset_version"));
        if (q.exec() && q.next())
            cat.m_datasetVersion = q.value(0).toString();
    }
    return cat;
}

const QList<RoadmapEvent> &Catalog::events() const
{
    if (!m_events) {
        auto events = std::make_shared<QList<RoadmapEvent>>();
        eachRow(m_databases,
                QStringLiteral("SELECT id, date, end_date, kind, company_id, chip_id, title_en, title_zh_hant, title_zh_hans, location, "
                               "source_id FROM event ORDER BY rowid"),
                [&](const SqlRow &q) {
                    events->append({str(q, 0), str(q, 1), str(q, 2), str(q, 3), str(q, 4), str(q, 5), str(q, 6), str(q, 7), str(q, 8),
                                    str(q, 9), str(q, 10)});
                });
        std::stable_sort(events->begin(), events->end(),
                         [](const RoadmapEvent &a, const RoadmapEvent &b) { return dateKey(a.date) < dateKey(b.date); });
        m_events = std::move(events);
    }
    return *m_events;
}

const Chip *Catalog::findChip(QStringView idOrAlias) const
{
    const QString wanted = idOrAlias.trimmed().toString();
    for (const Chip &c : m_chips)
        if (c.id.compare(wanted, Qt::CaseInsensitive) == 0)
            return &c;
    for (const Chip &c : m_chips)
        for (const QString &a : c.aliases)
            if (a.compare(wanted, Qt::CaseInsensitive) == 0)
                return &c;
    return nullptr;
}

QStringList Catalog::chipIds() const
{
    QStringList ids;
    for (const Chip &c : m_chips)
        ids << c.id;
    return ids;
}

QList<SpecClaim> Catalog::claims(const QString &chipId) const
{
    QList<SpecClaim> out;
    for (const SpecClaim &c : m_claims)
        if (c.chipId == chipId)
            out << c;
    return out;
}

QList<SpecClaim> Catalog::claims(const QString &chipId, const QString &metric, std::optional<Precision> precision) const
{
    QList<SpecClaim> out;
    for (const SpecClaim &c : m_claims)
        if (c.chipId == chipId && c.metric == metric && c.precision == precision)
            out << c;
    return out;
}

const LlmModel *Catalog::findLlmModel(QStringView id) const
{
    for (const LlmModel &m : m_models)
        if (m.id.compare(id, Qt::CaseInsensitive) == 0 || m.name.compare(id, Qt::CaseInsensitive) == 0)
            return &m;
    return nullptr;
}

QStringList Catalog::llmModelIds() const
{
    QStringList ids;
    for (const LlmModel &m : m_models)
        ids << m.id;
    return ids;
}

const Source *Catalog::source(const QString &id) const
{
    for (const Source &s : m_sources)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Company *Catalog::company(const QString &id) const
{
    for (const Company &c : m_companies)
        if (c.id == id)
            return &c;
    return nullptr;
}

const Country *Catalog::country(QStringView iso2) const
{
    for (const Country &c : m_countries)
        if (c.iso2.compare(iso2, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

QList<Citation> Catalog::sourcesOf(const QString &table, const QString &rowId, const QString &ownSourceId) const
{
    Citation own{table, rowId, ownSourceId, QStringLiteral("primary"), QString(), true};
    QList<Citation> others;
    for (const Citation &c : m_citations.value(table + QLatin1Char('|') + rowId)) {
        if (c.sourceId == ownSourceId) {
            own.role = c.role; // what the row's own source is to it
            own.note = c.note;
        } else {
            others << c;
        }
    }
    return QList<Citation>{own} + others;
}

QList<Citation> Catalog::sourcesOf(const SpecClaim &claim) const
{
    return sourcesOf(QStringLiteral("spec_claim"), claim.id, claim.sourceId);
}

QList<Citation> Catalog::citationsOf(const QString &sourceId) const
{
    QList<Citation> out;
    for (const QList<Citation> &list : m_citations)
        for (const Citation &c : list)
            if (c.sourceId == sourceId)
                out << c;
    std::sort(out.begin(), out.end(), [](const Citation &a, const Citation &b) {
        return std::tie(a.table, a.rowId) < std::tie(b.table, b.rowId);
    });
    return out;
}

bool Catalog::isOfficial(const QString &sourceId) const
{
    const Source *s = source(sourceId);
    return s && (s->kind == QLatin1String("official") || s->kind == QLatin1String("filing"));
}

bool Catalog::hasOfficialPrimary(const SpecClaim &claim) const
{
    for (const Citation &c : sourcesOf(claim))
        if (c.role == QLatin1String("primary") && isOfficial(c.sourceId))
            return true;
    return false;
}
