#include "deployment_set.h"

#include "partial_date.h"

#include <QSet>
#include <limits>

namespace {

QString nameIn(Language language, const QString &en, const QString &hant, const QString &hans)
{
    const QString &name = language == Language::TraditionalChinese ? hant : language == Language::SimplifiedChinese ? hans : en;
    return name.isEmpty() ? en : name;
}

} // namespace

QString countryName(const Catalog &catalog, const QString &iso2, Language language)
{
    const Country *c = catalog.country(iso2);
    return c ? nameIn(language, c->nameEn, c->nameZhHant, c->nameZhHans) : iso2;
}

DeploymentSet::DeploymentSet(const Catalog &catalog)
    : DeploymentSet(catalog, catalog.deployments())
{
}

DeploymentSet::DeploymentSet(const Catalog &catalog, QList<Deployment> rows)
    : m_catalog(&catalog)
    , m_rows(std::move(rows))
{
    m_index.reserve(m_rows.size());
    m_first.reserve(m_rows.size());
    m_dateKey.reserve(m_rows.size());
    m_last.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const Deployment &d = m_rows.at(i);
        m_index.insert(d.id, i);
        const auto date = PartialDate::parse(d.announcedOn);
        m_first << (date ? date->first().toJulianDay() : 0);
        m_last << (date ? date->last().toJulianDay() : 0);
        m_dateKey << (date ? date->sortKey() : 0);
    }
    m_counts = countRows(m_rows);
    for (GroupBy by : {GroupBy::Country, GroupBy::Owner, GroupBy::Chip}) {
        QHash<QString, int> number;
        QList<int> &keys = m_groupKey[int(by)];
        keys.reserve(m_rows.size());
        for (const Deployment &d : std::as_const(m_rows)) {
            const QString key = groupKey(d, by);
            if (key.isEmpty()) {
                keys << -1;
                continue;
            }
            auto it = number.constFind(key);
            if (it == number.constEnd()) {
                it = number.insert(key, int(m_groupKeyNames[int(by)].size()));
                m_groupKeyNames[int(by)] << key;
            }
            keys << *it;
        }
    }
    m_context.factsOf = [this](const Deployment &d) -> const RowFacts * {
        const qsizetype i = indexOf(d);
        return i < 0 ? nullptr : &m_facts.at(i);
    };
    for (const Chip &c : catalog.chips())
        if (const auto bf16 = c.peak(Precision::BF16))
            m_context.bf16ByChip.insert(c.id, *bf16);
    m_context.h100Bf16 = m_context.bf16ByChip.value(QStringLiteral("h100-sxm"), 0.0);
    deriveFacts();
}

qsizetype DeploymentSet::indexOf(const Deployment &row) const
{
    // Rows handed out by select() point into m_rows; any other pointer is outside its range.
    const auto first = reinterpret_cast<quintptr>(m_rows.constData());
    const auto here = reinterpret_cast<quintptr>(&row);
    if (here < first)
        return -1;
    const quintptr i = (here - first) / sizeof(Deployment);
    return i < quintptr(m_rows.size()) && &m_rows.at(qsizetype(i)) == &row ? qsizetype(i) : -1;
}

const Deployment *DeploymentSet::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_rows.at(*it);
}

void DeploymentSet::setAssumptions(const QList<FamilyAssumption> &assumptions)
{
    m_context.assumptions = assumptions;
    setServing(m_serving); // the chips assumed may have changed; serving derives the facts again
}

ChipChoice DeploymentSet::chipOf(const Deployment &row) const
{
    const qsizetype i = indexOf(row);
    return i < 0 ? chipFor(row, m_context.assumptions) : m_facts.at(i).chip;
}

void DeploymentSet::setServing(const std::optional<ServingSettings> &settings)
{
    m_serving = settings;
    m_context.serving.clear();
    if (settings) {
        QSet<QString> done;
        for (const Deployment &d : std::as_const(m_rows)) {
            const QString id = chipFor(d, m_context.assumptions).chipId;
            if (id.isEmpty() || done.contains(id))
                continue;
            done.insert(id);
            if (const Chip *chip = m_catalog->findChip(id))
                m_context.serving.insert(chip->id, estimateServing(*chip, *settings));
        }
    }
    deriveFacts();
}

void DeploymentSet::deriveFacts()
{
    // Vendors a row can name in its text: the companies that make the catalog's chips ("NVIDIA", "AMD").
    QList<QPair<QString, QString>> vendorWords; // lower-case first word of the name → company id
    for (const Chip &c : m_catalog->chips())
        if (const Company *v = m_catalog->company(c.vendorId)) {
            const QString word = v->nameEn.section(QLatin1Char(' '), 0, 0).toLower();
            if (!word.isEmpty() && !vendorWords.contains({word, v->id}))
                vendorWords.append({word, v->id});
        }
    m_facts.clear();
    m_vendors.clear();
    m_facts.reserve(m_rows.size());
    m_vendors.reserve(m_rows.size());
    // Rows share chips and dates: the context's lookups and the date parser run once per distinct value.
    const MeasureContext plain = [this] {
        MeasureContext c = m_context;
        c.factsOf = nullptr;
        return c;
    }();
    QHash<QString, QString> vendorOfText; // user data repeats accelerator texts: look each up once
    for (const Deployment &d : std::as_const(m_rows)) {
        RowFacts facts = ::factsOf(d, m_counts.value(d.id), plain, m_dateKey.at(m_facts.size()));
        const ChipChoice choice = facts.chip;
        m_facts << facts;
        QString vendor;
        if (const Chip *chip = choice.chipId.isEmpty() ? nullptr : m_catalog->findChip(choice.chipId))
            vendor = chip->vendorId;
        if (vendor.isEmpty() && !d.accelerator.isEmpty()) {
            const auto cached = vendorOfText.constFind(d.accelerator);
            if (cached != vendorOfText.constEnd()) {
                vendor = *cached;
            } else {
                const QString text = d.accelerator.toLower();
                for (const auto &[word, id] : std::as_const(vendorWords))
                    if (text.contains(word)) {
                        vendor = id;
                        break;
                    }
                vendorOfText.insert(d.accelerator, vendor);
            }
        }
        m_vendors << vendor;
    }
}

QStringList DeploymentSet::vendorIds() const
{
    QStringList ids;
    for (const Company &c : m_catalog->companies())
        if (m_vendors.contains(c.id))
            ids << c.id;
    return ids;
}

QList<const Deployment *> DeploymentSet::select(const DeploymentFilter &f) const
{
    const qint64 from = f.from ? f.from->toJulianDay() : std::numeric_limits<qint64>::min();
    const qint64 to = f.to ? f.to->toJulianDay() : std::numeric_limits<qint64>::max();
    QSet<QString> countries;
    for (const QString &c : f.countries)
        countries.insert(c.toUpper());
    QList<const Deployment *> out;
    out.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const Deployment &d = m_rows.at(i);
        if (f.kind && m_facts.at(i).kind != *f.kind)
            continue;
        if (!countries.isEmpty() && !countries.contains(d.countryIso2))
            continue;
        if (!f.sector.isEmpty() && d.sector != f.sector)
            continue;
        if (!f.vendorId.isEmpty() && m_vendors.at(i) != f.vendorId)
            continue;
        if (m_last.at(i) < from || m_first.at(i) > to)
            continue;
        out << &d;
    }
    return out;
}

DeploymentTotals DeploymentSet::totals(const QList<const Deployment *> &rows) const
{
    return totalsOf(rows, m_counts, m_context);
}

QList<DeploymentTotals> DeploymentSet::groups(const QList<const Deployment *> &rows, GroupBy by) const
{
    if (by == GroupBy::Site)
        return groupTotals(rows, by, m_counts, m_context);
    // Country, owner and chip keys were numbered once per row: bucket by number, no string hashing per row.
    const QList<int> &keyOf = m_groupKey[int(by)];
    const QStringList &names = m_groupKeyNames[int(by)];
    QList<QList<const Deployment *>> buckets(names.size());
    QList<int> order;
    for (const Deployment *d : rows) {
        const qsizetype i = indexOf(*d);
        const int key = i < 0 ? -1 : keyOf.at(i);
        if (key < 0)
            continue;
        if (buckets[key].isEmpty())
            order << key;
        buckets[key] << d;
    }
    QList<DeploymentTotals> out;
    out.reserve(order.size());
    for (int key : std::as_const(order)) {
        out << totalsOf(buckets.at(key), m_counts, m_context);
        out.last().key = names.at(key);
    }
    std::stable_sort(out.begin(), out.end(), [](const DeploymentTotals &a, const DeploymentTotals &b) {
        return a.units() != b.units() ? a.units() > b.units() : a.key < b.key;
    });
    return out;
}

QHash<QString, double> DeploymentSet::assumedUnitsByRule(const QList<const Deployment *> &rows) const
{
    QHash<QString, double> sums;
    for (const Deployment *d : rows) {
        const qsizetype i = indexOf(*d);
        if (i < 0)
            continue;
        const RowFacts &f = m_facts.at(i);
        if (f.count.units && f.chip.assumed())
            sums[f.chip.assumption] += *f.count.units;
    }
    return sums;
}

QString DeploymentSet::groupName(GroupBy by, const QString &key, Language language) const
{
    switch (by) {
    case GroupBy::Country: return countryName(*m_catalog, key, language);
    case GroupBy::Owner:
        if (const Company *c = m_catalog->company(key))
            return nameIn(language, c->nameEn, c->nameZhHant, c->nameZhHans);
        return key;
    case GroupBy::Chip:
        if (const Chip *c = m_catalog->findChip(key))
            return c->localName(language);
        return key;
    case GroupBy::Site: break;
    }
    const Deployment *d = find(key);
    return d ? d->site : key;
}

double DeploymentSet::assumedUnits(const QList<const Deployment *> &rows, const QString &ruleKey) const
{
    double sum = 0;
    for (const Deployment *d : rows) {
        const qsizetype i = indexOf(*d);
        if (i < 0)
            continue;
        const auto &units = m_facts.at(i).count.units;
        if (units && m_facts.at(i).chip.assumption == ruleKey)
            sum += *units;
    }
    return sum;
}
