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
    m_last.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const Deployment &d = m_rows.at(i);
        m_index.insert(d.id, i);
        const auto date = PartialDate::parse(d.announcedOn);
        m_first << (date ? date->first().toJulianDay() : 0);
        m_last << (date ? date->last().toJulianDay() : 0);
    }
    m_counts = countRows(m_rows);
    for (const Chip &c : catalog.chips())
        if (const auto bf16 = c.peak(Precision::BF16))
            m_context.bf16ByChip.insert(c.id, *bf16);
    m_context.h100Bf16 = m_context.bf16ByChip.value(QStringLiteral("h100-sxm"), 0.0);
    deriveChips();
}

const Deployment *DeploymentSet::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_rows.at(*it);
}

void DeploymentSet::setAssumptions(const QList<FamilyAssumption> &assumptions)
{
    m_context.assumptions = assumptions;
    deriveChips();
    setServing(m_serving);
}

void DeploymentSet::setServing(const std::optional<ServingSettings> &settings)
{
    m_serving = settings;
    m_context.serving.clear();
    if (!settings)
        return;
    QSet<QString> done;
    for (const ChipChoice &choice : std::as_const(m_chips)) {
        if (choice.chipId.isEmpty() || done.contains(choice.chipId))
            continue;
        done.insert(choice.chipId);
        if (const Chip *chip = m_catalog->findChip(choice.chipId))
            m_context.serving.insert(chip->id, estimateServing(*chip, *settings));
    }
}

void DeploymentSet::deriveChips()
{
    // Vendors a row can name in its text: the companies that make the catalog's chips ("NVIDIA", "AMD").
    QList<QPair<QString, QString>> vendorWords; // lower-case first word of the name → company id
    for (const Chip &c : m_catalog->chips())
        if (const Company *v = m_catalog->company(c.vendorId)) {
            const QString word = v->nameEn.section(QLatin1Char(' '), 0, 0).toLower();
            if (!word.isEmpty() && !vendorWords.contains({word, v->id}))
                vendorWords.append({word, v->id});
        }
    m_chips.clear();
    m_vendors.clear();
    m_chips.reserve(m_rows.size());
    m_vendors.reserve(m_rows.size());
    QHash<QString, QString> vendorOfText; // user data repeats accelerator texts: look each up once
    for (const Deployment &d : std::as_const(m_rows)) {
        const ChipChoice choice = chipFor(d, m_context.assumptions);
        m_chips << choice;
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
    // Totals look each row's chip up here rather than matching its text again. A row from elsewhere (a copy)
    // is matched by the rules, which give the same answer.
    m_context.chipOf = [this](const Deployment &d) {
        const auto first = reinterpret_cast<quintptr>(m_rows.constData());
        const auto here = reinterpret_cast<quintptr>(&d);
        const quintptr i = (here - first) / sizeof(Deployment);
        return here >= first && i < quintptr(m_chips.size()) ? m_chips.at(qsizetype(i)) : chipFor(d, m_context.assumptions);
    };
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
        if (f.kind && d.kind() != *f.kind)
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
    return groupTotals(rows, by, m_counts, m_context);
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
            return c->name;
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
        const int i = m_index.value(d->id, -1);
        const auto units = m_counts.value(d->id).units;
        if (i >= 0 && units && m_chips.at(i).assumption == ruleKey)
            sum += *units;
    }
    return sum;
}
